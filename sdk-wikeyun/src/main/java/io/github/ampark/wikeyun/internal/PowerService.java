package io.github.ampark.wikeyun.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.Idempotency;
import io.github.ampark.core.spi.AmparkCall;
import io.github.ampark.core.spi.Idempotent;
import io.github.ampark.wikeyun.model.Card;
import io.github.ampark.wikeyun.model.PowerOrder;
import java.util.Map;
import retrofit2.http.FieldMap;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.POST;

/**
 * The {@code rest/Power/*} endpoints (not API). Method names are the vendor's action names, so
 * logs and exceptions name what went on the wire. Writes are {@code UNSAFE} (never resent once they
 * may have arrived) except {@code pushOrder}, which is keyed by {@code order_no} and reconciled.
 */
public interface PowerService {
  @Idempotent(Idempotency.UNSAFE)
  @FormUrlEncoded
  @POST("rest/Power/addCard")
  AmparkCall<Card> addCard(@FieldMap Map<String, String> fields);

  @Idempotent(Idempotency.UNSAFE)
  @WholeEnvelope
  @FormUrlEncoded
  @POST("rest/Power/editCard")
  AmparkCall<JsonNode> editCard(@FieldMap Map<String, String> fields);

  @Idempotent(Idempotency.UNSAFE)
  @WholeEnvelope
  @FormUrlEncoded
  @POST("rest/Power/delCard")
  AmparkCall<JsonNode> delCard(@FieldMap Map<String, String> fields);

  @Idempotent(Idempotency.SAFE)
  @FormUrlEncoded
  @POST("rest/Power/cardInfo")
  AmparkCall<Card> cardInfo(@FieldMap Map<String, String> fields);

  @Idempotent(Idempotency.BY_BUSINESS_KEY)
  @FormUrlEncoded
  @POST("rest/Power/pushOrder")
  AmparkCall<OrderNumberData> pushOrder(@FieldMap Map<String, String> fields);

  @Idempotent(Idempotency.SAFE)
  @FormUrlEncoded
  @POST("rest/Power/query")
  AmparkCall<PowerOrder> query(@FieldMap Map<String, String> fields);

  @Idempotent(Idempotency.UNSAFE)
  @WholeEnvelope
  @FormUrlEncoded
  @POST("rest/Power/cancel")
  AmparkCall<JsonNode> cancel(@FieldMap Map<String, String> fields);

  @Idempotent(Idempotency.UNSAFE)
  @WholeEnvelope
  @FormUrlEncoded
  @POST("rest/Power/forbid")
  AmparkCall<JsonNode> forbid(@FieldMap Map<String, String> fields);
}
