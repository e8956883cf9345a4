package io.github.ampark.core.spi;

import static io.github.ampark.core.testing.AcmeServer.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.TransportException;
import io.github.ampark.core.testing.AcmeClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CallDeadlineTest {
  MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = startServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void callDeadlineEndsASlowBodyEvenThoughEachReadIsWithinTheReadTimeout() {
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      big.append("x");
    }
    server.enqueue(new MockResponse.Builder().body("{\"code\":\"OK\",\"data\":\"" + big + "\"}")
        .throttleBody(1, 50, TimeUnit.MILLISECONDS).build());
    try (AcmeClient client = AcmeClient.builder().credentials("a", "s3cr3t-value").baseUrl(baseUrl(server))
        .readTimeout(Duration.ofSeconds(5)).callDeadline(Duration.ofMillis(700)).build()) {
      assertThatThrownBy(() -> client.getOrder("T1"))
          .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.mayHaveReachedVendor()).isTrue());
    }
    // a SAFE call, but a deadline is final: no retry after it
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void readTimeoutOnAStalledResponseIsATransportException() {
    server.enqueue(new MockResponse.Builder().headersDelay(3, TimeUnit.SECONDS).body("{}").build());
    server.enqueue(new MockResponse.Builder().headersDelay(3, TimeUnit.SECONDS).body("{}").build());
    try (AcmeClient client = AcmeClient.builder().credentials("a", "s3cr3t-value").baseUrl(baseUrl(server))
        .readTimeout(Duration.ofMillis(300)).retryPolicy(io.github.ampark.core.RetryPolicy.none()).build()) {
      assertThatThrownBy(() -> client.charge(java.util.Collections.singletonMap("a", 1)))
          .isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.mayHaveReachedVendor()).isTrue();
            assertThat(e.getMessage()).contains("SocketTimeoutException");
          });
    }
  }

  static MockResponse dripping() {
    return io.github.ampark.core.testing.MockServers.dripping("{\"code\":\"OK\",\"data\":" + order("T1", 1, "NEW") + "}", 100);
  }

  static MockResponse neverAnswering() {
    return new MockResponse.Builder().headersDelay(30, TimeUnit.SECONDS).body("{}").build();
  }

  AcmeClient client(Duration deadline) {
    return AcmeClient.builder().credentials("a", "s3cr3t-value").baseUrl(baseUrl(server))
        .readTimeout(Duration.ofSeconds(20)).callDeadline(deadline).build();
  }

  static void endsWithin(Duration limit, Runnable call) {
    long start = System.nanoTime();
    assertThatThrownBy(call::run).satisfies(e -> {
      Throwable t = e instanceof java.util.concurrent.ExecutionException ? e.getCause() : e;
      assertThat(t).isInstanceOfSatisfying(TransportException.class, te -> assertThat(te.mayHaveReachedVendor()).isTrue());
    });
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(limit);
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"drip-sync", "drip-async", "silent-sync", "silent-async"})
  @org.junit.jupiter.api.Timeout(15)
  void aPlainCallStopsAtTheDeadline(String cell) {
    server.enqueue(cell.startsWith("drip") ? dripping() : neverAnswering());
    try (AcmeClient client = client(Duration.ofSeconds(1))) {
      endsWithin(Duration.ofMillis(1000 + 1500), () -> {
        if (cell.endsWith("async")) {
          Throwable failure = client.getOrderAsync("T1").handle((v, t) -> t).join();
          if (failure instanceof RuntimeException) {
            throw (RuntimeException) failure;
          }
          throw new AssertionError(failure);
        } else {
          client.getOrder("T1");
        }
      });
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void retriesNeverOutliveTheDeadlineAKeyedOperationPassesDown() throws Exception {
    // A SAFE query retried on 503 with 250-500 ms backoff: with the client's 10 s deadline it would
    // be sent three times; with a shared deadline 200 ms away the first backoff no longer fits.
    for (int i = 0; i < 4; i++) {
      server.enqueue(json(503, "{}"));
    }
    try (AcmeClient client = AcmeClient.builder().credentials("a", "s3cr3t-value").baseUrl(baseUrl(server))
        .callDeadline(Duration.ofSeconds(10))
        .retryPolicy(io.github.ampark.core.RetryPolicy.builder().maxRetries(2)
            .initialBackoff(Duration.ofMillis(500)).maxBackoff(Duration.ofMillis(500)).build()).build()) {
      io.github.ampark.core.testing.AcmeService service = client.runtime().create(io.github.ampark.core.testing.AcmeService.class);
      long deadline = System.nanoTime() + Duration.ofMillis(200).toNanos();
      assertThatThrownBy(() -> service.getOrder("T1").withDeadline(deadline).execute())
          .isInstanceOfSatisfying(io.github.ampark.core.ApiException.class, e -> assertThat(e.httpStatus()).isEqualTo(503));
      assertThat(server.getRequestCount()).isEqualTo(1);
      assertThatThrownBy(() -> service.getOrder("T1").execute()).isInstanceOf(io.github.ampark.core.ApiException.class);
      assertThat(server.getRequestCount()).isEqualTo(1 + 3);
    }
  }

  @Test
  void aDeadlineAlreadyPassedSendsNothing() {
    try (AcmeClient client = client(Duration.ofSeconds(5))) {
      io.github.ampark.core.testing.AcmeService service = client.runtime().create(io.github.ampark.core.testing.AcmeService.class);
      long past = System.nanoTime() - 1;
      assertThatThrownBy(() -> service.createOrder("T1", 1).withDeadline(past).execute())
          .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.mayHaveReachedVendor()).isFalse());
      assertThatThrownBy(() -> service.createOrder("T1", 1).withDeadline(past).executeAsync().join())
          .hasCauseInstanceOf(TransportException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
