package io.github.ampark.samples.bolink;

import io.github.ampark.bolink.BolinkClient;
import io.github.ampark.bolink.BolinkEnvironment;
import io.github.ampark.bolink.model.BolinkAck;
import io.github.ampark.bolink.model.CalculationMethod;
import io.github.ampark.bolink.model.ChargingDiscountRequest;
import io.github.ampark.bolink.model.ChargingPlatform;
import io.github.ampark.bolink.model.ExitOrderRequest;
import io.github.ampark.bolink.model.HistoryOrder;
import io.github.ampark.bolink.model.LicenseColor;
import io.github.ampark.bolink.model.OrderPage;
import io.github.ampark.bolink.model.PayType;
import io.github.ampark.bolink.model.QueryOrdersRequest;
import io.github.ampark.bolink.model.RefundRequest;
import io.github.ampark.core.AmparkException;
import io.github.ampark.testkit.bolink.FakeBolink;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A car leaves a Bolink car park: the exit order is uploaded, the charging discount the driver
 * earned is reported, the day's orders are queried, and part of the payment is refunded.
 *
 * <p>Runs against an in-process {@link FakeBolink} by default. To run against Bolink's test
 * platform, set {@code BOLINK_UNION_ID}, {@code BOLINK_UKEY} and {@code BOLINK_PARK_ID} (and
 * {@code BOLINK_ENV=production} for production): the exit order, discount and refund then really
 * happen on that account.
 */
public final class BolinkSample {
  private BolinkSample() {}

  public static void main(String[] args) {
    run(System.out);
  }

  public static void run(PrintStream out) {
    String unionId = System.getenv("BOLINK_UNION_ID");
    String ukey = System.getenv("BOLINK_UKEY");
    String parkId = System.getenv("BOLINK_PARK_ID");
    if (unionId != null && ukey != null && parkId != null) {
      BolinkEnvironment env = "production".equalsIgnoreCase(System.getenv("BOLINK_ENV"))
          ? BolinkEnvironment.PRODUCTION : BolinkEnvironment.TEST;
      out.println("Bolink: using the real " + env + " platform for union " + unionId);
      try (BolinkClient client = BolinkClient.builder().unionId(Long.parseLong(unionId)).ukey(ukey)
          .environment(env).applicationName("ampark-samples").build()) {
        flow(client, parkId, out);
      }
      return;
    }
    String sampleKey = "SAMPLEUKEY000001";
    try (FakeBolink fake = FakeBolink.start(200666, sampleKey)) {
      out.println("Bolink: in-process fake at " + fake.url());
      try (BolinkClient client = BolinkClient.builder().unionId(200666).ukey(sampleKey).baseUrl(fake.url())
          .applicationName("ampark-samples").build()) {
        flow(client, "dlytest_no", out);
      }
    }
  }

  private static void flow(BolinkClient client, String parkId, PrintStream out) {
    Instant out1 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String orderId = "AMP" + out1.getEpochSecond();
    try {
      BolinkAck exit = client.exitOrder(ExitOrderRequest.builder()
          .parkId(parkId).orderId(orderId).carNumber("京A12345").licenseColor(LicenseColor.BLUE)
          .inTime(out1.minus(Duration.ofMinutes(95))).outTime(out1)
          .payType(PayType.WALLET).totalYuan(new BigDecimal("12.50")).emptyPlot(56)
          .build());
      out.println("1. 京A12345 left; exit order " + orderId + " uploaded (" + exit.message() + ")");

      BolinkAck discount = client.uploadChargingDiscount(ChargingDiscountRequest.builder()
          .parkId(parkId).platform(ChargingPlatform.TELD).carNumber("京A12345")
          .startChargeSeq("CS" + out1.getEpochSecond()).calculationMethod(CalculationMethod.BY_AMOUNT)
          .reduceYuan(new BigDecimal("5.00")).outTime(out1)
          .build());
      out.println("2. charging discount of 5.00 yuan uploaded (" + discount.message() + ")");

      OrderPage page = client.queryOrders(QueryOrdersRequest.builder().parkId(parkId).carNumber("京A12345")
          .startTime(out1.minus(Duration.ofDays(1))).endTime(out1.plus(Duration.ofMinutes(1))).build());
      out.println("3. " + page.count() + " order(s) for 京A12345 today");
      HistoryOrder paid = null;
      for (HistoryOrder o : page.orders()) {
        out.println("   - " + o.orderId() + " paid " + o.totalYuan() + " yuan by " + o.payType() + ", trade " + o.tradeNo());
        if (orderId.equals(o.orderId()) && o.tradeNo() != null) {
          paid = o;
        }
      }
      if (paid == null) {
        out.println("4. no electronic payment to refund");
        return;
      }
      BolinkAck refund = client.refund(RefundRequest.builder().parkId(parkId).tradeNo(paid.tradeNo())
          .endTime(out1).refundYuan(new BigDecimal("2.50")).refundReason("charging discount applied after payment")
          .build());
      out.println("4. refunded 2.50 yuan of trade " + paid.tradeNo() + " (" + refund.message() + ")");
      out.println("Done: exit, discount, query and refund all accepted by Bolink.");
    } catch (AmparkException e) {
      out.println("Bolink refused: " + e.getMessage());
    }
  }
}
