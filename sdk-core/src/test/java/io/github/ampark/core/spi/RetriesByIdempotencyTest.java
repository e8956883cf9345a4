package io.github.ampark.core.spi;


import static io.github.ampark.core.testing.AcmeServer.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ApiException;
import io.github.ampark.core.RetryPolicy;
import io.github.ampark.core.TransportException;
import io.github.ampark.core.testing.AcmeClient;
import io.github.ampark.core.testing.CapturingLogs;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.SocketFactory;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetriesByIdempotencyTest {
  static final RetryPolicy FAST = RetryPolicy.builder().maxRetries(2).initialBackoff(Duration.ofMillis(10))
      .maxBackoff(Duration.ofMillis(20)).build();

  MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = startServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  AcmeClient client(RetryPolicy policy) {
    return AcmeClient.builder().credentials("app-1", "s3cr3t-value").baseUrl(baseUrl(server)).retryPolicy(policy).build();
  }

  static MockResponse disconnectAfterRequest() {
    return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
  }

  @Test
  void safeCallIsRetriedOn503AndSucceeds() {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(502, "{}"));
    server.enqueue(ok(order("T1", 1, "PAID")));
    try (AcmeClient client = client(FAST)) {
      assertThat(client.getOrder("T1").status()).isEqualTo("PAID");
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void safeCallGivesUpAfterMaxRetriesWithTheLastStatus() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(503, "{}"));
    }
    try (AcmeClient client = client(FAST)) {
      assertThatThrownBy(() -> client.getOrder("T1"))
          .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.httpStatus()).isEqualTo(503));
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void safeCallHonoursRetryAfter() throws Exception {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "1").body("{}").build());
    server.enqueue(ok(order("T1", 1, "PAID")));
    long start = System.nanoTime();
    try (AcmeClient client = client(FAST)) {
      client.getOrder("T1");
    }
    // the policy alone would wait at most 20 ms: the second attempt waited for Retry-After
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(1000);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void retryAfterBeyondTheCallDeadlineIsNotWaitedFor() {
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "120").body("{}").build());
    try (AcmeClient client = AcmeClient.builder().credentials("a", "s3cr3t-value").baseUrl(baseUrl(server))
        .retryPolicy(FAST).callDeadline(Duration.ofSeconds(5)).build()) {
      assertThatThrownBy(() -> client.getOrder("T1"))
          .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.httpStatus()).isEqualTo(503));
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void safeCallIsRetriedAfterADisconnectAndTheAttemptNumberIsLogged() {
    CapturingLogs.clear();
    server.enqueue(disconnectAfterRequest());
    server.enqueue(ok(order("T1", 1, "PAID")));
    try (AcmeClient client = client(FAST)) {
      assertThat(client.getOrder("T1").orderNo()).isEqualTo("T1");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(CapturingLogs.text()).contains("acme getOrder: attempt 1/3 failed");
  }

  @Test
  void unsafeCallIsNeverResentAfterItMayHaveBeenSent() throws Exception {
    server.enqueue(disconnectAfterRequest());
    server.enqueue(ok("{}"));
    try (AcmeClient client = client(FAST)) {
      assertThatThrownBy(() -> client.charge(Collections.singletonMap("amount_fen", 100)))
          .isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.mayHaveReachedVendor()).isTrue();
            assertThat(e.operation()).isEqualTo("charge");
          });
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    RecordedRequest only = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(body(only)).isEqualTo("{\"amount_fen\":100}");
  }

  @Test
  void methodWithoutIdempotencyIsTreatedAsUnsafe() {
    server.enqueue(disconnectAfterRequest());
    server.enqueue(ok("\"pong\""));
    try (AcmeClient client = client(FAST)) {
      assertThatThrownBy(() -> client.undeclared(Collections.singletonMap("a", 1))).isInstanceOf(TransportException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void unsafeCallIsNotRetriedOn503() {
    server.enqueue(json(503, "{}"));
    server.enqueue(ok("{}"));
    try (AcmeClient client = client(FAST)) {
      assertThatThrownBy(() -> client.charge(Collections.singletonMap("a", 1))).isInstanceOf(ApiException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void connectFailureIsRetriedEvenForUnsafeCallsBecauseNothingWasSent() {
    server.enqueue(ok("{\"charged\":true}"));
    FailingConnects sockets = new FailingConnects(1);
    OkHttpClient http = new OkHttpClient.Builder().socketFactory(sockets).retryOnConnectionFailure(false).build();
    try (AcmeClient client = AcmeClient.builder().credentials("a", "s3cr3t-value").baseUrl(baseUrl(server))
        .httpClient(http).retryPolicy(FAST).build()) {
      assertThat(client.charge(Collections.singletonMap("a", 1)).path("charged").asBoolean()).isTrue();
    }
    assertThat(sockets.connects.get()).isEqualTo(2);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void connectFailureWithoutRetriesSaysTheRequestWasNotSent() {
    FailingConnects sockets = new FailingConnects(10);
    OkHttpClient http = new OkHttpClient.Builder().socketFactory(sockets).retryOnConnectionFailure(false).build();
    try (AcmeClient client = AcmeClient.builder().credentials("a", "s3cr3t-value").baseUrl(baseUrl(server))
        .httpClient(http).retryPolicy(RetryPolicy.none()).build()) {
      assertThatThrownBy(() -> client.charge(Collections.singletonMap("a", 1)))
          .isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.mayHaveReachedVendor()).isFalse();
            assertThat(e.getMessage()).contains("the request was not sent");
          });
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aFailedRetryThatNeverConnectedStillReportsThatAnEarlierAttemptMayHaveReachedTheVendor() {
    server.enqueue(disconnectAfterRequest());
    ConnectsThenRefuses sockets = new ConnectsThenRefuses(1);
    OkHttpClient http = new OkHttpClient.Builder().socketFactory(sockets).retryOnConnectionFailure(false).build();
    try (AcmeClient client = AcmeClient.builder().credentials("a", "s3cr3t-value").baseUrl(baseUrl(server))
        .httpClient(http).retryPolicy(RetryPolicy.builder().maxRetries(1).initialBackoff(Duration.ofMillis(5))
            .maxBackoff(Duration.ofMillis(5)).build()).build()) {
      assertThatThrownBy(() -> client.getOrder("T1"))
          .isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.mayHaveReachedVendor()).isTrue();
            assertThat(e.getMessage()).contains("after 2 attempts");
          });
    }
    assertThat(sockets.connects.get()).isEqualTo(2);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void retryAfterParsesSecondsAndHttpDates() {
    assertThat(RetryInterceptor.retryAfter("3")).isEqualTo(Duration.ofSeconds(3));
    assertThat(RetryInterceptor.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
    assertThat(RetryInterceptor.retryAfter("soon")).isNull();
    assertThat(RetryInterceptor.retryAfter("-1")).isNull();
    assertThat(RetryInterceptor.retryAfter(null)).isNull();
  }

  @Test
  void backoffGrowsExponentiallyWithJitterAndIsCapped() {
    RetryPolicy p = RetryPolicy.builder().initialBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofMillis(300)).build();
    for (int i = 0; i < 50; i++) {
      assertThat(p.backoff(1)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
      assertThat(p.backoff(2)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
      assertThat(p.backoff(5)).isBetween(Duration.ofMillis(150), Duration.ofMillis(300));
    }
  }

  /** Lets the first {@code allowed} connects through, then refuses every other. */
  static final class ConnectsThenRefuses extends FailingConnects {
    final int allowed;

    ConnectsThenRefuses(int allowed) {
      super(0);
      this.allowed = allowed;
    }

    @Override
    public Socket createSocket() {
      return new Socket() {
        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
          if (connects.incrementAndGet() > allowed) {
            throw new ConnectException("Connection refused (test)");
          }
          super.connect(endpoint, timeout);
        }
      };
    }
  }

  /** Refuses the first {@code failures} connects, like a vendor whose port is briefly closed. */
  static class FailingConnects extends SocketFactory {
    final AtomicInteger connects = new AtomicInteger();
    final int failures;

    FailingConnects(int failures) {
      this.failures = failures;
    }

    @Override
    public Socket createSocket() {
      return new Socket() {
        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
          if (connects.incrementAndGet() <= failures) {
            throw new ConnectException("Connection refused (test)");
          }
          super.connect(endpoint, timeout);
        }
      };
    }

    @Override
    public Socket createSocket(String host, int port) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
      throw new UnsupportedOperationException();
    }
  }
}
