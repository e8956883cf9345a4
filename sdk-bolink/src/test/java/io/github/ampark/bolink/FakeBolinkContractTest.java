package io.github.ampark.bolink;

import static io.github.ampark.bolink.Wire.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.bolink.model.*;
import io.github.ampark.core.ApiException;
import io.github.ampark.core.TransportException;
import io.github.ampark.core.OutcomeUnknownException;
import io.github.ampark.core.IfAbsent;
import io.github.ampark.testkit.Fault;
import io.github.ampark.testkit.bolink.FakeBolink;
import java.math.BigDecimal;
import java.time.Instant;
import io.github.ampark.core.http.RawRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client against FakeBolink, which re-serialises data the way Bolink's fastjson does before
 * checking the signature: every typed call must pass it. Also: lost answers and what is resent.
 */
class FakeBolinkContractTest {
  FakeBolink fake;
  BolinkClient client;

  @BeforeEach
  void start() {
    fake = FakeBolink.start(UNION_ID, UKEY).park(PARK, CKEY);
    client = client(fake.url()).readTimeout(java.time.Duration.ofSeconds(2)).build();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  static ExitOrderRequest exit(String orderId) {
    return ExitOrderRequest.builder().parkId(PARK).orderId(orderId).carNumber("京A12345").outTime(NOW)
        .payType(PayType.WALLET).totalYuan(new BigDecimal("12.50")).emptyPlot(3)
        .outParkImageUrl("https://img.example.com/a/b.jpg?x=1&y=2").putRemark("备注", "<夜间>").build();
  }

  @Test
  void everyTypedCallPassesBolinksOwnSignatureCheck() {
    assertThat(client.orders().exitOrder(exit("A1")).message()).isEqualTo("上传成功");
    OrderPage page = client.orders().queryOrders(QueryOrdersRequest.builder().parkId(PARK)
        .startTime(NOW.minusSeconds(3600)).endTime(NOW.plusSeconds(3600)).build());
    assertThat(page.count()).isEqualTo(1);
    HistoryOrder order = page.orders().get(0);
    assertThat(order.carNumber()).isEqualTo("京A12345");
    assertThat(order.totalYuan()).isEqualByComparingTo("12.50");
    assertThat(client.orders().refund(RefundRequest.builder().parkId(PARK).tradeNo(order.tradeNo()).endTime(NOW)
        .refundYuan(new BigDecimal("2.50")).refundReason("优惠/补偿").build()).message()).isEqualTo("退款成功");
    assertThat(fake.order("A1").orElseThrow()).containsEntry("refunded", "2.50");
    PaymentRequest pay = PaymentRequest.builder().parkId(PARK).tradeNo("T20240611000000001").amountYuan(new BigDecimal("0.01"))
        .title("停车费 & 服务费").method(PaymentMethod.QR_CODE).channel(PaymentChannel.WECHAT)
        .callbackUrl("https://www.bolink.club/?a=1").build();
    assertThat(client.payments().prepay(pay).url()).endsWith("/pay/T20240611000000001");
    assertThat(client.payments().unifiedPay(PaymentRequest.builder().from(pay).tradeNo("T20240611000000002").build()).reconciled()).isFalse();
    assertThat(client.orders().queryOrderState(QueryOrderStateRequest.builder().parkId(PARK).tradeNo("T20240611000000001").build())
        .fields()).containsEntry("trade_no", "T20240611000000001");
    client.payments().etcPay(EtcPayRequest.builder().parkId(PARK).orderId("E1").carNumber("京A00001").inTime(NOW.minusSeconds(60))
        .outTime(NOW).payType(EtcPayType.MY).totalOriginalYuan(BigDecimal.ONE).totalYuan(BigDecimal.ONE).build());
    assertThat(client.payments().redPacketChange(RedPacketChangeRequest.builder().parkId(PARK).orderId("A1").carNumber("京A12345")
        .tradeNo("1230912903121661478152").amountYuan(BigDecimal.ONE).notifyUrl("https://n.example.com/c?a=1&b=2").build())
        .url()).contains("/redpacket/");
    assertThat(client.parks().parkCheck(ParkCheckRequest.builder().parkId(PARK).carNumber("粤B12345").build()).status()).isEqualTo("1");
    client.parks().parkSetup(ParkSetupRequest.builder().parkId(PARK).smsVerification(true).build());
    client.cloud().uploadChargingDiscount(ChargingDiscountRequest.builder().parkId(PARK).platform(ChargingPlatform.AUTOSUN)
        .carNumber("晋SS0000").startChargeSeq("2021110300012").calculationMethod(CalculationMethod.BY_DURATION)
        .duration(new BigDecimal("2.12")).outTime(NOW).build());
    client.cloud().payNoticeToPark(PayNoticeRequest.builder().parkId(PARK).carNumber("晋QQ1234").type(PayNoticeType.PLATFORM)
        .orderId("A1").tradeNo("T1").payTime(NOW).actTotalYuan(new BigDecimal("8")).build());
    assertThat(fake.received(FakeBolink.CHARGING_DISCOUNT).get(0).get("duration")).hasToString("2.12");
    assertThat(fake.received(FakeBolink.PAY_NOTICE)).hasSize(1);
  }

  @Test
  void thePlainRuleFor311PassesTheFakesVendorKeyCheck() {
    try (BolinkClient cloud = client(fake.url()).chargingDiscountTransport(OpenServiceTransport.PLAIN_JSON_UKEY).build()) {
      assertThat(cloud.cloud().uploadChargingDiscount(ChargingDiscountRequest.builder().parkId(PARK).platform(ChargingPlatform.TELD)
          .carNumber("京A12345").startChargeSeq("s1").calculationMethod(CalculationMethod.BY_AMOUNT)
          .reduceYuan(new BigDecimal("1.25")).outTime(NOW).build()).message()).isEqualTo("上传成功");
    }
    assertThat(fake.lastRequest().bodyText()).startsWith("{");
  }

  @Test
  void aVendorRefusalFromTheFakeIsAnApiException() {
    assertThatThrownBy(() -> client.orders().refund(RefundRequest.builder().parkId(PARK).tradeNo("NOPE").endTime(NOW)
        .refundYuan(BigDecimal.ONE).build()))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.vendorMessage()).isEqualTo("交易不存在"));
  }

  @Test
  void exitOrderAfterALostAnswerIsFoundByQueryAndNotSentTwice() {
    fake.faults().on("POST", FakeBolink.EXIT_ORDER, Fault.processThenDisconnect());
    BolinkAck ack = client.orders().exitOrder(exit("A2"));
    assertThat(ack.reconciled()).isTrue();
    assertThat(fake.journal("POST", FakeBolink.EXIT_ORDER)).hasSize(1);
    assertThat(fake.journal("POST", FakeBolink.QUERY_ORDERS)).hasSize(1);
  }

  @Test
  void exitOrderThatNeverArrivedIsReportedAsAbsentNotResentByDefault() {
    fake.faults().on("POST", FakeBolink.EXIT_ORDER, Fault.disconnectAfterRequest());
    assertThatThrownBy(() -> client.orders().exitOrderAsync(exit("A3")).get())
        .hasCauseInstanceOf(OutcomeUnknownException.class)
        .satisfies(e -> assertThat(((OutcomeUnknownException) e.getCause()).absenceReported()).isTrue());
    assertThat(fake.journal("POST", FakeBolink.EXIT_ORDER)).hasSize(1);
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void withResendChosenTheExitIsSentAgainOnlyAfterTwoAgreeingQueries() throws Exception {
    fake.faults().on("POST", FakeBolink.EXIT_ORDER, Fault.disconnectAfterRequest());
    try (BolinkClient resend = client(fake.url()).ifAbsent(IfAbsent.RESEND).build()) {
      BolinkAck ack = resend.orders().exitOrderAsync(exit("A5")).get();
      assertThat(ack.reconciled()).isFalse();
    }
    assertThat(fake.journal("POST", FakeBolink.QUERY_ORDERS)).hasSize(2);
    assertThat(fake.journal("POST", FakeBolink.EXIT_ORDER)).hasSize(2);
    assertThat(fake.orders()).hasSize(1);
  }

  @Test
  void aPaymentWithALostAnswerIsReconciledThroughQueryOrderStateNotResent() {
    fake.faults().on("POST", FakeBolink.PREPAY, Fault.processThenDisconnect());
    PaymentResult r = client.payments().prepay(PaymentRequest.builder().parkId(PARK).tradeNo("T20240611000000009")
        .amountYuan(BigDecimal.ONE).title("停车费").method(PaymentMethod.QR_CODE).channel(PaymentChannel.ALIPAY).build());
    assertThat(r.reconciled()).isTrue();
    assertThat(fake.journal("POST", FakeBolink.PREPAY)).hasSize(1);
  }

  @Test
  void aPaymentThatBolinkDoesNotKnowAfterALostAnswerIsReportedNotResent() {
    fake.faults().on("POST", FakeBolink.PREPAY, Fault.disconnectAfterRequest());
    assertThatThrownBy(() -> client.payments().prepay(PaymentRequest.builder().parkId(PARK).tradeNo("T20240611000000010")
        .amountYuan(BigDecimal.ONE).title("停车费").method(PaymentMethod.QR_CODE).channel(PaymentChannel.ALIPAY).build()))
        .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
          assertThat(e.mayHaveReachedVendor()).isTrue();
          assertThat(e.absenceReported()).isFalse();
          assertThat(e.getCause().getSuppressed()).hasSize(1);
        });
    assertThat(fake.journal("POST", FakeBolink.PREPAY)).hasSize(1);
  }

  @Test
  void aRefundWithALostAnswerIsNeverResent() {
    client.orders().exitOrder(exit("A4"));
    String tradeNo = (String) fake.order("A4").orElseThrow().get("trade_no");
    fake.faults().on("POST", FakeBolink.REFUND, Fault.processThenDisconnect());
    assertThatThrownBy(() -> client.orders().refund(RefundRequest.builder().parkId(PARK).tradeNo(tradeNo).endTime(NOW)
        .refundYuan(BigDecimal.ONE).build()))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.mayHaveReachedVendor()).isTrue());
    assertThat(fake.journal("POST", FakeBolink.REFUND)).hasSize(1);
  }

  @Test
  void queriesAreRetriedAfterAServerError() {
    fake.faults().on("POST", FakeBolink.QUERY_ORDERS, Fault.status(503));
    assertThat(client.orders().queryOrders(QueryOrdersRequest.builder().orderId("none").startTime(NOW).endTime(NOW).build()).count()).isZero();
    assertThat(fake.journal("POST", FakeBolink.QUERY_ORDERS)).hasSize(2);
  }

  @Test
  void rawRequestsOfEachFamilyPassTheFake() {
    java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
    data.put("park_id", PARK);
    data.put("smsVerification", "ignored");
    assertThat(client.raw().union("unionapi/newpark/setUp", data).envelope().path("state").asInt()).isEqualTo(1);
    java.util.Map<String, Object> notice = new java.util.LinkedHashMap<>();
    notice.put("comid", PARK);
    notice.put("union_id", String.valueOf(UNION_ID));
    notice.put("car_number", "晋QQ1234");
    assertThat(client.raw().execute(RawRequest.post("zld/openservice/paynoticetopark").json(BolinkSigner.dataJson(notice))
        .tag(RawSigning.class, RawSigning.cloud(PARK)).build()).data().path("message").asText()).isEqualTo("通知成功");
  }

  @Test
  void theNewEndpointsPassTheFake() {
    client.orders().entryOrder(EntryOrderRequest.builder().carNumber("京A12345").inTime(NOW.minusSeconds(600)).orderId("N1")
        .emptyPlot(4).parkId(PARK).build());
    assertThat(fake.entry("N1").orElseThrow()).containsEntry("car_number", "京A12345");
    assertThat(client.parks().addPark(ParkInfoRequest.builder().parkId(PARK).name("测试车场").totalPlot(10).emptyPlot(4).build())
        .username()).isEqualTo("park" + PARK);
    client.parks().updatePark(ParkInfoRequest.builder().parkId(PARK).name("测试车场").emptyPlot(3).updateType(1).build());
    MonthCardPayResult mc = client.payments().payMonthCard(MonthCardPayRequest.builder().parkId(PARK).amountYuan(new BigDecimal("300"))
        .cardId("190757").tradeNo("2024061100000000001").channel(MonthCardChannel.ALIPAY).build());
    assertThat(mc.payUrl()).endsWith("/monthcard/2024061100000000001");
    assertThat(client.cloud().monthCarPrice(MonthCarPriceRequest.builder().parkId(PARK).startTime(NOW).cardId("190757")
        .months(3).pid("1093").build()).priceYuan()).isEqualByComparingTo("300.00");
    assertThat(client.cloud().outPark(CloudRequest.builder().parkId(PARK).putExtraFields("car_number", JsonScalar.text("京A12345"))
        .build()).message()).isEqualTo("出场成功");
    assertThat(client.cloud().prepayOrder(CloudRequest.builder().parkId(PARK).build()).message()).isEqualTo("预付成功");
  }

  @Test
  void aMonthCardPaymentWithALostAnswerIsFoundThroughQueryOrderStateNotResent() {
    fake.faults().on("POST", FakeBolink.PAY_MONTH_CARD, Fault.processThenDisconnect());
    MonthCardPayResult r = client.payments().payMonthCard(MonthCardPayRequest.builder().parkId(PARK).amountYuan(BigDecimal.TEN)
        .cardId("190757").tradeNo("2024061100000000002").channel(MonthCardChannel.WECHAT).build());
    assertThat(r.reconciled()).isTrue();
    assertThat(fake.journal("POST", FakeBolink.PAY_MONTH_CARD)).hasSize(1);
  }
}
