package io.github.ampark.reliability;

import io.github.ampark.bolink.BolinkClient;
import io.github.ampark.bolink.model.ExitOrderRequest;
import io.github.ampark.bolink.model.PayType;
import io.github.ampark.bolink.model.QueryOrdersRequest;
import io.github.ampark.core.Idempotency;
import io.github.ampark.fourpyun.FourPyunClient;
import io.github.ampark.fourpyun.model.CarType;
import io.github.ampark.fourpyun.model.EnterRequest;
import io.github.ampark.fourpyun.model.ImageFile;
import io.github.ampark.fourpyun.model.PlateColor;
import io.github.ampark.fourpyun.model.PrepayRequest;
import io.github.ampark.testkit.FakeServer;
import io.github.ampark.testkit.bolink.FakeBolink;
import io.github.ampark.testkit.fourpyun.FakeFourPyun;
import io.github.ampark.testkit.wikeyun.FakeWikeyun;
import io.github.ampark.testkit.yinli.FakeYinli;
import io.github.ampark.wikeyun.WikeyunClient;
import io.github.ampark.wikeyun.model.PushOrderRequest;
import io.github.ampark.wikeyun.model.QueryOrderRequest;
import io.github.ampark.yinli.YinliAuthenticator;
import io.github.ampark.yinli.YinliClient;
import io.github.ampark.yinli.model.MeterReading;
import io.github.ampark.yinli.model.MeterReadingBatch;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Every vendor on main, as the matrix and the load test drive it: its fake, a client for a base URL
 * and deadline, one SAFE query and one keyed or UNSAFE operation. Each operation is a one-line
 * lambda over the vendor's public API, easy to adjust when that API is reshaped.
 */
final class Vendors {
  private Vendors() {}

  /** One operation of a vendor client. */
  interface Call<C> {
    Object run(C client) throws Exception;
  }

  /** One vendor under test. */
  static final class Vendor<C extends AutoCloseable> {
    final String name;
    final java.util.function.Supplier<FakeServer> fake;
    final java.util.function.BiConsumer<FakeServer, C> setup;
    final ClientFactory<C> client;
    final List<Op<C>> ops;

    Vendor(String name, java.util.function.Supplier<FakeServer> fake, java.util.function.BiConsumer<FakeServer, C> setup,
        ClientFactory<C> client, List<Op<C>> ops) {
      this.name = name;
      this.fake = fake;
      this.setup = setup;
      this.client = client;
      this.ops = ops;
    }
  }

  interface ClientFactory<C> {
    C create(FakeServer fake, String baseUrl, Duration deadline);
  }

  /** An operation: its idempotency, where it goes, and the key it is reconciled by (keyed only). */
  static final class Op<C> {
    final String name;
    final Idempotency idempotency;
    final String method;
    final String path;
    final String businessKey;
    final Call<C> call;
    /** Whether the result decodes the envelope's data (Yinli's push receipt and Wanzhuang's DataRecord keep it as it came). */
    final boolean readsData;

    Op(String name, Idempotency idempotency, String method, String path, String businessKey, Call<C> call) {
      this(name, idempotency, method, path, businessKey, call, true);
    }

    Op(String name, Idempotency idempotency, String method, String path, String businessKey, Call<C> call,
        boolean readsData) {
      this.readsData = readsData;
      this.name = name;
      this.idempotency = idempotency;
      this.method = method;
      this.path = path;
      this.businessKey = businessKey;
      this.call = call;
    }
  }

  static final Instant T = Instant.parse("2024-06-01T01:00:00Z");
  static final String YINLI_TOKEN = "t0ken-reliability";
  static final long BOLINK_UNION = 200666;
  static final String BOLINK_UKEY = "UKEY0123456789AB";
  static final String BOLINK_PARK = "dlytest_no";
  static final String BOLINK_CKEY = "CKEYabcdefghijkl";

  static final Vendor<WikeyunClient> WIKEYUN = new Vendor<>(
      "wikeyun",
      FakeWikeyun::start,
      (fake, client) -> client.power().pushOrder(PushOrderRequest.builder()
          .cardId(((FakeWikeyun) fake).seedCard(1, "0123456789", "江苏省", "南京市")).orderNo("Q1").amountYuan(100).build()),
      (fake, url, deadline) -> WikeyunClient.builder().credentials(FakeWikeyun.APP_KEY, FakeWikeyun.APP_SECRET)
          .storeId(FakeWikeyun.STORE_ID).baseUrl(url).callDeadline(deadline).build(),
      Arrays.asList(
          new Op<>("queryOrder", Idempotency.SAFE, "POST", "/rest/Power/query", null,
              c -> c.power().queryOrder(QueryOrderRequest.byOrderNo("Q1"))),
          new Op<>("pushOrder", Idempotency.BY_BUSINESS_KEY, "POST", "/rest/Power/pushOrder", "K1",
              c -> c.power().pushOrder(PushOrderRequest.builder().cardId(1).orderNo("K1").amountYuan(100).build()))));

  static final Vendor<FourPyunClient> FOURPYUN = new Vendor<>(
      "4pyun",
      FakeFourPyun::start,
      (fake, client) -> {
        client.parking().enter(EnterRequest.builder().parkingSerial("S1").plate("粤B12345").plateColor(PlateColor.BLUE).enterTime(T)
            .carType(CarType.TEMPORARY).carDesc("临停").chargeType("1").enterImage(ImageFile.of(new byte[] {1, 2, 3})).build());
        client.payments().prepay(prepay("PP-1"));
      },
      (fake, url, deadline) -> FourPyunClient.builder().appSecret(((FakeFourPyun) fake).appSecret())
          .parkUuid(((FakeFourPyun) fake).parkUuid()).appId(((FakeFourPyun) fake).appId()).baseUrl(url)
          .callDeadline(deadline).build(),
      Arrays.asList(
          new Op<>("paymentStatus", Idempotency.SAFE, "GET", "/parking/internal/payment", null,
              c -> c.payments().paymentStatus("PP-1")),
          new Op<>("prepay", Idempotency.BY_BUSINESS_KEY, "POST", "/parking/internal/prepay", "PP-K",
              c -> c.payments().prepay(prepay("PP-K")))));

  static PrepayRequest prepay(String payPartner) {
    return PrepayRequest.builder().plate("粤B12345").enterTime(T).parkingSerial("S1").payPartner(payPartner)
        .totalValueFen(800).freeValueFen(0).payValueFen(800).parkingTime(Duration.ofMinutes(80)).build();
  }

  static final Vendor<BolinkClient> BOLINK = new Vendor<>(
      "bolink",
      () -> FakeBolink.start(BOLINK_UNION, BOLINK_UKEY).park(BOLINK_PARK, BOLINK_CKEY),
      (fake, client) -> client.orders().exitOrder(exit("Q1")),
      (fake, url, deadline) -> BolinkClient.builder().unionId(BOLINK_UNION).ukey(BOLINK_UKEY)
          .parkKey(BOLINK_PARK, BOLINK_CKEY).baseUrl(url).callDeadline(deadline).build(),
      Arrays.asList(
          new Op<>("queryOrders", Idempotency.SAFE, "POST", FakeBolink.QUERY_ORDERS, null,
              c -> c.orders().queryOrders(QueryOrdersRequest.builder().parkId(BOLINK_PARK)
                  .startTime(Instant.now().minusSeconds(3600)).endTime(Instant.now().plusSeconds(3600)).build())),
          new Op<>("exitOrder", Idempotency.BY_BUSINESS_KEY, "POST", FakeBolink.EXIT_ORDER, "K1",
              c -> c.orders().exitOrder(exit("K1")))));

  static ExitOrderRequest exit(String orderId) {
    return ExitOrderRequest.builder().parkId(BOLINK_PARK).orderId(orderId).carNumber("京A12345").outTime(Instant.now())
        .payType(PayType.WALLET).totalYuan(new BigDecimal("12.50")).emptyPlot(3).build();
  }

  static final Vendor<YinliClient> YINLI = new Vendor<>(
      "yinli",
      () -> FakeYinli.builder().auth(FakeYinli.AuthCheck.requireHeader("X-Access-Token", YINLI_TOKEN)).start(),
      (fake, client) -> { },
      (fake, url, deadline) -> YinliClient.builder().baseUrl(url).callDeadline(deadline)
          .authenticator(YinliAuthenticator.staticHeader("X-Access-Token", YINLI_TOKEN)).build(),
      Arrays.asList(
          new Op<>("pushMeterReadings", Idempotency.UNSAFE, "POST", FakeYinli.SYNCHRONIZE, null,
              c -> c.assets().pushMeterReadings(MeterReadingBatch.of("MALL-001", "1.0", Arrays.asList(MeterReading.builder()
                  .deviceActualCode("DB-0001").readDate("2025-04").readNum(new BigDecimal("12345.67")).build()))),
              false)));

  static final Vendor<io.github.ampark.wanzhuang.WanzhuangClient> WANZHUANG = new Vendor<>(
      "wanzhuang",
      io.github.ampark.testkit.wanzhuang.FakeWanzhuang::start,
      (fake, client) -> {
        client.devices().addDevice(io.github.ampark.wanzhuang.model.DeviceRequest.of("D1"));
        client.devices().saveMode(io.github.ampark.wanzhuang.model.SaveModeRequest.builder()
            .deviceNum("D1").chargeMode(io.github.ampark.wanzhuang.model.ChargeMode.TIME_2)
            .chargeType(io.github.ampark.wanzhuang.model.ChargeType.CUSTOM).addChargeValues("1")
            .maxPower(1000).startFeeFen(100).maxPayFeeFen(1000)
            .addPaymentValuesFen(100L, 200L).addTimeValuesSeconds(3600L, 7200L)
            .notDisturb(false).notDisturbStart("22:00").notDisturbEnd("07:00").notDisturbVolume(3)
            .outageForbidden(false).autoOffWaitTime(60).autoOffLowerPower(5)
            .floatingChargeTime("30").floatingChargePower(10)
            .refundable(true).freeCharge(false).detectTime(5).deviceType(1)
            .build());
      },
      (fake, url, deadline) -> io.github.ampark.wanzhuang.WanzhuangClient.builder(
          io.github.ampark.testkit.wanzhuang.FakeWanzhuang.APP_ID, io.github.ampark.testkit.wanzhuang.FakeWanzhuang.SECRET, url)
          .callDeadline(deadline).build(),
      Arrays.asList(
          new Op<>("findOne", Idempotency.SAFE, "GET", "/open/device/findOne", null,
              c -> c.devices().findOne(io.github.ampark.wanzhuang.model.DeviceRequest.of("D1")), false),
          new Op<>("startCharge", Idempotency.BY_BUSINESS_KEY, "POST", io.github.ampark.testkit.wanzhuang.FakeWanzhuang.START,
              "1751254762038",
              c -> c.charging().startCharge(io.github.ampark.wanzhuang.model.StartChargeRequest.builder().deviceNum("D1")
                  .devicePort(1).chargeId(1751254762038L).chargeMode(io.github.ampark.wanzhuang.model.ChargeMode.TIME_2)
                  .totalFeeFen(200).build()))));

  @SuppressWarnings({"rawtypes", "unchecked"})
  static final List<Vendor<?>> ALL = (List) Arrays.asList(WIKEYUN, FOURPYUN, BOLINK, YINLI, WANZHUANG);
}
