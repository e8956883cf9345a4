package io.github.ampark.yinli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ampark.core.CallbackVerificationException;
import io.github.ampark.core.callback.CallbackReply;
import io.github.ampark.core.callback.CallbackRequest;
import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.yinli.model.AdjustResult;
import io.github.ampark.yinli.model.BalanceAdjustment;
import io.github.ampark.yinli.model.Device;
import io.github.ampark.yinli.model.DeviceInfo;
import io.github.ampark.yinli.model.DeviceInfoQuery;
import io.github.ampark.yinli.model.InboundCall;
import io.github.ampark.yinli.model.MeterData;
import io.github.ampark.yinli.model.MeterDataPage;
import io.github.ampark.yinli.model.MeterDataQuery;
import io.github.ampark.yinli.model.RealtimePoint;
import io.github.ampark.yinli.model.TopUp;
import io.github.ampark.yinli.model.TopUpResult;
import io.github.ampark.yinli.model.Usage;
import io.github.ampark.yinli.model.UsageQuery;
import io.github.ampark.yinli.model.YinliReply;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The energy system's side: calls sealed by Yinli (here by {@link TestKeys}' independent code,
 * signed with Yinli's key) are verified, decrypted, typed, handed to the handler, and answered
 * sealed with our key; top-ups are booked once.
 */
class YinliCallbacksTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String TOP_UP = "{\"shopCode\":\"S-101\",\"deviceActualCode\":\"DB-0001\",\"amount\":100.00,\"payNo\":\"P1\",\"payType\":\"1\",\"payUser\":\"u1\"}";

  final YinliCallbacks callbacks = YinliCallbacks.builder().codec(TestKeys.ours()).build();

  /** A call as Yinli sends it: signed with Yinli's key over the ciphertext. */
  static CallbackRequest call(String json) {
    String body = TestKeys.encrypt(json);
    return call(body, TestKeys.sign(TestKeys.THEIRS, body));
  }

  static CallbackRequest call(String body, String signature) {
    String b = "yinli-test-boundary";
    String multipart = "--" + b + "\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\n" + body + "\r\n--" + b
        + "\r\nContent-Disposition: form-data; name=\"signature\"\r\n\r\n" + signature + "\r\n--" + b + "--\r\n";
    return CallbackRequest.builder().method("POST").contentType("multipart/form-data; boundary=" + b)
        .header("version", "1.0").header("corpId", "YL").header("appId", "YL-APP").header("requestId", "r-1")
        .header("requestTime", "1743465600000").body(multipart).build();
  }

  /** Opens a sealed reply with the independent code: signed by us, readable by Yinli. */
  static String opened(CallbackReply reply) throws Exception {
    JsonNode env = JSON.readTree(reply.bodyText());
    assertThat(env.path("success").asBoolean()).as(reply.bodyText()).isTrue();
    assertThat(env.path("code").asText()).isEqualTo("200");
    String body = env.path("data").path("body").asText();
    assertThat(TestKeys.verify(TestKeys.OURS, body, env.path("data").path("signature").asText())).isTrue();
    return TestKeys.decrypt(body);
  }

  static String code(CallbackReply reply) throws Exception {
    JsonNode env = JSON.readTree(reply.bodyText());
    assertThat(env.path("success").asBoolean()).isFalse();
    assertThat(env.path("data").isNull()).isTrue();
    return env.path("code").asText();
  }

  static final class Booking implements YinliHandler {
    final AtomicInteger calls = new AtomicInteger();
    volatile YinliReply<TopUpResult> answer;
    TopUp last;

    @Override
    public YinliReply<TopUpResult> onTopUp(TopUp topUp, InboundCall call) {
      calls.incrementAndGet();
      last = topUp;
      return answer != null ? answer : YinliReply.ok(TopUpResult.of(topUp.payNo()));
    }
  }

  @Test
  void aTopUpIsVerifiedDecryptedTypedAndAnsweredSealedWithOurKey() throws Exception {
    Booking h = new Booking();
    CallbackReply reply = callbacks.handle(call(TOP_UP), "/energy/payElec", h);
    assertThat(reply.acknowledges()).isTrue();
    assertThat(reply.status()).isEqualTo(200);
    assertThat(opened(reply)).isEqualTo("{}");
    assertThat(h.last.amount().toPlainString()).isEqualTo("100.00");
    assertThat(h.last.payNo()).isEqualTo("P1");
    assertThat(h.last.payUser()).isEqualTo("u1");
  }

  @Test
  void aResentTopUpIsBookedOnceAndAcknowledgedAgain() throws Exception {
    Booking h = new Booking();
    for (int i = 0; i < 3; i++) {
      CallbackReply reply = callbacks.handle(call(TOP_UP), "/payElec", h);
      assertThat(reply.acknowledges()).isTrue();
      assertThat(opened(reply)).isEqualTo("{}");
    }
    assertThat(h.calls.get()).isEqualTo(1);
    callbacks.handle(call(TOP_UP.replace("\"P1\"", "\"P2\"")), "/payElec", h);
    assertThat(h.calls.get()).isEqualTo(2);
  }

  @Test
  void aRefusedOrFailedTopUpIsNotRecordedAndIsHandledAgainOnResend() throws Exception {
    Booking h = new Booking();
    h.answer = YinliReply.refused("E1", "ledger closed");
    CallbackReply refused = callbacks.handle(call(TOP_UP), "/payElec", h);
    assertThat(refused.acknowledges()).isFalse();
    assertThat(code(refused)).isEqualTo("E1");

    YinliHandler throwing = new YinliHandler() {
      @Override
      public YinliReply<TopUpResult> onTopUp(TopUp topUp, InboundCall call) {
        h.calls.incrementAndGet();
        throw new IllegalStateException("database down");
      }
    };
    CallbackReply failed = callbacks.handle(call(TOP_UP), "/payElec", throwing);
    assertThat(code(failed)).isEqualTo(YinliCallbacks.FAILED);
    assertThat(failed.acknowledges()).isFalse();

    h.answer = null;
    assertThat(callbacks.handle(call(TOP_UP), "/payElec", h).acknowledges()).isTrue();
    assertThat(h.calls.get()).isEqualTo(3);
  }

  @Test
  void aTopUpArrivingWhileTheSameIsBeingHandledIsAskedToComeBack() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    YinliHandler slow = new YinliHandler() {
      @Override
      public YinliReply<TopUpResult> onTopUp(TopUp topUp, InboundCall call) {
        inside.countDown();
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return YinliReply.ok(TopUpResult.of(topUp.payNo()));
      }
    };
    CompletableFuture<CallbackReply> first = CompletableFuture.supplyAsync(() -> callbacks.handle(call(TOP_UP), "/payElec", slow));
    assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
    CallbackReply second = callbacks.handle(call(TOP_UP), "/payElec", slow);
    assertThat(code(second)).isEqualTo(YinliCallbacks.BUSY);
    release.countDown();
    assertThat(first.get(10, TimeUnit.SECONDS).acknowledges()).isTrue();
  }

  @Test
  void aTamperedOrUnsignedCallNeverReachesTheHandler() throws Exception {
    Booking h = new Booking();
    String body = TestKeys.encrypt(TOP_UP);
    String other = TestKeys.encrypt(TOP_UP.replace("100.00", "900.00"));
    assertThat(code(callbacks.handle(call(other, TestKeys.sign(TestKeys.THEIRS, body)), "/payElec", h))).isEqualTo("401");
    assertThat(code(callbacks.handle(call(body, TestKeys.sign(TestKeys.OURS, body)), "/payElec", h))).isEqualTo("401");
    assertThat(code(callbacks.handle(call(body, ""), "/payElec", h))).isEqualTo("401");
    CallbackRequest json = CallbackRequest.builder().method("POST").contentType("application/json").body(TOP_UP).build();
    assertThat(code(callbacks.handle(json, "/payElec", h))).isEqualTo("401");
    CallbackRequest get = CallbackRequest.builder().method("GET").contentType("application/json").body("").build();
    assertThat(code(callbacks.handle(get, "/payElec", h))).isEqualTo("401");
    assertThat(h.calls.get()).isZero();
    assertThatThrownBy(() -> callbacks.parse(call(other, TestKeys.sign(TestKeys.THEIRS, body)), "/payElec"))
        .isInstanceOf(CallbackVerificationException.class);
  }

  @Test
  void aSignedBodyThatDoesNotFitItsEndpointIsRefusedAsMalformed() throws Exception {
    Booking h = new Booking();
    // a top-up replayed to 2.5: no afterBalance
    assertThat(code(callbacks.handle(call(TOP_UP), "/adjust", h))).isEqualTo("400");
    assertThat(code(callbacks.handle(call("[1,2]"), "/payElec", h))).isEqualTo("400");
    assertThat(code(callbacks.handle(call("{\"shopCode\":\"S\",\"amount\":\"lots\",\"payNo\":\"P\"}"), "/payElec", h))).isEqualTo("400");
    assertThat(code(callbacks.handle(call("{\"shopCode\":\"S\",\"amount\":1E+20000,\"payNo\":\"P\"}"), "/payElec", h))).isEqualTo("400");
    assertThat(h.calls.get()).isZero();
  }

  @Test
  void eachQueryEndpointGetsItsTypedRequestAndItsAnswerIsSealedAsJson() throws Exception {
    YinliHandler h = new YinliHandler() {
      @Override
      public YinliReply<DeviceInfo> onDeviceInfo(DeviceInfoQuery q, InboundCall call) {
        assertThat(call.requestId()).isEqualTo("r-1");
        assertThat(call.headers()).containsEntry("appId", "YL-APP");
        return YinliReply.ok(DeviceInfo.builder().shopCode(q.shopCode()).deviceActualCode(q.deviceActualCode())
            .balance(new BigDecimal("88.50")).days(12L).addDevices(Device.builder().storeCode("1F-101").build()).build());
      }

      @Override
      public YinliReply<List<Usage>> onUsage(UsageQuery q, InboundCall call) {
        return YinliReply.ok(Collections.singletonList(Usage.builder().deviceActualCode(q.deviceActualCode())
            .time(q.time()).used(new BigDecimal("321.50")).amount(new BigDecimal("289.35")).build()));
      }

      @Override
      public YinliReply<AdjustResult> onAdjust(BalanceAdjustment a, InboundCall call) {
        return YinliReply.ok(AdjustResult.builder().balance(a.afterBalance()).build());
      }

      @Override
      public YinliReply<MeterDataPage> onMeterData(MeterDataQuery q, InboundCall call) {
        return YinliReply.ok(MeterDataPage.builder().addMeters(MeterData.builder().shopCode(q.shopCode())
            .addRealtimePoints(RealtimePoint.builder().pointType("Ua").value(new BigDecimal("220.1")).build()).build()).build());
      }

      @Override
      public YinliReply<String> onOther(InboundCall call) {
        return YinliReply.ok("{\"types\":[\"wx\"],\"path\":\"" + call.path() + "\"}");
      }
    };
    assertThat(opened(callbacks.handle(call("{\"shopCode\":\"S-101\",\"deviceActualCode\":\"DB-0001\"}"), "/deviceInfo", h)))
        .isEqualTo("{\"shopCode\":\"S-101\",\"deviceActualCode\":\"DB-0001\",\"balance\":88.50,\"days\":12,\"deviceList\":[{\"storeCode\":\"1F-101\"}]}");
    assertThat(opened(callbacks.handle(call("{\"shopCode\":\"S-101\",\"deviceActualCode\":\"DB-0001\",\"queryType\":\"m\",\"time\":\"2025-04\"}"), "/useData", h)))
        .isEqualTo("[{\"deviceActualCode\":\"DB-0001\",\"mTime\":\"2025-04\",\"mUsed\":321.50,\"mAmount\":289.35}]");
    assertThat(opened(callbacks.handle(call("{\"shopCode\":\"S-101\",\"afterBalance\":50.00}"), "/adjust", h)))
        .isEqualTo("{\"balance\":50.00}");
    assertThat(opened(callbacks.handle(call("{\"shopCode\":\"S-101\",\"pageNo\":1,\"pageSize\":10}"), "/readRt/", h)))
        .isEqualTo("{\"list\":[{\"shopCode\":\"S-101\",\"rtLIst\":[{\"pointType\":\"Ua\",\"value\":220.1}]}]}");
    assertThat(opened(callbacks.handle(call("{}"), "/payType", h))).isEqualTo("{\"types\":[\"wx\"],\"path\":\"/payType\"}");
  }

  @Test
  void endpointsTheHandlerDoesNotServeAreRefusedNotAcknowledged() throws Exception {
    CallbackReply r = callbacks.handle(call(TOP_UP), "/payElec", new YinliHandler() {});
    assertThat(code(r)).isEqualTo(YinliCallbacks.NOT_SERVED);
    assertThat(r.acknowledges()).isFalse();
  }

  @Test
  void aGuardThatFailsIsARefusalNotAnException() throws Exception {
    DuplicateGuard broken = io.github.ampark.core.testing.Guards.unreachable();
    YinliCallbacks cb = YinliCallbacks.builder().codec(TestKeys.ours()).duplicateGuard(broken).build();
    assertThat(code(cb.handle(call(TOP_UP), "/payElec", new Booking()))).isEqualTo(YinliCallbacks.FAILED);
  }

  @Test
  void extraFieldsYinliSendsAreKeptOnTheTypedRequest() {
    InboundCall c = callbacks.parse(call("{\"shopCode\":\"S\",\"amount\":1,\"payNo\":\"P\",\"channel\":\"mini\"}"), "/payElec");
    assertThat(c.kind()).isEqualTo(InboundCall.Kind.TOP_UP);
    assertThat(c.topUp().extraFields()).containsEntry("channel", "mini");
  }
}
