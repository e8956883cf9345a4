package io.github.ampark.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.ampark.core.ApiException;
import io.github.ampark.core.ResponseFormatException;
import io.github.ampark.core.RetryPolicy;
import io.github.ampark.core.TransportException;
import io.github.ampark.core.testing.AcmeClient;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeServerTest {
  FakeServer fake;
  AtomicInteger charges = new AtomicInteger();

  @BeforeEach
  void start() {
    fake = FakeServer.start();
    fake.route("POST", "/v1/charge", req -> {
      charges.incrementAndGet();
      return FakeResponse.json("{\"code\":\"OK\",\"data\":{\"charged\":" + charges.get() + "}}");
    });
    fake.route("GET", "/v1/orders/T1", req ->
        FakeResponse.json("{\"code\":\"OK\",\"data\":{\"order_no\":\"T1\",\"amount_fen\":1,\"status\":\"PAID\"}}"));
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  AcmeClient client(RetryPolicy policy) {
    return AcmeClient.builder().credentials("app", "s3cr3t-value").baseUrl(fake.url()).retryPolicy(policy)
        .readTimeout(Duration.ofSeconds(2)).build();
  }

  static RetryPolicy fast() {
    return RetryPolicy.builder().initialBackoff(Duration.ofMillis(5)).maxBackoff(Duration.ofMillis(5)).build();
  }

  @Test
  void routesAnswerAndTheJournalKeepsEveryRequestExactly() {
    try (AcmeClient client = client(RetryPolicy.none())) {
      client.charge(Collections.singletonMap("amount_fen", 100));
    }
    assertThat(fake.requestCount()).isEqualTo(1);
    FakeRequest r = fake.lastRequest();
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.path()).isEqualTo("/v1/charge");
    assertThat(r.bodyText()).isEqualTo("{\"amount_fen\":100}");
    assertThat(r.json().path("amount_fen").asInt()).isEqualTo(100);
    assertThat(r.queryParameter("sign")).hasValueSatisfying(sign -> assertThat(sign).hasSize(32));
    assertThat(r.header("X-Acme-Key")).hasValue("app");
    assertThat(fake.journal("POST", "/v1/charge")).hasSize(1);
  }

  @Test
  void unknownRoutesGet404JsonByDefault() {
    try (AcmeClient client = client(RetryPolicy.none())) {
      assertThatThrownBy(() -> client.getOrder("nope"))
          .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.httpStatus()).isEqualTo(404));
    }
  }

  @Test
  void disconnectAfterRequestDoesNotProcess() {
    fake.faults().on("POST", "/v1/charge", Fault.disconnectAfterRequest());
    try (AcmeClient client = client(fast())) {
      assertThatThrownBy(() -> client.charge(Collections.singletonMap("a", 1)))
          .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.mayHaveReachedVendor()).isTrue());
    }
    assertThat(charges.get()).isZero();
    assertThat(fake.journal().get(0).fault()).isEqualTo("disconnect_after_request");
  }

  @Test
  void processThenDisconnectChangesStateButLosesTheAnswer() {
    fake.faults().next(Fault.processThenDisconnect());
    try (AcmeClient client = client(fast())) {
      assertThatThrownBy(() -> client.charge(Collections.singletonMap("a", 1))).isInstanceOf(TransportException.class);
    }
    assertThat(charges.get()).isEqualTo(1);
    assertThat(fake.requestCount()).isEqualTo(1);
  }

  @Test
  void statusWithRetryAfterIsRetriedBySafeCalls() {
    fake.faults().on("GET", "/v1/orders/T1", Fault.status(503, Duration.ZERO), 2);
    try (AcmeClient client = client(fast())) {
      assertThat(client.getOrder("T1").status()).isEqualTo("PAID");
    }
    assertThat(fake.requestCount()).isEqualTo(3);
    assertThat(fake.faults().pending()).isZero();
  }

  @Test
  void malformedBodyIsAResponseFormatExceptionAfterProcessing() {
    fake.faults().next(Fault.malformedBody());
    try (AcmeClient client = client(RetryPolicy.none())) {
      assertThatThrownBy(() -> client.charge(Collections.singletonMap("a", 1))).isInstanceOf(ResponseFormatException.class);
    }
    assertThat(charges.get()).isEqualTo(1);
  }

  @Test
  void truncatedBodyIsATransportException() {
    fake.route("GET", "/v1/orders/T1", req -> FakeResponse.json(
        "{\"code\":\"OK\",\"data\":{\"order_no\":\"T1\",\"amount_fen\":1,\"status\":\"" + "P".repeat(20000) + "\"}}"));
    fake.faults().on("GET", "/v1/orders/T1", Fault.truncatedBody(), 3);
    try (AcmeClient client = client(RetryPolicy.none())) {
      assertThatThrownBy(() -> client.getOrder("T1")).isInstanceOf(TransportException.class);
    }
  }

  @Test
  void slowBodyAndDelayMeetTheClientsTimeouts() {
    fake.faults().next(Fault.delay(Duration.ofSeconds(5)));
    try (AcmeClient client = client(RetryPolicy.none())) {
      assertThatThrownBy(() -> client.getOrder("T1")).isInstanceOf(TransportException.class);
    }
    fake.faults().next(Fault.slowBody(Duration.ofMillis(50)));
    try (AcmeClient client = AcmeClient.builder().credentials("app", "s3cr3t-value").baseUrl(fake.url())
        .retryPolicy(RetryPolicy.none()).callDeadline(Duration.ofMillis(600)).build()) {
      assertThatThrownBy(() -> client.getOrder("T1")).isInstanceOf(TransportException.class);
    }
  }

  @Test
  void latencyDelaysEveryAnswerLikeAFarAwayVendor() {
    fake.latency(Duration.ofMillis(300));
    long start = System.nanoTime();
    try (AcmeClient client = client(RetryPolicy.none())) {
      client.getOrder("T1");
    }
    // a lower bound on behaviour, not a performance claim: the answer cannot come before the pause
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    assertThat(fake.latency()).isEqualTo(Duration.ofMillis(300));
    assertThat(fake.latency(null).latency()).isZero();
  }

  @Test
  void callbackSenderRetriesUntilTheExpectedAcknowledgement() throws Exception {
    AtomicInteger hits = new AtomicInteger();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/notify", exchange -> {
      exchange.getRequestBody().readAllBytes();
      byte[] answer = (hits.incrementAndGet() < 3 ? "fail" : "success").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    });
    receiver.start();
    try {
      String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/notify";
      CallbackSender.Delivery d = fake.callbacks().to(url).form("order_no=T1&status=2")
          .expect("success"::equals).maxAttempts(5).interval(Duration.ofMillis(1)).send();
      assertThat(d.acknowledged()).isTrue();
      assertThat(d.attempts()).isEqualTo(3);
      assertThat(d.answers()).containsExactly("fail", "fail", "success");

      CallbackSender.Delivery never = fake.callbacks().to(url).json("{}").expect("OK"::equals)
          .maxAttempts(2).interval(Duration.ofMillis(1)).sendAsync().get();
      assertThat(never.acknowledged()).isFalse();
      assertThat(never.attempts()).isEqualTo(2);
    } finally {
      receiver.stop(0);
    }
  }

  @Test
  void callbackSenderReportsAnUnreachableReceiver() {
    CallbackSender.Delivery d = fake.callbacks().to("http://127.0.0.1:1/none").json("{}").maxAttempts(2)
        .interval(Duration.ofMillis(1)).send();
    assertThat(d.acknowledged()).isFalse();
    assertThat(d.statuses()).containsExactly(-1, -1);
  }
}
