package io.github.ampark.fourpyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.CallbackVerificationException;
import io.github.ampark.core.callback.CallbackReply;
import io.github.ampark.core.callback.CallbackRequest;
import io.github.ampark.fourpyun.model.OpenApiPush;
import io.github.ampark.testkit.fourpyun.FakeFourPyun;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Openapi pushes: the &app_secret= rule, the exact {"code":"1001"} acknowledgement, duplicates. */
class OpenApiPushTest {
  static final Map<String, String> RECHARGE = Map.of("park_uuid", "49f0cc52-e8c7-41e3-b54d-af666b8cc11a",
      "pay_serial", "20210421164242075523115813", "pay_value", "100", "pay_time", "1618994563000", "plate", "川A660P1",
      "quantity", "31", "vip_type", "1", "channel", "200102", "park_name", "P云支付体验-停车场", "identity", "");

  FakeFourPyun fake;
  FourPyunCallbacks callbacks;
  final List<OpenApiPush> handled = new ArrayList<>();

  @BeforeEach
  void start() {
    fake = FakeFourPyun.builder().clock(Clock.fixed(Instant.ofEpochMilli(1618994562891L), ZoneOffset.UTC)).start();
    callbacks = FourPyunCallbacks.builder().appSecret(FakeFourPyun.DEFAULT_APP_SECRET).appId(FakeFourPyun.DEFAULT_APP_ID).build();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  static CallbackRequest form(String body) {
    return CallbackRequest.builder().contentType("application/x-www-form-urlencoded;charset=UTF-8").body(body).build();
  }

  @Test
  void aSignedRechargePushIsVerifiedAndAcknowledgedExactly() {
    CallbackReply reply = callbacks.handleOpenApiPush(form(fake.signedOpenApiForm(RECHARGE)), handled::add);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.bodyText()).isEqualTo("{\"code\":\"1001\"}");
    OpenApiPush push = handled.get(0);
    assertThat(push.appId()).isEqualTo(FakeFourPyun.DEFAULT_APP_ID);
    assertThat(push.timestamp()).isEqualTo(Instant.ofEpochMilli(1618994562891L));
    assertThat(push.field("plate")).hasValue("川A660P1");
    assertThat(push.field("identity")).hasValue("");
    assertThat(push.field("no_such_field")).isEmpty();
    assertThat(push.fields()).doesNotContainKey("sign").containsEntry("sign_type", "MD5");
  }

  @Test
  void aTamperedPushIsRefusedAndNeverHandled() {
    String tampered = fake.signedOpenApiForm(RECHARGE).replace("pay_value=100", "pay_value=1");
    CallbackReply reply = callbacks.handleOpenApiPush(form(tampered), handled::add);
    assertThat(reply.bodyText()).isEqualTo("{\"code\":\"1401\",\"message\":\"签名错误\"}");
    assertThat(handled).isEmpty();
    assertThatThrownBy(() -> callbacks.parseOpenApiPush(form(tampered.replaceAll("&sign=[0-9A-F]+", ""))))
        .isInstanceOf(CallbackVerificationException.class).hasMessageContaining("no sign");
  }

  @Test
  void aPushForAnotherAppIsRefused() {
    FourPyunCallbacks other = FourPyunCallbacks.builder().appSecret(FakeFourPyun.DEFAULT_APP_SECRET).appId("op-other").build();
    assertThatThrownBy(() -> other.parseOpenApiPush(form(fake.signedOpenApiForm(RECHARGE))))
        .isInstanceOf(CallbackVerificationException.class).hasMessageContaining("op-other");
  }

  @Test
  void withoutAnAppSecretEveryPushIsRefused() {
    FourPyunCallbacks gatewayOnly = FourPyunCallbacks.builder().gatewayKey("DEMO").build();
    assertThat(gatewayOnly.handleOpenApiPush(form(fake.signedOpenApiForm(RECHARGE)), handled::add).bodyText())
        .contains("1401");
    assertThat(handled).isEmpty();
  }

  @Test
  void aRepeatedPushWithANewTimestampIsAcknowledgedWithoutHandlingItAgain() {
    callbacks.handleOpenApiPush(form(fake.signedOpenApiForm(RECHARGE)), handled::add);
    try (FakeFourPyun later = FakeFourPyun.builder().clock(Clock.fixed(Instant.ofEpochMilli(1618994999999L), ZoneOffset.UTC)).start()) {
      CallbackReply again = callbacks.handleOpenApiPush(form(later.signedOpenApiForm(RECHARGE)), handled::add);
      assertThat(again.bodyText()).isEqualTo("{\"code\":\"1001\"}");
    }
    assertThat(handled).hasSize(1);
  }

  @Test
  void aFailingHandlerAnswers1500AndThePushIsHandledWhenRepeated() {
    AtomicInteger calls = new AtomicInteger();
    String push = fake.signedOpenApiForm(RECHARGE);
    CallbackReply first = callbacks.handleOpenApiPush(form(push), p -> {
      calls.incrementAndGet();
      throw new IllegalStateException("down");
    });
    assertThat(first.bodyText()).isEqualTo("{\"code\":\"1500\",\"message\":\"处理失败\"}");
    callbacks.handleOpenApiPush(form(push), p -> calls.incrementAndGet());
    assertThat(calls).hasValue(2);
  }

  @Test
  void theFakePushesUntilAcknowledged() throws Exception {
    com.sun.net.httpserver.HttpServer http = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext("/4pyun/push", ex -> callbacks.handleOpenApiPush(CallbackRequest.from(ex), handled::add).writeTo(ex));
    http.start();
    try {
      assertThat(fake.sendOpenApiPush("http://127.0.0.1:" + http.getAddress().getPort() + "/4pyun/push", RECHARGE, 3)
          .acknowledged()).isTrue();
      assertThat(handled).hasSize(1);
    } finally {
      http.stop(0);
    }
  }

  @Test
  void aPushWithAFieldTheSdkDoesNotKnowIsVerifiedAndKeepsIt() {
    Map<String, String> extended = new java.util.TreeMap<>(RECHARGE);
    extended.put("invoice_url", "https://example.invalid/i?a=1&b=2");
    extended.put("ext_flag", "扩展");
    CallbackReply reply = callbacks.handleOpenApiPush(form(fake.signedOpenApiForm(extended)), handled::add);
    assertThat(reply.bodyText()).isEqualTo("{\"code\":\"1001\"}");
    assertThat(reply.acknowledges()).isTrue();
    assertThat(handled.get(0).field("invoice_url")).hasValue("https://example.invalid/i?a=1&b=2");
    assertThat(handled.get(0).field("ext_flag")).hasValue("扩展");
  }

  @Test
  void aHandlerFailureIsARefusalAndTheRepeatIsHandledAgain() {
    String body = fake.signedOpenApiForm(RECHARGE);
    CallbackReply failed = callbacks.handleOpenApiPush(form(body), p -> {
      throw new IllegalStateException("db down");
    });
    assertThat(failed.bodyText()).contains("\"code\":\"1500\"");
    assertThat(failed.acknowledges()).isFalse();
    assertThat(callbacks.handleOpenApiPush(form(body), handled::add).acknowledges()).isTrue();
    assertThat(handled).hasSize(1);
  }
}
