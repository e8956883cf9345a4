package io.github.ampark.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ValidationException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Settings: defaults, bounds checked at once, a job that can be derived and printed. */
class BatchJobSettingsTest {
  final BatchSender<String> sender = (rows, batch) -> CompletableFuture.completedFuture(null);

  @Test
  void defaultsAreBatchesOfOneHundredOneAtATime() {
    BatchJob<String> job = BatchJob.builder("acme", "pushRows", sender).build();
    assertThat(job.batchSize()).isEqualTo(100);
    assertThat(job.parallelism()).isEqualTo(1);
    assertThat(job.vendor()).isEqualTo("acme");
    assertThat(job.operation()).isEqualTo("pushRows");
    assertThat(job).hasToString("BatchJob{acme pushRows, batchSize=100, parallelism=1}");
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
