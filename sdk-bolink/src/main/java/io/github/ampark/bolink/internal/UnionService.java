package io.github.ampark.bolink.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.Idempotency;
import io.github.ampark.core.spi.AmparkCall;
import io.github.ampark.core.spi.Idempotent;
import okhttp3.RequestBody;
import retrofit2.http.Body;
import retrofit2.http.POST;

/**
 * The union API (family A). Each body is the {@code data} JSON text, written once by {@link
 * RequestData}; {@link BolinkRequestSigner} signs that text and wraps it into the envelope. Every
 * call answers the whole {@code {state, errmsg, …}} envelope.
 */
public interface UnionService {
  /** 3.2; keyed by {@code order_id}, reconciled through 4.1. */
  @Idempotent(Idempotency.BY_BUSINESS_KEY)
  @POST("unionapi/neworder/updateorder")
  AmparkCall<JsonNode> exitOrder(@Body RequestBody data);

  /** 4.1. */
  @Idempotent(Idempotency.SAFE)
  @POST("unionapi/neworder/queryorders")
  AmparkCall<JsonNode> queryOrders(@Body RequestBody data);

  /** 4.2; no query tells whether a refund was made, so never resent. */
  @Idempotent(Idempotency.UNSAFE)
  @POST("unionapi/neworder/refund")
  AmparkCall<JsonNode> refund(@Body RequestBody data);

  /** 4.3. */
  @Idempotent(Idempotency.SAFE)
  @POST("unionapi/neworder/queryOrderState")
  AmparkCall<JsonNode> queryOrderState(@Body RequestBody data);

  /** 临停缴费; keyed by {@code trade_no}, reconciled through 4.3. */
  @Idempotent(Idempotency.BY_BUSINESS_KEY)
  @TopLevelUnionId
  @POST("unionapi/bolinkparkpay")
  AmparkCall<JsonNode> prepay(@Body RequestBody data);

  /** 统一下单; keyed by {@code trade_no}, reconciled through 4.3. */
  @Idempotent(Idempotency.BY_BUSINESS_KEY)
  @TopLevelUnionId
  @POST("unionapi/bolinkunified")
  AmparkCall<JsonNode> unifiedPay(@Body RequestBody data);

  /** 3.7; a deduction with no query by key: never resent. */
  @Idempotent(Idempotency.UNSAFE)
  @TopLevelUnionId
  @POST("unionapi/etcPayApi")
  AmparkCall<JsonNode> etcPay(@Body RequestBody data);

  /** 3.10; pays money out, no query by key: never resent. */
  @Idempotent(Idempotency.UNSAFE)
  @POST("unionapi/getWxRedPacketUrlNew")
  AmparkCall<JsonNode> redPacketChange(@Body RequestBody data);

  /** {@code park_check}: a question, no effect. */
  @Idempotent(Idempotency.SAFE)
  @POST("unionapi/neworder/uploadData")
  AmparkCall<JsonNode> parkCheck(@Body RequestBody data);

  /** 2.5: sets an absolute value; sending it twice leaves the same setting. */
  @Idempotent(Idempotency.SAFE)
  @POST("unionapi/newpark/setUp")
  AmparkCall<JsonNode> parkSetup(@Body RequestBody data);

  /** 3.1 entry; no query finds an in-park order by key (4.1 lists history), so never resent. */
  @Idempotent(Idempotency.UNSAFE)
  @POST("unionapi/neworder/addorder")
  AmparkCall<JsonNode> entryOrder(@Body RequestBody data);

  /** 2.1 publish a car park; not resent once it may have arrived. */
  @Idempotent(Idempotency.UNSAFE)
  @POST("unionapi/newpark/addpark")
  AmparkCall<JsonNode> addPark(@Body RequestBody data);

  /** 2.2 update a car park: sets absolute values, so sending it twice leaves the same state. */
  @Idempotent(Idempotency.SAFE)
  @POST("unionapi/newpark/updatepark")
  AmparkCall<JsonNode> updatePark(@Body RequestBody data);

  /** 3.3 monthly-card renewal; keyed by {@code trade_no}, reconciled through 4.3 (query type 1). */
  @Idempotent(Idempotency.BY_BUSINESS_KEY)
  @TopLevelUnionId
  @POST("unionapi/paymonthcard")
  AmparkCall<JsonNode> payMonthCard(@Body RequestBody data);
}
