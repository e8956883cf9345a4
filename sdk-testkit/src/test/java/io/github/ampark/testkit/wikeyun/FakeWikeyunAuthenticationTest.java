package io.github.ampark.testkit.wikeyun;

import static io.github.ampark.testkit.wikeyun.RawWikeyun.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every request's app_key and signature are checked; answers use the real envelope. */
class FakeWikeyunAuthenticationTest {
  FakeWikeyun fake;

  @BeforeEach
  void start() {
    fake = FakeWikeyun.start();
    fake.seedCard(67890, "0123456789", "江苏省", "南京市");
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  static Map<String, String> w1Body() {
    return params("store_id", "12345", "cardId", "67890", "order_no", "T202401010001", "amount", "100",
        "recharge_type", "0", "notify_url", "https://example.com/notify");
  }

  @Test
  void acceptsTheSpecW1RequestVerbatim() {
    HttpUrl url = HttpUrl.get(fake.url("rest/Power/pushOrder?app_key=1000001&timestamp=1700000000&client=127.0.0.1"
        + "&format=json&v=1.0&sign=3D4F9FB77B05285AFFFED29AF9E3DA66"));
    JsonNode env = send(url, w1Body());
    assertThat(env.path("code").asText()).isEqualTo("0000");
    assertThat(env.path("msg").asText()).isEqualTo("推送成功");
    assertThat(env.path("time").isTextual()).isTrue();
    assertThat(env.path("data").path("order_number").asText()).startsWith("P");
    assertThat(fake.order("T202401010001")).hasValueSatisfying(o -> {
      assertThat(o.amountYuan()).isEqualTo(100);
      assertThat(o.cardId()).isEqualTo(67890);
      assertThat(o.status()).isEqualTo(1);
      assertThat(o.notifyUrl()).isEqualTo("https://example.com/notify");
    });
  }

  @Test
  void acceptsTheSpecW2RequestVerbatim() {
    HttpUrl url = HttpUrl.get(fake.url("rest/Power/cardInfo?app_key=1000001&timestamp=1700000000&client=127.0.0.1"
        + "&format=json&v=1.0&sign=5BA561D9B1DBA6F60E7AEBC30EA54990"));
    JsonNode env = send(url, params("card_id", "67890"));
    assertThat(env.path("code").asText()).isEqualTo("0000");
    assertThat(env.path("data").path("id").asText()).isEqualTo("67890");
    assertThat(env.path("data").path("card_num").asText()).isEqualTo("0123456789");
  }

  @Test
  void aMissingAppKeyIsTheDocumentedCode1003() {
    HttpUrl url = HttpUrl.get(fake.url("rest/Power/cardInfo?timestamp=1700000000&format=json&v=1.0&sign=X"));
    JsonNode env = send(url, params("card_id", "67890"));
    assertThat(env.path("code").asText()).isEqualTo("1003");
    assertThat(env.path("msg").asText()).isEqualTo("app_key不能为空");
    assertThat(env.path("time").asText()).matches("[0-9]+");
    assertThat(env.get("data").isNull()).isTrue();
  }

  @Test
  void aWrongAppKeyIsRefused() {
    HttpUrl url = HttpUrl.get(fake.url("rest/Power/cardInfo?app_key=1000002&timestamp=1700000000&client=127.0.0.1"
        + "&format=json&v=1.0&sign=5BA561D9B1DBA6F60E7AEBC30EA54990"));
    assertThat(send(url, params("card_id", "67890")).path("code").asText()).isEqualTo(FakeWikeyun.CODE_APP_KEY_INVALID);
  }

  @Test
  void aBadOrMissingSignatureIsRefused() {
    String base = "rest/Power/cardInfo?app_key=1000001&timestamp=1700000000&client=127.0.0.1&format=json&v=1.0";
    JsonNode bad = send(HttpUrl.get(fake.url(base + "&sign=5BA561D9B1DBA6F60E7AEBC30EA54991")), params("card_id", "67890"));
    assertThat(bad.path("code").asText()).isEqualTo(FakeWikeyun.CODE_SIGN_ERROR);
    assertThat(bad.path("msg").asText()).isEqualTo("签名错误");
    JsonNode lower = send(HttpUrl.get(fake.url(base + "&sign=5ba561d9b1dba6f60e7aebc30ea54990")), params("card_id", "67890"));
    assertThat(lower.path("code").asText()).isEqualTo(FakeWikeyun.CODE_SIGN_ERROR);
    JsonNode none = send(HttpUrl.get(fake.url(base)), params("card_id", "67890"));
    assertThat(none.path("code").asText()).isEqualTo(FakeWikeyun.CODE_BAD_PARAMETER);
    assertThat(none.path("msg").asText()).isEqualTo("sign不能为空");
  }

  @Test
  void aBodyChangedAfterSigningIsRefused() {
    HttpUrl url = HttpUrl.get(fake.url("rest/Power/pushOrder?app_key=1000001&timestamp=1700000000&client=127.0.0.1"
        + "&format=json&v=1.0&sign=3D4F9FB77B05285AFFFED29AF9E3DA66"));
    Map<String, String> tampered = w1Body();
    tampered.put("amount", "1000");
    assertThat(send(url, tampered).path("code").asText()).isEqualTo(FakeWikeyun.CODE_SIGN_ERROR);
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void systemParametersCopiedIntoTheBodyAsTheGoSdkDoesAreAccepted() {
    Map<String, String> body = new LinkedHashMap<>(params("card_id", "67890"));
    body.putAll(params("app_key", "1000001", "timestamp", "1700000000", "client", "127.0.0.1", "format", "json", "v", "1.0"));
    HttpUrl url = HttpUrl.get(fake.url("rest/Power/cardInfo?app_key=1000001&timestamp=1700000000&client=127.0.0.1"
        + "&format=json&v=1.0&sign=5BA561D9B1DBA6F60E7AEBC30EA54990"));
    assertThat(send(url, body).path("code").asText()).isEqualTo("0000");
  }

  @Test
  void theFakesOwnSignatureAgreesWithTheSpecVectors() {
    Map<String, String> w2 = params("card_id", "67890", "app_key", "1000001", "client", "127.0.0.1",
        "format", "json", "timestamp", "1700000000", "v", "1.0");
    assertThat(fake.expectedSign(w2)).isEqualTo("5BA561D9B1DBA6F60E7AEBC30EA54990");
    assertThat(FakeWikeyun.sign("testsecret", w2)).isEqualTo(sign("testsecret", w2));
  }
}
