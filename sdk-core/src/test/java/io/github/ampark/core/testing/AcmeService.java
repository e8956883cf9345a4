package io.github.ampark.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.Idempotency;
import io.github.ampark.core.spi.AmparkCall;
import io.github.ampark.core.spi.Idempotent;
import java.util.Map;
import retrofit2.http.Body;
import retrofit2.http.Field;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** The test vendor's Retrofit interface. */
public interface AcmeService {
  @Idempotent(Idempotency.SAFE)
  @GET("v1/orders/{orderNo}")
  AmparkCall<AcmeOrder> getOrder(@Path("orderNo") String orderNo);

  /** The key lookup: {@code {"total": n, "orders": [order…]}}, well-formed when total == orders.length. */
  @Idempotent(Idempotency.SAFE)
  @GET("v1/orders")
  AmparkCall<JsonNode> findOrders(@Query("order_no") String orderNo);

  @Idempotent(Idempotency.BY_BUSINESS_KEY)
  @FormUrlEncoded
  @POST("v1/orders")
  AmparkCall<AcmeOrder> createOrder(@Field("order_no") String orderNo, @Field("amount_fen") long amountFen);

  @Idempotent(Idempotency.UNSAFE)
  @POST("v1/charge")
  AmparkCall<JsonNode> charge(@Body Map<String, Object> body);

  @POST("v1/ping")
  AmparkCall<String> undeclared(@Body Map<String, Object> body);

  @Idempotent(Idempotency.SAFE)
  @GET("v1/nothing")
  AmparkCall<Void> nothing();
}
