package io.github.ampark.core.spi;

import static io.github.ampark.core.testing.AcmeServer.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ClientConfig;
import io.github.ampark.core.Idempotency;
import io.github.ampark.core.RetryPolicy;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Invocation;
import retrofit2.http.FieldMap;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.Headers;
import retrofit2.http.POST;
import retrofit2.http.Path;

class CompiledServiceTest {
  interface Orders {
    @Idempotent(Idempotency.BY_BUSINESS_KEY)
    @FormUrlEncoded
    @POST("orders/push")
    AmparkCall<String> push(@FieldMap Map<String, String> fields);

    @Idempotent(Idempotency.SAFE)
    @Headers("X-Acme-Trace: t-1")
    @POST("orders/{id}/cancel")
    AmparkCall<String> cancel(@Path("id") String id);

    @FormUrlEncoded
    @POST("orders/untagged")
    AmparkCall<String> untagged(@FieldMap Map<String, String> fields);
  }

  MockWebServer server;
  ClientRuntime runtime;
  Orders orders;

  @BeforeEach
  void start() throws Exception {
    server = startServer();
    VendorSpec spec = VendorSpec.builder("acme").defaultBaseUrl(baseUrl(server))
        .decoder(io.github.ampark.core.testing.AcmeClient.DECODER).build();
    runtime = ClientRuntime.create(ClientConfig.builder().retryPolicy(RetryPolicy.none()).build(), spec);
    orders = runtime.create(Orders.class);
  }

  @AfterEach
  void stop() {
    runtime.close();
    server.close();
  }

  private static Request request(AmparkCall<?> call) {
    return ((AmparkCallAdapterFactory.RealCall<?>) call).request();
  }

  private static CallInfo info(AmparkCall<?> call) {
    return ((AmparkCallAdapterFactory.RealCall<?>) call).info();
  }

  @Test
  void aCompiledMethodsCallCarriesItsOperationAndIdempotencyAndItsRequestNoTags() {
    AmparkCall<String> call = orders.push(Collections.singletonMap("order_no", "A1"));
    Request r = request(call);
    CallInfo info = info(call);
    assertThat(r.tag(Invocation.class)).isNull();
    // the exchange is given the info with the request: a tag's KClass key would load Kotlin reflection
    assertThat(r.tag(CallInfo.class)).isNull();
    assertThat(info.operation()).isEqualTo("push");
    assertThat(info.idempotency()).isEqualTo(Idempotency.BY_BUSINESS_KEY);
    assertThat(info.annotation(FormUrlEncoded.class)).isNotNull();
    assertThat(info(orders.untagged(Collections.emptyMap())).idempotency())
        .as("a method without @Idempotent is UNSAFE").isEqualTo(Idempotency.UNSAFE);
    // the method's info is made once, not per call
    assertThat(info(orders.push(Collections.emptyMap()))).isSameAs(info);
  }

  @Test
  void aMethodUsingARetrofitFeatureTheTemplatesDoNotCoverIsSentThroughRetrofit() throws Exception {
    server.enqueue(ok("\"done\""));
    AmparkCall<String> call = orders.cancel("A 1");
    Request r = request(call);
    assertThat(r.tag(Invocation.class)).as("Retrofit built it").isNotNull();
    assertThat(CallInfo.of(r, "acme").idempotency()).isEqualTo(Idempotency.SAFE);
    assertThat(call.execute()).isEqualTo("done");
    RecordedRequest sent = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(sent.getUrl().encodedPath()).isEqualTo("/orders/A%201/cancel");
    assertThat(sent.getHeaders().get("X-Acme-Trace")).isEqualTo("t-1");
  }

  @Test
  void aCompiledMethodIsSentWithItsFormBody() throws Exception {
    server.enqueue(ok("\"pushed\""));
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("order_no", "A1");
    fields.put("note", "a b&c=中");
    assertThat(orders.push(fields).execute()).isEqualTo("pushed");
    RecordedRequest sent = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(sent.getMethod()).isEqualTo("POST");
    assertThat(sent.getUrl().encodedPath()).isEqualTo("/orders/push");
    assertThat(sent.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(body(sent)).isEqualTo("order_no=A1&note=a+b%26c%3D%E4%B8%AD");
  }

  @Test
  void nullMapsAndValuesAreRefusedBeforeAnythingIsSent() {
    Map<String, String> withNull = new HashMap<>();
    withNull.put("order_no", null);
    assertThatThrownBy(() -> orders.push(null).execute())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Field map was null").hasMessageContaining("push");
    assertThatThrownBy(() -> orders.push(withNull).execute())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null value for key 'order_no'");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void theProxyAnswersObjectMethodsItself() {
    Orders other = runtime.create(Orders.class);
    assertThat(orders).isEqualTo(orders).isNotEqualTo(other);
    assertThat(orders.hashCode()).isEqualTo(System.identityHashCode(orders));
    assertThat(orders.toString()).startsWith("Orders@");
    assertThat(orders.push(Collections.emptyMap()).toString()).isEqualTo("AmparkCall{POST /orders/push}");
  }

  @Test
  void aClassIsRefusedAsAService() {
    assertThatThrownBy(() -> runtime.create(String.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be interfaces");
  }
}
