package io.github.ampark.yinli;

import static io.github.ampark.yinli.WireSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ApiException;
import io.github.ampark.core.LogLevel;
import io.github.ampark.core.testing.CapturingLogs;
import java.time.Clock;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Whatever the authenticator adds or declares (its secrets, its sensitive names) never appears in logs, exceptions or toString(). */
class RedactionTest {
  static final String TOKEN = "tok-9f8e7d6c5b4a";
  static final String APP_SECRET = "s3cr3t-yinli-app";
  MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = WireSupport.start();
    CapturingLogs.clear();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aStaticTokenIsMaskedInLogsExceptionsAndToString() {
    server.enqueue(ok());
    server.enqueue(envelope(401, "{\"code\":\"401\",\"msg\":\"Unauthorized\",\"success\":false,"
        + "\"error\":{\"errorDetail\":\"token " + TOKEN + " expired\",\"traceId\":\"t-1\"}}"));
    YinliAuthenticator auth = YinliAuthenticator.staticHeader("X-Yinli-Auth", TOKEN);
    try (YinliClient client = client(server).authenticator(auth).logLevel(LogLevel.BODY).build()) {
      client.assets().pushMeterReadings(batch(reading("DB-0001", "2025-04", "1")));
      assertThatThrownBy(() -> client.assets().pushMeterReadings(batch(reading("DB-0001", "2025-04", "1"))))
          .isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getMessage()).contains("token **** expired").doesNotContain(TOKEN);
            assertThat(e.vendorMessage()).doesNotContain(TOKEN);
            assertThat(e.body()).contains("t-1").doesNotContain(TOKEN);
          });
      assertThat(client.toString()).doesNotContain(TOKEN);
    }
    assertThat(auth.toString()).isEqualTo("YinliAuthenticator.staticHeader(X-Yinli-Auth: ****)");
    assertThat(CapturingLogs.text()).contains("openapi/device/synchronize").contains("X-Yinli-Auth: ****")
        .doesNotContain(TOKEN);
  }

  @Test
  void aSignersSecretAndItsPerRequestSignatureAreMaskedInLogs() {
    server.enqueue(ok());
    SignedHeadersExample auth = new SignedHeadersExample("app-42", APP_SECRET, Clock.systemUTC(), () -> "n0nce");
    try (YinliClient client = client(server).authenticator(auth).logLevel(LogLevel.HEADERS).build()) {
      client.assets().pushMeterReadings(batch(reading("DB-0001", "2025-04", "1")));
    }
    String sign = takeHeader("sign");
    assertThat(sign).hasSize(64);
    assertThat(CapturingLogs.text()).contains("appKey: app-42").contains("sign: ****").doesNotContain(sign)
        .doesNotContain(APP_SECRET);
  }

  String takeHeader(String name) {
    try {
      return take(server).getHeaders().get(name);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
