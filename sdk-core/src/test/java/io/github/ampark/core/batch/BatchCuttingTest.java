package io.github.ampark.core.batch;

import static io.github.ampark.core.batch.ScriptedSender.records;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** How a job cuts its input: contiguous batches in input order, no empty batch, read lazily with bounded memory. */
class BatchCuttingTest {
  @AutoClose final ScriptedSender sender = new ScriptedSender();

  @Test
  void batchesAreContiguousInInputOrderWithTheRemainderLast() {
    BatchReport report = sender.job().batchSize(500).build().run(records(1050));

    assertThat(sender.sizes()).containsExactly(500, 500, 50);
    assertThat(sender.sent).extracting(ScriptedSender.Sent::first).containsExactly(0, 500, 1000);
    assertThat(sender.exclusiveFlags()).containsOnly(false);
    assertThat(report.completed()).isTrue();
    assertThat(report.recordsConfirmed()).isEqualTo(1050);
    assertThat(report.batchesConfirmed()).isEqualTo(3);
    assertThat(report.resumeIndex()).isEqualTo(1050);
    assertThat(report.confirmedAfterResumeIndex()).isEmpty();
    assertThat(report.exclusiveBatchConfirmed()).isFalse();
  }

  @Test
  void anInputOfWholeBatchesSendsNoEmptyBatch() {
    sender.job().batchSize(500).build().run(records(1000));
    assertThat(sender.sizes()).containsExactly(500, 500);
  }

  @Test
  void anEmptyInputSendsNothingAndCompletes() {
    BatchReport nothing = sender.job().build().run(Collections.<Integer>emptyList());
    assertThat(nothing.completed()).isTrue();
    assertThat(nothing.batchesConfirmed()).isZero();
    assertThat(nothing.resumeIndex()).isZero();
    assertThat(sender.sent).isEmpty();
  }

  @Test
  void theSenderGetsEachBatchsRowsReadOnlyAndItsNumberAndRange() {
    List<List<Integer>> rows = new ArrayList<>();
    List<Batch> batches = new ArrayList<>();
    BatchJob.<Integer>builder("acme", "pushRows", (r, b) -> {
      rows.add(r);
      batches.add(b);
      return CompletableFuture.completedFuture(null);
    }).batchSize(3).build().run(Stream.of(7, 8, 9, 10, 11));

    assertThat(rows).containsExactly(List.of(7, 8, 9), List.of(10, 11));
    assertThat(batches).extracting(Batch::number).containsExactly(1, 2);
    assertThat(batches).extracting(Batch::range).containsExactly(RecordRange.of(0, 3), RecordRange.of(3, 5));
    assertThat(batches.get(1)).hasToString("batch 2 (records 3..4)");
    assertThatThrownBy(() -> rows.get(0).add(1)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void startAtReadsAndDropsTheRecordsBeforeIt() {
    BatchReport report = sender.job().batchSize(10).startAt(25).build().run(records(50));
    assertThat(sender.sent).extracting(ScriptedSender.Sent::first).containsExactly(25, 35, 45);
    assertThat(sender.sizes()).containsExactly(10, 10, 5);
    assertThat(report.recordsConfirmed()).isEqualTo(25);
    assertThat(report.resumeIndex()).isEqualTo(50);
  }

  @Test
  void recordsAreReadLazilyAndHeldOnlyForTheBatchesInFlight() {
    int batchSize = 100;
    int parallelism = 4;
    AtomicLong pulled = new AtomicLong();
    AtomicLong confirmed = new AtomicLong();
    AtomicLong peakAhead = new AtomicLong();
    Stream<Integer> lazy = Stream.generate(() -> {
      long n = pulled.incrementAndGet();
      peakAhead.accumulateAndGet(n - confirmed.get(), Math::max);
      return (int) n;
    }).limit(100_000);
    sender.delayMillis = 0;
    BatchReport report = sender.job().exclusiveFirstBatch("reset").batchSize(batchSize).parallelism(parallelism)
        .listener(p -> confirmed.set(p.recordsConfirmed())).build().run(lazy);

    assertThat(report.recordsConfirmed()).isEqualTo(100_000);
    assertThat(pulled.get()).isEqualTo(100_000);
    assertThat(peakAhead.get()).isLessThanOrEqualTo((long) batchSize * parallelism).isGreaterThanOrEqualTo(batchSize);
  }
}
