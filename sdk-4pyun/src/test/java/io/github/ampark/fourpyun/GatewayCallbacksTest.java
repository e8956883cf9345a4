package io.github.ampark.fourpyun;

import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.core.ValidationException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.github.ampark.core.CallbackVerificationException;
import io.github.ampark.core.callback.CallbackReply;
import io.github.ampark.core.callback.CallbackRequest;
import io.github.ampark.fourpyun.model.BillingAnswer;
import io.github.ampark.fourpyun.model.DirectEnterAnswer;
import io.github.ampark.fourpyun.model.DirectEnterEvent;
import io.github.ampark.fourpyun.model.DiscountCreateEvent;
import io.github.ampark.fourpyun.model.DiscountDestroyEvent;
import io.github.ampark.fourpyun.model.DiscountType;
import io.github.ampark.fourpyun.model.GatewayEvent;
import io.github.ampark.fourpyun.model.GatewayReply;
import io.github.ampark.fourpyun.model.GatewayResultCode;
import io.github.ampark.fourpyun.model.OtherGatewayEvent;
import io.github.ampark.fourpyun.model.PaymentBillingEvent;
import io.github.ampark.fourpyun.model.PaymentResultEvent;
import io.github.ampark.fourpyun.model.VipAnswer;
import io.github.ampark.fourpyun.model.VipQueryEvent;
import io.github.ampark.fourpyun.model.VipRenewalEvent;
import io.github.ampark.fourpyun.model.VipType;
import io.github.ampark.testkit.CallbackSender.Delivery;
import io.github.ampark.testkit.fourpyun.FakeFourPyun;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** P云 gateway calls: PV5, verification (fail closed), typed events per service, duplicates, replies. */
class GatewayCallbacksTest {
  static final ObjectMapper JSON = new ObjectMapper();
  /** The payment-result example of payment-notify.md, its sign replaced by PV5 (key DEMO). */
  static final String PV5_BODY = "{\"charset\":\"UTF-8\",\"park_uuid\":\"3bad72c0-6204-4b65-90aa-4323ddd1fb5a\","
      + "\"parking_order\":\"201811301049350025\",\"parking_serial\":\"8c598afd-2cb8-4cec-8f73-4fd4391d2fc6\","
      + "\"pay_origin\":\"4\",\"pay_origin_desc\":\"支付宝\",\"pay_source\":\"支付宝\","
      + "\"pay_serial\":\"20181130105240075500112137\",\"pay_time\":\"20181130105250\","
      + "\"service\":\"service.parking.payment.result\",\"sign\":\"95835E1917E330AD4A1F1CFC7D0F115D\",\"value\":\"500\","
      + "\"version\":\"1.0\"}";

  FakeFourPyun fake;
  FourPyunCallbacks callbacks;
  final List<GatewayEvent> handled = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void start() {
    fake = FakeFourPyun.start();
    callbacks = FourPyunCallbacks.builder().gatewayKey(FakeFourPyun.DEFAULT_GATEWAY_KEY).build();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  static CallbackRequest post(String json) {
    return CallbackRequest.builder().contentType("application/json;charset=UTF-8").body(json).build();
  }

  static JsonNode json(CallbackReply reply) throws Exception {
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).isEqualTo("application/json; charset=UTF-8");
    return JSON.readTree(reply.bodyText());
  }

  /** Records every event and answers what each service expects. */
  final FourPyunHandler recording = new FourPyunHandler() {
    @Override
    public GatewayReply onPaymentResult(PaymentResultEvent e) {
      handled.add(e);
      return GatewayReply.ok("订单支付成功");
    }

    @Override
    public GatewayReply onPaymentBilling(PaymentBillingEvent e) {
      handled.add(e);
      return GatewayReply.billing(BillingAnswer.builder().plate(e.plate()).parkingSerial("123").parkingOrder("PO-123-1")
          .enterTime(Instant.parse("2018-11-30T02:49:35Z")).parkingTime(Duration.ofMinutes(95)).totalValueFen(1000)
          .freeValueFen(100).paidValueFen(0).payValueFen(900).build());
    }

    @Override
    public GatewayReply onDirectEnter(DirectEnterEvent e) {
      handled.add(e);
      return GatewayReply.directEnter(DirectEnterAnswer.builder().parkingSerial("S-" + e.passport())
          .enterTime(Instant.parse("2018-11-30T02:49:35Z")).enterGate("东门").build());
    }

    @Override
    public GatewayReply onVipQuery(VipQueryEvent e) {
      handled.add(e);
      return GatewayReply.vips(Collections.singletonList(VipAnswer.builder().realname("姓名").plate(e.plate())
          .type(VipType.MONTHLY).chargeType("MON_A").chargeDesc("月卡A").chargePriceFen(10000L).balance(100)
          .expireDate(LocalDate.of(2024, 12, 31)).mobile("13800138000").build()));
    }

    @Override
    public GatewayReply onVipRenewal(VipRenewalEvent e) {
      handled.add(e);
      return GatewayReply.ok();
    }

    @Override
    public GatewayReply onDiscountCreate(DiscountCreateEvent e) {
      handled.add(e);
      return GatewayReply.ok();
    }

    @Override
    public GatewayReply onDiscountDestroy(DiscountDestroyEvent e) {
      handled.add(e);
      return GatewayReply.error(GatewayResultCode.ORDER_REVOKED, "车辆已出场");
    }
  };

  @Test
  void pv5GatewaySignatureOfThePaymentResultExample() {
    Map<String, String> f = new TreeMap<>();
    f.put("charset", "UTF-8");
    f.put("park_uuid", "3bad72c0-6204-4b65-90aa-4323ddd1fb5a");
    f.put("parking_order", "201811301049350025");
    f.put("parking_serial", "8c598afd-2cb8-4cec-8f73-4fd4391d2fc6");
    f.put("pay_origin", "4");
    f.put("pay_origin_desc", "支付宝");
    f.put("pay_serial", "20181130105240075500112137");
    f.put("pay_source", "支付宝");
    f.put("pay_time", "20181130105250");
    f.put("service", "service.parking.payment.result");
    f.put("value", "500");
    f.put("version", "1.0");
    assertThat(FourPyunSignerTest.signer("DEMO").gatewayStringToSign(f)).isEqualTo("charset=UTF-8"
        + "&park_uuid=3bad72c0-6204-4b65-90aa-4323ddd1fb5a&parking_order=201811301049350025"
        + "&parking_serial=8c598afd-2cb8-4cec-8f73-4fd4391d2fc6&pay_origin=4&pay_origin_desc=支付宝"
        + "&pay_serial=20181130105240075500112137&pay_source=支付宝&pay_time=20181130105250"
        + "&service=service.parking.payment.result&value=500&version=1.0&key=DEMO");
    assertThat(FourPyunSignerTest.signer("DEMO").gatewaySign(f)).isEqualTo("95835E1917E330AD4A1F1CFC7D0F115D");
  }

  @Test
  void theGatewayRuleKeepsEmptyValuesUnlikeTheRequestRule() {
    Map<String, String> f = new TreeMap<>();
    f.put("gate_id", "");
    f.put("plate", "粤B1");
    f.put("sign", "x");
    assertThat(FourPyunSignerTest.signer("K").gatewayStringToSign(f)).isEqualTo("gate_id=&plate=粤B1&key=K");
  }

  @Test
  void thePaymentResultExampleIsVerifiedAndTyped() {
    PaymentResultEvent e = (PaymentResultEvent) callbacks.parse(post(PV5_BODY));
    assertThat(e.service()).isEqualTo("service.parking.payment.result");
    assertThat(e.parkUuid()).isEqualTo("3bad72c0-6204-4b65-90aa-4323ddd1fb5a");
    assertThat(e.parkingOrder()).isEqualTo("201811301049350025");
    assertThat(e.paySerial()).isEqualTo("20181130105240075500112137");
    assertThat(e.payTime()).isEqualTo(Instant.parse("2018-11-30T02:52:50Z"));
    assertThat(e.valueFen()).isEqualTo(500);
    assertThat(e.payValueFen()).isNull();
    assertThat(e.payOrigin()).isEqualTo("4");
    assertThat(e.payOriginDesc()).isEqualTo("支付宝");
    assertThat(e.fields()).doesNotContainKey("sign").hasSize(12);
  }

  @Test
  void theSignatureIsComparedIgnoringCase() {
    assertThat(callbacks.parse(post(PV5_BODY.replace("95835E1917E330AD4A1F1CFC7D0F115D", "95835e1917e330ad4a1f1cfc7d0f115d"))))
        .isInstanceOf(PaymentResultEvent.class);
  }

  @Test
  void theDocumentsOwnSignatureUsesAnotherKeyAndIsRefused() throws Exception {
    String doc = PV5_BODY.replace("95835E1917E330AD4A1F1CFC7D0F115D", "E7D7371549C2B4E3AE38C3A028973020");
    assertThatThrownBy(() -> callbacks.parse(post(doc))).isInstanceOf(CallbackVerificationException.class)
        .hasMessageContaining("signature mismatch");
    JsonNode reply = json(callbacks.handle(post(doc), recording));
    assertThat(reply.get("result_code").asText()).isEqualTo("1401");
    assertThat(handled).isEmpty();
  }

  @Test
  void aTamperedValueIsRefusedAndNeverReachesTheHandler() throws Exception {
    JsonNode reply = json(callbacks.handle(post(PV5_BODY.replace("\"value\":\"500\"", "\"value\":\"5\"")), recording));
    assertThat(reply.get("result_code").asText()).isEqualTo("1401");
    assertThat(reply.get("message").asText()).isEqualTo("签名错误, 请检查配置");
    assertThat(handled).isEmpty();
  }

  @Test
  void callsWithoutSignatureOrKeyAreRefused() throws Exception {
    assertThat(json(callbacks.handle(post(PV5_BODY.replace("\"sign\":\"95835E1917E330AD4A1F1CFC7D0F115D\",", "")),
        recording)).get("result_code").asText()).isEqualTo("1401");
    FourPyunCallbacks noKey = FourPyunCallbacks.builder().gatewayKeys(fields -> Optional.empty()).build();
    assertThat(json(noKey.handle(post(PV5_BODY), recording)).get("result_code").asText()).isEqualTo("1401");
    FourPyunCallbacks nullKey = FourPyunCallbacks.builder().gatewayKeys(fields -> null).build();
    assertThat(json(nullKey.handle(post(PV5_BODY), recording)).get("result_code").asText()).isEqualTo("1401");
    FourPyunCallbacks brokenStore = FourPyunCallbacks.builder().gatewayKeys(fields -> {
      throw new IllegalStateException("key store down");
    }).build();
    assertThat(json(brokenStore.handle(post(PV5_BODY), recording)).get("result_code").asText()).isEqualTo("1401");
    FourPyunCallbacks pushesOnly = FourPyunCallbacks.builder().appSecret("x-secret").build();
    assertThatThrownBy(() -> pushesOnly.parse(post(PV5_BODY))).isInstanceOf(CallbackVerificationException.class);
    assertThat(handled).isEmpty();
  }

  @Test
  void malformedCallsAreRefusedAsIllegalArguments() throws Exception {
    for (String bad : new String[] {"not json", "[1]", "{\"service\":{\"x\":1},\"sign\":\"A\"}",
        "{\"service\":\"a\",\"service\":\"b\",\"sign\":\"A\"}", "{\"sign\":\"A\"} trailing"}) {
      JsonNode reply = json(callbacks.handle(post(bad), recording));
      assertThat(reply.get("result_code").asText()).as(bad).isEqualTo("1400");
    }
    String noOrder = fake.signedGatewayBody("service.parking.payment.result", Map.of("pay_serial", "P1",
        "pay_time", "20181130105250", "value", "500"));
    assertThatThrownBy(() -> callbacks.parse(post(noOrder))).hasMessageContaining("'parking_order' is missing");
    String badTime = fake.signedGatewayBody("service.parking.payment.result", Map.of("parking_order", "O", "pay_serial", "P1",
        "pay_time", "2018-11-30", "value", "500"));
    assertThatThrownBy(() -> callbacks.parse(post(badTime))).hasMessageContaining("'pay_time'");
    assertThat(handled).isEmpty();
  }

  @Test
  void aRepeatedPaymentResultIsAcknowledgedWithoutCallingTheHandlerAgain() throws Exception {
    assertThat(json(callbacks.handle(post(PV5_BODY), recording)).get("result_code").asText()).isEqualTo("1001");
    JsonNode second = json(callbacks.handle(post(PV5_BODY), recording));
    assertThat(second.get("result_code").asText()).isEqualTo("1001");
    assertThat(second.get("message").asText()).isEqualTo("重复通知, 已处理");
    assertThat(handled).hasSize(1);
  }

  @Test
  void aFailedHandlerAnswers1500AndTheRetryIsHandledAgain() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    FourPyunHandler flaky = new FourPyunHandler() {
      @Override
      public GatewayReply onPaymentResult(PaymentResultEvent e) {
        if (calls.incrementAndGet() == 1) {
          throw new IllegalStateException("database down");
        }
        return GatewayReply.ok();
      }
    };
    JsonNode first = json(callbacks.handle(post(PV5_BODY), flaky));
    assertThat(first.get("result_code").asText()).isEqualTo("1500");
    assertThat(first.get("message").asText()).isEqualTo("接口内部处理失败");
    assertThat(json(callbacks.handle(post(PV5_BODY), flaky)).get("result_code").asText()).isEqualTo("1001");
    assertThat(calls).hasValue(2);
  }

  @Test
  void anErrorReplyForgetsTheNotificationSoItsRetryIsHandledAgain() throws Exception {
    String destroy = fake.signedGatewayBody("service.parking.discount.destroy", Map.of("grant_serial", "G-9"));
    JsonNode reply = json(callbacks.handle(post(destroy), recording));
    assertThat(reply.get("result_code").asText()).isEqualTo("1403");
    assertThat(reply.get("message").asText()).isEqualTo("车辆已出场");
    callbacks.handle(post(destroy), recording);
    assertThat(handled).hasSize(2).allMatch(e -> ((DiscountDestroyEvent) e).grantSerial().equals("G-9"));
  }

  @Test
  void aBillRequestIsAnsweredWithTheBillEveryTime() throws Exception {
    String body = fake.signedGatewayBody("service.parking.payment.billing", Map.of("plate", "川A12345", "gate_id", ""));
    JsonNode reply = json(callbacks.handle(post(body), recording));
    json(callbacks.handle(post(body), recording));
    assertThat(handled).hasSize(2);
    PaymentBillingEvent e = (PaymentBillingEvent) handled.get(0);
    assertThat(e.plate()).isEqualTo("川A12345");
    assertThat(e.gateId()).isNull();
    assertThat(e.fields()).containsEntry("gate_id", "");
    assertThat(reply.toString()).isEqualTo("{\"result_code\":\"1001\",\"message\":\"处理成功\",\"plate\":\"川A12345\","
        + "\"parking_serial\":\"123\",\"parking_order\":\"PO-123-1\",\"enter_time\":\"20181130104935\",\"parking_time\":5700,"
        + "\"total_value\":1000,\"free_value\":100,\"paid_value\":0,\"pay_value\":900}");
  }

  @Test
  void aNoPlateEntryIsAnsweredWithTheEntryRecorded() throws Exception {
    String body = fake.signedGatewayBody("service.parking.direct.enter", Map.of("passport", "PP-1", "gate_id", "G1"));
    JsonNode reply = json(callbacks.handle(post(body), recording));
    DirectEnterEvent e = (DirectEnterEvent) handled.get(0);
    assertThat(e.passport()).isEqualTo("PP-1");
    assertThat(e.gateId()).isEqualTo("G1");
    assertThat(reply.get("parking_serial").asText()).isEqualTo("S-PP-1");
    assertThat(reply.get("enter_time").asText()).isEqualTo("20181130104935");
    assertThat(reply.get("enter_gate").asText()).isEqualTo("东门");
  }

  @Test
  void aVipQueryIsAnsweredWithThePlatesCards() throws Exception {
    String body = fake.signedGatewayBody("service.parking.vip.query", Map.of("plate", "川A12345"));
    JsonNode reply = json(callbacks.handle(post(body), recording));
    assertThat(((VipQueryEvent) handled.get(0)).plate()).isEqualTo("川A12345");
    assertThat(reply.get("vips").toString()).isEqualTo("[{\"realname\":\"姓名\",\"plate\":\"川A12345\","
        + "\"charge_type\":\"MON_A\",\"charge_desc\":\"月卡A\",\"charge_price\":10000,\"mobile\":\"13800138000\","
        + "\"expire_time\":\"20241231\",\"type\":1,\"balance\":100}]");
  }

  @Test
  void aVipRenewalIsTypedAndDeduplicatedByPaySerial() throws Exception {
    String body = fake.signedGatewayBody("service.parking.vip.renewal", Map.of("plate", "川A12345", "pay_serial", "R1",
        "pay_time", "20240601120000", "pay_value", "30000", "type", "1", "value", "31", "quantity", "1"));
    json(callbacks.handle(post(body), recording));
    json(callbacks.handle(post(body), recording));
    assertThat(handled).hasSize(1);
    VipRenewalEvent e = (VipRenewalEvent) handled.get(0);
    assertThat(e.type()).isEqualTo(VipType.MONTHLY);
    assertThat(e.payValueFen()).isEqualTo(30000L);
    assertThat(e.payTime()).isEqualTo(Instant.parse("2024-06-01T04:00:00Z"));
    assertThat(e.quantity()).isEqualTo(1L);
  }

  @Test
  void aDiscountGrantIsTypedAndDeduplicatedByGrantSerial() throws Exception {
    String body = fake.signedGatewayBody("service.parking.discount.create", Map.of("parking_serial", "S1",
        "grant_serial", "G1", "type", "2", "value", "120", "reason", "购物满300", "store_name", "某某商店"));
    json(callbacks.handle(post(body), recording));
    json(callbacks.handle(post(body), recording));
    assertThat(handled).hasSize(1);
    DiscountCreateEvent e = (DiscountCreateEvent) handled.get(0);
    assertThat(e.type()).isEqualTo(DiscountType.DURATION);
    assertThat(e.value()).isEqualTo(120L);
    assertThat(e.storeName()).isEqualTo("某某商店");
  }

  @Test
  void otherServicesArriveGenericAndUnimplementedOnesAnswer1503() throws Exception {
    String body = fake.signedGatewayBody("service.parking.realtime", Map.of());
    JsonNode reply = json(callbacks.handle(post(body), new FourPyunHandler() {}));
    assertThat(reply.get("result_code").asText()).isEqualTo("1503");
    assertThat(reply.get("hint").asText()).isEqualTo("service.parking.realtime");
    GatewayEvent e = callbacks.parse(post(body));
    assertThat(e).isInstanceOf(OtherGatewayEvent.class);
    JsonNode answered = json(callbacks.handle(post(body), new FourPyunHandler() {
      @Override
      public GatewayReply onOther(OtherGatewayEvent event) {
        return GatewayReply.ok().withField("total", 100).withField("parking", 10);
      }
    }));
    assertThat(answered.toString()).isEqualTo("{\"result_code\":\"1001\",\"message\":\"处理成功\",\"total\":100,\"parking\":10}");
  }

  @Test
  void signedRepliesCarryServiceVersionCharsetAndAVerifiableSign() throws Exception {
    FourPyunCallbacks signing = FourPyunCallbacks.builder().gatewayKey("DEMO").signGatewayReplies(true).build();
    JsonNode reply = json(signing.handle(post(PV5_BODY), recording));
    assertThat(reply.get("service").asText()).isEqualTo("service.parking.payment.result");
    assertThat(reply.get("version").asText()).isEqualTo("1.0");
    assertThat(reply.get("charset").asText()).isEqualTo("UTF-8");
    Map<String, String> fields = new TreeMap<>();
    reply.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
    assertThat(reply.get("sign").asText()).isEqualTo(FakeFourPyun.gatewaySign(fields, "DEMO"));
  }

  @Test
  void theFakeDeliversAPaymentResultToARealEndpointUntilAcknowledged() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext("/4pyun/gateway", exchange -> callbacks.handle(CallbackRequest.from(exchange), new FourPyunHandler() {
      @Override
      public GatewayReply onPaymentResult(PaymentResultEvent e) {
        if (calls.incrementAndGet() == 1) {
          throw new IllegalStateException("first attempt fails");
        }
        handled.add(e);
        return GatewayReply.ok();
      }
    }).writeTo(exchange));
    http.start();
    try {
      Delivery d = fake.sendPaymentResult("http://127.0.0.1:" + http.getAddress().getPort() + "/4pyun/gateway", "S1", "PO-1", 500);
      assertThat(d.acknowledged()).isTrue();
      assertThat(d.attempts()).isEqualTo(2);
      assertThat(d.answers().get(0)).contains("\"result_code\":\"1500\"");
      PaymentResultEvent e = (PaymentResultEvent) handled.get(0);
      assertThat(e.parkingOrder()).isEqualTo("PO-1");
      assertThat(e.payValueFen()).isEqualTo(500L);
    } finally {
      http.stop(0);
    }
  }

  /** Every documented service, with the fields it needs and whether P云 may repeat it as a notification. */
  static Stream<Arguments> services() {
    return Stream.of(
        Arguments.of("service.parking.payment.billing", Map.of("plate", "川A12345"), PaymentBillingEvent.class, false),
        Arguments.of("service.parking.payment.result", Map.of("parking_order", "O1", "pay_serial", "P1",
            "pay_time", "20240601120000", "value", "500"), PaymentResultEvent.class, true),
        Arguments.of("service.parking.direct.enter", Map.of("passport", "PP-1", "gate_id", "G1"), DirectEnterEvent.class, false),
        Arguments.of("service.parking.vip.query", Map.of("plate", "川A12345"), VipQueryEvent.class, false),
        Arguments.of("service.parking.vip.renewal", Map.of("plate", "川A12345", "pay_serial", "R1"), VipRenewalEvent.class, true),
        Arguments.of("service.parking.discount.create", Map.of("grant_serial", "G1", "type", "1", "value", "500"),
            DiscountCreateEvent.class, true),
        Arguments.of("service.parking.discount.destroy", Map.of("grant_serial", "G1"), DiscountDestroyEvent.class, true),
        Arguments.of("service.parking.detail", Map.of("parking_serial", "S1"), OtherGatewayEvent.class, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("services")
  void everyServiceIsTypedRefusedWhenTamperedAndDeduplicatedWhenItIsANotification(
      String service, Map<String, String> fields, Class<? extends GatewayEvent> type, boolean notification) throws Exception {
    List<GatewayEvent> seen = new ArrayList<>();
    FourPyunHandler acceptAll = new FourPyunHandler() {
      GatewayReply ok(GatewayEvent e) {
        seen.add(e);
        return GatewayReply.ok();
      }

      @Override public GatewayReply onPaymentBilling(PaymentBillingEvent e) { return ok(e); }
      @Override public GatewayReply onPaymentResult(PaymentResultEvent e) { return ok(e); }
      @Override public GatewayReply onDirectEnter(DirectEnterEvent e) { return ok(e); }
      @Override public GatewayReply onVipQuery(VipQueryEvent e) { return ok(e); }
      @Override public GatewayReply onVipRenewal(VipRenewalEvent e) { return ok(e); }
      @Override public GatewayReply onDiscountCreate(DiscountCreateEvent e) { return ok(e); }
      @Override public GatewayReply onDiscountDestroy(DiscountDestroyEvent e) { return ok(e); }
      @Override public GatewayReply onOther(OtherGatewayEvent e) { return ok(e); }
    };
    String body = fake.signedGatewayBody(service, fields);
    String firstField = fields.keySet().iterator().next();
    String tampered = body.replace("\"" + firstField + "\":\"", "\"" + firstField + "\":\"X");

    assertThat(json(callbacks.handle(post(tampered), acceptAll)).get("result_code").asText()).isEqualTo("1401");
    assertThat(seen).isEmpty();

    assertThat(json(callbacks.handle(post(body), acceptAll)).get("result_code").asText()).isEqualTo("1001");
    assertThat(json(callbacks.handle(post(body), acceptAll)).get("result_code").asText()).isEqualTo("1001");
    assertThat(seen).hasSize(notification ? 1 : 2).allMatch(type::isInstance);
    assertThat(seen.get(0).service()).isEqualTo(service);
    assertThat(seen.get(0).parkUuid()).isEqualTo(FakeFourPyun.DEFAULT_PARK_UUID);
    assertThat(seen.get(0).fields()).containsAllEntriesOf(fields).containsEntry("version", "1.0");

    // verifiers accept fields they do not know (验签须支持扩展字段): signed, verified, kept
    Map<String, String> extended = new TreeMap<>(fields);
    extended.put("ext_unknown_field", "扩展 & = / \" 值");
    seen.clear();
    GatewayEvent e = callbacks.parse(post(fake.signedGatewayBody(service, extended)));
    assertThat(e).isInstanceOf(type);
    assertThat(e.fields()).containsEntry("ext_unknown_field", "扩展 & = / \" 值");
  }

  @Test
  void aCardOnlyRenewalWithoutAPlateIsValid() throws Exception {
    String body = fake.signedGatewayBody("service.parking.vip.renewal", Map.of("card_no", "C-0001", "pay_serial", "R7",
        "pay_value", "30000", "type", "1", "quantity", "1"));
    JsonNode reply = json(callbacks.handle(post(body), recording));
    assertThat(reply.get("result_code").asText()).isEqualTo("1001");
    VipRenewalEvent e = (VipRenewalEvent) handled.get(0);
    assertThat(e.plate()).isNull();
    assertThat(e.cardNo()).isEqualTo("C-0001");
  }

  @Test
  void aHandlerCanAnswer1002WhenTheCarHasLeftOrAnyCodePYunDefines() throws Exception {
    String bill = fake.signedGatewayBody("service.parking.payment.billing", Map.of("plate", "川A12345"));
    CallbackReply left = callbacks.handle(post(bill), new FourPyunHandler() {
      @Override
      public GatewayReply onPaymentBilling(PaymentBillingEvent e) {
        return GatewayReply.error(GatewayResultCode.NOT_FOUND, "未查询到停车信息");
      }
    });
    assertThat(json(left).toString()).isEqualTo("{\"result_code\":\"1002\",\"message\":\"未查询到停车信息\"}");
    assertThat(left.acknowledges()).isFalse();

    String renewal = fake.signedGatewayBody("service.parking.vip.renewal", Map.of("plate", "川A1", "pay_serial", "R9"));
    FourPyunHandler answers1003 = new FourPyunHandler() {
      @Override
      public GatewayReply onVipRenewal(VipRenewalEvent e) {
        handled.add(e);
        return GatewayReply.error(GatewayResultCode.of("1003"), "固定车不允许缴费");
      }
    };
    assertThat(json(callbacks.handle(post(renewal), answers1003)).get("result_code").asText()).isEqualTo("1003");
    // an error reply is not an acknowledgement: the retry reaches the handler again
    assertThat(json(callbacks.handle(post(renewal), answers1003)).get("result_code").asText()).isEqualTo("1003");
    assertThat(handled).hasSize(2);
    assertThat(GatewayResultCode.of("1003")).isEqualTo(GatewayResultCode.PAYMENT_NOT_ALLOWED);
    assertThatThrownBy(() -> GatewayResultCode.of("10\n02")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> GatewayReply.error(GatewayResultCode.of("1001"), "x")).isInstanceOf(ValidationException.class);
  }

  @Test
  void onlyTheSuccessReplyIsMarkedAsAnAcknowledgement() {
    CallbackReply ok = callbacks.handle(post(PV5_BODY.replace("95835E1917E330AD4A1F1CFC7D0F115D", "0")), recording);
    assertThat(ok.acknowledges()).isFalse();
    String body = fake.signedGatewayBody("service.parking.payment.result", Map.of("parking_order", "O1", "pay_serial", "P1",
        "pay_time", "20240601120000", "value", "500"));
    assertThat(callbacks.handle(post(body), recording).acknowledges()).isTrue();
    assertThat(callbacks.handle(post(body), recording).acknowledges()).isTrue(); // the repeat, acknowledged again
  }

  @Test
  void exceptionsFromPlugInsBecomeARefusalAndAreNeverRecordedAsHandled() throws Exception {
    String body = fake.signedGatewayBody("service.parking.payment.result", Map.of("parking_order", "O1", "pay_serial", "P1",
        "pay_time", "20240601120000", "value", "500"));
    FourPyunCallbacks brokenResolver = FourPyunCallbacks.builder().gatewayKeys(f -> {
      throw new IllegalStateException("key store down");
    }).build();
    assertThat(json(brokenResolver.handle(post(body), recording)).get("result_code").asText()).isEqualTo("1401");

    AtomicInteger completed = new AtomicInteger();
    DuplicateGuard brokenGuard = new DuplicateGuard() {
      @Override
      public Claim claim(String key) {
        throw new IllegalStateException("redis down");
      }

      @Override
      public void complete(String key) {
        completed.incrementAndGet();
      }

      @Override
      public void release(String key) {}
    };
    FourPyunCallbacks guarded = FourPyunCallbacks.builder().gatewayKey(FakeFourPyun.DEFAULT_GATEWAY_KEY)
        .duplicateGuard(brokenGuard).build();
    CallbackReply refused = guarded.handle(post(body), recording);
    assertThat(json(refused).get("result_code").asText()).isEqualTo("1500");
    assertThat(refused.acknowledges()).isFalse();
    assertThat(handled).isEmpty();

    // a resolver that fails only when the reply is signed: the handler ran, but the reply is a refusal and
    // the notification is released, so P云's retry is handled again
    AtomicInteger lookups = new AtomicInteger();
    FourPyunCallbacks signing = FourPyunCallbacks.builder().signGatewayReplies(true).gatewayKeys(f -> {
      if (lookups.incrementAndGet() == 2) {
        throw new IllegalStateException("key store down");
      }
      return Optional.of(FakeFourPyun.DEFAULT_GATEWAY_KEY);
    }).build();
    assertThat(json(signing.handle(post(body), recording)).get("result_code").asText()).isEqualTo("1500");
    assertThat(json(signing.handle(post(body), recording)).get("result_code").asText()).isEqualTo("1001");
    assertThat(handled).hasSize(2);
  }

  @Test
  void nullsAreValidationErrorsNamingTheArgument() {
    assertThatThrownBy(() -> callbacks.parse(null)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.field()).isEqualTo("request"));
    assertThatThrownBy(() -> callbacks.handle(null, recording)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> callbacks.handle(post(PV5_BODY), null)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.field()).isEqualTo("handler"));
    assertThatThrownBy(() -> callbacks.parseOpenApiPush(null)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> callbacks.handleOpenApiPush(null, p -> {})).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> callbacks.reply(null, null)).isInstanceOf(ValidationException.class);
  }
}
