package io.github.ampark.core.spi;

import static io.github.ampark.core.testing.AcmeServer.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ClientConfig;
import io.github.ampark.core.ResponseFormatException;
import io.github.ampark.core.RetryPolicy;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.testing.AcmeClient;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every response read is capped by {@link ClientConfig#maxResponseBytes()}. */
class ResponseSizeLimitTest {
  static final int TEN_MB = 10 * 1024 * 1024;
  MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = startServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  AcmeClient client(long maxBytes) {
    return AcmeClient.builder().credentials("a", "s3cr3t-value").baseUrl(baseUrl(server))
        .retryPolicy(RetryPolicy.none()).callDeadline(Duration.ofSeconds(5)).maxResponseBytes(maxBytes).build();
  }

  static MockResponse tenMegabytes(boolean chunked) {
    byte[] letters = new byte[TEN_MB];
    Arrays.fill(letters, (byte) 'a');
    Buffer body = new Buffer().writeUtf8("{\"code\":\"OK\",\"data\":\"").write(letters).writeUtf8("\"}");
    MockResponse.Builder b = new MockResponse.Builder().setHeader("Content-Type", "application/json");
    return (chunked ? b.chunkedBody(body, 64 * 1024) : b.body(body)).build();
  }

  @Test
  void defaultLimitIsFourMebibytes() {
    assertThat(ClientConfig.builder().build().maxResponseBytes()).isEqualTo(4L * 1024 * 1024);
  }

  @Test
  @Timeout(10)
  void aTenMegabyteAnswerWithContentLengthIsRefusedUnread() {
    server.enqueue(tenMegabytes(false));
    try (AcmeClient client = client(ClientConfig.DEFAULT_MAX_RESPONSE_BYTES)) {
      assertThatThrownBy(() -> client.getOrder("T1"))
          .isInstanceOfSatisfying(ResponseFormatException.class, e -> {
            assertThat(e.getMessage()).contains("exceeds the limit of 4194304 bytes").contains("Content-Length");
            assertThat(e.httpStatus()).isEqualTo(200);
            assertThat(e.body().length()).isLessThanOrEqualTo(io.github.ampark.core.ApiException.MAX_BODY_CHARS + 20);
          });
    }
  }

  @Test
  @Timeout(10)
  void aTenMegabyteChunkedAnswerIsCutAtTheLimitSyncAndAsync() throws Exception {
    server.enqueue(tenMegabytes(true));
    server.enqueue(tenMegabytes(true));
    try (AcmeClient client = client(ClientConfig.DEFAULT_MAX_RESPONSE_BYTES)) {
      assertThatThrownBy(() -> client.getOrder("T1"))
          .isInstanceOfSatisfying(ResponseFormatException.class,
              e -> assertThat(e.getMessage()).contains("exceeds the limit").contains("still going after 4194304 bytes"));
      assertThatThrownBy(() -> client.getOrderAsync("T1").get(10, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class).cause()
          .isInstanceOf(ResponseFormatException.class).hasMessageContaining("exceeds the limit");
    }
  }

  @Test
  void aBodyExactlyAtTheLimitIsRead() {
    String data = "\"" + "b".repeat(1024) + "\"";
    String envelope = "{\"code\":\"OK\",\"data\":{\"order_no\":" + data + ",\"amount_fen\":1,\"status\":\"NEW\"}}";
    server.enqueue(json(200, envelope));
    server.enqueue(json(200, envelope + " "));
    try (AcmeClient client = client(envelope.length())) {
      assertThat(client.getOrder("T1").orderNo()).hasSize(1024);
      assertThatThrownBy(() -> client.getOrder("T1")).isInstanceOf(ResponseFormatException.class)
          .hasMessageContaining("exceeds the limit of " + envelope.length() + " bytes");
    }
  }

  @Test
  void theLimitIsValidated() {
    assertThatThrownBy(() -> ClientConfig.builder().maxResponseBytes(10))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("maxResponseBytes"));
    assertThatThrownBy(() -> ClientConfig.builder().maxResponseBytes(Long.MAX_VALUE))
        .isInstanceOf(ValidationException.class);
  }
}
