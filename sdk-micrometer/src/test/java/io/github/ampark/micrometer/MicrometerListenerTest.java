package io.github.ampark.micrometer;

import static io.github.ampark.core.testing.AcmeServer.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ApiException;
import io.github.ampark.core.RetryPolicy;
import io.github.ampark.core.callback.CallbackObservation;
import io.github.ampark.core.callback.CallbackReply;
import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.core.testing.AcmeClient;
import io.github.ampark.core.testing.MockServerTest;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The meters a client's calls and callbacks produce, with low-cardinality tags only. */
@Timeout(20)
class MicrometerListenerTest extends MockServerTest<AcmeClient> {
  static final Set<String> CALL_TAG_KEYS = new TreeSet<>(List.of(
      "ampark.vendor", "ampark.operation", "ampark.idempotency", "ampark.keyed", "ampark.outcome",
      "ampark.reconciliation", "http.request.method", "http.response.status_code", "server.address",
      "server.port", "error.type", "error" /* added by Micrometer's DefaultMeterObservationHandler */));

  final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  final ObservationRegistry observations = ObservationRegistry.create();
  MicrometerListener listener;

  @Override
  protected AcmeClient newClient(MockWebServer server) {
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    listener = MicrometerListener.create(observations, meters);
    return AcmeClient.builder().credentials("a", "s3cr3t-value").baseUrl(baseUrl(server)).listener(listener)
        .retryPolicy(RetryPolicy.builder().maxRetries(2).initialBackoff(Duration.ofMillis(1))
            .maxBackoff(Duration.ofMillis(1)).build())
        .build();
  }

  Timer timer(String operation, String outcome) {
    return meters.find(DefaultAmparkCallConvention.NAME)
        .tag("ampark.operation", operation).tag("ampark.outcome", outcome).timer();
  }

  @Test
  void eachCallIsTimedByVendorOperationAndOutcomeWithHttpClientNames() {
    server.enqueue(ok(order("T1", 100, "PAID")));
    server.enqueue(ok(order("T2", 100, "PAID")));
    server.enqueue(error("E42", "no such order"));
    client.getOrder("T1");
    client.getOrder("T2");
    assertThatThrownBy(() -> client.getOrder("T3")).isInstanceOf(ApiException.class);

    Timer ok = timer("getOrder", "success");
    assertThat(ok).isNotNull();
    assertThat(ok.count()).isEqualTo(2);
    assertThat(ok.getId().getTag("ampark.vendor")).isEqualTo("acme");
    assertThat(ok.getId().getTag("ampark.idempotency")).isEqualTo("safe");
    assertThat(ok.getId().getTag("ampark.keyed")).isEqualTo("false");
    assertThat(ok.getId().getTag("http.request.method")).isEqualTo("GET");
    assertThat(ok.getId().getTag("http.response.status_code")).isEqualTo("200");
    assertThat(ok.getId().getTag("server.address")).isEqualTo(okhttp3.HttpUrl.get(baseUrl(server)).host());
    assertThat(ok.getId().getTag("server.port")).isEqualTo(Integer.toString(server.getPort()));
    assertThat(ok.getId().getTag("error.type")).isEqualTo("none");

    Timer refused = timer("getOrder", "api_error");
    assertThat(refused.count()).isEqualTo(1);
    assertThat(refused.getId().getTag("error.type")).isEqualTo(ApiException.class.getName());
  }

  @Test
  void retriesAreCounted() {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(503, "{}"));
    server.enqueue(ok(order("T1", 100, "PAID")));
    client.getOrder("T1");

    assertThat(meters.get(MicrometerListener.RETRIES).tag("ampark.vendor", "acme")
        .tag("ampark.operation", "getOrder").counter().count()).isEqualTo(2.0);
    assertThat(timer("getOrder", "success").count()).isEqualTo(1);
  }

  @Test
  void aKeyedOperationsReconciliationIsCountedAndTheWholeOperationTimed() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(ok("{\"total\":1,\"orders\":[" + order("T1", 100, "PAID") + "]}"));
    client.createOrder("T1", 100);

    assertThat(meters.get(MicrometerListener.RECONCILIATIONS).tag("ampark.operation", "createOrder")
        .tag("ampark.reconciliation", "found").tag("ampark.resent", "false").tag("ampark.outcome", "success")
        .counter().count()).isEqualTo(1.0);
    Timer keyed = meters.find(DefaultAmparkCallConvention.NAME).tag("ampark.keyed", "true").timer();
    assertThat(keyed.getId().getTag("ampark.operation")).isEqualTo("createOrder");
    assertThat(keyed.getId().getTag("ampark.reconciliation")).isEqualTo("found");
    assertThat(keyed.getId().getTag("ampark.idempotency")).isEqualTo("by_business_key");
    assertThat(timer("createOrder", "transport").getId().getTag("ampark.keyed")).isEqualTo("false");
  }

  @Test
  void callbackOutcomesAreCounted() {
    CallbackReply ack = CallbackReply.text("success").asAcknowledgement();
    DuplicateGuard guard = DuplicateGuard.inMemory();
    for (int i = 0; i < 2; i++) {
      CallbackObservation.observe(listener, "acme", "order", () -> guard.handleOnce("acme:T1", () -> ack, () -> ack, () -> ack));
    }
    CallbackObservation.observe(listener, "acme", "order", () -> CallbackReply.text(400, "fail"));

    assertThat(callbacks("handled")).isEqualTo(1.0);
    assertThat(callbacks("duplicate")).isEqualTo(1.0);
    assertThat(callbacks("refused")).isEqualTo(1.0);
    assertThat(meters.get(MicrometerListener.CALLBACKS).tag("ampark.callback.outcome", "refused").counter()
        .getId().getTag("ampark.callback.verified")).isEqualTo("false");
  }

  double callbacks(String outcome) {
    return meters.get(MicrometerListener.CALLBACKS).tag("ampark.vendor", "acme").tag("ampark.callback.kind", "order")
        .tag("ampark.callback.outcome", outcome).counter().count();
  }

  @Test
  void noMeterIsTaggedWithAnOrderNumberRequestIdOrVendorCode() {
    server.enqueue(ok(order("T1", 100, "PAID")));
    server.enqueue(error("E42", "no such order"));
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(ok("{\"total\":1,\"orders\":[" + order("T7", 100, "PAID") + "]}"));
    client.getOrder("T1");
    assertThatThrownBy(() -> client.getOrder("T2")).isInstanceOf(ApiException.class);
    client.createOrder("T7", 100);

    List<Meter> all = meters.getMeters();
    assertThat(all).isNotEmpty();
    Set<String> values = all.stream().flatMap(m -> m.getId().getTags().stream()).map(Tag::getValue)
        .collect(Collectors.toSet());
    assertThat(values).doesNotContain("T1", "T2", "T7", "E42", "r-1", "r-9");
    assertThat(values).noneMatch(v -> v.matches("[0-9a-f]{16}"));
    for (Meter m : all) {
      if (m.getId().getName().equals(DefaultAmparkCallConvention.NAME)) {
        assertThat(m.getId().getTags()).extracting(Tag::getKey).containsExactlyInAnyOrderElementsOf(CALL_TAG_KEYS);
      }
    }
  }
}
