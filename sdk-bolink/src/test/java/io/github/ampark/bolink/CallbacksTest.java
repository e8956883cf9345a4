package io.github.ampark.bolink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.bolink.model.*;
import io.github.ampark.core.CallbackVerificationException;
import io.github.ampark.core.callback.CallbackReply;
import io.github.ampark.core.callback.CallbackRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Verifying Bolink's callbacks over the raw data text, typed events, the visitor, replies, duplicates. */
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

  /** Signed here, independently of the SDK. */
  static String signed(String data, String key) {
    return "{\"data\":" + data + ",\"sign\":\"" + Wire.md5(data + "key=" + key) + "\"}";
  }

  static String body(Map<String, Object> data) {
    return signed(BolinkSigner.dataJson(data), UKEY);
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
    assertThat(e.fields().get("discount_info")).contains("\"coupon_list\":[{\"coupon_id\":\"1000002\"");
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
    String body = body(prepay("T1"));
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
    CallbackReply reply = callbacks.handle(request(signed(BolinkSigner.dataJson(prepay("T1")), "WRONG")), Handlers.every(e -> {
      calls.incrementAndGet();
      return BolinkReply.success("ok");
    }));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.bodyText()).isEqualTo("{\"state\":0,\"errmsg\":\"signature verification failed\"}");
    assertThat(reply.acknowledges()).isFalse();
    assertThat(calls).hasValue(0);
  }

  @Test
  void eachKindReachesItsOwnVisitorMethod() {
    AtomicInteger prepaid = new AtomicInteger();
    BolinkHandler handler = new BolinkHandler() {
      @Override
      public BolinkReply onPrepayOrder(PrepayOrderEvent e) {
        prepaid.incrementAndGet();
        assertThat(e.tradeNo()).isEqualTo("T1");
        return BolinkReply.success("ok");
      }
    };
    assertThat(callbacks.handle(request(body(prepay("T1"))), handler).bodyText()).isEqualTo("{\"state\":1,\"errmsg\":\"ok\"}");
    assertThat(prepaid).hasValue(1);
    Map<String, Object> other = new LinkedHashMap<>();
    other.put("service_name", "refund_result");
    other.put("trade_no", "T9");
    CallbackReply unhandled = callbacks.handle(request(body(other)), handler);
    assertThat(unhandled.bodyText()).isEqualTo("{\"state\":0,\"errmsg\":\"not handled: refund_result\"}");
    assertThat(unhandled.acknowledges()).as("an event nobody handles is refused, never recorded").isFalse();
  }

  @Test
  void duplicateNotificationsReachTheHandlerOnce() {
    AtomicInteger calls = new AtomicInteger();
    BolinkHandler handler = Handlers.every(e -> {
      calls.incrementAndGet();
      return BolinkReply.success("ok");
    });
    String body = body(prepay("T1"));
    assertThat(callbacks.handle(request(body), handler).acknowledges()).isTrue();
    CallbackReply again = callbacks.handle(request(body), handler);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.bodyText()).contains("\"state\":1");
    assertThat(calls).hasValue(1);
    callbacks.handle(request(body(prepay("T2"))), handler);
    assertThat(calls).as("another notification is new").hasValue(2);
  }

  @Test
  void questionsAreAnsweredEveryTime() {
    AtomicInteger calls = new AtomicInteger();
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("service_name", "query_price");
    q.put("park_id", "1001");
    q.put("car_number", "京A12345");
    String body = body(q);
    BolinkHandler handler = new BolinkHandler() {
      @Override
      public BolinkReply onQueryPrice(QueryPriceEvent e) {
        calls.incrementAndGet();
        return BolinkReply.success("查到啦").withNumber("total", new BigDecimal("0.01")).withText("car_number", e.carNumber());
      }
    };
    for (int i = 0; i < 2; i++) {
      CallbackReply r = callbacks.handle(request(body), handler);
      assertThat(r.bodyText()).isEqualTo("{\"state\":1,\"errmsg\":\"查到啦\",\"total\":0.01,\"car_number\":\"京A12345\"}");
    }
    assertThat(calls).hasValue(2);
  }

  @Test
  void noLicenceInParkRepliesWithThePlateAndTime() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("service_name", "nolicence_in_park");
    d.put("park_id", "1001");
    BolinkEvent e = callbacks.parse(request(body(d)));
    assertThat(e).isInstanceOf(NoLicenceInParkEvent.class);
    assertThat(((NoLicenceInParkEvent) e).admit("临A12345", Instant.ofEpochSecond(1717760000)).json())
        .isEqualTo("{\"state\":1,\"errmsg\":\"ok\",\"car_number\":\"临A12345\",\"timetemp\":1717760000}");
    assertThat(BolinkReply.of(2, "车位已满").state()).isEqualTo(2);
  }

  @Test
  void monthCardPayIsTypedAndAcknowledgedWithTheTradeNo() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("type", 1);
    d.put("state", 1);
    d.put("amount", "300.00");
    d.put("park_id", "1001");
    d.put("service_name", "monthcard_pay");
    d.put("car_number", "京A12345");
    d.put("trade_no", "2024061100000000001");
    d.put("card_id", "190757");
    d.put("out_trade_no", "wx42");
    d.put("pay_time", 1717760000);
    d.put("arrive_money", "299.40");
    d.put("fee", "0.60");
    AtomicInteger calls = new AtomicInteger();
    BolinkHandler handler = new BolinkHandler() {
      @Override
      public BolinkReply onMonthCardPay(MonthCardPayEvent e) {
        calls.incrementAndGet();
        assertThat(e.cardId()).isEqualTo("190757");
        assertThat(e.amountYuan()).isEqualByComparingTo("300.00");
        assertThat(e.arriveYuan()).isEqualByComparingTo("299.40");
        assertThat(e.feeYuan()).isEqualByComparingTo("0.60");
        assertThat(e.payTime()).isEqualTo("1717760000");
        return e.acknowledge();
      }
    };
    CallbackReply r = callbacks.handle(request(body(d)), handler);
    assertThat(r.bodyText()).isEqualTo("{\"state\":1,\"trade_no\":\"2024061100000000001\"}");
    assertThat(r.acknowledges()).isTrue();
    callbacks.handle(request(body(d)), handler);
    assertThat(calls).as("a notification: once").hasValue(1);
    d.put("amount", "lots");
    assertThatThrownBy(() -> callbacks.parse(request(body(d)))).isInstanceOf(CallbackVerificationException.class)
        .hasMessageContaining("amount");
    d.put("amount", "1");
    d.remove("trade_no");
    assertThatThrownBy(() -> callbacks.parse(request(body(d)))).isInstanceOf(CallbackVerificationException.class)
        .hasMessageContaining("trade_no");
  }

  @Test
  void payNoticeIsTypedWithItsKindAndPlatforms() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("service_name", "pay_notice");
    d.put("type", 3);
    d.put("plat_form_id", java.util.Arrays.asList(1, 9));
    d.put("park_id", "1001");
    d.put("trade_no", "T5");
    PayNoticeEvent e = (PayNoticeEvent) callbacks.parse(request(body(d)));
    assertThat(e.type()).isEqualTo(PayNoticeType.CHARGING);
    assertThat(e.platFormIds()).containsExactly("1", "9");
    assertThat(e.tradeNo()).isEqualTo("T5");
  }

  @Test
  void unknownServicesBecomeGenericEvents() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("service_name", "refund_result");
    d.put("trade_no", "T9");
    BolinkEvent e = callbacks.parse(request(body(d)));
    assertThat(e).isInstanceOf(GenericEvent.class);
    assertThat(e.serviceName()).isEqualTo("refund_result");
    assertThat(e.fields()).containsEntry("trade_no", "T9");
  }

  @Test
  void theSignerThatVerifiesAlsoSignsATestCallback() {
    String body = BolinkSigner.of(UKEY).signedCallback(prepay("T7"));
    assertThat(body).isEqualTo(body(prepay("T7")));
    assertThat(callbacks.parse(request(body))).isInstanceOf(PrepayOrderEvent.class);
  }
}
