package io.github.ampark.core.batch;

import static io.github.ampark.core.batch.ScriptedSender.expectStop;
import static io.github.ampark.core.batch.ScriptedSender.records;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.TransportException;
import io.github.ampark.core.ValidationException;
import java.util.Collections;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** A first batch that travels alone (a reset such as 4pyun's complete=1): flagged once, confirmed first, sent again only if never confirmed. */
class ExclusiveFirstBatchTest {
  @AutoClose final ScriptedSender sender = new ScriptedSender();
  @AutoClose final ScriptedSender second = new ScriptedSender();

  @Test
  void onlyTheFirstBatchIsExclusiveAndTheRestAreCutInOrder() {
    BatchReport report = sender.job().exclusiveFirstBatch("reset").batchSize(500).build().run(records(1050));

    assertThat(sender.sizes()).containsExactly(500, 500, 50);
    assertThat(sender.exclusiveFlags()).containsExactly(true, false, false);
    assertThat(sender.sent).extracting(ScriptedSender.Sent::first).containsExactly(0, 500, 1000);
    assertThat(report.completed()).isTrue();
    assertThat(report.recordsConfirmed()).isEqualTo(1050);
    assertThat(report.batchesConfirmed()).isEqualTo(3);
    assertThat(report.resumeIndex()).isEqualTo(1050);
    assertThat(report.exclusiveBatchConfirmed()).isTrue();
    assertThat(report.confirmedAfterResumeIndex()).isEmpty();
  }

  @Test
  void aJobWithoutOneNeverFlagsABatch() {
    BatchReport report = sender.job().batchSize(10).parallelism(3).build().run(records(95));
    assertThat(sender.exclusiveFlags()).hasSize(10).containsOnly(false);
    assertThat(report.exclusiveBatchConfirmed()).isFalse();
  }

  @Test
  void otherBatchesWaitForTheExclusiveBatch() throws Exception {
    ExclusiveGate gate = new ExclusiveGate();
    BatchJob<Integer> job = BatchJob.builder("acme", "pushRows", gate).exclusiveFirstBatch("reset").batchSize(10)
        .parallelism(4).build();

    BatchReport report = gate.runReleasingTheExclusiveBatch(job, records(100));

    assertThat(gate.sentBeforeExclusiveConfirmed).hasValue(0);
    assertThat(gate.sends).hasValue(10);
    assertThat(report.completed()).isTrue();
    assertThat(report.exclusiveBatchConfirmed()).isTrue();
  }

  @Test
  void afterTheExclusiveBatchTheOthersStayWithinTheLimit() {
    sender.delayMillis = 15;
    BatchReport report = sender.job().exclusiveFirstBatch("reset").batchSize(10).parallelism(4).build().run(records(400));
    assertThat(report.completed()).isTrue();
    assertThat(sender.maxInFlight.get()).isBetween(1, 4);
    assertThat(sender.exclusiveFlags()).containsOnlyOnce(true);
    assertThat(sender.exclusiveFlags().get(0)).isTrue();
  }

  @Test
  void theReportRemembersItsJobAndTheExclusiveFirstBatch() {
    BatchReport report = sender.job().exclusiveFirstBatch("reset").batchSize(10).build().run(records(20));
    assertThat(report.vendor()).isEqualTo("acme");
    assertThat(report.operation()).isEqualTo("pushRows");
    assertThat(report.exclusiveFirstBatch()).isEqualTo("reset");
    assertThat(sender.job().build().run(records(1)).exclusiveFirstBatch()).isNull();
  }

  @Test
  void resumingWithTheReportOfAnotherJobIsRefused() {
    sender.failing.add(2);
    BatchException stopped = expectStop(() -> sender.job().exclusiveFirstBatch("reset").batchSize(10).build()
        .run(records(50)));
    BatchReport report = stopped.report();

    // an incremental job (no exclusive batch) must not take over a full job's report, nor the reverse
    assertThatThrownBy(() -> second.job().batchSize(10).resumeFrom(report).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("report"));
    assertThatThrownBy(() -> BatchJob.builder("acme", "pushOtherRows", second).exclusiveFirstBatch("reset")
        .resumeFrom(report).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("report"));
    assertThatThrownBy(() -> BatchJob.builder("other", "pushRows", second).exclusiveFirstBatch("reset")
        .resumeFrom(report).build())
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> second.job().exclusiveFirstBatch("complete=1").resumeFrom(report).build())
        .isInstanceOf(ValidationException.class);
    assertThat(second.sent).isEmpty();

    assertThat(second.job().exclusiveFirstBatch("reset").batchSize(10).resumeFrom(report).build().run(records(50))
        .completed()).isTrue();
  }

  @Test
  void aNullInputIsAValidationErrorNamingRecords() {
    BatchJob<Integer> job = sender.job().build();
    assertThatThrownBy(() -> job.run((Iterable<Integer>) null))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("records"));
    assertThatThrownBy(() -> job.run((java.util.stream.Stream<Integer>) null)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> job.run((java.util.Iterator<Integer>) null)).isInstanceOf(ValidationException.class);
    assertThat(sender.sent).isEmpty();
  }

  @Test
  void whenTheExclusiveBatchFailsNothingElseIsSentAndTheResumeSendsItAgain() {
    sender.failing.add(1);
    sender.failure = new TransportException("acme", "pushRows", true, "SocketTimeoutException: timeout", null);
    BatchException stopped = expectStop(() -> sender.job().exclusiveFirstBatch("reset").batchSize(10).parallelism(4).build()
        .run(records(100)));
    assertThat(sender.sent).hasSize(1);
    assertThat(stopped.failedBatchMayHaveBeenApplied()).isTrue();
    assertThat(stopped.report().resumeIndex()).isZero();
    assertThat(stopped.report().exclusiveBatchConfirmed()).isFalse();
    assertThat(stopped.getMessage()).startsWith("[acme pushRows] batch 1 (records 0..9, reset) failed after 0 records");

    second.job().exclusiveFirstBatch("reset").batchSize(10).parallelism(4).resumeFrom(stopped.report()).build()
        .run(records(100));
    assertThat(second.exclusiveFlags()).first().isEqualTo(true);
    assertThat(second.exclusiveFlags()).hasSize(10).containsOnlyOnce(true);
  }

  @Test
  void aResumedRunContinuesWhereItStoppedWithoutTheExclusiveBatch() {
    sender.failing.add(3);
    BatchException stopped = expectStop(() -> sender.job().exclusiveFirstBatch("reset").batchSize(100).parallelism(1)
        .build().run(records(450)));

    BatchReport report = second.job().exclusiveFirstBatch("reset").batchSize(100).resumeFrom(stopped.report()).build()
        .run(records(450));

    assertThat(second.sent).extracting(ScriptedSender.Sent::first).containsExactly(200, 300, 400);
    assertThat(second.sizes()).containsExactly(100, 100, 50);
    assertThat(second.exclusiveFlags()).containsOnly(false);
    assertThat(report.completed()).isTrue();
    assertThat(report.recordsConfirmed()).isEqualTo(250);
    assertThat(report.resumeIndex()).isEqualTo(450);
    assertThat(report.exclusiveBatchConfirmed()).isTrue();
  }

  @Test
  void aRunStartedPastTheFirstRecordHasNoExclusiveBatch() {
    BatchReport report = sender.job().exclusiveFirstBatch("reset").batchSize(10).startAt(5).build().run(records(30));
    assertThat(sender.exclusiveFlags()).containsOnly(false);
    assertThat(report.exclusiveBatchConfirmed()).isFalse();
  }

  @Test
  void anEmptyInputIsRefusedOnlyWhenTheJobSaysSoAndOnlyFromTheStart() {
    assertThatThrownBy(() -> sender.job().exclusiveFirstBatch("reset").refuseEmptyInput("a reset of nothing would wipe")
        .build().run(Collections.<Integer>emptyList()))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("records");
          assertThat(e.problem()).isEqualTo("a reset of nothing would wipe");
        });
    assertThat(sender.sent).isEmpty();

    assertThat(sender.job().exclusiveFirstBatch("reset").build().run(Collections.<Integer>emptyList()).completed()).isTrue();
    BatchReport resumed = sender.job().refuseEmptyInput("nothing").startAt(10).build().run(records(10));
    assertThat(resumed.completed()).isTrue();
    assertThat(sender.sent).isEmpty();
  }
}
