package io.github.ampark.bolink;

import static io.github.ampark.bolink.Wire.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.bolink.model.BolinkReply;
import io.github.ampark.bolink.model.ExitOrderRequest;
import io.github.ampark.bolink.model.PayType;
import io.github.ampark.core.CallbackVerificationException;
import io.github.ampark.core.callback.CallbackReply;
import io.github.ampark.core.callback.CallbackRequest;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/** Callbacks route only on signed content, and a refusal never completes a duplicate-guard entry. */
class CallbackReplayAndGuardTest {
  BolinkCallbacks callbacks = BolinkCallbacks.builder().ukey(UKEY).build();

  static CallbackRequest request(String body) {
    return CallbackRequest.builder().method("POST").header("Content-Type", "application/json").body(body).build();
  }

  /** One of our own signed exit orders, exactly as the client sent it. */
  static String capturedExitOrder() throws Exception {
    try (MockWebServer server = server(); BolinkClient client = client(url(server)).build()) {
      server.enqueue(ok());
      client.orders().exitOrder(ExitOrderRequest.builder().parkId("1001").orderId("A1").carNumber("京A12345").outTime(NOW)
          .payType(PayType.CASH).totalYuan(new BigDecimal("12.50")).emptyPlot(3).build());
      return body(take(server));
    }
  }

  @Test
  void aReplayedSignedRequestWithAnUnsignedTopLevelServiceNameNeverReachesATypedHandler() throws Exception {
    String ours = capturedExitOrder();
    assertThat(ours).startsWith("{\"data\":{\"park_id\"");
    String replay = "{\"service_name\":\"prepay_order\"," + ours.substring(1);
    assertThatThrownBy(() -> callbacks.parse(request(replay)))
        .isInstanceOf(CallbackVerificationException.class).hasMessageContaining("service_name");
    AtomicInteger calls = new AtomicInteger();
    CallbackReply reply = callbacks.handle(request(replay), Handlers.every(e -> {
      calls.incrementAndGet();
      return BolinkReply.success("ok");
    }));
    assertThat(calls).hasValue(0);
    assertThat(reply.acknowledges()).isFalse();
    assertThat(reply.bodyText()).contains("\"state\":0");
    String trailing = ours.substring(0, ours.length() - 1) + ",\"service_name\":\"prepay_order\"}";
    assertThatThrownBy(() -> callbacks.parse(request(trailing))).isInstanceOf(CallbackVerificationException.class);
  }

  static String prepay(String tradeNo) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("service_name", "prepay_order");
    d.put("park_id", "1001");
    d.put("trade_no", tradeNo);
    String text = BolinkSigner.dataJson(d);
    return "{\"data\":" + text + ",\"sign\":\"" + md5(text + "key=" + UKEY) + "\"}";
  }

  @Test
  void aStateZeroReplyIsHttp200ButReleasesTheEntrySoTheResendIsHandled() {
    AtomicInteger calls = new AtomicInteger();
    String body = prepay("T1");
    CallbackReply refused = callbacks.handle(request(body), Handlers.every(e -> {
      calls.incrementAndGet();
      return BolinkReply.failure("db busy");
    }));
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.acknowledges()).isFalse();
    CallbackReply accepted = callbacks.handle(request(body), Handlers.every(e -> {
      calls.incrementAndGet();
      return BolinkReply.success("ok");
    }));
    assertThat(accepted.acknowledges()).isTrue();
    assertThat(calls).as("the resend after a refusal is handled").hasValue(2);
    CallbackReply duplicate = callbacks.handle(request(body), Handlers.every(e -> {
      calls.incrementAndGet();
      return BolinkReply.success("ok");
    }));
    assertThat(duplicate.bodyText()).contains("\"state\":1");
    assertThat(calls).as("after a success, resends are answered without the handler").hasValue(2);
  }

  @Test
  void aHandlerExceptionIsARefusalAndIsNotRecorded() {
    AtomicInteger calls = new AtomicInteger();
    String body = prepay("T2");
    CallbackReply failed = callbacks.handle(request(body), Handlers.every(e -> {
      calls.incrementAndGet();
      throw new IllegalStateException("boom");
    }));
    assertThat(failed.acknowledges()).isFalse();
    assertThat(failed.bodyText()).contains("\"state\":0").doesNotContain("boom");
    callbacks.handle(request(body), Handlers.every(e -> {
      calls.incrementAndGet();
      return BolinkReply.success("ok");
    }));
    assertThat(calls).hasValue(2);
  }

  @Test
  void aFailingDuplicateGuardIsARefusalNotAnEscapingException() {
    io.github.ampark.core.callback.DuplicateGuard broken = io.github.ampark.core.testing.Guards.unreachable();
    BolinkCallbacks withBrokenGuard = BolinkCallbacks.builder().ukey(UKEY).duplicateGuard(broken).build();
    AtomicInteger calls = new AtomicInteger();
    CallbackReply reply = withBrokenGuard.handle(request(prepay("T3")), Handlers.every(e -> {
      calls.incrementAndGet();
      return BolinkReply.success("ok");
    }));
    assertThat(reply.acknowledges()).isFalse();
    assertThat(reply.bodyText()).contains("\"state\":0").doesNotContain("redis");
    assertThat(calls).hasValue(0);
  }

  @Test
  void aDeeplyNestedBodyIsRefusedWithoutRecursingIntoIt() {
    StringBuilder deep = new StringBuilder("{\"data\":{\"service_name\":\"prepay_order\",\"x\":");
    for (int i = 0; i < 100_000; i++) {
      deep.append('[');
    }
    String body = deep.toString();
    assertThatThrownBy(() -> callbacks.parse(request(body))).isInstanceOf(CallbackVerificationException.class)
        .hasMessageContaining("nesting");
    assertThat(callbacks.handle(request(body), Handlers.every(e -> BolinkReply.success("ok"))).acknowledges()).isFalse();
  }
}
