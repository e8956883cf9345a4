package io.github.ampark.core.batch;

import static io.github.ampark.core.batch.ScriptedSender.records;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The progress listener: every confirmed batch, one call at a time on the running thread, with running totals. */
class BatchProgressTest {
  @AutoClose final ScriptedSender sender = new ScriptedSender();

  @Test
  void theListenerSeesEveryConfirmedBatchInTurn() {
    List<Long> seen = new ArrayList<>();
    sender.job().batchSize(7).parallelism(3).listener(p -> seen.add(p.recordsConfirmed())).build().run(records(50));
    assertThat(seen).hasSize(8).isSorted().last().isEqualTo(50L);
  }

  @Test
  void eachProgressCarriesItsBatchAndTheTotalsOnTheRunningThread() {
    List<BatchProgress> seen = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    // one at a time, so progress arrives in batch order (the default is 4 in flight)
    sender.job().exclusiveFirstBatch("reset").batchSize(10).parallelism(1).listener(p -> {
      seen.add(p);
      threads.add(Thread.currentThread());
    }).build().run(records(25));

    assertThat(seen).extracting(p -> p.batch().number()).containsExactly(1, 2, 3);
    assertThat(seen).extracting(p -> p.batch().exclusive()).containsExactly(true, false, false);
    assertThat(seen).extracting(p -> p.batch().range()).containsExactly(RecordRange.of(0, 10), RecordRange.of(10, 20),
        RecordRange.of(20, 25));
    assertThat(seen).extracting(BatchProgress::recordsConfirmed).containsExactly(10L, 20L, 25L);
    assertThat(seen).extracting(BatchProgress::batchesConfirmed).containsExactly(1, 2, 3);
    assertThat(seen.get(2).elapsed()).isGreaterThanOrEqualTo(seen.get(0).elapsed());
    assertThat(threads).containsOnly(Thread.currentThread());
  }
}
