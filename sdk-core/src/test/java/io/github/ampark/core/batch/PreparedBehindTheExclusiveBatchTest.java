package io.github.ampark.core.batch;

import static io.github.ampark.core.batch.ScriptedSender.records;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import io.github.ampark.core.testing.UntilParked;
import org.junit.jupiter.api.Test;

/**
 * While the exclusive first batch travels, the job prepares (serialises) the next batches behind it
 * without sending them: sent once it is confirmed, dropped if it fails, never more than
 * parallelism batches held.
 */
class PreparedBehindTheExclusiveBatchTest {

  @Test
  void theNextBatchesArePreparedWhileTheExclusiveOneTravelsAndSentOnlyOnceItIsConfirmed() throws Exception {
    Gate gate = new Gate();
    Outcome out = gate.run(gate.job().parallelism(4).build(), 100, true);

    // before the answer: batch 1 sent, batches 2..4 only prepared, 40 records read (4 × 10)
    assertThat(out.beforeAnswer).containsExactly("prepare 1", "send 1", "prepare 2", "prepare 3", "prepare 4");
    assertThat(out.readBeforeAnswer).isEqualTo(40);
    assertThat(out.report.completed()).isTrue();
    assertThat(out.report.recordsConfirmed()).isEqualTo(100);
    // after it: the prepared ones go first, in order, each prepared and sent exactly once
    assertThat(gate.sends()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(gate.prepares()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(gate.events.indexOf("send 2")).isGreaterThan(gate.events.indexOf("prepare 4"));
  }

  @Test
  void whenTheExclusiveBatchFailsThePreparedOnesAreDroppedUnsent() throws Exception {
    Gate gate = new Gate();
    Outcome out = gate.run(gate.job().parallelism(4).build(), 100, false);

    assertThat(out.beforeAnswer).containsExactly("prepare 1", "send 1", "prepare 2", "prepare 3", "prepare 4");
    assertThat(gate.sends()).containsExactly(1);
    assertThat(out.stopped).isNotNull();
    assertThat(out.stopped.failedBatch().number()).isEqualTo(1);
    assertThat(out.stopped.report().resumeIndex()).isZero();
    assertThat(out.stopped.report().recordsConfirmed()).isZero();
  }

  @Test
  void aBatchThatFailsToPrepareStopsTheJobAndTheOnesPreparedBeforeItAreNotSent() throws Exception {
    Gate gate = new Gate();
    gate.failToPrepare.add(3);
    Outcome out = gate.run(gate.job().parallelism(4).build(), 100, true);

    assertThat(out.stopped).isNotNull();
    assertThat(out.stopped.getCause()).hasMessage("cannot serialise batch 3");
    assertThat(out.stopped.failedBatch().number()).isEqualTo(3);
    assertThat(gate.sends()).containsExactly(1); // batch 2 was prepared, but the job had stopped
    BatchReport r = out.stopped.report();
    assertThat(r.recordsConfirmed()).isEqualTo(10);
    assertThat(r.exclusiveBatchConfirmed()).isTrue();
    assertThat(r.resumeIndex()).isEqualTo(10); // batch 2, unsent, comes first
  }

  @Test
  void withOneBatchInFlightNothingIsPreparedAhead() throws Exception {
    Gate gate = new Gate();
    Outcome out = gate.run(gate.job().parallelism(1).build(), 30, true);

    assertThat(out.beforeAnswer).containsExactly("prepare 1", "send 1");
    assertThat(out.readBeforeAnswer).isEqualTo(10);
    assertThat(gate.events).containsExactly("prepare 1", "send 1", "prepare 2", "send 2", "prepare 3", "send 3");
  }

  @Test
  void withoutAnExclusiveBatchEachBatchIsSentAsSoonAsItIsPrepared() {
    Gate gate = new Gate();
    gate.answer.complete("ok");
    BatchReport report = BatchJob.builder("acme", "pushRows", gate).batchSize(10).parallelism(4).build().run(records(30));

    assertThat(report.completed()).isTrue();
    assertThat(gate.events).containsExactly("prepare 1", "send 1", "prepare 2", "send 2", "prepare 3", "send 3");
  }

  @Test
  void aSenderThatPreparesNothingIsSentThroughItsSendMethod() {
    ScriptedSender plain = new ScriptedSender();
    try {
      BatchReport report = plain.job().exclusiveFirstBatch("reset").batchSize(10).parallelism(4).build().run(records(95));
      assertThat(report.completed()).isTrue();
      assertThat(plain.sizes()).containsExactly(10, 10, 10, 10, 10, 10, 10, 10, 10, 5);
      assertThat(plain.exclusiveFlags().get(0)).isTrue();
    } finally {
      plain.close();
    }
  }

  /** What a run looked like when the exclusive answer was given, and how it ended. */
  static final class Outcome {
    List<String> beforeAnswer;
    int readBeforeAnswer;
    BatchReport report;
    BatchException stopped;
  }

  /**
   * A preparing sender that logs "prepare n" and "send n", holds the exclusive batch's answer until
   * the job parks waiting for it (no sleeps), and answers every other batch at once.
   */
  static final class Gate implements BatchSender<Integer> {
    final List<String> events = Collections.synchronizedList(new ArrayList<>());
    final CompletableFuture<String> answer = new CompletableFuture<>();
    final Set<Integer> failToPrepare = new HashSet<>();
    final AtomicInteger read = new AtomicInteger();

    BatchJob.Builder<Integer> job() {
      return BatchJob.builder("acme", "pushRows", this).exclusiveFirstBatch("reset").batchSize(10);
    }

    @Override
    public CompletableFuture<?> send(List<Integer> rows, Batch batch) {
      throw new AssertionError("a preparing sender is sent through its prepared batches");
    }

    @Override
    public Prepared prepare(List<Integer> rows, Batch batch) {
      events.add("prepare " + batch.number());
      if (failToPrepare.contains(batch.number())) {
        throw new IllegalArgumentException("cannot serialise batch " + batch.number());
      }
      return () -> {
        events.add("send " + batch.number());
        return batch.exclusive() ? answer : CompletableFuture.completedFuture("ok");
      };
    }

    List<Integer> sends() {
      return numbers("send ");
    }

    List<Integer> prepares() {
      return numbers("prepare ");
    }

    private List<Integer> numbers(String prefix) {
      List<Integer> out = new ArrayList<>();
      synchronized (events) {
        for (String e : events) {
          if (e.startsWith(prefix)) {
            out.add(Integer.parseInt(e.substring(prefix.length())));
          }
        }
      }
      return out;
    }

    /** Runs the job on its own thread; once it parks, answers the exclusive batch ({@code ok} or a failure). */
    Outcome run(BatchJob<Integer> job, int records, boolean ok) throws Exception {
      Iterator<Integer> source = records(records).iterator();
      Iterator<Integer> counted = new Iterator<Integer>() {
        @Override public boolean hasNext() { return source.hasNext(); }
        @Override public Integer next() { read.incrementAndGet(); return source.next(); }
      };
      Outcome out = new Outcome();
      UntilParked.Outcome<BatchReport> ended = UntilParked.run(() -> job.run(counted), () -> {
        synchronized (events) {
          out.beforeAnswer = new ArrayList<>(events);
        }
        out.readBeforeAnswer = read.get();
        if (ok) {
          answer.complete("ok");
        } else {
          answer.completeExceptionally(new IllegalStateException("the vendor refused the reset"));
        }
      });
      if (ended.thrown != null && !(ended.thrown instanceof BatchException)) {
        throw new AssertionError("the job failed", ended.thrown);
      }
      out.report = ended.value;
      out.stopped = (BatchException) ended.thrown;
      return out;
    }
  }
}
