package io.github.ampark.core.spi;

import static io.github.ampark.core.testing.AcmeServer.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ApiException;
import io.github.ampark.core.LogLevel;
import io.github.ampark.core.RetryPolicy;
import io.github.ampark.core.testing.AcmeClient;
import io.github.ampark.core.testing.CapturingLogs;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.MediaType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Redaction runs on untrusted answers, so it must never cost more than linear time: the old
 * text-pair regex took 0.9 s on a 4 KB run of letters and never finished on 10 MB.
 */
class RedactionIsLinearTest {
  static final String SECRET = "s3cr3t-value";
  MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = startServer();
    CapturingLogs.clear();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static String letters(int n) {
    return "a".repeat(n);
  }

  @Test
  @Timeout(10)
  void tenMegabytesOfLettersAsFreeTextFinish() {
    Redactor r = Redactor.of(Collections.singleton("card_no"), Collections.singleton(SECRET));
    String text = letters(10 * 1024 * 1024);
    assertThat(r.redactText(text)).isSameAs(text);
    String pairs = "x=1 ".repeat(2 * 1024 * 1024) + "sign=ABC";
    assertThat(r.redactText(pairs)).endsWith("sign=****");
  }

  @Test
  @Timeout(10)
  void aHugeHtmlErrorPageBecomesAnApiExceptionPromptly() {
    String page = "<html><body>" + letters(4 * 1024 * 1024 - 100) + "</body></html>";
    server.enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html").body(page).build());
    try (AcmeClient client = AcmeClient.builder().credentials("a", SECRET).baseUrl(baseUrl(server))
        .retryPolicy(RetryPolicy.none()).build()) {
      assertThatThrownBy(() -> client.charge(Collections.singletonMap("a", 1)))
          .isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(502);
            assertThat(e.body()).hasSizeLessThanOrEqualTo(ApiException.MAX_BODY_CHARS + 20);
          });
    }
  }

  @Test
  @Timeout(10)
  void aSuccessfulAnswerWithALongTokenIsLoggedAtBodyLevelWithoutHanging() throws Exception {
    String token = letters(16 * 1024);
    server.enqueue(json(200, "{\"code\":\"OK\",\"data\":{\"token\":\"" + "q".repeat(16 * 1024) + "\",\"order_no\":\"T1\",\"amount_fen\":1,"
        + "\"status\":\"" + token + "\"}}"));
    server.enqueue(json(200, "{\"code\":\"OK\",\"data\":\"" + token + token + token + token + "=" + "\"}"));
    try (AcmeClient client = AcmeClient.builder().credentials("a", SECRET).baseUrl(baseUrl(server))
        .logLevel(LogLevel.BODY).retryPolicy(RetryPolicy.none()).build()) {
      assertThat(client.getOrder("T1").status()).hasSize(16 * 1024);
      client.undeclared(Collections.singletonMap("a", 1));
    }
    assertThat(CapturingLogs.text()).contains("<-- 200").contains("\"token\":\"****").doesNotContain("qqqq");
  }

  @Test
  void aCutBodyNeverShowsTheStartOfASecretOrAnUnmaskedSensitivePair() {
    Redactor r = Redactor.of(Collections.<String>emptySet(), Collections.singleton(SECRET));
    String filler = letters(16 * 1024 - 4);
    String cutInSecret = filler + " " + SECRET + " " + letters(20_000);
    String out = r.redactBody(cutInSecret.getBytes(StandardCharsets.UTF_8), MediaType.get("text/plain"));
    assertThat(out).doesNotContain("s3c").contains("chars)");
    String cutInSign = "{\"x\":\"" + letters(16 * 1024 - 14) + "\",\"sign\":\"ABCDEFGH\"" + letters(20_000) + "\"}";
    assertThat(r.redactBody(cutInSign.getBytes(StandardCharsets.UTF_8), MediaType.get("application/json")))
        .doesNotContain("ABC");
  }

  /** The scan must mask exactly what the old (quadratic) pattern masked; it is the independent oracle here. */
  @Test
  void theLinearScanMasksWhatTheOldPatternMasked() {
    Pattern old = Pattern.compile("([A-Za-z_][A-Za-z0-9_\\-]*)(=|\":\"|\": \")([^&\\s\"]*)");
    Redactor r = Redactor.of(Collections.singleton("card"), Collections.<String>emptySet());
    String[] atoms = {"a", "9", "_", "-", "=", "&", "\"", ":", " ", "\n", "sign", "card", "x-token", "****", "\":\"", "\": \""};
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(12);
      for (int k = 0; k < n; k++) {
        sb.append(atoms[random.nextInt(atoms.length)]);
      }
      String text = sb.toString();
      Matcher m = old.matcher(text);
      StringBuffer expected = new StringBuffer();
      while (m.find()) {
        if (r.isSensitive(m.group(1)) && !m.group(3).isEmpty() && !m.group(3).equals(Redactor.MASK)) {
          m.appendReplacement(expected, Matcher.quoteReplacement(m.group(1) + m.group(2) + Redactor.MASK));
        }
      }
      m.appendTail(expected);
      assertThat(r.redactText(text)).as("redacting %s", text).isEqualTo(expected.toString());
    }
  }

  @Test
  @Timeout(10)
  void aMultipartBoundaryLongerThanTheRfcAllowsIsRefusedNotSearched() {
    String boundary = letters(100_000);
    byte[] body = letters(1_000_000).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> BodyCodec.multipart(body, "multipart/form-data; boundary=" + boundary))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("70");
  }
}
