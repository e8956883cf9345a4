package io.github.ampark.samples.bolink;

import io.github.ampark.bolink.BolinkClient;
import io.github.ampark.bolink.BolinkEnvironment;
import io.github.ampark.bolink.model.BolinkAck;
import io.github.ampark.bolink.model.CalculationMethod;
import io.github.ampark.bolink.model.ChargingDiscountRequest;
import io.github.ampark.bolink.model.ChargingPlatform;
import io.github.ampark.bolink.model.EntryOrderRequest;
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
 * A car's stay in a Bolink car park: it enters (3.1), leaves and pays (3.2), the charging discount
 * it earned is reported to the park's cloud (3.11, Base64 signed with the park key), the day's
 * orders are queried (4.1), and part of the payment is refunded (4.2).
 *
 * <p>Runs against an in-process {@link FakeBolink} by default. To run against Bolink's test
 * platform, set {@code BOLINK_UNION_ID}, {@code BOLINK_UKEY}, {@code BOLINK_PARK_ID} and {@code
 * BOLINK_CKEY} (and {@code BOLINK_ENV=production} for production): the orders, discount and refund
 * then really happen on that account.
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
    String ckey = System.getenv("BOLINK_CKEY");
    if (unionId != null && ukey != null && parkId != null && ckey != null) {
      BolinkEnvironment env = "production".equalsIgnoreCase(System.getenv("BOLINK_ENV"))
          ? BolinkEnvironment.PRODUCTION : BolinkEnvironment.TEST;
      out.println("Bolink: using the real " + env + " platform for union " + unionId);
      try (BolinkClient client = BolinkClient.builder().unionId(Long.parseLong(unionId)).ukey(ukey).parkKey(parkId, ckey)
          .environment(env).applicationName("ampark-samples").build()) {
        flow(client, parkId, out);
      }
      return;
    }
    String sampleKey = "SAMPLEUKEY000001";
    String sampleCkey = "SAMPLECKEY000001";
    try (FakeBolink fake = FakeBolink.start(200666, sampleKey).park("dlytest_no", sampleCkey)) {
      out.println("Bolink: in-process fake at " + fake.url());
      try (BolinkClient client = BolinkClient.builder().unionId(200666).ukey(sampleKey).parkKey("dlytest_no", sampleCkey)
          .baseUrl(fake.url()).applicationName("ampark-samples").build()) {
        flow(client, "dlytest_no", out);
      }
    }
  }

  private static void flow(BolinkClient client, String parkId, PrintStream out) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant in = now.minus(Duration.ofMinutes(95));
    String orderId = "AMP" + now.getEpochSecond();
    try {
      BolinkAck entry = client.orders().entryOrder(EntryOrderRequest.builder()
          .parkId(parkId).orderId(orderId).carNumber("京A12345").inTime(in).emptyPlot(55).build());
      out.println("1. 京A12345 entered; entry " + orderId + " uploaded (" + entry.message() + ")");

      BolinkAck exit = client.orders().exitOrder(ExitOrderRequest.builder()
          .parkId(parkId).orderId(orderId).carNumber("京A12345").licenseColor(LicenseColor.BLUE)
          .inTime(in).outTime(now).payType(PayType.WALLET).totalYuan(new BigDecimal("12.50")).emptyPlot(56)
          .build());
      out.println("2. 京A12345 left and paid 12.50 yuan; exit order uploaded (" + exit.message() + ")");

      BolinkAck discount = client.cloud().uploadChargingDiscount(ChargingDiscountRequest.builder()
          .parkId(parkId).platform(ChargingPlatform.TELD).carNumber("京A12345")
          .startChargeSeq("CS" + now.getEpochSecond()).calculationMethod(CalculationMethod.BY_AMOUNT)
          .reduceYuan(new BigDecimal("2.50")).outTime(now)
          .build());
      out.println("3. charging discount of 2.50 yuan reported to the park's cloud (" + discount.message() + ")");

      OrderPage page = client.orders().queryOrders(QueryOrdersRequest.builder().parkId(parkId).carNumber("京A12345")
          .startTime(now.minus(Duration.ofDays(1))).endTime(now.plus(Duration.ofMinutes(1))).build());
      out.println("4. " + page.count() + " order(s) for 京A12345 today");
      HistoryOrder paid = null;
      for (HistoryOrder o : page.orders()) {
        out.println("   - " + o.orderId() + " paid " + o.totalYuan() + " yuan by " + o.payType() + ", trade " + o.tradeNo());
        if (orderId.equals(o.orderId()) && o.tradeNo() != null) {
          paid = o;
        }
      }
      if (paid == null) {
        out.println("5. no electronic payment to refund");
        return;
      }
      BolinkAck refund = client.orders().refund(RefundRequest.builder().parkId(parkId).tradeNo(paid.tradeNo())
          .endTime(now).refundYuan(new BigDecimal("2.50")).refundReason("charging discount applied after payment")
          .build());
      out.println("5. refunded the 2.50 yuan discount of trade " + paid.tradeNo() + " (" + refund.message() + ")");
      out.println("Done: entry, exit, discount, query and refund all accepted by Bolink.");
    } catch (AmparkException e) {
      out.println("Bolink refused: " + e.getMessage());
    }
  }
}
