package io.github.ampark.core.spi;

import static io.github.ampark.core.testing.AcmeServer.baseUrl;
import static io.github.ampark.core.testing.AcmeServer.json;
import static io.github.ampark.core.testing.AcmeServer.ok;
import static io.github.ampark.core.testing.AcmeServer.startServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.ClientConfig;
import io.github.ampark.core.Idempotency;
import io.github.ampark.core.RetryPolicy;
import io.github.ampark.core.TransportException;
import io.github.ampark.core.testing.AcmeClient;
import io.github.ampark.core.testing.RecordingListener;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import retrofit2.http.FieldMap;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.POST;

/**
 * What a call is (idempotency class), its attempts, its observation and whether it reached the
 * network reach the interceptors of a compiled method's call, run with {@code execute()} (state
 * in a thread-local for that call) and with {@code executeAsync()} (state in a call tag) alike;
 * a call made while another call's chain runs on the same thread leaves the outer call its own
 * state, and a finished call leaves nothing on the thread.
 */
class CallStateReachesTheInterceptorsTest {
  static final RetryPolicy FAST = RetryPolicy.builder().maxRetries(2).initialBackoff(Duration.ofMillis(10))
      .maxBackoff(Duration.ofMillis(20)).build();

  interface Orders {
    @Idempotent(Idempotency.SAFE)
    @FormUrlEncoded
    @POST("orders/query")
    AmparkCall<JsonNode> query(@FieldMap Map<String, String> fields);

    @Idempotent(Idempotency.UNSAFE)
    @FormUrlEncoded
    @POST("orders/pay")
    AmparkCall<JsonNode> pay(@FieldMap Map<String, String> fields);
  }

  private static final Map<String, String> FIELDS = Collections.singletonMap("order_no", "A1");

  MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = startServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ClientRuntime runtime(RequestSigner signer, RecordingListener listener) {
    VendorSpec spec = VendorSpec.builder("acme").defaultBaseUrl(baseUrl(server)).signer(signer)
        .decoder(AcmeClient.DECODER).build();
    return ClientRuntime.create(ClientConfig.builder().retryPolicy(FAST).listener(listener).build(), spec);
  }

  private static <T> T run(AmparkCall<T> call, boolean async) throws Throwable {
    if (!async) {
      return call.execute();
    }
    try {
      return call.executeAsync().get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause();
    }
  }

  static MockResponse disconnectAfterRequest() {
    return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aSafeCompiledMethodIsRetriedOn503AndItsObservationCountsBothAttempts(boolean async) throws Throwable {
    server.enqueue(json(503, "{}"));
    server.enqueue(ok("{\"n\":\"2\"}"));
    RecordingListener listener = new RecordingListener();
    try (ClientRuntime runtime = runtime(RequestSigner.NONE, listener)) {
      JsonNode answer = run(runtime.create(Orders.class).query(FIELDS), async);
      assertThat(answer.path("n").asText()).isEqualTo("2");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(listener.finished).hasSize(1);
    assertThat(listener.finished.get(0).attempts()).isEqualTo(2);
    assertThat(listener.finished.get(0).started().operation()).isEqualTo("query");
    assertThat(CallTag.running()).as("nothing left on the calling thread").isNull();
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void anUnsafeCompiledMethodThatReachedTheNetworkIsNotResentAndSaysItMayHaveReachedTheVendor(boolean async) {
    server.enqueue(disconnectAfterRequest());
    server.enqueue(ok("{\"n\":\"resent\"}"));
    try (ClientRuntime runtime = runtime(RequestSigner.NONE, new RecordingListener())) {
      Orders orders = runtime.create(Orders.class);
      assertThatThrownBy(() -> run(orders.pay(FIELDS), async))
          .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.mayHaveReachedVendor()).isTrue());
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(CallTag.running()).as("nothing left on the calling thread").isNull();
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aCallMadeInsideAnotherCallsSignerLeavesTheOuterCallItsOwnState(boolean async) {
    // the outer call's signer makes a whole synchronous call (a token fetch) on the thread running
    // the outer chain; the outer call's network marker, which runs after it, must still find the
    // outer call's state: its UNSAFE request reached the network, so it is neither resent nor
    // reported as not sent
    server.enqueue(ok("{\"n\":\"token\"}"));
    server.enqueue(disconnectAfterRequest());
    server.enqueue(ok("{\"n\":\"token\"}"));
    server.enqueue(ok("{\"n\":\"resent\"}"));
    try (ClientRuntime tokens = runtime(RequestSigner.NONE, new RecordingListener())) {
      Orders tokenService = tokens.create(Orders.class);
      RequestSigner signer = request -> request.header("X-Token", tokenService.query(FIELDS).execute().path("n").asText());
      try (ClientRuntime runtime = runtime(signer, new RecordingListener())) {
        Orders orders = runtime.create(Orders.class);
        assertThatThrownBy(() -> run(orders.pay(FIELDS), async))
            .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.mayHaveReachedVendor()).isTrue());
      }
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(CallTag.running()).as("nothing left on the calling thread").isNull();
  }
}
