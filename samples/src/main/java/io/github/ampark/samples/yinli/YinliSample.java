package io.github.ampark.samples.yinli;

import io.github.ampark.core.batch.BatchException;
import io.github.ampark.core.batch.BatchReport;
import com.sun.net.httpserver.HttpServer;
import io.github.ampark.core.Secret;
import io.github.ampark.testkit.yinli.FakeYinli;
import io.github.ampark.testkit.yinli.FakeYinliEnvelope;
import io.github.ampark.yinli.YinliCallbacks;
import io.github.ampark.yinli.YinliClient;
import io.github.ampark.yinli.YinliCodec;
import io.github.ampark.yinli.YinliHandler;
import io.github.ampark.yinli.model.InboundCall;
import io.github.ampark.yinli.model.TopUp;
import io.github.ampark.yinli.model.TopUpResult;
import io.github.ampark.yinli.model.YinliReply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Yinli (印力) merchant energy system, both directions of the "0.1 通用请求方式" envelope:
 *
 * <ol>
 *   <li>as the energy system calling Yinli: last month's meter readings of a mall's 1,000 shops,
 *       sealed (AES-encrypted, RSA-signed) and pushed through the batch helper (200 readings per
 *       request, 2 requests in flight) with a progress bar;
 *   <li>as the energy system serving Yinli: a 2.2 top-up arriving from Yinli at an embedded 2.x
 *       endpoint, booked once although Yinli sends it again because its first answer was lost.
 * </ol>
 *
 * <p>By default it runs against {@link FakeYinli}, in process, with freshly generated keys on both
 * sides. The crypto choices below (AES/ECB/PKCS5Padding with a Base64 key, Base64 texts,
 * SHA256withRSA over the ciphertext) are an example, <em>not</em> Yinli's published scheme: Yinli
 * has not published it; ask them (see docs/yinli.md). To push to a real Yinli system, set
 * {@code YINLI_BASE_URL} (switches to the real system), {@code YINLI_MALL_CODE}, {@code
 * YINLI_VERSION}, {@code YINLI_AES_KEY} (Base64), {@code YINLI_PRIVATE_KEY} (yours, PKCS#8 Base64),
 * {@code YINLI_PUBLIC_KEY} (Yinli's, X.509 Base64), {@code YINLI_CORP_ID}, {@code YINLI_APP_ID},
 * {@code YINLI_HEADER_VERSION}, {@code YINLI_1X_ENVELOPE} ({@code true} or {@code false}), and
 * {@code YINLI_SAMPLE_PUSH=generated} — only then are the 1,000 <em>generated</em> readings
 * pushed; point it at a test mall, never at a mall in use.
 */
public final class YinliSample {
  static final int SHOPS = 1_000;

  private YinliSample() {}

  public static void main(String[] args) {
    run(System.out);
  }

  public static void run(PrintStream out) {
    YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
    String baseUrl = System.getenv("YINLI_BASE_URL");
    if (baseUrl == null || baseUrl.isBlank()) {
      KeyPair ours = FakeYinliEnvelope.newRsaKeyPair();
      KeyPair yinli = FakeYinliEnvelope.newRsaKeyPair();
      byte[] aesKey = new byte[16];
      new SecureRandom().nextBytes(aesKey);
      FakeYinliEnvelope yinliSide = FakeYinliEnvelope.builder().aesKey(aesKey).mode(FakeYinliEnvelope.Mode.ECB)
          .bodyText(FakeYinliEnvelope.Text.BASE64).signatureText(FakeYinliEnvelope.Text.BASE64).signCiphertext(true)
          .fakePrivateKey(yinli.getPrivate()).peerPublicKey(FakeYinliEnvelope.base64(ours.getPublic())).build();
      YinliCodec codec = codec(Base64.getEncoder().encodeToString(aesKey), FakeYinliEnvelope.base64(ours.getPrivate()),
          FakeYinliEnvelope.base64(yinli.getPublic()), "1.0", "CORP-SAMPLE", "APP-SAMPLE");
      try (FakeYinli fake = FakeYinli.builder().latency(Duration.ofMillis(2)).envelope(yinliSide).start();
          YinliClient client = YinliClient.builder().baseUrl(fake.url()).codec(codec).assetsEnvelope(true).build()) {
        out.println("Yinli sample against the in-process fake at " + fake.url() + " (0.1 envelope: AES/ECB, SHA256withRSA)");
        flow(out, client, "MALL-SAMPLE", "1.0", month);
        out.println("the fake holds " + String.format("%,d", fake.readings("MALL-SAMPLE").size()) + " readings for MALL-SAMPLE, "
            + fake.acceptedPushes() + " pushes accepted");
        topUp(out, fake, codec);
      }
      return;
    }
    String mall = required("YINLI_MALL_CODE");
    String version = required("YINLI_VERSION");
    YinliCodec codec = codec(required("YINLI_AES_KEY"), required("YINLI_PRIVATE_KEY"), required("YINLI_PUBLIC_KEY"),
        required("YINLI_HEADER_VERSION"), required("YINLI_CORP_ID"), required("YINLI_APP_ID"));
    try (YinliClient client = YinliClient.builder().baseUrl(baseUrl).applicationName("ampark-samples").codec(codec)
        .assetsEnvelope(Boolean.parseBoolean(required("YINLI_1X_ENVELOPE"))).build()) {
      out.println("Yinli sample against " + client);
      if (!"generated".equals(System.getenv("YINLI_SAMPLE_PUSH"))) {
        out.println("not pushing: set YINLI_SAMPLE_PUSH=generated to push " + String.format("%,d", SHOPS)
            + " generated readings to mall " + mall + " (a test mall only)");
        return;
      }
      flow(out, client, mall, version, month);
    }
  }

  /** The example choices; replace each with what Yinli tells you. */
  static YinliCodec codec(String aesKeyBase64, String privateKey, String yinliPublicKey, String version, String corpId, String appId) {
    return YinliCodec.builder()
        .cipher(YinliCodec.Cipher.aesEcbPkcs5(Secret.of("aesKey", aesKeyBase64), YinliCodec.KeyEncoding.BASE64))
        .bodyText(YinliCodec.TextEncoding.BASE64)
        .signature(YinliCodec.SignatureScheme.sha256WithRsa(Secret.of("privateKey", privateKey), yinliPublicKey))
        .signatureText(YinliCodec.TextEncoding.BASE64)
        .signedContent(YinliCodec.SignedContent.CIPHERTEXT)
        .version(version).corpId(corpId).appId(appId)
        .build();
  }

  /**
   * Serves the 2.x endpoints on an embedded JDK server and has the fake send one top-up whose first
   * answer it "loses": Yinli sends it again, the duplicate guard answers without booking twice.
   */
  static void topUp(PrintStream out, FakeYinli fake, YinliCodec codec) {
    Map<String, BigDecimal> balances = new ConcurrentHashMap<>();
    AtomicInteger bookings = new AtomicInteger();
    YinliCallbacks callbacks = YinliCallbacks.builder().codec(codec).build();
    YinliHandler handler = new YinliHandler() {
      @Override
      public YinliReply<TopUpResult> onTopUp(TopUp topUp, InboundCall call) {
        bookings.incrementAndGet();
        balances.merge(topUp.shopCode(), topUp.amount(), BigDecimal::add);
        return YinliReply.ok(TopUpResult.of(topUp.payNo()));
      }
    };
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/yinli/", callbacks.httpHandler(handler));
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/yinli/payElec";
      out.println("serving the 2.x endpoints at http://127.0.0.1:" + server.getAddress().getPort() + "/yinli/");
      FakeYinli.Delivery d = fake.topUp(url)
          .json("{\"shopCode\":\"S-0001\",\"deviceActualCode\":\"DB-0001\",\"amount\":100.00,\"payNo\":\"P-SAMPLE-0001\","
              + "\"payType\":\"1\",\"payUser\":\"merchant-0001\"}")
          .loseAnswers(1).maxAttempts(5).send();
      out.println("Yinli sent top-up P-SAMPLE-0001 " + d.attempts() + " times: " + String.join(", ", d.outcomes()));
      out.println("booked " + bookings.get() + " time(s); S-0001 balance " + balances.get("S-0001").toPlainString());
    } finally {
      server.stop(0);
    }
  }

  static void flow(PrintStream out, YinliClient client, String mall, String version, YearMonth month) {
    out.println("pushing " + String.format("%,d", SHOPS) + " meter readings of " + mall + " for " + month
        + " (200 per request, 2 in flight):");
    try {
      BatchReport report = client.assets().meterReadingSync(mall, version)
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
          : "resume later with assets().meterReadingSync(...).resumeFrom(report) from reading " + e.report().resumeIndex());
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
