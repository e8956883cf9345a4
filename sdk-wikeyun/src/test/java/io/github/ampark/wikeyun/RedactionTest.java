package io.github.ampark.wikeyun;

import static io.github.ampark.wikeyun.Wire.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ApiException;
import io.github.ampark.core.LogLevel;
import io.github.ampark.core.testing.CapturingLogs;
import io.github.ampark.wikeyun.model.AddCardRequest;
import io.github.ampark.wikeyun.model.EditCardRequest;
import io.github.ampark.wikeyun.model.GridType;
import io.github.ampark.wikeyun.model.PushOrderRequest;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The app secret, signatures and user_ext never appear in logs, exceptions or toString(). */
class RedactionTest {
  static final String SECRET_VALUE = "wk-secret-0123456789";
  MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = io.github.ampark.core.testing.MockServers.start();
    CapturingLogs.clear();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void bodyLevelLogsShowTheRequestButNeverTheSecretTheSignOrUserExt() throws Exception {
    server.enqueue(ok("{\"id\":\"1\",\"card_num\":\"0123456789\",\"user_ext\":\"12345X\"}"));
    try (WikeyunClient client = client(server).credentials(APP_KEY, SECRET_VALUE).logLevel(LogLevel.BODY).build()) {
      client.power().addCard(AddCardRequest.builder().cardNum("0123456789").province("广东省").city("广州市")
          .gridType(GridType.SOUTHERN_GRID).userExt("12345X").remark(SECRET_VALUE).build());
    }
    RecordedRequest r = take(server);
    String sign = r.getUrl().queryParameter("sign");
    String logs = CapturingLogs.text();
    assertThat(logs).contains("/rest/Power/addCard").contains("card_num=0123456789");
    assertThat(logs).doesNotContain(SECRET_VALUE).doesNotContain(sign).doesNotContain("12345X");
    assertThat(logs).contains("sign=****").contains("user_ext=****");
  }

  @Test
  void exceptionsCarryTheRedactedBodyOnly() {
    server.enqueue(io.github.ampark.core.testing.MockServers.json("{\"code\":\"1005\",\"msg\":\"签名错误: sign=ABCDEF0123 secret " + SECRET_VALUE + "\","
        + "\"data\":{\"sign\":\"ABCDEF0123\",\"user_ext\":\"12345X\"}}"));
    try (WikeyunClient client = client(server).credentials(APP_KEY, SECRET_VALUE).build()) {
      assertThatThrownBy(() -> client.power().pushOrder(PushOrderRequest.builder().cardId(1).orderNo("T1").amountYuan(100).build()))
          .isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getMessage()).doesNotContain(SECRET_VALUE).doesNotContain("ABCDEF0123");
            assertThat(e.vendorMessage()).doesNotContain(SECRET_VALUE);
            assertThat(e.body()).doesNotContain(SECRET_VALUE).doesNotContain("ABCDEF0123").doesNotContain("12345X");
          });
    }
  }

  @Test
  void toStringNeverShowsSecretsOrUserExt() {
    WikeyunClient.Builder builder = WikeyunClient.builder().credentials(APP_KEY, SECRET_VALUE).storeId(STORE);
    assertThat(builder.toString()).doesNotContain(SECRET_VALUE).contains(APP_KEY);
    try (WikeyunClient client = builder.build()) {
      assertThat(client.toString()).doesNotContain(SECRET_VALUE).contains("router.wikeyun.cn");
      assertThat(WikeyunCallbacks.of(client).toString()).doesNotContain(SECRET_VALUE);
    }
    AddCardRequest card = AddCardRequest.builder().cardNum("1").province("广东省").city("广州市")
        .gridType(GridType.SOUTHERN_GRID).userExt("12345X").build();
    assertThat(card.toString()).doesNotContain("12345X").contains("userExt=****");
    assertThat(WikeyunSigner.of(SECRET_VALUE).toString()).doesNotContain(SECRET_VALUE);
    assertThatThrownBy(() -> PushOrderRequest.builder().cardId(1).orderNo("T1").amountYuan(100)
        .notifyUrl("https://example.com/n\r\nX-Injected: " + "A".repeat(10_000)).build())
        .isInstanceOfSatisfying(io.github.ampark.core.ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("notifyUrl");
          assertThat(e.getMessage()).doesNotContain("\r").doesNotContain("\n").hasSizeLessThan(200);
        });
    assertThat(EditCardRequest.builder().cardId(2).cardNum("1").province("广东省").city("广州市")
        .gridType(GridType.SOUTHERN_GRID).userExt("12345X").build().toString()).doesNotContain("12345X");
  }
}
