package io.github.ampark.fourpyun;

import io.github.ampark.fourpyun.model.RequestIgnoredException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.RetryPolicy;
import io.github.ampark.fourpyun.model.CarType;
import io.github.ampark.fourpyun.model.EnterRequest;
import io.github.ampark.fourpyun.model.ImageFile;
import io.github.ampark.fourpyun.model.LeavePayment;
import io.github.ampark.fourpyun.model.LeaveRequest;
import io.github.ampark.fourpyun.model.PayType;
import io.github.ampark.fourpyun.model.PlateColor;
import io.github.ampark.fourpyun.model.PrepayOutcome;
import io.github.ampark.fourpyun.model.PrepayRequest;
import io.github.ampark.fourpyun.model.PrepayResult;
import io.github.ampark.fourpyun.model.SyncMode;
import io.github.ampark.core.batch.BatchException;
import io.github.ampark.core.batch.BatchJob;
import io.github.ampark.core.batch.BatchReport;
import io.github.ampark.fourpyun.model.VipRenewal;
import io.github.ampark.fourpyun.model.VipType;
import io.github.ampark.testkit.Fault;
import io.github.ampark.testkit.fourpyun.FakeFourPyun;
import java.time.Duration;
import java.time.Instant;
import io.github.ampark.core.http.RawRequest;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client and the fake together: the flows a park runs. */
class ClientAgainstFakeTest {
  static final Instant T = Instant.parse("2024-06-01T01:00:00Z");

  FakeFourPyun fake;
  FourPyunClient client;

  @BeforeEach
  void start() {
    fake = FakeFourPyun.start();
    client = connect(fake);
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  static FourPyunClient connect(FakeFourPyun fake) {
    return FourPyunClient.builder().appSecret(fake.appSecret()).parkUuid(fake.parkUuid()).appId(fake.appId())
        .baseUrl(fake.url()).retryPolicy(RetryPolicy.none()).build();
  }

  static VipRenewal renewal(int i) {
    return VipRenewal.builder().plate("粤B" + String.format("%05d", i)).plateColor(PlateColor.BLUE).chargeType("MON_A")
        .vipType(VipType.MONTHLY).quantity(1).payPartner("R" + i).payType(PayType.ONLINE).payValueFen(30000L)
        .payTime(T).renewalStartTime(T).renewalEndTime(T.plus(Duration.ofDays(30))).build();
  }

  static Stream<VipRenewal> renewals(int from, int to) {
    return IntStream.range(from, to).mapToObj(ClientAgainstFakeTest::renewal);
  }

  @Test
  void aFullSyncReplacesWhatThePlatformHeldAndIncrementsAddToIt() {
    client.syncs().vipRenewals(SyncMode.INCREMENTAL).build().run(renewals(100_000, 100_010));
    assertThat(fake.vipRenewals()).hasSize(10);

    BatchReport full = client.syncs().vipRenewals(SyncMode.FULL).batchSize(200).parallelism(4).build().run(renewals(0, 2345));
    assertThat(full.recordsConfirmed()).isEqualTo(2345);
    assertThat(fake.vipRenewals()).hasSize(2345).containsKeys("R0", "R2344").doesNotContainKey("R100000");
    assertThat(fake.completeFlags().subList(1, fake.completeFlags().size()))
        .first().isEqualTo("parking/internal/vip/recharge 1");
    assertThat(fake.completeFlags().stream().filter(f -> f.endsWith(" 1")).count()).isEqualTo(1);

    client.syncs().vipRenewals(SyncMode.INCREMENTAL).build().run(renewals(5000, 5001));
    assertThat(fake.vipRenewals()).hasSize(2346);
    assertThat(fake.vipRenewals().get("R5000")).containsEntry("renewal_end_time", "2024-07-01T01:00:00Z")
        .containsEntry("pay_time", Long.toString(T.toEpochMilli()));
  }

  @Test
  void aSyncStoppedByARefusedBatchResumesWithoutWipingAgain() {
    fake.failNext("parking/internal/vip/recharge", "1001", "OK");
    fake.failNext("parking/internal/vip/recharge", "1001", "OK");
    fake.failNext("parking/internal/vip/recharge", "503", "服务暂不可用");
    BatchJob.Builder<VipRenewal> job = client.syncs().vipRenewals(SyncMode.FULL).batchSize(100).parallelism(1);
    BatchException stopped = ClientAgainstFakeTestSupport.expectStop(() -> job.build().run(renewals(0, 1000)));
    assertThat(stopped.report().resumeIndex()).isEqualTo(200);
    assertThat(fake.vipRenewals()).isEmpty(); // the planned answers acted on nothing: the fake never saw batches 1-3

    fake.clearJournal();
    BatchReport rest = client.syncs().vipRenewals(SyncMode.FULL).batchSize(100).resumeFrom(stopped.report()).build()
        .run(renewals(0, 1000));
    assertThat(rest.recordsConfirmed()).isEqualTo(800);
    assertThat(fake.vipRenewals()).hasSize(800).containsKey("R200").doesNotContainKey("R199");
    assertThat(fake.completeFlags()).allMatch(f -> f.endsWith(" 0"));
  }

  @Test
  void anEntryAChargeAndAnExit() {
    client.parking().enter(EnterRequest.builder().parkingSerial("S1").plate("粤B12345").plateColor(PlateColor.BLUE).enterTime(T)
        .carType(CarType.TEMPORARY).carDesc("临停").chargeType("1").enterImage(ImageFile.of(new byte[] {1, 2, 3})).build());
    assertThat(fake.stay("S1").orElseThrow().plate()).isEqualTo("粤B12345");

    PrepayResult charge = client.payments().prepay(PrepayRequest.builder().plate("粤B12345").enterTime(T).parkingSerial("S1")
        .payPartner("PP-1").totalValueFen(800).freeValueFen(0).payValueFen(800).parkingTime(Duration.ofMinutes(80)).build());
    assertThat(charge.outcome()).isEqualTo(PrepayOutcome.PAID);
    assertThat(client.payments().paymentStatus("PP-1").paySerial()).isEqualTo(charge.paySerial());

    LeaveRequest.Builder exit = LeaveRequest.builder();
    exit.parkingSerial("S1").plate("粤B12345").plateColor(PlateColor.BLUE).enterTime(T).carType(CarType.TEMPORARY)
        .carDesc("临停").chargeType("1").leaveTime(T.plus(Duration.ofMinutes(81))).totalValueFen(800L).onlineValueFen(800L)
        .addPayments(LeavePayment.builder().payType(PayType.CONTACTLESS).valueFen(800).parkingOrder("PP-1").build());
    client.parking().leave(exit.build());
    assertThat(fake.stay("S1").orElseThrow().left()).isTrue();
  }

  @Test
  void aChargeWhoseAnswerIsLostIsFoundInsteadOfChargedTwice() {
    client.parking().enter(EnterRequest.builder().parkingSerial("S2").plate("粤B2").plateColor(PlateColor.BLUE).enterTime(T)
        .carType(CarType.TEMPORARY).carDesc("临停").chargeType("1").build());
    fake.faults().on("POST", "/parking/internal/prepay", Fault.processThenDisconnect());
    PrepayResult r = client.payments().prepay(PrepayRequest.builder().plate("粤B2").enterTime(T).parkingSerial("S2").payPartner("PP-2")
        .totalValueFen(100).freeValueFen(0).payValueFen(100).parkingTime(Duration.ofMinutes(5)).build());
    assertThat(r.reconciled()).isTrue();
    assertThat(r.outcome()).isEqualTo(PrepayOutcome.PAID);
    assertThat(fake.journal("POST", "/parking/internal/prepay")).hasSize(1);
    assertThat(fake.payments()).containsOnlyKeys("PP-2");
  }

  @Test
  void aWrongSecretIsReportedAsAnIgnoredEntryWithTheEchoedSecretRedacted() {
    try (FakeFourPyun leaky = FakeFourPyun.builder().hintEchoesSecret(true).start();
        FourPyunClient wrong = FourPyunClient.builder().appSecret("not-the-secret").parkUuid(leaky.parkUuid())
            .baseUrl(leaky.url()).build()) {
      assertThatThrownBy(() -> wrong.parking().enter(EnterRequest.builder().parkingSerial("S3").plateColor(PlateColor.BLUE).enterTime(T)
          .carType(CarType.TEMPORARY).carDesc("临停").chargeType("1").build()))
          .isInstanceOfSatisfying(RequestIgnoredException.class, e -> {
            assertThat(e.vendorMessage()).contains("签名验证不通过").contains("app_secret=****");
            assertThat(e.getMessage() + e.body()).doesNotContain(leaky.appSecret());
          });
      assertThat(leaky.stays()).isEmpty();
    }
  }

  @Test
  void theRawHatchReachesAnyPath() {
    assertThatThrownBy(() -> client.raw().execute(RawRequest.get("parking/internal/payment")
        .queryParameter("park_uuid", fake.parkUuid()).queryParameter("pay_partner", "missing").build()))
        .isInstanceOfSatisfying(io.github.ampark.core.ApiException.class, e -> assertThat(e.vendorMessage()).isEqualTo("订单不存在"));
    Map<String, Object> update = Map.of("park_uuid", fake.parkUuid(), "flow_no", "F-raw", "parking_serial", "S", "plate", "粤B1");
    assertThat(client.raw().form("parking/internal/update", update).envelope().path("code").asText()).isEqualTo("1001");
    assertThat(fake.updates()).containsOnlyKeys("F-raw");
    assertThat(fake.journal().stream().map(r -> r.path()).collect(Collectors.toList()))
        .containsExactly("/parking/internal/payment", "/parking/internal/update");
  }
}
