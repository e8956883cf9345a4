package io.github.ampark.samples.fourpyun;

import io.github.ampark.core.batch.BatchReport;
import io.github.ampark.fourpyun.FourPyunClient;
import io.github.ampark.fourpyun.FourPyunEnvironment;
import io.github.ampark.fourpyun.model.CarType;
import io.github.ampark.fourpyun.model.EnterRequest;
import io.github.ampark.fourpyun.model.LeavePayment;
import io.github.ampark.fourpyun.model.LeaveRequest;
import io.github.ampark.fourpyun.model.PayType;
import io.github.ampark.fourpyun.model.PlateColor;
import io.github.ampark.fourpyun.model.Receipt;
import io.github.ampark.fourpyun.model.SyncBatch;
import io.github.ampark.fourpyun.model.SyncMode;
import io.github.ampark.fourpyun.model.VipRenewal;
import io.github.ampark.fourpyun.model.VipType;
import io.github.ampark.testkit.fourpyun.FakeFourPyun;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * 4pyun (PP停车 / P云): a full sync of a park's 20,000 card renewals with a progress bar, one
 * incremental renewal, then a car entering and leaving.
 *
 * <p>By default it runs against {@link FakeFourPyun}, in process. To run it against 4pyun, set:
 *
 * <ul>
 *   <li>{@code FOURPYUN_APP_SECRET} — the park's app secret (switches to the real platform);
 *   <li>{@code FOURPYUN_PARK_UUID} — the park UUID;
 *   <li>{@code FOURPYUN_ENVIRONMENT} — {@code test} (default, {@code dev-api.4pyun.com}) or
 *       {@code production};
 *   <li>{@code FOURPYUN_SAMPLE_FULL_SYNC=wipe} — only then is the full sync sent: its first batch
 *       carries {@code complete=1}, which deletes every renewal the platform holds for the park and
 *       replaces them with 20,000 generated ones. Never set it for a park in use.
 * </ul>
 */
public final class FourPyunSample {
  static final int STOCK = 20_000;
  static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  private FourPyunSample() {}

  public static void main(String[] args) {
    run(System.out);
  }

  public static void run(PrintStream out) {
    String secret = System.getenv("FOURPYUN_APP_SECRET");
    if (secret == null || secret.isBlank()) {
      try (FakeFourPyun fake = FakeFourPyun.builder().latency(Duration.ofMillis(2)).start();
          FourPyunClient client = FourPyunClient.builder().appSecret(fake.appSecret()).parkUuid(fake.parkUuid())
              .baseUrl(fake.url()).build()) {
        out.println("4pyun sample against the in-process fake at " + fake.url());
        flow(out, client, true);
        out.println("the fake holds " + String.format("%,d", fake.vipRenewals().size()) + " renewals and "
            + fake.stays().size() + " closed stay" + (fake.stays().stream().allMatch(FakeFourPyun.Stay::left) ? "" : " (open!)"));
      }
      return;
    }
    String park = System.getenv("FOURPYUN_PARK_UUID");
    if (park == null || park.isBlank()) {
      throw new IllegalStateException("set FOURPYUN_PARK_UUID along with FOURPYUN_APP_SECRET");
    }
    FourPyunEnvironment env = "production".equalsIgnoreCase(System.getenv("FOURPYUN_ENVIRONMENT"))
        ? FourPyunEnvironment.PRODUCTION : FourPyunEnvironment.TEST;
    try (FourPyunClient client = FourPyunClient.builder().appSecret(secret).parkUuid(park).environment(env).build()) {
      out.println("4pyun sample against " + env.baseUrl());
      flow(out, client, "wipe".equals(System.getenv("FOURPYUN_SAMPLE_FULL_SYNC")));
    }
  }

  static void flow(PrintStream out, FourPyunClient client, boolean fullSync) {
    if (fullSync) {
      out.println("full sync of " + String.format("%,d", STOCK) + " VIP renewals (batch 500, 4 in flight, complete=1 on batch 1 only):");
      int[] shownTenths = {0};
      BatchReport report = client.syncs().vipRenewals(SyncMode.FULL)   // core's BatchJob builder
          .batchSize(500)
          .parallelism(4)
          .listener(p -> {
            int tenths = (int) (p.recordsConfirmed() * 10 / STOCK);
            if (tenths > shownTenths[0]) {
              shownTenths[0] = tenths;
              out.println(bar(p.recordsConfirmed()));
            }
          })
          .build()
          .run(stock());
      out.println("full sync done: " + String.format("%,d", report.recordsConfirmed()) + " renewals in "
          + report.batchesConfirmed() + " batches confirmed");
    } else {
      out.println("full sync skipped (set FOURPYUN_SAMPLE_FULL_SYNC=wipe to replace the park's renewals)");
    }

    VipRenewal extra = renewal(STOCK);
    Receipt r = client.syncs().sendVipRenewals(SyncBatch.of(List.of(extra)));
    out.println("incremental renewal " + extra.payPartner() + " for " + extra.plate() + " confirmed (code " + r.code()
        + ", seqno " + r.seqno() + ")");

    String serial = "S-" + NOW.toEpochMilli();
    Instant entered = NOW.minus(Duration.ofMinutes(95));
    EnterRequest entry = EnterRequest.builder().parkingSerial(serial).plate("粤B12345").plateColor(PlateColor.BLUE)
        .enterTime(entered).carType(CarType.TEMPORARY).carDesc("临停").chargeType("1").enterGate("东门入口").build();
    out.println("entry " + serial + " of " + entry.plate() + " accepted (code " + client.parking().enter(entry).code() + ")");
    LeaveRequest exit = LeaveRequest.builder().from(entry).leaveTime(NOW).leaveGate("西门出口").totalValueFen(1000L)
        .cashValueFen(1000L)
        .addPayments(LeavePayment.builder().payType(PayType.CASH).valueFen(1000).payTime(NOW).parkingOrder("PO-" + serial).build())
        .build();
    out.println("exit " + serial + " after 95 min, 10.00 yuan cash, accepted (code " + client.parking().leave(exit).code() + ")");
  }

  static String bar(long done) {
    int filled = (int) (done * 30 / STOCK);
    return String.format("  [%s%s] %3d%% %,d/%,d", "#".repeat(filled), ".".repeat(30 - filled), done * 100 / STOCK, done, STOCK);
  }

  static Stream<VipRenewal> stock() {
    return IntStream.range(0, STOCK).mapToObj(FourPyunSample::renewal);
  }

  static VipRenewal renewal(int i) {
    Instant start = NOW.truncatedTo(ChronoUnit.DAYS);
    return VipRenewal.builder()
        .plate(String.format("粤B%05d", i))
        .plateColor(PlateColor.BLUE)
        .chargeType("MON_A")
        .vipType(VipType.MONTHLY)
        .quantity(1)
        .payPartner("R-" + i)
        .payType(PayType.ONLINE)
        .payValueFen(30_000L)
        .payTime(NOW)
        .renewalStartTime(start)
        .renewalEndTime(start.plus(Duration.ofDays(30)).minusSeconds(1))
        .operator("sample")
        .build();
  }
}
