package io.github.ampark.yinli;

import static io.github.ampark.yinli.WireSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ampark.core.ApiException;
import io.github.ampark.core.TransportException;
import io.github.ampark.core.batch.BatchException;
import io.github.ampark.core.batch.BatchReport;
import io.github.ampark.testkit.FakeRequest;
import io.github.ampark.testkit.Fault;
import io.github.ampark.testkit.yinli.FakeYinli;
import io.github.ampark.yinli.model.MeterReading;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** meterReadingSync(): a mall's month in batches through core's engine, against the fake. */
class MeterReadingSyncTest {
  FakeYinli fake;
  YinliClient client;

  @BeforeEach
  void start() {
    fake = FakeYinli.start();
    client = YinliClient.builder().baseUrl(fake.url()).retryPolicy(FAST).build();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  static Stream<MeterReading> month(int meters) {
    return IntStream.range(0, meters).mapToObj(i -> reading(String.format("DB-%04d", i), "2025-04", i + ".5"));
  }

  List<Integer> requestSizes() {
    List<Integer> sizes = new ArrayList<>();
    for (FakeRequest r : fake.journal("POST", FakeYinli.SYNCHRONIZE)) {
      sizes.add(r.json().path("data").size());
    }
    return sizes;
  }

  @Test
  void aMonthGoesOutInRequestsOfTwoHundredEachCarryingTheMallAndVersion() {
    assertThat(client.assets().meterReadingSync(MALL, VERSION).build().batchSize()).isEqualTo(YinliAssets.DEFAULT_SYNC_BATCH_SIZE).isEqualTo(200);
    // one request at a time, so the journal is in input order
    BatchReport report = client.assets().meterReadingSync(MALL, VERSION).parallelism(1).build().run(month(1050));

    assertThat(requestSizes()).containsExactly(200, 200, 200, 200, 200, 50);
    assertThat(fake.journal()).allSatisfy(r -> {
      assertThat(r.json().path("mallCode").asText()).isEqualTo(MALL);
      assertThat(r.json().path("version").asText()).isEqualTo(VERSION);
    });
    assertThat(fake.journal().get(1).json().path("data").get(0).path("deviceActualCode").asText()).isEqualTo("DB-0200");
    assertThat(report.completed()).isTrue();
    assertThat(report.recordsConfirmed()).isEqualTo(1050);
    assertThat(report.batchesConfirmed()).isEqualTo(6);
    assertThat(report.exclusiveBatchConfirmed()).isFalse();
    assertThat(fake.readingCount()).isEqualTo(1050);
    assertThat(fake.reading(MALL, "DB-1049", "2025-04").orElseThrow().path("readNum").decimalValue()).isEqualByComparingTo("1049.5");
  }

  @Test
  void batchSizeAndParallelismAreTheCallersAndEveryReadingArrivesOnce() {
    List<Long> progress = new ArrayList<>();
    BatchReport report = client.assets().meterReadingSync(MALL, VERSION).batchSize(30).parallelism(4)
        .listener(p -> progress.add(p.recordsConfirmed())).build().run(month(500));

    assertThat(requestSizes()).hasSize(17).containsOnly(30, 20);
    assertThat(report.recordsConfirmed()).isEqualTo(500);
    assertThat(progress).hasSize(17).isSorted().last().isEqualTo(500L);
    assertThat(fake.readingCount()).isEqualTo(500);
    assertThat(fake.replacedReadings()).isZero();
  }

  @Test
  void aRefusedRequestStopsTheJobAndTheResumeSendsOnlyTheRest() {
    // one request at a time (the default is 4 in flight), so "the next request" is batch 3
    BatchException stopped = catchThrowableOfType(BatchException.class, () -> client.assets().meterReadingSync(MALL, VERSION).batchSize(100)
        .parallelism(1).listener(p -> {
          if (p.batch().number() == 2) {
            fake.failNext("500", "系统繁忙", "数据库连接超时");   // the next request is batch 3
          }
        }).build().run(month(550)));

    assertThat(stopped.getCause()).isInstanceOfSatisfying(ApiException.class, e -> {
      assertThat(e.vendorCode()).isEqualTo("500");
      assertThat(e.vendorMessage()).isEqualTo("系统繁忙 (数据库连接超时)");
      assertThat(e.requestId()).isEqualTo(fake.lastTraceId());
    });
    assertThat(stopped.getMessage()).startsWith("[yinli pushMeterReadings] batch 3 (records 200..299) failed after 200 records");
    assertThat(stopped.failedBatchMayHaveBeenApplied()).isFalse();
    assertThat(stopped.report().resumeIndex()).isEqualTo(200);
    assertThat(fake.readingCount()).isEqualTo(200);
    assertThat(fake.journal()).hasSize(3);

    fake.clearJournal();
    BatchReport rest = client.assets().meterReadingSync(MALL, VERSION).batchSize(100).parallelism(1).resumeFrom(stopped.report())
        .build().run(month(550));
    assertThat(rest.recordsConfirmed()).isEqualTo(350);
    assertThat(requestSizes()).containsExactly(100, 100, 100, 50);
    assertThat(fake.journal().get(0).json().path("data").get(0).path("deviceActualCode").asText()).isEqualTo("DB-0200");
    assertThat(fake.readingCount()).isEqualTo(550);
    assertThat(fake.replacedReadings()).isZero();
  }

  @Test
  void aPushWhoseAnswerWasLostIsNeverResentAndIsReportedAsMaybeApplied() {
    // one request at a time (the default is 4 in flight), so batch 2 is the one that meets the fault
    BatchException stopped = catchThrowableOfType(BatchException.class, () -> client.assets().meterReadingSync(MALL, VERSION).batchSize(100)
        .parallelism(1).listener(p -> fake.faults().on("POST", FakeYinli.SYNCHRONIZE, Fault.processThenDisconnect()))
        .build().run(month(300)));

    assertThat(stopped.getCause()).isInstanceOfSatisfying(TransportException.class,
        e -> assertThat(e.mayHaveReachedVendor()).isTrue());
    assertThat(stopped.failedBatchMayHaveBeenApplied()).isTrue();
    assertThat(stopped.failedBatch().number()).isEqualTo(2);
    assertThat(stopped.report().resumeIndex()).isEqualTo(100);
    assertThat(fake.journal()).hasSize(2);          // batch 2 went once, and was not resent
    assertThat(fake.readingCount()).isEqualTo(200); // although Yinli (the fake) did store it
  }
}
