package io.github.ampark.samples.yinli;

import io.github.ampark.core.batch.BatchException;
import io.github.ampark.core.batch.BatchReport;
import io.github.ampark.testkit.yinli.FakeYinli;
import io.github.ampark.yinli.YinliAuthenticator;
import io.github.ampark.yinli.YinliClient;
import io.github.ampark.yinli.model.ElectricPriceRecord;
import io.github.ampark.yinli.model.MeterReading;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Yinli (印力) merchant energy system: last month's meter readings of a mall's 1,000 shops, pushed
 * through the batch helper (200 readings per request, 2 requests in flight) with a progress bar.
 *
 * <p>By default it runs against {@link FakeYinli}, in process, which requires a fixed token header
 * to show the authentication hook at work. To run it against a real Yinli system, set:
 *
 * <ul>
 *   <li>{@code YINLI_BASE_URL} — the host Yinli gave you (switches to the real system; no public host
 *       is known);
 *   <li>{@code YINLI_MALL_CODE} and {@code YINLI_VERSION} — the {@code mallCode} and {@code version}
 *       to send (Yinli has not published what {@code version} means);
 *   <li>{@code YINLI_AUTH_HEADER} and {@code YINLI_AUTH_TOKEN} — optional: a fixed credential sent in
 *       that header ({@code YinliAuthenticator.staticHeader}). Yinli's scheme is unpublished; if it
 *       signs requests, write a {@code YinliAuthenticator} (see docs/yinli.md);
 *   <li>{@code YINLI_SAMPLE_PUSH=generated} — only then are the 1,000 <em>generated</em> readings
 *       pushed; point it at a test mall, never at a mall in use.
 * </ul>
 */
public final class YinliSample {
  static final int SHOPS = 1_000;
  static final String SAMPLE_TOKEN = "sample-token-0001";

  private YinliSample() {}

  public static void main(String[] args) {
    run(System.out);
  }

  public static void run(PrintStream out) {
    YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
    String baseUrl = System.getenv("YINLI_BASE_URL");
    if (baseUrl == null || baseUrl.isBlank()) {
      try (FakeYinli fake = FakeYinli.builder().latency(Duration.ofMillis(2))
              .auth(FakeYinli.AuthCheck.requireHeader("X-Access-Token", SAMPLE_TOKEN)).start();
          YinliClient client = YinliClient.builder().baseUrl(fake.url())
              .authenticator(YinliAuthenticator.staticHeader("X-Access-Token", SAMPLE_TOKEN)).build()) {
        out.println("Yinli sample against the in-process fake at " + fake.url());
        flow(out, client, "MALL-SAMPLE", "1.0", month);
        out.println("the fake holds " + String.format("%,d", fake.readings("MALL-SAMPLE").size()) + " readings for MALL-SAMPLE, "
            + fake.acceptedPushes() + " pushes accepted");
      }
      return;
    }
    String mall = required("YINLI_MALL_CODE");
    String version = required("YINLI_VERSION");
    YinliClient.Builder builder = YinliClient.builder().baseUrl(baseUrl).applicationName("ampark-samples");
    String header = System.getenv("YINLI_AUTH_HEADER");
    if (header != null && !header.isBlank()) {
      builder.authenticator(YinliAuthenticator.staticHeader(header, required("YINLI_AUTH_TOKEN")));
    }
    try (YinliClient client = builder.build()) {
      out.println("Yinli sample against " + client);
      if (!"generated".equals(System.getenv("YINLI_SAMPLE_PUSH"))) {
        out.println("not pushing: set YINLI_SAMPLE_PUSH=generated to push " + String.format("%,d", SHOPS)
            + " generated readings to mall " + mall + " (a test mall only)");
        return;
      }
      flow(out, client, mall, version, month);
    }
  }

  static void flow(PrintStream out, YinliClient client, String mall, String version, YearMonth month) {
    out.println("pushing " + String.format("%,d", SHOPS) + " meter readings of " + mall + " for " + month
        + " (200 per request, 2 in flight):");
    try {
      BatchReport report = client.meterReadingSync(mall, version)
          .parallelism(2)
          .listener(p -> out.println(bar(p.recordsConfirmed())))
          .build()
          .run(readings(month));
      out.println("done: " + String.format("%,d", report.recordsConfirmed()) + " readings in " + report.batchesConfirmed()
          + " requests confirmed");
    } catch (BatchException e) {
      out.println("stopped: " + e.summary());
      out.println(e.failedBatchMayHaveBeenApplied()
          ? "the failed request may have reached Yinli: ask Yinli before pushing it again"
          : "resume later with meterReadingSync(...).resumeFrom(report) from reading " + e.report().resumeIndex());
    }
  }

  static String bar(long done) {
    int filled = (int) (done * 30 / SHOPS);
    return String.format("  [%s%s] %3d%% %,d/%,d", "#".repeat(filled), ".".repeat(30 - filled), done * 100 / SHOPS, done, SHOPS);
  }

  /**
   * One reading per shop, generated. The amounts' unit (fen or yuan) and {@code readDate}'s format are
   * not published by Yinli: the sample uses yuan-looking decimals and {@code yyyy-MM} as placeholders.
   */
  static Stream<MeterReading> readings(YearMonth month) {
    return IntStream.range(0, SHOPS).mapToObj(i -> {
      BigDecimal used = BigDecimal.valueOf(100 + i % 400, 0).add(BigDecimal.valueOf(i % 100, 2));
      BigDecimal charge = used.multiply(new BigDecimal("0.90")).setScale(2, RoundingMode.HALF_UP);
      return MeterReading.builder()
          .shopCode(String.format("S-%04d", i))
          .storeNo(String.format("%dF-%03d", 1 + i / 250, i % 250))
          .deviceActualCode(String.format("DB-%04d", i))
          .readDate(month.toString())
          .readNum(BigDecimal.valueOf(10_000 + 37L * i, 1))
          .totalElec(used)
          .chargeAmount(charge)
          .totalAmount(charge)
          .amount(charge)
          .addPriceRecords(ElectricPriceRecord.of("1", used))
          .build();
    });
  }

  private static String required(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("set " + name + " along with YINLI_BASE_URL");
    }
    return value;
  }
}
