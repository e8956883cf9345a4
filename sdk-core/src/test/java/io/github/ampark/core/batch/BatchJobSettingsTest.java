package io.github.ampark.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Settings: defaults, bounds checked at once, a job that can be derived and printed. */
class BatchJobSettingsTest {
  final BatchSender<String> sender = (rows, batch) -> CompletableFuture.completedFuture(null);

  @Test
  void defaultsAreBatchesOfOneHundredFourInFlight() {
    BatchJob<String> job = BatchJob.builder("acme", "pushRows", sender).build();
    assertThat(job.batchSize()).isEqualTo(100);
    assertThat(job.parallelism()).isEqualTo(4).isEqualTo(BatchJob.DEFAULT_PARALLELISM);
    assertThat(job.vendor()).isEqualTo("acme");
    assertThat(job.operation()).isEqualTo("pushRows");
    assertThat(job).hasToString("BatchJob{acme pushRows, batchSize=100, parallelism=4}");
  }

  @Test
  void byDefaultFourBatchesAreInFlightAndTheFifthIsNotEvenCutBeforeOneIsAnswered() throws Exception {
    List<CompletableFuture<Void>> answers = Collections.synchronizedList(new ArrayList<>());
    BlockingQueue<Integer> sent = new LinkedBlockingQueue<>();
    AtomicReference<Thread> jobThread = new AtomicReference<>();
    AtomicBoolean record40Read = new AtomicBoolean();
    // the job reads the fifth batch's first record (40) only once it may send that batch
    Iterator<Integer> input = IntStream.range(0, 60).boxed().peek(i -> {
      if (i == 40) {
        record40Read.set(true);
      }
    }).iterator();
    BatchJob<Integer> job = BatchJob.<Integer>builder("acme", "pushRows", (rows, batch) -> {
      jobThread.set(Thread.currentThread());
      CompletableFuture<Void> answer = new CompletableFuture<>();
      answers.add(answer);
      sent.add(batch.number());
      return answer;
    }).batchSize(10).build();
    ExecutorService runner = Executors.newSingleThreadExecutor();
    try {
      Future<BatchReport> report = runner.submit(() -> job.run(input));
      for (int i = 1; i <= 4; i++) {
        assertThat(sent.poll(10, TimeUnit.SECONDS)).as("batch %d sent before any answer", i).isEqualTo(i);
      }
      // no answer yet: the job must now wait for one (its only wait is for an answer), having
      // neither sent nor cut a fifth batch
      while (jobThread.get().getState() != Thread.State.WAITING) {
        Thread.onSpinWait();
      }
      assertThat(sent).isEmpty();
      assertThat(record40Read).isFalse();
      answers.get(0).complete(null);
      assertThat(sent.poll(10, TimeUnit.SECONDS)).isEqualTo(5);
      assertThat(record40Read).isTrue();
      answers.get(1).complete(null);
      assertThat(sent.poll(10, TimeUnit.SECONDS)).isEqualTo(6);
      for (int i = 2; i < 6; i++) {
        answers.get(i).complete(null);
      }
      assertThat(report.get(10, TimeUnit.SECONDS).batchesConfirmed()).isEqualTo(6);
    } finally {
      runner.shutdownNow();
    }
  }

  @Test
  void settingsAreValidatedWhenSet() {
    BatchJob.Builder<String> b = BatchJob.builder("acme", "pushRows", sender);
    assertThatThrownBy(() -> b.batchSize(0)).isInstanceOf(ValidationException.class).hasMessageStartingWith("batchSize");
    assertThatThrownBy(() -> b.batchSize(BatchJob.MAX_BATCH_SIZE + 1)).isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("batchSize");
    assertThatThrownBy(() -> b.parallelism(0)).isInstanceOf(ValidationException.class).hasMessageStartingWith("parallelism");
    assertThatThrownBy(() -> b.parallelism(BatchJob.MAX_PARALLELISM + 1)).isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("parallelism");
    assertThatThrownBy(() -> b.listener(null)).isInstanceOf(ValidationException.class).hasMessageStartingWith("listener");
    assertThatThrownBy(() -> b.startAt(-1)).isInstanceOf(ValidationException.class).hasMessageStartingWith("startAt");
    assertThatThrownBy(() -> b.exclusiveFirstBatch(" ")).isInstanceOf(ValidationException.class).hasMessageStartingWith("label");
    assertThatThrownBy(() -> b.resumeFrom(null)).isInstanceOf(ValidationException.class).hasMessageStartingWith("report");
    assertThatThrownBy(() -> BatchJob.builder(" ", "op", sender)).isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("vendor");
    assertThatThrownBy(() -> BatchJob.<String>builder("acme", "op", null)).isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("sender");
    assertThat(BatchJob.MAX_PARALLELISM).isEqualTo(64);
  }

  @Test
  void aJobIsDerivedWithToBuilderAndKeepsItsSettings() {
    BatchJob<String> job = BatchJob.builder("acme", "pushRows", sender).batchSize(200).parallelism(4)
        .exclusiveFirstBatch("reset").build();
    BatchJob<String> later = job.toBuilder().startAt(400).build();
    assertThat(later.batchSize()).isEqualTo(200);
    assertThat(later.parallelism()).isEqualTo(4);
    assertThat(later).hasToString("BatchJob{acme pushRows, batchSize=200, parallelism=4, exclusiveFirstBatch=reset, startAt=400}");
    assertThat(job).hasToString("BatchJob{acme pushRows, batchSize=200, parallelism=4, exclusiveFirstBatch=reset}");
  }

  @Test
  void aRecordRangeIsNonEmptyAndFromZero() {
    RecordRange r = RecordRange.of(500, 1000);
    assertThat(r.size()).isEqualTo(500);
    assertThat(r.contains(500)).isTrue();
    assertThat(r.contains(1000)).isFalse();
    assertThat(r).hasToString("[500, 1000)");
    assertThatThrownBy(() -> RecordRange.of(-1, 3)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.field()).isEqualTo("from"));
    assertThatThrownBy(() -> RecordRange.of(3, 3)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.field()).isEqualTo("to"));
  }
}
