package io.github.ampark.core.batch;

import io.github.ampark.core.testing.UntilParked;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sender that holds the exclusive batch's answer until the test releases it, and counts the other
 * batches that were handed to it while that answer was still outstanding. No sleeps: the answer is
 * released once the job parks, which a job that breaks the barrier also does, after sending what it
 * could (each such batch counted), since the held answer is the one it waits for.
 */
final class ExclusiveGate implements BatchSender<Integer> {
  final CompletableFuture<String> exclusiveAnswer = new CompletableFuture<>();
  final AtomicInteger sends = new AtomicInteger();
  final AtomicInteger sentBeforeExclusiveConfirmed = new AtomicInteger();

  @Override
  public CompletableFuture<String> send(List<Integer> rows, Batch batch) {
    sends.incrementAndGet();
    if (batch.exclusive()) {
      return exclusiveAnswer;
    }
    if (!exclusiveAnswer.isDone()) {
      sentBeforeExclusiveConfirmed.incrementAndGet();
    }
    return CompletableFuture.completedFuture("ok");
  }

  /** Runs {@code job} on its own thread, releases the exclusive answer once it parks, returns the report. */
  BatchReport runReleasingTheExclusiveBatch(BatchJob<Integer> job, List<Integer> records) throws Exception {
    UntilParked.Outcome<BatchReport> ended = UntilParked.run(() -> job.run(records), () -> exclusiveAnswer.complete("ok"));
    if (ended.thrown != null) {
      throw new AssertionError("the job failed", ended.thrown);
    }
    return ended.value;
  }
}
