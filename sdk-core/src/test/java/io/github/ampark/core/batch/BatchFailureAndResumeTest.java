package io.github.ampark.core.batch;

import static io.github.ampark.core.batch.ScriptedSender.expectStop;
import static io.github.ampark.core.batch.ScriptedSender.records;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.core.ValidationException;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The first failure stops the job: nothing more is sent, the report says what is confirmed, and a resume sends only the rest. */
class BatchFailureAndResumeTest {
  @AutoClose final ScriptedSender sender = new ScriptedSender();
  @AutoClose final ScriptedSender second = new ScriptedSender();

  @Test
  void theJobStopsAtTheFirstFailedBatchAndSaysWhereToResume() {
    sender.failing.add(3);
    BatchException e = expectStop(() -> sender.job().exclusiveFirstBatch("reset").batchSize(100).parallelism(1).build()
        .run(records(1000)));

    assertThat(e.getCause()).isSameAs(sender.failure);
    assertThat(e.failedBatchMayHaveBeenApplied()).isFalse();
    assertThat(e.getMessage()).startsWith("[acme pushRows] ").contains("batch 3 (records 200..299)")
        .contains("resume from record 200");
    assertThat(e.summary()).startsWith("batch 3 (records 200..299) failed after 200 records in 2 batches were confirmed");
    assertThat(e.vendor()).isEqualTo("acme");
    assertThat(e.operation()).isEqualTo("pushRows");
    assertThat(e.failedBatch().number()).isEqualTo(3);
    assertThat(e.failedBatch().range()).isEqualTo(RecordRange.of(200, 300));
    BatchReport r = e.report();
    assertThat(r.completed()).isFalse();
    assertThat(r.recordsConfirmed()).isEqualTo(200);
    assertThat(r.batchesConfirmed()).isEqualTo(2);
    assertThat(r.resumeIndex()).isEqualTo(200);
    assertThat(r.exclusiveBatchConfirmed()).isTrue();
    assertThat(r.confirmedAfterResumeIndex()).isEmpty();
    assertThat(sender.sent).hasSize(3);
  }

  @Test
  void aParallelFailureReportsTheLaterConfirmedBatchesAndTheResumeSkipsThem() {
    sender.delayMillis = 20;
    sender.failing.add(2);
    BatchException stopped = expectStop(() -> sender.job().batchSize(10).parallelism(4).build().run(records(200)));
    BatchReport r = stopped.report();
    assertThat(r.resumeIndex()).isEqualTo(10);
    // batch 1 precedes the failure; every batch sent beside or after batch 2 succeeded and is reported
    List<RecordRange> after = r.confirmedAfterResumeIndex();
    assertThat(after).isNotEmpty();
    assertThat(after.get(0).from()).isEqualTo(20);
    long sentAfterFailure = sender.sent.size() - 2;
    assertThat(after.stream().mapToLong(RecordRange::size).sum()).isEqualTo(sentAfterFailure * 10);

    BatchReport done = second.job().batchSize(10).resumeFrom(r).build().run(records(200));
    assertThat(second.sent.get(0)).isEqualTo(new ScriptedSender.Sent(1, 10, 10, false));
    long skipped = after.stream().mapToLong(RecordRange::size).sum();
    assertThat(done.recordsConfirmed()).isEqualTo(200 - 10 - skipped);
    assertThat(second.sent).extracting(ScriptedSender.Sent::first).doesNotContainAnyElementsOf(
        after.stream().flatMap(x -> IntStream.range((int) x.from(), (int) x.to()).boxed()).collect(Collectors.toList()));
  }

  @Test
  void aNullRecordStopsTheJobBeforeItsBatchIsSent() {
    List<Integer> input = records(35);
    input.set(27, null);
    BatchException stopped = expectStop(() -> sender.job().batchSize(10).build().run(input));
    assertThat(stopped.getCause()).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.field()).isEqualTo("records[27]"));
    assertThat(stopped.report().resumeIndex()).isEqualTo(20);
    assertThat(stopped.failedBatch()).isNull();
    assertThat(sender.sent).hasSize(2);
  }

  @Test
  void anInputThatThrowsStopsTheJobWithWhatWasConfirmed() {
    Iterator<Integer> broken = new Iterator<>() {
      int i;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Integer next() {
        if (i == 25) {
          throw new IllegalStateException("database went away");
        }
        return i++;
      }
    };
    BatchException stopped = expectStop(() -> sender.job().batchSize(10).build().run(broken));
    assertThat(stopped.getCause()).hasMessage("database went away");
    assertThat(stopped.report().recordsConfirmed()).isEqualTo(20);
    assertThat(stopped.report().resumeIndex()).isEqualTo(20);
  }

  @Test
  void aFailingListenerStopsTheJob() {
    BatchException stopped = expectStop(() -> sender.job().batchSize(10).parallelism(1).listener(p -> {
      if (p.batch().number() == 2) {
        throw new IllegalStateException("progress bar broke");
      }
    }).build().run(records(100)));
    assertThat(stopped.report().resumeIndex()).isEqualTo(20);
    assertThat(sender.sent).hasSize(2);
  }

  @Test
  void aSenderThatThrowsOrReturnsNoFutureFailsThatBatch() {
    BatchException threw = expectStop(() -> BatchJob.<Integer>builder("acme", "pushRows", (rows, batch) -> {
      if (batch.number() == 2) {
        throw new IllegalArgumentException("cannot serialise row");
      }
      return CompletableFuture.completedFuture(null);
    }).batchSize(10).build().run(records(50)));
    assertThat(threw.getCause()).hasMessage("cannot serialise row");
    assertThat(threw.failedBatch().number()).isEqualTo(2);
    assertThat(threw.report().resumeIndex()).isEqualTo(10);

    BatchException none = expectStop(() -> BatchJob.<Integer>builder("acme", "pushRows", (rows, batch) -> null)
        .build().run(records(5)));
    assertThat(none.getCause()).isInstanceOf(IllegalStateException.class).hasMessageContaining("no future");
    assertThat(none.report().resumeIndex()).isZero();
  }
}
