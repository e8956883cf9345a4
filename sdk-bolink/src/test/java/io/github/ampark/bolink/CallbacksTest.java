package io.github.ampark.bolink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.CallbackVerificationException;
import io.github.ampark.core.callback.CallbackReply;
import io.github.ampark.core.callback.CallbackRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Verifying Bolink's callbacks over the raw data text, typed events, replies, duplicates. */
class CallbacksTest {
  static final String UKEY = "UKEY0123456789AB";
  /** A real signed message from Bolink's demo (key 5541BE4DCB5E8374); verifies only over the text as sent. */
  static final String DEMO_KEY = "5541BE4DCB5E8374";
  static final String DEMO = "{\"msg_id\":\"20240611105747.11\",\"service_name\":\"query_price\",\"sign\":\"BFB8B3D593E7BD25999A1FCA36F4C862\","
      + "\"token\":\"f77c0a18775e41a3bf98c16b3dc45008\",\"data\":{\"service_name\":\"query_price\",\"data_target\":\"bolink\","
      + "\"errmsg\":\"查到啦\",\"state\":1,\"park_id\":\"36406\",\"order_id\":\"A1_2C1717754731\",\"price\":\"0.01\",\"duration\":5332,"
      + "\"free_out_time\":100,\"query_time\":1718074667,\"is_report\":0,\"empty_plot\":100,\"derate_money\":\"0.0\","
      + "\"derate_duration\":\"0.0\",\"total\":\"0.01\",\"query_order_no\":\"3640620240611105746ep-282\",\"discount_info\":"
      + "{\"member_id\":\"100000002\",\"use_type\":\"1\",\"limit_hour\":\"2\",\"limit_count\":\"1\",\"member_points_info\":"
      + "{\"member_points\":\"10000\",\"points_per_hour\":\"100\"},\"coupon_list\":[{\"coupon_id\":\"1000002\",\"amount\":\"10\","
      + "\"unit\":\"1\"}]},\"isEscape\":0},\"messageId\":\"0e0f03cf-8740-459c-ba4f-57ea2cbb1a5a\"}";

  BolinkCallbacks callbacks = BolinkCallbacks.builder().ukey(UKEY).build();

  static CallbackRequest request(String body) {
    return CallbackRequest.builder().method("POST").header("Content-Type", "application/json;charset=UTF-8").body(body).build();
  }

  static String signed(String data, String key) {
    return "{\"data\":" + data + ",\"sign\":\"" + Wire.md5(data + "key=" + key) + "\"}";
  }

  static Map<String, Object> prepay(String tradeNo) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("service_name", "prepay_order");
    d.put("park_id", "1001");
    d.put("order_id", "A1");
    d.put("trade_no", tradeNo);
    d.put("car_number", "京A12345");
    return d;
  }

  @Test
  void aRealBolinkMessageVerifiesOverItsRawDataText() {
    BolinkEvent e = BolinkCallbacks.builder().ukey(DEMO_KEY).build().parse(request(DEMO));
    assertThat(e).isInstanceOf(QueryPriceEvent.class);
    assertThat(e.parkId()).isEqualTo("36406");
    assertThat(e.orderId()).isEqualTo("A1_2C1717754731");
    assertThat(e.data().path("discount_info").path("coupon_list").get(0).path("amount").asText()).isEqualTo("10");
    assertThat(e.rawData()).startsWith("{\"service_name\":\"query_price\",\"data_target\"").endsWith("\"isEscape\":0}");
  }

  @Test
  void escapedCharactersAreVerifiedAsReceivedNotAsReSerialised() {
    String data = "{\"service_name\":\"verify_code\",\"car_number\":\"\\u4eacA12345\",\"url\":\"https:\\/\\/a.cn\",\"mobile\":\"13800000000\"}";
    BolinkEvent e = callbacks.parse(request(signed(data, UKEY)));
    assertThat(e).isInstanceOf(VerifyCodeEvent.class);
    assertThat(e.carNumber()).isEqualTo("京A12345");
    assertThat(((VerifyCodeEvent) e).mobile()).isEqualTo("13800000000");
    assertThat(((VerifyCodeEvent) e).reply("1234").json()).isEqualTo("{\"state\":1,\"errmsg\":\"ok\",\"verify_code\":\"1234\"}");
  }

  @Test
  void tamperedDataWrongKeyMissingSignAndRepeatedMembersAreRejected() {
    String body = BolinkCallbacks.signedBody(prepay("T1"), UKEY);
    assertThatThrownBy(() -> callbacks.parse(request(body.replace("京A12345", "京A99999"))))
        .isInstanceOf(CallbackVerificationException.class).hasMessageContaining("does not match");
    assertThatThrownBy(() -> BolinkCallbacks.builder().ukey("OTHER").build().parse(request(body)))
        .isInstanceOf(CallbackVerificationException.class);
    assertThatThrownBy(() -> callbacks.parse(request(body.substring(0, body.indexOf(",\"sign\"")) + "}")))
        .isInstanceOf(CallbackVerificationException.class).hasMessageContaining("no signature");
    assertThatThrownBy(() -> callbacks.parse(request(body.replace(",\"sign\":\"", ",\"sign\":\"\",\"x\":\""))))
        .isInstanceOf(CallbackVerificationException.class);
    String dup = body.substring(0, body.length() - 1) + ",\"data\":{\"service_name\":\"prepay_order\"}}";
    assertThatThrownBy(() -> callbacks.parse(request(dup)))
        .isInstanceOf(CallbackVerificationException.class).hasMessageContaining("twice");
    assertThatThrownBy(() -> callbacks.parse(request("not json"))).isInstanceOf(CallbackVerificationException.class);
    assertThatThrownBy(() -> callbacks.parse(request(signed("{\"park_id\":\"1\"}", UKEY))))
        .isInstanceOf(CallbackVerificationException.class).hasMessageContaining("service_name");
  }

  @Test
  void rejectedCallbacksGetAStateZeroReplyAndNeverReachTheHandler() {
    AtomicInteger calls = new AtomicInteger();
    CallbackReply reply = callbacks.handle(request(BolinkCallbacks.signedBody(prepay("T1"), "WRONG")), e -> {
      calls.incrementAndGet();
      return BolinkReply.success("ok");
    });
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.bodyText()).isEqualTo("{\"state\":0,\"errmsg\":\"signature verification failed\"}");
    assertThat(calls).hasValue(0);
  }

  @Test
  void duplicateNotificationsReachTheHandlerOnce() {
    AtomicInteger calls = new AtomicInteger();
    BolinkCallbackHandler handler = e -> {
      calls.incrementAndGet();
      assertThat(e).isInstanceOf(PrepayOrderEvent.class);
      assertThat(((PrepayOrderEvent) e).tradeNo()).isEqualTo("T1");
      return BolinkReply.success("ok");
    };
    String body = BolinkCallbacks.signedBody(prepay("T1"), UKEY);
    assertThat(callbacks.handle(request(body), handler).bodyText()).isEqualTo("{\"state\":1,\"errmsg\":\"ok\"}");
    CallbackReply again = callbacks.handle(request(body), handler);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.bodyText()).contains("\"state\":1");
    assertThat(calls).hasValue(1);
    callbacks.handle(request(BolinkCallbacks.signedBody(prepay("T2"), UKEY)), e -> {
      calls.incrementAndGet();
      return BolinkReply.success("ok");
    });
    assertThat(calls).as("another notification is new").hasValue(2);
  }

  @Test
  void questionsAreAnsweredEveryTime() {
    AtomicInteger calls = new AtomicInteger();
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("service_name", "query_price");
    q.put("park_id", "1001");
    q.put("car_number", "京A12345");
    String body = BolinkCallbacks.signedBody(q, UKEY);
    for (int i = 0; i < 2; i++) {
      CallbackReply r = callbacks.handle(request(body), e -> {
        calls.incrementAndGet();
        return BolinkReply.success("查到啦").with("total", new java.math.BigDecimal("0.01")).with("car_number", e.carNumber());
      });
      assertThat(r.bodyText()).isEqualTo("{\"state\":1,\"errmsg\":\"查到啦\",\"total\":0.01,\"car_number\":\"京A12345\"}");
    }
    assertThat(calls).hasValue(2);
  }

  @Test
  void aFailingHandlerGetsAFailureReplyAndTheResendIsProcessed() {
    AtomicInteger calls = new AtomicInteger();
    String body = BolinkCallbacks.signedBody(prepay("T3"), UKEY);
    CallbackReply failed = callbacks.handle(request(body), e -> {
      calls.incrementAndGet();
      throw new IllegalStateException("db down");
    });
    assertThat(failed.status()).isEqualTo(500);
    assertThat(failed.bodyText()).isEqualTo("{\"state\":0,\"errmsg\":\"processing failed\"}");
    callbacks.handle(request(body), e -> {
      calls.incrementAndGet();
      return BolinkReply.success("ok");
    });
    assertThat(calls).hasValue(2);
  }

  @Test
  void noLicenceInParkRepliesWithThePlateAndTime() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("service_name", "nolicence_in_park");
    d.put("park_id", "1001");
    BolinkEvent e = callbacks.parse(request(BolinkCallbacks.signedBody(d, UKEY)));
    assertThat(e).isInstanceOf(NoLicenceInParkEvent.class);
    assertThat(((NoLicenceInParkEvent) e).admit("临A12345", Instant.ofEpochSecond(1717760000)).json())
        .isEqualTo("{\"state\":1,\"errmsg\":\"ok\",\"car_number\":\"临A12345\",\"timetemp\":1717760000}");
    assertThat(BolinkReply.of(2, "车位已满").state()).isEqualTo(2);
  }

  @Test
  void unknownServicesBecomeGenericEvents() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("service_name", "refund_result");
    d.put("trade_no", "T9");
    BolinkEvent e = callbacks.parse(request(BolinkCallbacks.signedBody(d, UKEY)));
    assertThat(e).isInstanceOf(GenericBolinkEvent.class);
    assertThat(e.serviceName()).isEqualTo("refund_result");
    assertThat(e.text("trade_no")).isEqualTo("T9");
  }
}
