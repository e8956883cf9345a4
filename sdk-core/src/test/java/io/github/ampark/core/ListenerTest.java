package io.github.ampark.core;

import static io.github.ampark.core.testing.AcmeServer.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.testing.AcmeClient;
import io.github.ampark.core.testing.CapturingLogs;
import io.github.ampark.core.testing.MockServerTest;
import io.github.ampark.core.testing.RecordingListener;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What a client's listener is told about each call: the right events, in order, whatever happens. */
@Timeout(20)
class ListenerTest extends MockServerTest<AcmeClient> {
  final RecordingListener listener = new RecordingListener();

  @Override
  protected AcmeClient newClient(MockWebServer server) {
    return builder(server).listener(listener).build();
  }

  static AcmeClient.Builder builder(MockWebServer server) {
    return AcmeClient.builder().credentials("a", "s3cr3t-value").baseUrl(baseUrl(server))
        .reconcileSettleDelay(Duration.ofMillis(50))
        .retryPolicy(RetryPolicy.builder().maxRetries(2).initialBackoff(Duration.ofMillis(1))
            .maxBackoff(Duration.ofMillis(1)).build());
  }

  static MockResponse lostResponse() {
    return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
  }

  @Test
  void aSuccessfulCallIsStartedThenFinishedWithItsFacts() {
    server.enqueue(ok(order("T1", 100, "PAID")));
    client.getOrder("T1");

    assertThat(listener.started).singleElement().satisfies(s -> {
      assertThat(s.vendor()).isEqualTo("acme");
      assertThat(s.operation()).isEqualTo("getOrder");
      assertThat(s.idempotency()).isEqualTo(Idempotency.SAFE);
      assertThat(s.keyed()).isFalse();
      assertThat(s.httpMethod()).isEqualTo("GET");
      assertThat(s.serverAddress()).isEqualTo(okhttp3.HttpUrl.get(baseUrl(server)).host());
      assertThat(s.serverPort()).isEqualTo(server.getPort());
      assertThat(s.requestId()).matches("[0-9a-f]{16}");
    });
    assertThat(listener.finished).singleElement().satisfies(f -> {
      assertThat(f.started()).isSameAs(listener.started.get(0));
      assertThat(f.outcome()).isEqualTo(CallFinished.Outcome.SUCCESS);
      assertThat(f.attempts()).isEqualTo(1);
      assertThat(f.httpStatus()).isEqualTo(200);
      assertThat(f.vendorCode()).isNull();
      assertThat(f.error()).isNull();
      assertThat(f.reconciliation()).isEqualTo(CallFinished.Reconciliation.NONE);
      assertThat(f.durationNanos()).isPositive();
    });
  }

  @Test
  void anApiErrorIsReportedWithTheVendorCodeAndRequestId() {
    server.enqueue(error("E42", "no such order"));
    assertThatThrownBy(() -> client.getOrder("T1")).isInstanceOf(ApiException.class);

    assertThat(listener.finished).singleElement().satisfies(f -> {
      assertThat(f.outcome()).isEqualTo(CallFinished.Outcome.API_ERROR);
      assertThat(f.vendorCode()).isEqualTo("E42");
      assertThat(f.vendorRequestId()).isEqualTo("r-9");
      assertThat(f.httpStatus()).isEqualTo(200);
      assertThat(f.error()).isInstanceOf(ApiException.class);
    });
  }

  @Test
  void aTransportFailureIsReportedWithNoStatus() {
    server.enqueue(lostResponse());
    assertThatThrownBy(() -> client.charge(Map.of("amount_fen", 1))).isInstanceOf(TransportException.class);

    assertThat(listener.summary()).containsExactly("charge TRANSPORT attempts=1 status=0");
    assertThat(listener.started.get(0).idempotency()).isEqualTo(Idempotency.UNSAFE);
  }

  @Test
  void anUnreadableAnswerIsAFormatFailure() {
    server.enqueue(json(200, "not json"));
    assertThatThrownBy(() -> client.getOrder("T1")).isInstanceOf(ResponseFormatException.class);

    assertThat(listener.summary()).containsExactly("getOrder FORMAT attempts=1 status=200");
  }

  @Test
  void retriesShowInTheAttemptCountOfOneCall() {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(503, "{}"));
    server.enqueue(ok(order("T1", 100, "PAID")));
    client.getOrder("T1");

    assertThat(listener.started).hasSize(1);
    assertThat(listener.summary()).containsExactly("getOrder SUCCESS attempts=3 status=200");
  }

  @Test
  void aKeyedCallReportsItsReconciliationAndItsStepsAsCallsOfTheirOwn() {
    server.enqueue(lostResponse());
    server.enqueue(ok("{\"total\":1,\"orders\":[" + order("T1", 100, "PAID") + "]}"));
    assertThat(client.createOrder("T1", 100).status()).isEqualTo("PAID");

    assertThat(listener.summary()).containsExactly(
        "createOrder TRANSPORT attempts=1 status=0",
        "findOrders SUCCESS attempts=1 status=200",
        "createOrder (keyed) SUCCESS attempts=1 status=0 FOUND");
    CallStarted keyed = listener.started.get(0);
    assertThat(keyed.keyed()).isTrue();
    assertThat(keyed.idempotency()).isEqualTo(Idempotency.BY_BUSINESS_KEY);
    assertThat(keyed.httpMethod()).isNull();
  }

  @Test
  void aKeyedCallWhoseOutcomeIsUnknownSaysSoWithWhatTheQueryFound() throws Exception {
    server.enqueue(lostResponse());
    server.enqueue(ok("{\"total\":0,\"orders\":[]}"));
    Throwable t = catchAsync(() -> client.createOrderAsync("T1", 100).get(10, TimeUnit.SECONDS));
    assertThat(t).isInstanceOf(OutcomeUnknownException.class);

    assertThat(listener.summary()).containsExactly(
        "createOrder TRANSPORT attempts=1 status=0",
        "findOrders SUCCESS attempts=1 status=200",
        "createOrder (keyed) OUTCOME_UNKNOWN attempts=1 status=0 ABSENT");
  }

  @Test
  void aResendAfterProvenAbsenceCountsTwoSends() {
    server.enqueue(lostResponse());
    server.enqueue(ok("{\"total\":0,\"orders\":[]}"));
    server.enqueue(ok("{\"total\":0,\"orders\":[]}"));
    server.enqueue(ok(order("T1", 100, "NEW")));
    try (AcmeClient resending = builder(server).listener(listener).ifAbsent(IfAbsent.RESEND).build()) {
      resending.createOrder("T1", 100);
    }
    assertThat(listener.summary()).last().isEqualTo("createOrder (keyed) SUCCESS attempts=2 status=0 ABSENT resent");
  }

  @Test
  void asyncCallsAreReportedBeforeTheFutureCompletes() throws Exception {
    server.enqueue(ok(order("T1", 100, "PAID")));
    client.getOrderAsync("T1").thenRun(() -> assertThat(listener.finished).hasSize(1)).get(10, TimeUnit.SECONDS);
    assertThat(listener.summary()).containsExactly("getOrder SUCCESS attempts=1 status=200");
  }

  @Test
  void aThrowingListenerNeverBreaksACallAndIsReportedOnceByClassOnly() throws Exception {
    CapturingLogs.clear();
    AmparkListener throwing = new ThrowingListener();
    server.enqueue(ok(order("T1", 100, "PAID")));
    server.enqueue(ok(order("T2", 100, "PAID")));
    server.enqueue(error("E42", "no"));
    try (AcmeClient c = builder(server).listener(throwing).build()) {
      assertThat(c.getOrder("T1").orderNo()).isEqualTo("T1");
      assertThat(c.getOrderAsync("T2").get(10, TimeUnit.SECONDS).orderNo()).isEqualTo("T2");
      assertThatThrownBy(() -> c.getOrder("T3")).isInstanceOf(ApiException.class);
    }
    assertThat(CapturingLogs.lines()).filteredOn(l -> l.startsWith("WARN io.github.ampark.listener"))
        .singleElement().satisfies(l -> {
          assertThat(l).contains(ThrowingListener.class.getName()).contains("IllegalStateException");
          assertThat(l).doesNotContain("T1").doesNotContain("secret payload").doesNotContain("getOrder");
        });
  }

  @Test
  void anObserverThatThrowsAtTheEndNeverBreaksTheCall() {
    server.enqueue(ok(order("T1", 100, "PAID")));
    try (AcmeClient c = builder(server).listener(new AmparkListener() {
          @Override
          public CallObserver callStarted(CallStarted call) {
            return end -> {
              throw new IllegalStateException("secret payload " + end);
            };
          }
        }).build()) {
      assertThat(c.getOrder("T1").orderNo()).isEqualTo("T1");
    }
  }

  @Test
  void theListenerAndMdcSettingSurviveToBuilderAndTheListenerIsHeldFailSafe() {
    ClientConfig config = ClientConfig.builder().listener(listener).mdc(true).build().toBuilder().build();
    assertThat(config.mdc()).isTrue();
    assertThat(config.listener()).isNotNull().isNotSameAs(listener);
    assertThat(AmparkListener.failSafe(config.listener())).isSameAs(config.listener());
    assertThat(ClientConfig.builder().build().listener()).isNull();
    assertThat(ClientConfig.builder().build().mdc()).isFalse();
  }

  @Test
  void aThrowingListenerIsReportedOnceEvenThroughSeveralWrappers() {
    CapturingLogs.clear();
    AmparkListener bare = new AmparkListener() {
      @Override
      public void callbackHandled(CallbackHandled callback) {
        throw new IllegalArgumentException("no");
      }
    };
    for (int i = 0; i < 3; i++) {
      AmparkListener.failSafe(bare).callbackHandled(new CallbackHandled("acme", "order", CallbackHandled.Outcome.HANDLED, 200, 1, "k"));
    }
    assertThat(CapturingLogs.lines()).filteredOn(l -> l.startsWith("WARN io.github.ampark.listener")).hasSize(1);
    assertThat(CapturingLogs.lines()).filteredOn(l -> l.startsWith("DEBUG io.github.ampark.listener")).hasSize(2);
  }

  static final class ThrowingListener implements AmparkListener {
    @Override
    public CallObserver callStarted(CallStarted call) {
      throw new IllegalStateException("secret payload " + call);
    }
  }

  interface Blocking {
    Object get() throws Exception;
  }

  static Throwable catchAsync(Blocking b) throws Exception {
    try {
      b.get();
    } catch (java.util.concurrent.ExecutionException e) {
      return e.getCause();
    }
    throw new AssertionError("expected a failure");
  }
}
