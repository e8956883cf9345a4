package io.github.ampark.fourpyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ApiException;
import io.github.ampark.core.TransportException;
import io.github.ampark.core.ValidationException;
import io.github.ampark.fourpyun.model.Receipt;
import io.github.ampark.fourpyun.model.SyncMode;
import io.github.ampark.fourpyun.model.SyncReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the 4pyun sync adds to core's batch engine: the complete flag on batch 1 of a full sync only,
 * the refusal of an empty full sync, the mode, and its report and exception. The engine's own
 * behaviour (cutting, laziness, failures, resume, progress) is specified in sdk-core's
 * {@code io.github.ampark.core.batch} tests.
 */
class SyncJobTest {
  final ExecutorService pool = Executors.newFixedThreadPool(8);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  /** One request the sender received. */
  record Sent(int number, int first, int size, boolean complete) {}

  /** A sender that answers on another thread and fails the batches it is told to. */
  final class Scripted implements SyncJob.BatchSender<Integer> {
    final List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
    final Set<Integer> failing = ConcurrentHashMap.newKeySet();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    volatile RuntimeException failure = new ApiException("4pyun", "syncVipRenewals", 200, "500", "服务器内部错误", "s-1", "");
    volatile long delayMillis = 2;
    volatile int completeSendsSeenWhileOthersInFlight;

    @Override
    public CompletableFuture<Receipt> send(List<Integer> rows, boolean complete) {
      int number = sent.size() + 1;
      sent.add(new Sent(number, rows.get(0), rows.size(), complete));
      int now = inFlight.incrementAndGet();
      maxInFlight.accumulateAndGet(now, Math::max);
      if (complete && now > 1) {
        completeSendsSeenWhileOthersInFlight++;
      }
      return CompletableFuture.supplyAsync(() -> {
        sleep(delayMillis);
        inFlight.decrementAndGet();
        if (failing.contains(number)) {
          throw failure;
        }
        return Receipt.builder().code("1001").seqno("s" + number).build();
      }, pool);
    }

    List<Boolean> completeFlags() {
      return sent.stream().map(Sent::complete).collect(Collectors.toList());
    }

    List<Integer> sizes() {
      return sent.stream().map(Sent::size).collect(Collectors.toList());
    }
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static List<Integer> records(int n) {
    return IntStream.range(0, n).boxed().collect(Collectors.toList());
  }

  static SyncJob.Builder<Integer> job(Scripted sender) {
    return new SyncJob.Builder<>("syncVipRenewals", sender);
  }

  @Test
  void aFullSyncCutsBatchesAndSetsCompleteOnTheFirstOnly() {
    Scripted sender = new Scripted();
    SyncReport report = job(sender).mode(SyncMode.FULL).batchSize(500).build().run(records(1050));

    assertThat(sender.sizes()).containsExactly(500, 500, 50);
    assertThat(sender.completeFlags()).containsExactly(true, false, false);
    assertThat(sender.sent).extracting(Sent::first).containsExactly(0, 500, 1000);
    assertThat(report.completed()).isTrue();
    assertThat(report.recordsConfirmed()).isEqualTo(1050);
    assertThat(report.batchesConfirmed()).isEqualTo(3);
    assertThat(report.resumeIndex()).isEqualTo(1050);
    assertThat(report.completeBatchConfirmed()).isTrue();
    assertThat(report.confirmedAfterResumeIndex()).isEmpty();
  }

  @Test
  void anIncrementalSyncNeverSetsComplete() {
    Scripted sender = new Scripted();
    SyncReport report = job(sender).batchSize(10).parallelism(3).build().run(records(95));
    assertThat(sender.completeFlags()).hasSize(10).containsOnly(false);
    assertThat(report.mode()).isEqualTo(SyncMode.INCREMENTAL);
    assertThat(report.completeBatchConfirmed()).isFalse();
  }

  @Test
  void aFullSyncOfNothingIsRefusedBecauseItWouldDeleteEverything() {
    Scripted sender = new Scripted();
    assertThatThrownBy(() -> job(sender).mode(SyncMode.FULL).build().run(Collections.<Integer>emptyList()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("records"));
    assertThat(sender.sent).isEmpty();
    SyncReport nothing = job(sender).build().run(Collections.<Integer>emptyList());
    assertThat(nothing.completed()).isTrue();
    assertThat(nothing.batchesConfirmed()).isZero();
    assertThat(sender.sent).isEmpty();
  }

  @Test
  void theJobStopsAtTheFirstFailedBatchAndSaysWhereToResume() {
    Scripted sender = new Scripted();
    sender.failing.add(3);
    assertThatThrownBy(() -> job(sender).mode(SyncMode.FULL).batchSize(100).build().run(records(1000)))
        .isInstanceOfSatisfying(SyncException.class, e -> {
          assertThat(e.getCause()).isSameAs(sender.failure);
          assertThat(e.failedBatchMayHaveBeenApplied()).isFalse();
          assertThat(e.getMessage()).contains("batch 3 (records 200..299)").contains("resume from record 200");
          SyncReport r = e.report();
          assertThat(r.completed()).isFalse();
          assertThat(r.recordsConfirmed()).isEqualTo(200);
          assertThat(r.batchesConfirmed()).isEqualTo(2);
          assertThat(r.resumeIndex()).isEqualTo(200);
          assertThat(r.completeBatchConfirmed()).isTrue();
          assertThat(r.confirmedAfterResumeIndex()).isEmpty();
        });
    assertThat(sender.sent).hasSize(3);
  }

  @Test
  void aResumedFullSyncContinuesWhereItStoppedWithoutCompleteOne() {
    Scripted first = new Scripted();
    first.failing.add(3);
    SyncException stopped = catchSync(() -> job(first).mode(SyncMode.FULL).batchSize(100).build().run(records(450)));

    Scripted second = new Scripted();
    SyncReport report = job(second).mode(SyncMode.FULL).batchSize(100).resumeFrom(stopped.report()).build().run(records(450));

    assertThat(second.sent).extracting(Sent::first).containsExactly(200, 300, 400);
    assertThat(second.sizes()).containsExactly(100, 100, 50);
    assertThat(second.completeFlags()).containsOnly(false);
    assertThat(report.completed()).isTrue();
    assertThat(report.recordsConfirmed()).isEqualTo(250);
    assertThat(report.resumeIndex()).isEqualTo(450);
    assertThat(report.completeBatchConfirmed()).isTrue();
  }

  @Test
  void whenTheCompleteBatchFailsNothingElseIsSentAndTheResumeSendsCompleteAgain() {
    Scripted first = new Scripted();
    first.failing.add(1);
    first.failure = new TransportException("4pyun", "syncVips", true, "SocketTimeoutException: timeout", null);
    SyncException stopped = catchSync(() -> job(first).mode(SyncMode.FULL).batchSize(10).parallelism(4).build().run(records(100)));
    assertThat(first.sent).hasSize(1);
    assertThat(stopped.failedBatchMayHaveBeenApplied()).isTrue();
    assertThat(stopped.report().resumeIndex()).isZero();
    assertThat(stopped.report().completeBatchConfirmed()).isFalse();

    Scripted second = new Scripted();
    job(second).mode(SyncMode.FULL).batchSize(10).parallelism(4).resumeFrom(stopped.report()).build().run(records(100));
    assertThat(second.completeFlags()).first().isEqualTo(true);
    assertThat(second.completeFlags()).hasSize(10).containsOnlyOnce(true);
  }

  @Test
  void parallelBatchesWaitForTheCompleteBatchAndStayWithinTheLimit() {
    Scripted sender = new Scripted();
    sender.delayMillis = 15;
    SyncReport report = job(sender).mode(SyncMode.FULL).batchSize(10).parallelism(4).build().run(records(400));
    assertThat(report.completed()).isTrue();
    assertThat(sender.completeSendsSeenWhileOthersInFlight).isZero();
    assertThat(sender.maxInFlight.get()).isBetween(2, 4);
    assertThat(sender.completeFlags()).containsOnlyOnce(true);
    assertThat(sender.completeFlags().get(0)).isTrue();
  }

  @Test
  void settingsAreValidated() {
    Scripted sender = new Scripted();
    assertThatThrownBy(() -> job(sender).batchSize(0)).isInstanceOf(ValidationException.class).hasMessageStartingWith("batchSize");
    assertThatThrownBy(() -> job(sender).parallelism(17)).isInstanceOf(ValidationException.class).hasMessageStartingWith("parallelism");
    SyncReport full = SyncReport.builder().mode(SyncMode.FULL).completed(false).recordsConfirmed(0).batchesConfirmed(0)
        .resumeIndex(0).completeBatchConfirmed(false).elapsed(java.time.Duration.ZERO).build();
    assertThatThrownBy(() -> job(sender).resumeFrom(full)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.field()).isEqualTo("report"));
  }

  static SyncException catchSync(Runnable r) {
    try {
      r.run();
    } catch (SyncException e) {
      return e;
    }
    throw new AssertionError("expected a SyncException");
  }
}
