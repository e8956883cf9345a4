package io.github.ampark.core;

import static io.github.ampark.core.testing.AcmeServer.baseUrl;
import static io.github.ampark.core.testing.AcmeServer.startServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.testing.AcmeClient;
import io.github.ampark.core.testing.CapturingLogs;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Logging switched on without code (ampark.log.level / AMPARK_LOG_LEVEL), and what one line names. */
class LogSwitchTest {
  MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = startServer();
    CapturingLogs.clear();
  }

  @AfterEach
  void stop() {
    System.clearProperty(ClientConfig.Builder.LOG_LEVEL_PROPERTY);
    server.close();
  }

  private List<String> httpLines() {
    return CapturingLogs.lines().stream().filter(l -> l.contains("io.github.ampark.http.")).collect(Collectors.toList());
  }

  private void charge(AcmeClient.Builder builder) {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .addHeader("X-Request-Id", "req-4711").body("{\"code\":\"OK\",\"data\":{}}").build());
    try (AcmeClient client = builder.credentials("app-1", "s3cr3t").baseUrl(baseUrl(server))
        .retryPolicy(RetryPolicy.none()).build()) {
      client.charge(Collections.<String, Object>singletonMap("amount_fen", 100));
    }
  }

  @Test
  void theSystemPropertyTurnsHttpLoggingOnWhenTheCodeChoseNoLevel() {
    System.setProperty(ClientConfig.Builder.LOG_LEVEL_PROPERTY, "basic");
    charge(AcmeClient.builder());
    assertThat(httpLines()).hasSize(2);
  }

  @Test
  void withoutPropertyOrCodeNothingIsLogged() {
    assertThat(ClientConfig.Builder.defaultLogLevel(null, null)).isEqualTo(LogLevel.NONE);
    charge(AcmeClient.builder());
    assertThat(httpLines()).isEmpty();
  }

  @Test
  void aLevelChosenInCodeWinsOverTheProperty() {
    System.setProperty(ClientConfig.Builder.LOG_LEVEL_PROPERTY, "BODY");
    charge(AcmeClient.builder().logLevel(LogLevel.NONE));
    assertThat(httpLines()).isEmpty();
  }

  @Test
  void thePropertyWinsOverTheEnvironmentVariableAndBlankMeansUnset() {
    assertThat(ClientConfig.Builder.defaultLogLevel("headers", "BODY")).isEqualTo(LogLevel.HEADERS);
    assertThat(ClientConfig.Builder.defaultLogLevel(null, "Body")).isEqualTo(LogLevel.BODY);
    assertThat(ClientConfig.Builder.defaultLogLevel(" ", "basic")).isEqualTo(LogLevel.BASIC);
    assertThat(ClientConfig.Builder.defaultLogLevel("", "")).isEqualTo(LogLevel.NONE);
  }

  @Test
  void anUnknownLevelFailsTheBuildNamingWhereItCameFrom() {
    assertThatThrownBy(() -> ClientConfig.Builder.defaultLogLevel("loud\n", null))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("ampark.log.level"))
        .hasMessageContaining("NONE, BASIC, HEADERS, BODY").hasMessageContaining("loud\\n");
    assertThatThrownBy(() -> ClientConfig.Builder.defaultLogLevel(null, "verbose"))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("AMPARK_LOG_LEVEL"));
    System.setProperty(ClientConfig.Builder.LOG_LEVEL_PROPERTY, "loud");
    assertThatThrownBy(() -> AcmeClient.builder().credentials("a", "b").baseUrl(baseUrl(server)).build())
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void eachHttpLineNamesVendorAndOperationAndTheAnswerLineTheVendorsRequestId() {
    charge(AcmeClient.builder().logLevel(LogLevel.BASIC));
    List<String> lines = httpLines();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("acme charge --> POST").doesNotContain("\n");
    assertThat(lines.get(1)).contains("acme charge <-- 200").endsWith("request-id=\"req-4711\"").doesNotContain("\n");
  }
}
