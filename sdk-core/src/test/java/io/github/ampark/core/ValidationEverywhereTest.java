package io.github.ampark.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.callback.CallbackReply;
import io.github.ampark.core.callback.CallbackRequest;
import io.github.ampark.core.http.RawRequest;
import io.github.ampark.core.money.Money;
import io.github.ampark.core.testing.AcmeClient;
import io.github.ampark.core.time.TimeFormat;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import okhttp3.OkHttpClient;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every core entry point answers bad input with a ValidationException naming the field, never a JDK or OkHttp exception. */
class ValidationEverywhereTest {
  static final String TEN_MB = "A".repeat(10 * 1024 * 1024);

  static void rejects(String field, ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.getMessage()).hasSizeLessThan(300).doesNotContain("\r", "\n");
    });
  }

  @Test
  void durationsOutsideOneMillisecondToOneDayAreRefusedNotOverflowed() {
    rejects("callDeadline", () -> ClientConfig.builder().callDeadline(Duration.ofSeconds(Long.MAX_VALUE)));
    rejects("callDeadline", () -> AcmeClient.builder().callDeadline(Duration.ofSeconds(Long.MAX_VALUE)));
    rejects("readTimeout", () -> ClientConfig.builder().readTimeout(Duration.ofDays(30)));
    rejects("connectTimeout", () -> ClientConfig.builder().connectTimeout(Duration.ofNanos(1))); // would be 0 = no timeout
    rejects("writeTimeout", () -> ClientConfig.builder().writeTimeout(null));
    rejects("reconcileSettleDelay", () -> ClientConfig.builder().reconcileSettleDelay(Duration.ofDays(2)));
    assertThatCode(() -> AcmeClient.builder().credentials("a", "s").readTimeout(ClientConfig.MAX_DURATION)
        .callDeadline(ClientConfig.MAX_DURATION).build().close()).doesNotThrowAnyException();
  }

  @Test
  void hugeBackoffsAreRefusedAndTheLargestAllowedNeverOverflows() {
    rejects("maxBackoff", () -> RetryPolicy.builder().maxBackoff(Duration.ofSeconds(Long.MAX_VALUE)));
    rejects("initialBackoff", () -> RetryPolicy.builder().initialBackoff(Duration.ofDays(1)));
    RetryPolicy p = RetryPolicy.builder().maxRetries(10).initialBackoff(RetryPolicy.MAX_BACKOFF).maxBackoff(RetryPolicy.MAX_BACKOFF).build();
    for (int retry = 1; retry <= 10; retry++) {
      assertThat(p.backoff(retry)).isLessThanOrEqualTo(RetryPolicy.MAX_BACKOFF);
    }
  }

  @Test
  void sensitiveFieldsRefuseNullsAllOrNothing() {
    rejects("sensitiveFields", () -> ClientConfig.builder().sensitiveFields((String[]) null));
    ClientConfig.Builder b = ClientConfig.builder();
    rejects("sensitiveFields", () -> b.sensitiveFields("card_no", null));
    rejects("sensitiveFields", () -> b.sensitiveFields("card\nno"));
    assertThat(b.build().sensitiveFields()).isEmpty();
  }

  @Test
  void buildingDoesNotChangeTheBuilder() {
    ClientConfig.Builder b = ClientConfig.builder();
    assertThat(b.build().readTimeout()).isEqualTo(Duration.ofSeconds(30));
    // once built with defaults, a caller-supplied client must still keep its own timeouts
    OkHttpClient own = new OkHttpClient();
    ClientConfig withOwn = b.httpClient(own).build();
    assertThat(withOwn.readTimeout()).isNull();
    assertThat(withOwn.connectTimeout()).isNull();
    assertThat(withOwn.writeTimeout()).isNull();
  }

  @Test
  void callbackRequestBuilderRefusesNulls() {
    rejects("method", () -> CallbackRequest.builder().method(null));
    rejects("method", () -> CallbackRequest.builder().method("PO\r\nST"));
    rejects("body", () -> CallbackRequest.builder().body((byte[]) null));
    rejects("body", () -> CallbackRequest.builder().body((String) null));
    rejects("header name", () -> CallbackRequest.builder().header(null, "x"));
    rejects("header value", () -> CallbackRequest.builder().header("X-A", null));
    rejects("contentType", () -> CallbackRequest.builder().contentType(null));
    rejects("status", () -> CallbackReply.text(0, "x"));
    rejects("body", () -> CallbackReply.json(null));
  }

  @Test
  void controlCharactersAreRefusedInUrlsHeadersKeysAndPaths() {
    rejects("notifyUrl", () -> Checks.httpUrl("notifyUrl", "https://merchant.example/notify\r\nX-Injected: 1"));
    rejects("notifyUrl", () -> Checks.httpUrl("notifyUrl", "https://merchant.example/a\tb"));
    rejects("notifyUrl", () -> Checks.httpUrl("notifyUrl", "https://merchant.example/" + TEN_MB));
    rejects("baseUrl", () -> ClientConfig.builder().baseUrl("http://127.0.0.1/\n"));
    rejects("orderNo", () -> Checks.identifier("orderNo", "T1\u0000", 32));
    rejects("orderNo", () -> Checks.identifier("orderNo", " T1", 32));
    rejects("orderNo", () -> Checks.identifier("orderNo", TEN_MB, 32));
    rejects("name", () -> Checks.noControl("name", "a\u2028b"));
    rejects("X-Token", () -> RawRequest.post("a").header("X-Token", "tok\n"));
    rejects("header name", () -> RawRequest.post("a").header("X Token", "tok"));
    rejects("path", () -> RawRequest.post("a\r\nb"));
    rejects("operation", () -> RawRequest.post("a").operation("op\n"));
    assertThat(Checks.identifier("orderNo", "T2024-0001_中文", 32)).isEqualTo("T2024-0001_中文");
    assertThat(Checks.headerValue("token", "Bearer abc.DEF-123")).isEqualTo("Bearer abc.DEF-123");
  }

  @Test
  void aHeaderValueProblemNeverEchoesTheValue() {
    String token = "s3cr3t-token-value\n";
    assertThatThrownBy(() -> Checks.headerValue("authorization", token))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("\\n at index 18").hasMessageNotContaining("s3cr3t");
  }

  @Test
  void messagesEchoAShortEscapedPrefix() {
    assertThatThrownBy(() -> RawRequest.post(TEN_MB + "://x"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("(10485764 chars)");
    assertThatThrownBy(() -> Money.parseYuan("amount", "1\r\n" + TEN_MB))
        .isInstanceOf(ValidationException.class).message().hasSizeLessThan(300).doesNotContain("\r", "\n");
    ApiException e = new ApiException("v", "o", 200, "E\r\n1", "bad\r\n" + TEN_MB, "req\n1", "");
    assertThat(e.getMessage()).hasSizeLessThan(600).doesNotContain("\r", "\n").contains("E\\r\\n1");
  }

  @Test
  void moneyOutOfRangeIsAValidationExceptionNotAJdkCrash() {
    BigDecimal huge = new BigDecimal("1E+2147483647");
    rejects("totalYuan", () -> Money.yuanToFen("totalYuan", huge));
    rejects("totalYuan", () -> Money.yuanText("totalYuan", huge));
    rejects("value", () -> Money.plain(huge));
    rejects("readNum", () -> Money.parseYuan("readNum", "1E+20000"));
    rejects("readNum", () -> Money.parseYuan("readNum", "1E-20000"));
    rejects("totalYuan", () -> Money.yuanToFen("totalYuan", new BigDecimal("99999999999999999999")));
    assertThat(Money.yuanText("totalYuan", new BigDecimal("1E+2"))).isEqualTo("100.00");
  }

  @ParameterizedTest
  @EnumSource(TimeFormat.class)
  void timesOutsideTheWireRangeAreValidationExceptions(TimeFormat format) {
    rejects("time", () -> format.format(Instant.MAX));
    rejects("time", () -> format.format(Instant.MIN));
    rejects("time", () -> format.format(null));
    rejects("beginTime", () -> format.format("beginTime", Instant.MAX));
    rejects("time", () -> format.parse(TEN_MB));
    assertThat(format.format(TimeFormat.MAX)).isNotBlank();
    assertThat(format.format(TimeFormat.MIN)).isNotBlank();
  }
}
