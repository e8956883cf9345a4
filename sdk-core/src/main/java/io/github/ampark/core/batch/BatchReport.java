package io.github.ampark.core.batch;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import java.time.Duration;
import java.util.List;
import org.immutables.value.Value;

/**
 * How far a {@link BatchJob} run got. Returned when every record was confirmed; carried by
 * {@link BatchException#report()} when the run stopped early, so that it can be resumed:
 *
 * <pre>{@code
 * try {
 *   job.run(readings());
 * } catch (BatchException e) {
 *   // later, with the same input in the same order:
 *   client.meterReadingSync(mall, version).resumeFrom(e.report()).build().run(readings());
 * }
 * }</pre>
 *
 * <p>Positions are 0-based indexes into the input as the job read it. Every record before
 * {@link #resumeIndex()} is confirmed; of the records after it, those in
 * {@link #confirmedAfterResumeIndex()} are confirmed too (batches that were in flight in parallel
 * when an earlier one failed), and a resumed job skips them.
 *
 * <p>A report remembers the job it came from ({@link #vendor()}, {@link #operation()}) and that
 * job's exclusive first batch ({@link #exclusiveFirstBatch()}, e.g. 4pyun's {@code complete=1}):
 * {@link BatchJob.Builder#resumeFrom(BatchReport)} refuses a report of another job, so a report of
 * an incremental sync can never silently skip the reset of a full one, nor the reverse.
 */
@Value.Immutable
@AmparkStyle
public abstract class BatchReport {
  /**
   * The vendor module of the job that wrote this report, e.g. {@code 4pyun}.
   *
   * @return the vendor module of the job that wrote this report, e.g. {@code 4pyun}
   */
  public abstract String vendor();

  /**
   * The batched operation of the job that wrote this report, e.g. {@code syncVipRenewals}.
   *
   * @return the batched operation of the job that wrote this report, e.g. {@code syncVipRenewals}
   */
  public abstract String operation();

  /**
   * The label of the job's exclusive first batch ({@link BatchJob.Builder#exclusiveFirstBatch}),
   * e.g. {@code complete=1}, or {@code null} for a job without one.
   *
   * @return the label given to {@link BatchJob.Builder#exclusiveFirstBatch(String)}, or {@code
   *     null}
   */
  @Nullable
  public abstract String exclusiveFirstBatch();

  /**
   * Whether every record of the input was confirmed.
   *
   * @return whether every record of the input was confirmed
   */
  public abstract boolean completed();

  /**
   * Records confirmed in this run.
   *
   * @return records confirmed in this run
   */
  public abstract long recordsConfirmed();

  /**
   * Batches confirmed in this run.
   *
   * @return batches confirmed in this run
   */
  public abstract int batchesConfirmed();

  /**
   * Position of the first record not known to be confirmed (the input's length when completed).
   *
   * @return position of the first record not known to be confirmed (the input's length when
   *     completed)
   */
  public abstract long resumeIndex();

  /**
   * Confirmed runs of records after {@link #resumeIndex()}, sorted and merged; empty when
   * completed.
   *
   * @return confirmed runs of records after {@link #resumeIndex()}, sorted and merged; empty when
   *     completed
   */
  public abstract List<RecordRange> confirmedAfterResumeIndex();

  /**
   * Whether the job's exclusive first batch was confirmed, by this run or by the run it resumed;
   * always {@code false} for a job without one.
   *
   * @return whether the job's exclusive first batch was confirmed, by this run or by the run it
   *     resumed; always {@code false} for a job without one
   */
  public abstract boolean exclusiveBatchConfirmed();

  /**
   * Duration of this run.
   *
   * @return duration of this run
   */
  public abstract Duration elapsed();

  /**
   * A new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link BatchReport}. */
  public static final class Builder extends ImmutableBatchReport.Builder {}
}
