package io.github.ampark.bolink.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.Idempotency;
import io.github.ampark.core.spi.AmparkCall;
import io.github.ampark.core.spi.Idempotent;
import okhttp3.RequestBody;
import retrofit2.http.Body;
import retrofit2.http.POST;

/**
 * The cloud host's {@code /zld/openservice/*} endpoints. Created on two kinds of runtime: a
 * park's cloud one (family B, Base64, {@code ckey}: the default) and the plain one (family A rule,
 * {@code ukey}: the switch).
 */
public interface OpenService {
  /** 3.11; no query by {@code start_charge_seq} exists: never resent. */
  @Idempotent(Idempotency.UNSAFE)
  @POST("zld/openservice/uploaddurationinfo")
  AmparkCall<JsonNode> uploadChargingDiscount(@Body RequestBody data);

  /** Payment notice to the car park; no query by key: never resent. */
  @Idempotent(Idempotency.UNSAFE)
  @POST("zld/openservice/paynoticetopark")
  AmparkCall<JsonNode> payNoticeToPark(@Body RequestBody data);

  /** Monthly-card price: a question. */
  @Idempotent(Idempotency.SAFE)
  @POST("zld/openservice/getmonthcarprice")
  AmparkCall<JsonNode> monthCarPrice(@Body RequestBody data);

  /** {@code outpark}: fields unpublished, effect unknown: never resent. */
  @Idempotent(Idempotency.UNSAFE)
  @POST("zld/openservice/outpark")
  AmparkCall<JsonNode> outPark(@Body RequestBody data);

  /** {@code prepayorder}: fields unpublished, moves money: never resent. */
  @Idempotent(Idempotency.UNSAFE)
  @POST("zld/openservice/prepayorder")
  AmparkCall<JsonNode> prepayOrder(@Body RequestBody data);
}
