package io.github.ampark.core.batch;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A sender that holds the exclusive batch's answer until the test releases it, and counts the other
 * batches that were handed to it while that answer was still outstanding. No sleeps: the test
 * releases the answer once the job has either sent a second batch (a violation, counted) or parked
 * waiting for an answer (the barrier at work).
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

  /**
   * Runs {@code job} on its own thread, releases the exclusive answer at the moment described in
   * the class comment, and returns the report.
   */
  BatchReport runReleasingTheExclusiveBatch(BatchJob<Integer> job, List<Integer> records) throws Exception {
    AtomicReference<BatchReport> report = new AtomicReference<>();
    AtomicReference<Throwable> failed = new AtomicReference<>();
    Thread runner = new Thread(() -> {
      try {
        report.set(job.run(records));
      } catch (Throwable t) {
        failed.set(t);
      }
    }, "batch-runner");
    runner.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!(sends.get() >= 2 || (sends.get() == 1 && runner.getState() == Thread.State.WAITING)) && runner.isAlive()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the job neither sent a second batch nor waited for the first");
      }
      Thread.onSpinWait();
    }
    exclusiveAnswer.complete("ok");
    runner.join(TimeUnit.SECONDS.toMillis(20));
    if (failed.get() != null) {
      throw new AssertionError("the job failed", failed.get());
    }
    return report.get();
  }
}
