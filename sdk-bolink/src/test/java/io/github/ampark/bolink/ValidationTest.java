package io.github.ampark.bolink;

import static io.github.ampark.bolink.Wire.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.bolink.model.*;
import io.github.ampark.core.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Bad input is a ValidationException naming the Java field, before anything is sent. */
class ValidationTest {
  static void rejects(ThrowingCallable call, String field, String problemPart) {
    assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.problem()).contains(problemPart);
    });
  }

  static ChargingDiscountRequest.Builder discount() {
    return ChargingDiscountRequest.builder().parkId("p").platform(ChargingPlatform.TELD).carNumber("京A1")
        .startChargeSeq("s").outTime(NOW);
  }

  @Test
  void chargingDiscountNeedsDurationByDurationAndReduceYuanByAmount() {
    rejects(() -> discount().calculationMethod(CalculationMethod.BY_DURATION).build(), "duration", "BY_DURATION");
    rejects(() -> discount().calculationMethod(CalculationMethod.BY_AMOUNT).build(), "reduceYuan", "BY_AMOUNT");
    rejects(() -> discount().calculationMethod(CalculationMethod.BY_AMOUNT).reduceYuan(new BigDecimal("1.255")).build(),
        "reduceYuan", "2 decimals");
    rejects(() -> discount().calculationMethod(CalculationMethod.UNKNOWN).build(), "calculationMethod", "UNKNOWN");
    rejects(() -> discount().platformCode("two").calculationMethod(CalculationMethod.PARK_DECIDES).build(), "platformCode", "whole number");
    assertThat(discount().calculationMethod(CalculationMethod.PARK_DECIDES).build().duration()).isNull();
  }

  static QueryOrdersRequest.Builder query() {
    return QueryOrdersRequest.builder().parkId("1001");
  }

  @Test
  void queryOrdersWindowIsAtMostOneNaturalMonthAndPagesAtMost100() {
    Instant may15 = Instant.parse("2024-05-15T02:00:00Z");
    assertThat(query().startTime(may15).endTime(Instant.parse("2024-06-15T02:00:00Z")).build().size()).isEqualTo(20);
    rejects(() -> query().startTime(may15).endTime(Instant.parse("2024-06-15T02:00:01Z")).build(), "endTime", "one natural month");
    rejects(() -> query().startTime(may15).endTime(may15.minusSeconds(1)).build(), "endTime", "before");
    rejects(() -> query().startTime(may15).endTime(may15).size(101).build(), "size", "between 1 and 100");
    rejects(() -> query().startTime(may15).endTime(may15).page(0).build(), "page", "between");
    rejects(() -> QueryOrdersRequest.builder().startTime(may15).endTime(may15).build(), "parkId", "one of");
  }

  static RedPacketChangeRequest.Builder change() {
    return RedPacketChangeRequest.builder().parkId("1").orderId("o").carNumber("京A1").notifyUrl("https://n.example.com/x");
  }

  @Test
  void redPacketChangeIsOneToHundredYuanWithATradeNoOf16To28() {
    rejects(() -> change().tradeNo("123456789012345").amountYuan(BigDecimal.ONE).build(), "tradeNo", "16 to 28");
    rejects(() -> change().tradeNo("12345678901234567890123456789").amountYuan(BigDecimal.ONE).build(), "tradeNo", "16 to 28");
    rejects(() -> change().tradeNo("1234567890123456").amountYuan(new BigDecimal("0.99")).build(), "amountYuan", "1 to 100");
    rejects(() -> change().tradeNo("1234567890123456").amountYuan(new BigDecimal("100.01")).build(), "amountYuan", "1 to 100");
    rejects(() -> change().tradeNo("1234567890123456").amountYuan(BigDecimal.TEN).notifyUrl("ftp://x").build(), "notifyUrl", "http");
    assertThat(change().tradeNo("1234567890123456789012345678").amountYuan(new BigDecimal("100")).build()).isNotNull();
  }

  static ExitOrderRequest.Builder exit() {
    return ExitOrderRequest.builder().parkId("1").orderId("o").carNumber("京A1").outTime(NOW).emptyPlot(0);
  }

  @Test
  void exitOrderRules() {
    rejects(() -> exit().payType(PayType.SWEEPCODE).totalYuan(BigDecimal.ONE).build(), "authCode", "blank");
    rejects(() -> exit().payType(PayType.CASH).totalYuan(new BigDecimal("-1")).build(), "totalYuan", "zero or more");
    rejects(() -> exit().payType(PayType.UNKNOWN).totalYuan(BigDecimal.ONE).build(), "payType", "UNKNOWN");
    rejects(() -> exit().payType(PayType.CASH).totalYuan(BigDecimal.ONE).inTime(NOW.plusSeconds(1)).build(), "inTime", "after");
    rejects(() -> exit().payType(PayType.CASH).totalYuan(BigDecimal.ONE).carNumber(" ").build(), "carNumber", "blank");
    rejects(() -> ExitOrderRequest.builder().parkId("1").build(), "orderId", "required");
  }

  @Test
  void paymentAndRefundRules() {
    rejects(() -> PaymentRequest.builder().parkId("1").tradeNo("t").title("x").amountYuan(BigDecimal.ONE)
        .method(PaymentMethod.SCANNER).channel(PaymentChannel.ALIPAY).build(), "authCode", "blank");
    rejects(() -> PaymentRequest.builder().parkId("1").tradeNo("t").title("x").amountYuan(BigDecimal.ZERO)
        .method(PaymentMethod.QR_CODE).channel(PaymentChannel.ALIPAY).build(), "amountYuan", "more than zero");
    rejects(() -> RefundRequest.builder().parkId("1").tradeNo("t").endTime(NOW).refundYuan(BigDecimal.ZERO).build(),
        "refundYuan", "more than zero");
  }

  @Test
  void clientBuilderNeedsUnionIdAndUkey() {
    rejects(() -> BolinkClient.builder().ukey("k").build(), "unionId", "required");
    rejects(() -> BolinkClient.builder().unionId(1).build(), "ukey", "required");
    rejects(() -> BolinkClient.builder().unionId(0), "unionId", "positive");
    rejects(() -> BolinkClient.builder().parkKey("p", " "), "ckey", "blank");
  }

  @Test
  void rawDataWithAFloatingPointNumberIsRefusedBeforeSending() {
    try (BolinkClient c = BolinkClient.builder().unionId(1).ukey("k").baseUrl("http://127.0.0.1:9/").build()) {
      rejects(() -> c.raw().union("unionapi/x", java.util.Collections.singletonMap("amount", 1.5)), "data", "BigDecimal");
    }
  }

  @Test
  void hugeAndTinyAmountsAreValidationErrorsNotJdkErrors() {
    rejects(() -> exit().payType(PayType.CASH).totalYuan(new BigDecimal("1E+2147483647")).build(), "totalYuan", "at most 99999999.99");
    rejects(() -> exit().payType(PayType.CASH).totalYuan(new BigDecimal("1E-2147483647")).build(), "totalYuan", "2 decimals");
    rejects(() -> exit().payType(PayType.CASH).totalYuan(new BigDecimal("100000000")).build(), "totalYuan", "at most");
    assertThat(exit().payType(PayType.CASH).totalYuan(new BigDecimal("99999999.990")).build()).isNotNull();
    rejects(() -> RefundRequest.builder().parkId("1").tradeNo("t").endTime(NOW).refundYuan(new BigDecimal("-1E+2147483647")).build(),
        "refundYuan", "at most");
    rejects(() -> discount().calculationMethod(CalculationMethod.BY_DURATION).duration(new BigDecimal("1E+2147483647")).build(),
        "duration", "at most");
  }

  @Test
  void timesOutsideEpochSecondsAreValidationErrorsNotDateTimeExceptions() {
    rejects(() -> query().startTime(Instant.MAX).endTime(Instant.MAX).build(), "startTime", "between");
    rejects(() -> query().startTime(Instant.MIN).endTime(NOW).build(), "startTime", "between");
    rejects(() -> query().startTime(NOW).endTime(Instant.MAX).build(), "endTime", "between");
    rejects(() -> exit().payType(PayType.CASH).totalYuan(BigDecimal.ONE).outTime(Instant.MAX).build(), "outTime", "between");
    rejects(() -> RefundRequest.builder().parkId("1").tradeNo("t").endTime(Instant.MIN).refundYuan(BigDecimal.ONE).build(),
        "endTime", "between");
  }

  @Test
  void extraFieldsAreCheckedAtBuildTime() {
    rejects(() -> JsonScalar.number(new BigDecimal("1E+2147483647")), "extraFields", "18 integer digits");
    rejects(() -> exit().payType(PayType.CASH).totalYuan(BigDecimal.ONE).putExtraFields("a\nb", JsonScalar.text("x")).build(),
        "extraFields", "control");
    rejects(() -> exit().payTypeCode("").totalYuan(BigDecimal.ONE).build(), "payTypeCode", "1 to 64");
  }

  @Test
  void aRawCloudRequestForAParkWithoutAKeyIsRefusedBeforeSending() {
    try (BolinkClient c = BolinkClient.builder().unionId(1).ukey("k").baseUrl("http://127.0.0.1:9/").build()) {
      rejects(() -> c.raw().execute(io.github.ampark.core.http.RawRequest.post("zld/openservice/lockcar").json("{}")
          .tag(RawSigning.class, RawSigning.cloud("p1")).build()), "parkId", "no ckey");
    }
  }
}
