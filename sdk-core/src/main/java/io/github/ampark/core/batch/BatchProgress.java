package io.github.ampark.core.batch;

import io.github.ampark.core.AmparkStyle;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * One batch of a {@link BatchJob} was confirmed. Delivered to the job's {@link
 * BatchProgressListener} on the thread that runs the job, one at a time, in the order batches were
 * confirmed (with parallelism, not necessarily the order they were cut).
 *
 * <pre>{@code
 * job.listener(p -> log.info("{} records confirmed ({} batches, {})",
 *     p.recordsConfirmed(), p.batchesConfirmed(), p.elapsed()));
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class BatchProgress {
  /**
   * The batch just confirmed.
   *
   * @return the batch just confirmed
   */
  public abstract Batch batch();

  /**
   * Records confirmed so far in this run.
   *
   * @return records confirmed so far in this run
   */
  public abstract long recordsConfirmed();

  /**
   * Batches confirmed so far in this run.
   *
   * @return batches confirmed so far in this run
   */
  public abstract int batchesConfirmed();

  /**
   * Time since the run started.
   *
   * @return time since the run started
   */
  public abstract Duration elapsed();

  /**
   * A new builder (for tests of listeners; jobs report their own progress).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link BatchProgress}. */
  public static final class Builder extends ImmutableBatchProgress.Builder {}
}
