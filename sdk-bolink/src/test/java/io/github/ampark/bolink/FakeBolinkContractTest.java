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
    assertThat(client.exitOrder(exit("A1")).message()).isEqualTo("上传成功");
    OrderPage page = client.queryOrders(QueryOrdersRequest.builder().parkId(PARK)
        .startTime(NOW.minusSeconds(3600)).endTime(NOW.plusSeconds(3600)).build());
    assertThat(page.count()).isEqualTo(1);
    HistoryOrder order = page.orders().get(0);
    assertThat(order.carNumber()).isEqualTo("京A12345");
    assertThat(order.totalYuan()).isEqualByComparingTo("12.50");
    assertThat(client.refund(RefundRequest.builder().parkId(PARK).tradeNo(order.tradeNo()).endTime(NOW)
        .refundYuan(new BigDecimal("2.50")).refundReason("优惠/补偿").build()).message()).isEqualTo("退款成功");
    assertThat(fake.order("A1")).containsEntry("refunded", "2.50");
    PaymentRequest pay = PaymentRequest.builder().parkId(PARK).tradeNo("T20240611000000001").amountYuan(new BigDecimal("0.01"))
        .title("停车费 & 服务费").method(PaymentMethod.QR_CODE).channel(PaymentChannel.WECHAT)
        .callbackUrl("https://www.bolink.club/?a=1").build();
    assertThat(client.prepay(pay).envelope().path("data").path("url").asText()).endsWith("/pay/T20240611000000001");
    assertThat(client.unifiedPay(PaymentRequest.builder().from(pay).tradeNo("T20240611000000002").build()).reconciled()).isFalse();
    assertThat(client.queryOrderState(QueryOrderStateRequest.builder().parkId(PARK).tradeNo("T20240611000000001").build())
        .envelope().path("data").path("trade_no").asText()).isEqualTo("T20240611000000001");
    client.etcPay(EtcPayRequest.builder().parkId(PARK).orderId("E1").carNumber("京A00001").inTime(NOW.minusSeconds(60))
        .outTime(NOW).payType(EtcPayType.MY).totalOriginalYuan(BigDecimal.ONE).totalYuan(BigDecimal.ONE).build());
    assertThat(client.redPacketChange(RedPacketChangeRequest.builder().parkId(PARK).orderId("A1").carNumber("京A12345")
        .tradeNo("1230912903121661478152").amountYuan(BigDecimal.ONE).notifyUrl("https://n.example.com/c?a=1&b=2").build())
        .url()).contains("/redpacket/");
    assertThat(client.parkCheck(ParkCheckRequest.builder().parkId(PARK).carNumber("粤B12345").build()).status()).isEqualTo("1");
    client.parkSetup(ParkSetupRequest.builder().parkId(PARK).smsVerification(true).build());
    client.uploadChargingDiscount(ChargingDiscountRequest.builder().parkId(PARK).platform(ChargingPlatform.AUTOSUN)
        .carNumber("晋SS0000").startChargeSeq("2021110300012").calculationMethod(CalculationMethod.BY_DURATION)
        .duration(new BigDecimal("2.12")).outTime(NOW).build());
    client.payNoticeToPark(PayNoticeRequest.builder().parkId(PARK).carNumber("晋QQ1234").type(PayNoticeType.PLATFORM)
        .orderId("A1").tradeNo("T1").payTime(NOW).actTotalYuan(new BigDecimal("8")).build());
    assertThat(fake.received(FakeBolink.CHARGING_DISCOUNT).get(0).get("duration")).hasToString("2.12");
    assertThat(fake.received(FakeBolink.PAY_NOTICE)).hasSize(1);
  }

  @Test
  void theCloudRuleFor311PassesTheFakesParkKeyCheck() {
    try (BolinkClient cloud = client(fake.url()).chargingDiscountTransport(OpenServiceTransport.CLOUD_BASE64_CKEY).build()) {
      assertThat(cloud.uploadChargingDiscount(ChargingDiscountRequest.builder().parkId(PARK).platform(ChargingPlatform.TELD)
          .carNumber("京A12345").startChargeSeq("s1").calculationMethod(CalculationMethod.BY_AMOUNT)
          .reduceYuan(new BigDecimal("1.25")).outTime(NOW).build()).message()).isEqualTo("上传成功");
    }
    assertThat(fake.lastRequest().bodyText()).doesNotStartWith("{");
  }

  @Test
  void aVendorRefusalFromTheFakeIsAnApiException() {
    assertThatThrownBy(() -> client.refund(RefundRequest.builder().parkId(PARK).tradeNo("NOPE").endTime(NOW)
        .refundYuan(BigDecimal.ONE).build()))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.vendorMessage()).isEqualTo("交易不存在"));
  }

  @Test
  void exitOrderAfterALostAnswerIsFoundByQueryAndNotSentTwice() {
    fake.faults().on("POST", FakeBolink.EXIT_ORDER, Fault.processThenDisconnect());
    BolinkAck ack = client.exitOrder(exit("A2"));
    assertThat(ack.reconciled()).isTrue();
    assertThat(fake.journal("POST", FakeBolink.EXIT_ORDER)).hasSize(1);
    assertThat(fake.journal("POST", FakeBolink.QUERY_ORDERS)).hasSize(1);
  }

  @Test
  void exitOrderThatNeverArrivedIsReportedAsAbsentNotResentByDefault() {
    fake.faults().on("POST", FakeBolink.EXIT_ORDER, Fault.disconnectAfterRequest());
    assertThatThrownBy(() -> client.exitOrderAsync(exit("A3")).get())
        .hasCauseInstanceOf(OutcomeUnknownException.class)
        .satisfies(e -> assertThat(((OutcomeUnknownException) e.getCause()).absenceReported()).isTrue());
    assertThat(fake.journal("POST", FakeBolink.EXIT_ORDER)).hasSize(1);
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void withResendChosenTheExitIsSentAgainOnlyAfterTwoAgreeingQueries() throws Exception {
    fake.faults().on("POST", FakeBolink.EXIT_ORDER, Fault.disconnectAfterRequest());
    try (BolinkClient resend = client(fake.url()).ifAbsent(IfAbsent.RESEND).build()) {
      BolinkAck ack = resend.exitOrderAsync(exit("A5")).get();
      assertThat(ack.reconciled()).isFalse();
    }
    assertThat(fake.journal("POST", FakeBolink.QUERY_ORDERS)).hasSize(2);
    assertThat(fake.journal("POST", FakeBolink.EXIT_ORDER)).hasSize(2);
    assertThat(fake.orders()).hasSize(1);
  }

  @Test
  void aPaymentWithALostAnswerIsReconciledThroughQueryOrderStateNotResent() {
    fake.faults().on("POST", FakeBolink.PREPAY, Fault.processThenDisconnect());
    PaymentResult r = client.prepay(PaymentRequest.builder().parkId(PARK).tradeNo("T20240611000000009")
        .amountYuan(BigDecimal.ONE).title("停车费").method(PaymentMethod.QR_CODE).channel(PaymentChannel.ALIPAY).build());
    assertThat(r.reconciled()).isTrue();
    assertThat(fake.journal("POST", FakeBolink.PREPAY)).hasSize(1);
  }

  @Test
  void aPaymentThatBolinkDoesNotKnowAfterALostAnswerIsReportedNotResent() {
    fake.faults().on("POST", FakeBolink.PREPAY, Fault.disconnectAfterRequest());
    assertThatThrownBy(() -> client.prepay(PaymentRequest.builder().parkId(PARK).tradeNo("T20240611000000010")
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
    client.exitOrder(exit("A4"));
    String tradeNo = (String) fake.order("A4").get("trade_no");
    fake.faults().on("POST", FakeBolink.REFUND, Fault.processThenDisconnect());
    assertThatThrownBy(() -> client.refund(RefundRequest.builder().parkId(PARK).tradeNo(tradeNo).endTime(NOW)
        .refundYuan(BigDecimal.ONE).build()))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.mayHaveReachedVendor()).isTrue());
    assertThat(fake.journal("POST", FakeBolink.REFUND)).hasSize(1);
  }

  @Test
  void queriesAreRetriedAfterAServerError() {
    fake.faults().on("POST", FakeBolink.QUERY_ORDERS, Fault.status(503));
    assertThat(client.queryOrders(QueryOrdersRequest.builder().orderId("none").startTime(NOW).endTime(NOW).build()).count()).isZero();
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
    assertThat(client.raw().send(BolinkRawRequest.cloud(PARK, "zld/openservice/paynoticetopark").data(notice).build())
        .data().path("message").asText()).isEqualTo("通知成功");
  }
}
