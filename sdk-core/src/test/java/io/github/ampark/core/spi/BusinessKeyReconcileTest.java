package io.github.ampark.core.spi;

import static io.github.ampark.core.testing.AcmeServer.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.ampark.core.ApiException;
import io.github.ampark.core.IfAbsent;
import io.github.ampark.core.OutcomeUnknownException;
import io.github.ampark.core.ResponseFormatException;
import io.github.ampark.core.RetryPolicy;
import io.github.ampark.core.TransportException;
import io.github.ampark.core.testing.AcmeClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of a keyed operation, pinned on the test vendor: proof of absence or outcome unknown;
 * resend only by opt-in after a second agreeing query after the settle delay; one deadline.
 */
@Timeout(20)
class BusinessKeyReconcileTest {
  static final Duration SETTLE = Duration.ofMillis(300);
  MockWebServer server;
  final List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void start() throws Exception {
    server = startServer();
    server.setDispatcher(new QueueDispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        arrivals.add(System.nanoTime());
        return super.dispatch(request);
      }
    });
  }

  @AfterEach
  void stop() {
    server.close();
  }

  AcmeClient.Builder builder() {
    return AcmeClient.builder().credentials("a", "s3cr3t-value").baseUrl(baseUrl(server))
        .reconcileSettleDelay(SETTLE)
        .retryPolicy(RetryPolicy.builder().maxRetries(2).initialBackoff(Duration.ofMillis(5))
            .maxBackoff(Duration.ofMillis(5)).build());
  }

  AcmeClient client(IfAbsent ifAbsent) {
    return builder().ifAbsent(ifAbsent).build();
  }

  static MockResponse lostResponse() {
    return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
  }

  static MockResponse page(String... orders) {
    return ok("{\"total\":" + orders.length + ",\"orders\":[" + String.join(",", orders) + "]}");
  }

  List<String> requestLines() throws InterruptedException {
    List<String> lines = new ArrayList<>();
    RecordedRequest r;
    while ((r = server.takeRequest(100, TimeUnit.MILLISECONDS)) != null) {
      lines.add(r.getMethod() + " " + r.getUrl().encodedPath());
    }
    return lines;
  }

  static Consumer<Throwable> outcomeUnknown(boolean absenceReported, String seen) {
    return t -> assertThat(t).isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
      assertThat(e.mayHaveReachedVendor()).isTrue();
      assertThat(e.mayHaveTakenEffect()).isTrue();
      assertThat(e.businessKey()).isEqualTo("T1");
      assertThat(e.absenceReported()).isEqualTo(absenceReported);
      assertThat(e.reconciliation()).contains(seen);
      assertThat(e.getMessage()).doesNotContain("not sent");
    });
  }

  static Throwable failureOf(CompletableFuture<?> f) throws Exception {
    try {
      f.get(15, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return e.getCause();
    }
    throw new AssertionError("expected a failure, got " + f.get());
  }

  @Test
  void anOrderTheVendorAlreadyHasIsReturnedNotPlacedAgain() throws Exception {
    server.enqueue(lostResponse());
    server.enqueue(page(order("T1", 100, "PAID")));
    try (AcmeClient client = client(IfAbsent.RESEND)) {
      assertThat(client.createOrder("T1", 100).status()).isEqualTo("PAID");
    }
    assertThat(requestLines()).containsExactly("POST /v1/orders", "GET /v1/orders");
  }

  @Test
  void provenAbsenceIsOutcomeUnknownByDefault() throws Exception {
    server.enqueue(lostResponse());
    server.enqueue(page());
    try (AcmeClient client = builder().build()) { // no ifAbsent: the default is THROW
      assertThatThrownBy(() -> client.createOrder("T1", 100))
          .satisfies(outcomeUnknown(true, "no such key"))
          .hasMessageContaining("it was not resent");
    }
    assertThat(requestLines()).containsExactly("POST /v1/orders", "GET /v1/orders");
  }

  @Test
  void resendHappensOnlyAfterASecondAgreeingQueryAfterTheSettleDelay() throws Exception {
    server.enqueue(lostResponse());
    server.enqueue(page());
    server.enqueue(page());
    server.enqueue(ok(order("T1", 100, "NEW")));
    try (AcmeClient client = client(IfAbsent.RESEND)) {
      assertThat(client.createOrder("T1", 100).status()).isEqualTo("NEW");
    }
    assertThat(requestLines()).containsExactly("POST /v1/orders", "GET /v1/orders", "GET /v1/orders", "POST /v1/orders");
    assertThat(arrivals.get(2) - arrivals.get(1)).isGreaterThanOrEqualTo(SETTLE.toNanos());
  }

  @Test
  void aSecondQueryThatFindsTheOrderWinsOverTheFirstAbsence() throws Exception {
    server.enqueue(lostResponse());
    server.enqueue(page());
    server.enqueue(page(order("T1", 100, "PAID"))); // the vendor lagged its own write
    try (AcmeClient client = client(IfAbsent.RESEND)) {
      assertThat(client.createOrder("T1", 100).status()).isEqualTo("PAID");
    }
    assertThat(requestLines()).containsExactly("POST /v1/orders", "GET /v1/orders", "GET /v1/orders");
  }

  @Test
  void aSecondQueryThatProvesNothingIsOutcomeUnknownNotAResend() throws Exception {
    server.enqueue(lostResponse());
    server.enqueue(page());
    server.enqueue(json(502, "<html>bad gateway</html>"));
    server.enqueue(json(502, "<html>bad gateway</html>"));
    server.enqueue(json(502, "<html>bad gateway</html>"));
    try (AcmeClient client = client(IfAbsent.RESEND)) {
      assertThatThrownBy(() -> client.createOrder("T1", 100)).satisfies(outcomeUnknown(false, "a second"));
    }
    assertThat(requestLines()).filteredOn(l -> l.startsWith("POST")).hasSize(1);
  }

  /** Every answer that is not a well-formed proof: outcome unknown, never "not sent", never resent. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "malformed", "count-mismatch", "missing-total", "partial-page", "other-key", "other-amount",
      "query-500", "query-vendor-error", "query-lost", "query-not-json"})
  void anythingButProofIsOutcomeUnknownEvenUnderResend(String answer) throws Exception {
    server.enqueue(lostResponse());
    switch (answer) {
      case "malformed": server.enqueue(ok("{\"orders\":\"none\",\"total\":0}")); break;
      case "count-mismatch": server.enqueue(ok("{\"total\":5,\"orders\":[]}")); break;
      case "missing-total": server.enqueue(ok("{\"orders\":[]}")); break;
      case "partial-page": server.enqueue(ok("{\"total\":2,\"orders\":[" + order("T1", 100, "NEW") + "]}")); break;
      case "other-key": server.enqueue(page(order("T9", 100, "PAID"))); break;
      case "other-amount": server.enqueue(page(order("T1", 999, "PAID"))); break;
      case "query-500": server.enqueue(json(500, "{}")); break;
      case "query-vendor-error": server.enqueue(error("INTERNAL", "db down")); break;
      case "query-lost": for (int i = 0; i < 3; i++) server.enqueue(lostResponse()); break;
      case "query-not-json": server.enqueue(json(200, "<html>maintenance</html>")); break;
      default: throw new AssertionError(answer);
    }
    try (AcmeClient client = client(IfAbsent.RESEND)) {
      assertThatThrownBy(() -> client.createOrder("T1", 100)).satisfies(outcomeUnknown(false, ""));
    }
    assertThat(requestLines()).filteredOn(l -> l.startsWith("POST")).hasSize(1);
  }

  @Test
  void aFailedQueryIsKeptAsSuppressedEvidence() throws Exception {
    server.enqueue(lostResponse());
    server.enqueue(error("INTERNAL", "db down"));
    try (AcmeClient client = client(IfAbsent.RESEND)) {
      assertThatThrownBy(() -> client.createOrder("T1", 100))
          .satisfies(outcomeUnknown(false, "the query failed (ApiException)"))
          .satisfies(e -> assertThat(e.getCause().getSuppressed()).hasSize(1)
              .allSatisfy(s -> assertThat(s).isInstanceOf(ApiException.class)));
    }
  }

  @Test
  void aClearVendorRefusalIsNotReconciled() throws Exception {
    server.enqueue(error("DUPLICATE", "order_no used"));
    try (AcmeClient client = client(IfAbsent.RESEND)) {
      assertThatThrownBy(() -> client.createOrder("T1", 100)).isInstanceOf(ApiException.class);
    }
    assertThat(requestLines()).containsExactly("POST /v1/orders");
  }

  /** A step of a keyed call that fails with each of {@code failures} in turn. */
  static <T> AmparkCall<T> failing(java.util.concurrent.atomic.AtomicInteger sent, TransportException... failures) {
    return new AmparkCall<T>() {
      @Override
      public T execute() {
        throw failures[Math.min(sent.getAndIncrement(), failures.length - 1)];
      }

      @Override
      public CompletableFuture<T> executeAsync() {
        CompletableFuture<T> f = new CompletableFuture<>();
        try {
          execute();
        } catch (TransportException e) {
          f.completeExceptionally(e);
        }
        return f;
      }

      @Override
      public AmparkCall<T> withDeadline(long deadlineNanos) {
        return this;
      }
    };
  }

  static <T> AmparkCall<T> answering(T value) {
    return new AmparkCall<T>() {
      @Override
      public T execute() {
        return value;
      }

      @Override
      public CompletableFuture<T> executeAsync() {
        return CompletableFuture.completedFuture(value);
      }

      @Override
      public AmparkCall<T> withDeadline(long deadlineNanos) {
        return this;
      }
    };
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aResendThatNeverLeftIsStillOutcomeUnknownNotNotSent(boolean async) throws Exception {
    java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
    try (AcmeClient client = client(IfAbsent.RESEND)) {
      AmparkCall<String> keyed = BusinessKeyCalls.keyed(client.runtime(), "createOrder", "T1",
          failing(sent, new TransportException("acme", "createOrder", true, "lost answer", null),
              new TransportException("acme", "createOrder", false, "connection refused", null)),
          failure -> answering(Reconciliation.<String>absent()), IfAbsent.RESEND);
      Throwable t = async ? failureOf(keyed.executeAsync()) : catchThrowable(keyed::execute);
      assertThat(t).satisfies(outcomeUnknown(true, "the resend failed before it was sent"));
      assertThat(((OutcomeUnknownException) t).resent()).isFalse();
    }
    assertThat(sent).hasValue(2);
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aResendWhoseAnswerIsLostTooSaysSo(boolean async) throws Exception {
    java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
    try (AcmeClient client = client(IfAbsent.RESEND)) {
      AmparkCall<String> keyed = BusinessKeyCalls.keyed(client.runtime(), "createOrder", "T1",
          failing(sent, new TransportException("acme", "createOrder", true, "lost answer", null)),
          failure -> answering(Reconciliation.<String>absent()), IfAbsent.RESEND);
      Throwable t = async ? failureOf(keyed.executeAsync()) : catchThrowable(keyed::execute);
      assertThat(t).satisfies(outcomeUnknown(true, "before the resend"))
          .hasMessageContaining("resent once and that outcome is unknown too");
      assertThat(((OutcomeUnknownException) t).resent()).isTrue();
    }
    assertThat(sent).hasValue(2); // never a third send
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aQueryThatThrowsOrAnswersNothingIsOutcomeUnknown(boolean async) throws Exception {
    java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
    try (AcmeClient client = client(IfAbsent.RESEND)) {
      AmparkCall<String> throwing = BusinessKeyCalls.keyed(client.runtime(), "createOrder", "T1",
          failing(sent, new TransportException("acme", "createOrder", true, "lost answer", null)),
          failure -> { throw new IllegalStateException("a bug in the vendor's mapping"); }, IfAbsent.RESEND);
      AmparkCall<String> nothing = BusinessKeyCalls.keyed(client.runtime(), "createOrder", "T1",
          failing(sent, new TransportException("acme", "createOrder", true, "lost answer", null)),
          failure -> answering((Reconciliation<String>) null), IfAbsent.RESEND);
      for (AmparkCall<String> keyed : java.util.Arrays.asList(throwing, nothing)) {
        Throwable t = async ? failureOf(keyed.executeAsync()) : catchThrowable(keyed::execute);
        assertThat(t).satisfies(outcomeUnknown(false, "the query"));
      }
    }
    assertThat(sent).hasValue(2); // one send each, no resend
  }

  /** A server that never answers, or drips its answer, ends a keyed call at its deadline, sync and async. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"silent-sync", "silent-async", "drip-sync", "drip-async"})
  void theWholeProtocolSharesOneDeadline(String cell) throws Exception {
    server.enqueue(cell.startsWith("silent")
        ? new MockResponse.Builder().headersDelay(10, TimeUnit.SECONDS).build()
        : io.github.ampark.core.testing.MockServers.dripping("{\"code\":\"OK\",\"data\":" + order("T1", 1, "NEW") + "}", 100));
    try (AcmeClient client = builder().ifAbsent(IfAbsent.RESEND).callDeadline(Duration.ofMillis(800)).build()) {
      long start = System.nanoTime();
      Throwable t = cell.endsWith("async") ? failureOf(client.createOrderAsync("T1", 1)) : catchThrowable(() -> client.createOrder("T1", 1));
      assertThat(t).satisfies(outcomeUnknown(false, "deadline passed"));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(800 + 1500));
    }
    assertThat(arrivals).hasSize(1); // one send, no query (no time left), no resend
  }

  @Test
  void aSettleDelayThatDoesNotFitTheDeadlineEndsInOutcomeUnknownWithoutASecondQuery() throws Exception {
    server.enqueue(lostResponse());
    server.enqueue(page());
    try (AcmeClient client = builder().ifAbsent(IfAbsent.RESEND).callDeadline(Duration.ofSeconds(3))
        .reconcileSettleDelay(Duration.ofSeconds(30)).build()) {
      assertThatThrownBy(() -> client.createOrder("T1", 100)).satisfies(outcomeUnknown(true, "no time to confirm"));
    }
    assertThat(requestLines()).containsExactly("POST /v1/orders", "GET /v1/orders");
  }

  @Test
  void asyncRunsTheSameRules() throws Exception {
    server.enqueue(lostResponse());
    server.enqueue(page(order("T1", 100, "PAID")));
    server.enqueue(lostResponse());
    server.enqueue(page());
    server.enqueue(lostResponse());
    server.enqueue(page());
    server.enqueue(page());
    server.enqueue(ok(order("T1", 100, "NEW")));
    try (AcmeClient client = client(IfAbsent.THROW)) {
      assertThat(client.createOrderAsync("T1", 100).get(10, TimeUnit.SECONDS).status()).isEqualTo("PAID");
      assertThat(failureOf(client.createOrderAsync("T1", 100))).satisfies(outcomeUnknown(true, "no such key"));
    }
    try (AcmeClient client = client(IfAbsent.RESEND)) {
      assertThat(client.createOrderAsync("T1", 100).get(10, TimeUnit.SECONDS).status()).isEqualTo("NEW");
    }
    assertThat(requestLines()).containsExactly(
        "POST /v1/orders", "GET /v1/orders",
        "POST /v1/orders", "GET /v1/orders",
        "POST /v1/orders", "GET /v1/orders", "GET /v1/orders", "POST /v1/orders");
  }

  @Test
  void closingTheClientDuringTheSettleWaitEndsTheAsyncCallAsOutcomeUnknown() throws Exception {
    CountDownLatch firstQuery = new CountDownLatch(1);
    server.setDispatcher(new QueueDispatcher() {
      int n;
      @Override
      public synchronized MockResponse dispatch(RecordedRequest request) {
        if (n++ == 0) {
          return lostResponse();
        }
        firstQuery.countDown();
        return page();
      }
    });
    AcmeClient client = builder().ifAbsent(IfAbsent.RESEND).reconcileSettleDelay(Duration.ofSeconds(5)).build();
    CompletableFuture<?> f = client.createOrderAsync("T1", 100);
    assertThat(firstQuery.await(10, TimeUnit.SECONDS)).isTrue();
    // the settle wait is scheduled once the query's answer is decoded; closing before or during it ends the call
    client.close();
    assertThat(failureOf(f)).isInstanceOf(OutcomeUnknownException.class);
    assertThat(server.getRequestCount()).isLessThanOrEqualTo(2);
  }

  @Test
  void aKeyedCallIsNeverAmbiguousAboutAFailureThatProvesNothingWasSent() throws Exception {
    int port = server.getPort();
    server.close();
    try (AcmeClient client = AcmeClient.builder().credentials("a", "s").baseUrl("http://127.0.0.1:" + port + "/")
        .retryPolicy(RetryPolicy.none()).build()) {
      assertThatThrownBy(() -> client.createOrder("T1", 100))
          .isExactlyInstanceOf(TransportException.class)
          .satisfies(e -> assertThat(((TransportException) e).mayHaveReachedVendor()).isFalse());
    }
  }

  @Test
  void ambiguityIsDecidedByFailureKind() {
    assertThat(BusinessKeyCalls.isAmbiguous(new TransportException("v", "o", true, "x", null))).isTrue();
    assertThat(BusinessKeyCalls.isAmbiguous(new TransportException("v", "o", false, "x", null))).isFalse();
    assertThat(BusinessKeyCalls.isAmbiguous(new ResponseFormatException("v", "o", 200, "x", "", null))).isTrue();
    assertThat(BusinessKeyCalls.isAmbiguous(new ApiException("v", "o", 502, null, "Bad Gateway", null, ""))).isTrue();
    assertThat(BusinessKeyCalls.isAmbiguous(new ApiException("v", "o", 200, "E1", "refused", null, ""))).isFalse();
  }
}
