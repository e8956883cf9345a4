package io.github.ampark.core.spi;


import static io.github.ampark.core.testing.AcmeServer.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ApiException;
import io.github.ampark.core.ClientConfig;
import io.github.ampark.core.LogLevel;
import io.github.ampark.core.RetryPolicy;
import io.github.ampark.core.Secret;
import io.github.ampark.core.testing.AcmeClient;
import io.github.ampark.core.testing.AcmeOrder;
import io.github.ampark.core.testing.CapturingLogs;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedactionTest {
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

  @Test
  void bodyLevelLogsShowTheExchangeButNoSecretSignatureOrSensitiveField() throws Exception {
    server.enqueue(json(200, "{\"code\":\"OK\",\"data\":{\"token\":\"tok-123456\",\"echo\":\"app_secret=" + SECRET
        + "\",\"card_no\":\"6222020000000001\"}}"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("amount_fen", 100);
    body.put("password", "hunter2-pass");
    body.put("card_no", "6222020000000001");
    body.put("nested", java.util.Collections.singletonMap("sign", "NESTEDSIGN"));
    try (AcmeClient client = AcmeClient.builder().credentials("app-1", SECRET).baseUrl(baseUrl(server))
        .logLevel(LogLevel.BODY).sensitiveFields("card_no").retryPolicy(RetryPolicy.none()).build()) {
      client.charge(body);
    }
    RecordedRequest sent = server.takeRequest(1, TimeUnit.SECONDS);
    String sign = sent.getUrl().queryParameter("sign");
    String logs = CapturingLogs.text();

    assertThat(logs).contains("--> POST").contains("v1/charge").contains("(attempt 1/1)").contains("<-- 200");
    assertThat(logs).contains("amount_fen").contains("X-Acme-Key: app-1").contains("User-Agent: ampark-java/");
    assertThat(logs).doesNotContain(SECRET, sign, "hunter2-pass", "6222020000000001", "NESTEDSIGN", "tok-123456");
    assertThat(logs).contains("sign=****");
  }

  @Test
  void formBodiesAreRedactedFieldByField() {
    Redactor r = Redactor.of(java.util.Collections.singleton("user_ext"), java.util.Collections.singleton(SECRET));
    String form = "store_id=1&user_ext=123456&sign=ABCDEF&notify_url=https%3A%2F%2Fx.cn%2Fn";
    assertThat(r.redactBody(form.getBytes(StandardCharsets.UTF_8), MediaType.get("application/x-www-form-urlencoded")))
        .isEqualTo("store_id=1&user_ext=****&sign=****&notify_url=https%3A%2F%2Fx.cn%2Fn");
  }

  @Test
  void freeTextLosesSensitivePairsAndLiteralSecrets() {
    Redactor r = Redactor.of(java.util.Collections.<String>emptySet(), java.util.Collections.singleton("12323232323"));
    assertThat(r.redactText("string to sign: a=1&b=2&app_secret=12323232323 key=NQ0eSXs7 ok"))
        .isEqualTo("string to sign: a=1&b=2&app_secret=**** key=**** ok");
    assertThat(r.redactText("secret is 12323232323!")).isEqualTo("secret is ****!");
  }

  @Test
  void multipartBodiesShowFieldsAndSummariseFiles() {
    String boundary = "XyZ";
    String body = "--XyZ\r\nContent-Disposition: form-data; name=\"plate\"\r\n\r\n粤B12345\r\n"
        + "--XyZ\r\nContent-Disposition: form-data; name=\"sign\"\r\n\r\nABCDEF\r\n"
        + "--XyZ\r\nContent-Disposition: form-data; name=\"enter_image_file\"; filename=\"a.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n\u0001\u0002\u0003\r\n"
        + "--XyZ--\r\n";
    String out = Redactor.defaults().redactBody(body.getBytes(StandardCharsets.UTF_8),
        MediaType.get("multipart/form-data; boundary=" + boundary));
    assertThat(out).contains("plate=粤B12345").contains("sign=****").contains("<file a.jpg, 3 bytes>").doesNotContain("ABCDEF");
  }

  @Test
  void exceptionBodiesAndMessagesAreRedacted() {
    server.enqueue(json(200, "{\"code\":\"SIGN_ERROR\",\"message\":\"bad sign, expected key=" + SECRET
        + "\",\"data\":{\"sign\":\"SERVERSIGN\"}}"));
    try (AcmeClient client = AcmeClient.builder().credentials("app-1", SECRET).baseUrl(baseUrl(server))
        .retryPolicy(RetryPolicy.none()).build()) {
      assertThatThrownBy(() -> client.getOrder("T1"))
          .isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getMessage()).doesNotContain(SECRET);
            assertThat(e.vendorMessage()).doesNotContain(SECRET);
            assertThat(e.body()).doesNotContain(SECRET).doesNotContain("SERVERSIGN");
          });
    }
  }

  @Test
  void toStringOfSecretsConfigAndModelsHidesSecrets() {
    assertThat(Secret.of("appSecret", SECRET).toString()).isEqualTo("****");
    assertThat(ClientConfig.builder().build().toString()).doesNotContain(SECRET);
    AcmeOrder order = AcmeOrder.builder().orderNo("T1").amountFen(1).status("NEW").cardSecret("card-pin-9999").build();
    assertThat(order.toString()).contains("T1").doesNotContain("card-pin-9999").contains("cardSecret=****");
  }
}
