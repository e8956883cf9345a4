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
}
