package io.github.ampark.wanzhuang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.CallbackVerificationException;
import io.github.ampark.core.callback.CallbackReply;
import io.github.ampark.core.callback.CallbackRequest;
import io.github.ampark.core.testing.MockServers;
import io.github.ampark.wanzhuang.model.CallbackKind;
import io.github.ampark.wanzhuang.model.CallbackLogEntry;
import io.github.ampark.wanzhuang.model.EndReason;
import io.github.ampark.wanzhuang.model.FinishOrderEvent;
import io.github.ampark.wanzhuang.model.IccPayRequestEvent;
import io.github.ampark.wanzhuang.model.OfflineProfitEvent;
import io.github.ampark.wanzhuang.model.StartPowerEvent;
import io.github.ampark.wanzhuang.model.WanzhuangEvent;
import io.github.ampark.wanzhuang.model.WanzhuangReply;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/** The four callbacks (F1–F7): typed events keeping every field, the optional checks, duplicates, stale totals, replies. */
class WanzhuangCallbacksTest {
  static final String TOKEN = "t0ken-0123456789abcdef";
  static final String FINISH = "device_num=18000001&device_port=1&charge_id=1751254762038&used_fee=80&end_type=2";

  static CallbackRequest form(String kind, String body) {
    return CallbackRequest.builder().path("/wz/" + TOKEN + "/" + kind).remoteAddress("203.0.113.10")
        .contentType("application/x-www-form-urlencoded").body(body).build();
  }

  static CallbackRequest multipart(String kind, String... nameValues) {
    List<String[]> f = new ArrayList<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      f.add(new String[] {nameValues[i], nameValues[i + 1]});
    }
    return CallbackRequest.builder().path("/wz/" + TOKEN + "/" + kind).remoteAddress("203.0.113.10")
        .contentType("multipart/form-data; boundary=XyZ").body(Independent.multipart("XyZ", f)).build();
  }

  static CallbackRequest profit(String time, String coin) {
    return multipart("offline_profit", "device_num", "18000001", "coin", coin, "card", "300", "time", time);
  }

  /** Records what it was given; acknowledges everything. */
  static final class Recorder implements WanzhuangHandler {
    final List<WanzhuangEvent> events = Collections.synchronizedList(new ArrayList<>());

    @Override
    public WanzhuangReply onStartPower(StartPowerEvent e) {
      events.add(e);
      return WanzhuangReply.acknowledge();
    }

    @Override
    public WanzhuangReply onFinishOrder(FinishOrderEvent e) {
      events.add(e);
      return WanzhuangReply.acknowledge();
    }

    @Override
    public WanzhuangReply onIccPayRequest(IccPayRequestEvent e) {
      events.add(e);
      return WanzhuangReply.custom(CallbackReply.json("{\"code\":1,\"pay\":1}").asAcknowledgement());
    }

    @Override
    public WanzhuangReply onOfflineProfit(OfflineProfitEvent e) {
      events.add(e);
      return WanzhuangReply.acknowledge();
    }
  }

  WanzhuangCallbacks callbacks = WanzhuangCallbacks.builder().pathToken(TOKEN).endReasonField("end_type").build();

  @Test
  void startPowerKeepsTheRawStateAndEveryField() {
    WanzhuangEvent e = callbacks.parse(form("start_power", "state=-1&device_num=18000001&device_port=1&charge_id=1751254762038&extra=yes"));
    assertThat(e).isInstanceOfSatisfying(StartPowerEvent.class, s -> {
      assertThat(s.state()).isEqualTo(-1);
      assertThat(s.chargeId()).isEqualTo(1751254762038L);
      assertThat(s.devicePort()).isEqualTo(1);
      assertThat(s.fields()).containsEntry("extra", "yes").hasSize(5);
      assertThat(s.kind()).isEqualTo(CallbackKind.START_POWER);
    });
  }

  @Test
  void finishOrderKeepsEveryFieldAndReadsTheConfiguredEndReason() {
    FinishOrderEvent e = (FinishOrderEvent) callbacks.parse(form("finish_order", FINISH));
    assertThat(e.fields()).containsEntry("used_fee", "80");
    assertThat(e.endReason()).isEqualTo(EndReason.COMPLETE);
    FinishOrderEvent unconfigured = (FinishOrderEvent) WanzhuangCallbacks.builder().build()
        .parse(form("finish_order", FINISH));
    assertThat(unconfigured.endReasonCode()).isNull();
    assertThat(unconfigured.endReason()).isEqualTo(EndReason.UNKNOWN);
  }

  @Test
  void iccPayRequestKeepsTheCardNumberAsText() {
    IccPayRequestEvent e = (IccPayRequestEvent) callbacks.parse(form("icc_pay_req", "device_num=18000001&device_port=2&icc_id=00277312&pay_amount=500"));
    assertThat(e.iccId()).isEqualTo("00277312");
    assertThat(e.payAmountFen()).isEqualTo(500);
  }

  @Test
  void offlineProfitIsReadFromMultipart() {
    OfflineProfitEvent e = (OfflineProfitEvent) callbacks.parse(profit("1744285110", "1200"));
    assertThat(e.coinFen()).isEqualTo(1200);
    assertThat(e.cardFen()).isEqualTo(300);
    assertThat(e.time()).isEqualTo(1744285110L);
    assertThat(e.stale()).isFalse();
  }

  @Test
  void malformedOrIncompleteCallbacksAreRefused() {
    assertThatThrownBy(() -> callbacks.parse(form("start_power", "device_num=1&device_port=1&charge_id=1"))).isInstanceOf(CallbackVerificationException.class);
    assertThatThrownBy(() -> callbacks.parse(form("finish_order", "device_num=1&device_port=x&charge_id=1"))).isInstanceOf(CallbackVerificationException.class);
    assertThatThrownBy(() -> callbacks.parse(form("icc_pay_req", "device_num=1&device_port=1&pay_amount=-5&icc_id=1"))).isInstanceOf(CallbackVerificationException.class);
    assertThatThrownBy(() -> callbacks.parse(form("whatever", FINISH))).isInstanceOf(CallbackVerificationException.class);
    assertThatThrownBy(() -> callbacks.parse(CallbackRequest.builder().contentType("application/x-www-form-urlencoded").body(FINISH).build()))
        .isInstanceOf(CallbackVerificationException.class).hasMessageContaining("path");
    assertThatThrownBy(() -> callbacks.parse(CallbackRequest.builder().method("GET").path("/wz/" + TOKEN + "/finish_order").build()))
        .isInstanceOf(CallbackVerificationException.class);
  }

  @Test
  void theOptionalPathTokenIsEnforcedWhenConfigured() {
    Recorder r = new Recorder();
    CallbackRequest wrong = CallbackRequest.builder().path("/wz/guess/finish_order").contentType("application/x-www-form-urlencoded").body(FINISH).build();
    CallbackRequest none = CallbackRequest.builder().path("/finish_order").contentType("application/x-www-form-urlencoded").body(FINISH).build();
    assertThat(callbacks.handle(wrong, r)).isSameAs(WanzhuangCallbacks.REFUSAL);
    assertThat(callbacks.handle(none, r)).isSameAs(WanzhuangCallbacks.REFUSAL);
    assertThat(r.events).isEmpty();
    assertThat(callbacks.handle(form("finish_order", FINISH), r).acknowledges()).isTrue();
    assertThat(WanzhuangCallbacks.builder().build().handle(wrong, r).acknowledges()).as("no token configured").isTrue();
  }

  @Test
  void theOptionalSourceAllowListIsEnforcedWhenConfigured() {
    WanzhuangCallbacks listed = WanzhuangCallbacks.builder().allowSources("198.51.100.7").build();
    Recorder r = new Recorder();
    assertThat(listed.handle(form("finish_order", FINISH), r).acknowledges()).isFalse();
    CallbackRequest noAddress = CallbackRequest.builder().path("/finish_order").contentType("application/x-www-form-urlencoded").body(FINISH).build();
    assertThat(listed.handle(noAddress, r).acknowledges()).isFalse();
    CallbackRequest allowed = CallbackRequest.builder().path("/finish_order").remoteAddress("198.51.100.7")
        .contentType("application/x-www-form-urlencoded").body(FINISH).build();
    assertThat(listed.handle(allowed, r)).isSameAs(WanzhuangCallbacks.ACKNOWLEDGEMENT);
    assertThat(r.events).hasSize(1);
  }

  @Test
  void finishOrderIsHandledOncePerChargeId() {
    Recorder r = new Recorder();
    CallbackReply first = callbacks.handle(form("finish_order", FINISH), r);
    CallbackReply again = callbacks.handle(form("finish_order", FINISH + "&resent=1"), r);
    assertThat(first.acknowledges()).isTrue();
    assertThat(again.acknowledges()).isTrue();
    assertThat(again.bodyText()).isEqualTo("{\"code\":1,\"message\":\"success\"}");
    assertThat(r.events).hasSize(1);
    callbacks.handle(form("finish_order", FINISH.replace("1751254762038", "1751254762039")), r);
    assertThat(r.events).hasSize(2);
  }

  @Test
  void aRefusedOrFailedFinishOrderIsNeverRecordedAsHandled() {
    AtomicInteger calls = new AtomicInteger();
    WanzhuangHandler failing = new WanzhuangHandler() {
      @Override
      public WanzhuangReply onFinishOrder(FinishOrderEvent e) {
        if (calls.incrementAndGet() == 1) {
          throw new IllegalStateException("database down");
        }
        return calls.get() == 2 ? WanzhuangReply.refuse("not yet") : WanzhuangReply.acknowledge();
      }
    };
    assertThat(callbacks.handle(form("finish_order", FINISH), failing)).isSameAs(WanzhuangCallbacks.REFUSAL);
    assertThat(callbacks.handle(form("finish_order", FINISH), failing)).isSameAs(WanzhuangCallbacks.REFUSAL);
    assertThat(callbacks.handle(form("finish_order", FINISH), failing).acknowledges()).isTrue();
    assertThat(callbacks.handle(form("finish_order", FINISH), failing).acknowledges()).isTrue();
    assertThat(calls).hasValue(3);
  }

  @Test
  void aDeliveryWhileTheSameChargeIsBeingHandledIsAskedToComeBack() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    WanzhuangHandler slow = new WanzhuangHandler() {
      @Override
      public WanzhuangReply onFinishOrder(FinishOrderEvent e) {
        inside.countDown();
        try {
          release.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException ex) {
          Thread.currentThread().interrupt();
        }
        return WanzhuangReply.acknowledge();
      }
    };
    CompletableFuture<CallbackReply> first = CompletableFuture.supplyAsync(() -> callbacks.handle(form("finish_order", FINISH), slow));
    assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
    CallbackReply during = callbacks.handle(form("finish_order", FINISH), slow);
    release.countDown();
    assertThat(during).isSameAs(WanzhuangCallbacks.BUSY);
    assertThat(during.acknowledges()).isFalse();
    assertThat(first.get(5, TimeUnit.SECONDS).acknowledges()).isTrue();
  }

  @Test
  void startPowerIsDeduplicatedOnChargeIdAndState() {
    Recorder r = new Recorder();
    String started = "state=1&device_num=18000001&device_port=1&charge_id=7";
    callbacks.handle(form("start_power", started), r);
    callbacks.handle(form("start_power", started), r);
    callbacks.handle(form("start_power", started.replace("state=1", "state=2")), r);
    assertThat(r.events).hasSize(2);
  }

  @Test
  void iccPayRequestsAskEveryTimeAndTheHandlersOwnReplyIsSent() {
    Recorder r = new Recorder();
    String swipe = "device_num=18000001&device_port=2&icc_id=00277312&pay_amount=500";
    CallbackReply reply = callbacks.handle(form("icc_pay_req", swipe), r);
    callbacks.handle(form("icc_pay_req", swipe), r);
    assertThat(reply.bodyText()).isEqualTo("{\"code\":1,\"pay\":1}");
    assertThat(r.events).hasSize(2);
  }

  @Test
  void anOlderOfflineProfitReportIsStaleAndNotHandedOn() {
    Recorder r = new Recorder();
    assertThat(callbacks.handle(profit("200", "1200"), r).acknowledges()).isTrue();
    OfflineProfitEvent parsed = (OfflineProfitEvent) callbacks.parse(profit("150", "900"));
    assertThat(parsed.stale()).isTrue();
    assertThat(parsed.previousTime()).isEqualTo(200L);
    assertThat(callbacks.handle(profit("150", "900"), r).acknowledges()).as("stale: acknowledged, discarded").isTrue();
    assertThat(callbacks.handle(profit("300", "100"), r).acknowledges()).as("newer, total went down: handled").isTrue();
    assertThat(r.events).extracting(e -> ((OfflineProfitEvent) e).time()).containsExactly(200L, 300L);
    assertThat(((OfflineProfitEvent) callbacks.parse(multipart("offline_profit", "device_num", "18000002", "coin", "1", "card", "1", "time", "1"))).stale())
        .as("tracked per device").isFalse();
  }

  @Test
  void aRefusedOfflineProfitDoesNotMoveTheLatestTime() {
    WanzhuangHandler refusing = new WanzhuangHandler() {};
    assertThat(callbacks.handle(profit("500", "1"), refusing).acknowledges()).isFalse();
    assertThat(((OfflineProfitEvent) callbacks.parse(profit("400", "1"))).stale()).isFalse();
  }

  @Test
  void unhandledCallbacksAreRefusedByDefault() {
    WanzhuangHandler none = new WanzhuangHandler() {};
    assertThat(callbacks.handle(form("start_power", "state=1&device_num=1&device_port=1&charge_id=1"), none)).isSameAs(WanzhuangCallbacks.REFUSAL);
    assertThat(callbacks.handle(form("finish_order", FINISH), none).status()).isEqualTo(500);
    assertThat(callbacks.handle(form("icc_pay_req", "device_num=1&device_port=1&icc_id=1&pay_amount=1"), none).acknowledges()).isFalse();
  }

  @Test
  void theDefaultRepliesCanBeReplaced() {
    WanzhuangCallbacks custom = WanzhuangCallbacks.builder().acknowledgement(CallbackReply.text("success"))
        .refusal(CallbackReply.text(400, "fail")).build();
    CallbackRequest finish = CallbackRequest.builder().path("/finish_order").contentType("application/x-www-form-urlencoded").body(FINISH).build();
    CallbackReply ack = custom.handle(finish, new Recorder());
    assertThat(ack.bodyText()).isEqualTo("success");
    assertThat(ack.acknowledges()).isTrue();
    assertThat(custom.handle(CallbackRequest.builder().path("/nope").build(), new Recorder()).bodyText()).isEqualTo("fail");
  }

  @Test
  void aCallbackMissedByYourEndpointCanBeReadFromTheLog() {
    CallbackLogEntry entry = CallbackLogEntry.builder().chargeId(1751254762038L)
        .putRequest("device_num", "18000001").putRequest("device_port", "1").putRequest("charge_id", "1751254762038").build();
    WanzhuangEvent e = callbacks.fromLog(entry, CallbackKind.FINISH_ORDER);
    assertThat(e).isInstanceOfSatisfying(FinishOrderEvent.class, f -> assertThat(f.chargeId()).isEqualTo(1751254762038L));
  }

  @Test
  void confirmHelpersReReadTheChargeWithSignedCalls() throws Exception {
    try (MockWebServer server = MockServers.start();
        WanzhuangClient client = WanzhuangClient.builder("app", "s", MockServers.baseUrl(server)).build()) {
      WanzhuangCallbacks withClient = WanzhuangCallbacks.builder().client(client).build();
      StartPowerEvent start = StartPowerEvent.builder().deviceNum("18000001").devicePort(1).chargeId(7).state(1).build();
      server.enqueue(MockServers.json("{\"code\":1,\"message\":\"success\",\"data\":{\"ports\":[{\"port\":1,\"state\":2,\"charge_id\":7}]}}"));
      assertThat(withClient.confirmStart(start)).isTrue();
      server.enqueue(MockServers.json("{\"code\":1,\"message\":\"success\",\"data\":{\"ports\":[{\"port\":1,\"state\":0,\"charge_id\":0}]}}"));
      server.enqueue(MockServers.json("{\"code\":1,\"message\":\"success\",\"data\":[]}"));
      assertThat(withClient.confirmStart(start)).isFalse();
      FinishOrderEvent finish = FinishOrderEvent.builder().deviceNum("18000001").devicePort(1).chargeId(7).build();
      server.enqueue(MockServers.json("{\"code\":1,\"message\":\"success\",\"data\":[{\"req\":\"device_num=18000001&charge_id=7\"}]}"));
      assertThat(withClient.confirmFinish(finish)).isTrue();
      server.enqueue(MockServers.json("{\"code\":1,\"message\":\"success\",\"data\":[{\"req\":\"device_num=19999999&charge_id=7\"}]}"));
      assertThat(withClient.confirmFinish(finish)).as("another device").isFalse();
      assertThat(server.takeRequest().getTarget()).startsWith("/open/device/state?device_num=18000001&port_fields=state&port_fields=charge_id&app_id=app&timestamp=");
    }
    assertThatThrownBy(() -> callbacks.confirmFinish(FinishOrderEvent.builder().deviceNum("1").devicePort(1).chargeId(1).build()))
        .isInstanceOf(io.github.ampark.core.ValidationException.class);
  }

  @Test
  void aPathTokenMustBeUnguessable() {
    assertThatThrownBy(() -> WanzhuangCallbacks.builder().pathToken("short")).isInstanceOf(io.github.ampark.core.ValidationException.class);
  }
}
