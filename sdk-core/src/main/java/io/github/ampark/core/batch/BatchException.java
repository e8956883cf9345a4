package io.github.ampark.core.batch;

import io.github.ampark.core.AmparkException;
import io.github.ampark.core.Nullable;

/**
 * A {@link BatchJob} run stopped before the end of its input: a batch failed (its cause is
 * {@link #getCause()}: an {@link io.github.ampark.core.ApiException}, a {@link
 * io.github.ampark.core.TransportException}…), a record was {@code null}, the input itself threw,
 * or the progress listener did. {@link #report()} says how far it got; pass it to {@link
 * BatchJob.Builder#resumeFrom} to continue.
 *
 * <pre>{@code
 * } catch (BatchException e) {
 *   log.warn("stopped at record {}: {}", e.report().resumeIndex(), e.getMessage());
 *   if (e.failedBatchMayHaveBeenApplied()) { ... ask the vendor before resending that batch ... }
 * }
 * }</pre>
 */
public class BatchException extends AmparkException {
  private static final long serialVersionUID = 1L;

  /** What happened, free of secrets. */
  private final String summary;
  private final transient BatchReport report;
  private final transient @Nullable Batch failedBatch;

  /**
   * Creates the exception for a batch job that stopped before confirming every record.
   *
   * @param vendor the vendor module, e.g. {@code yinli}
   * @param operation the batched operation, e.g. {@code pushMeterReadings}
   * @param summary what happened, free of secrets
   * @param report how far the job got
   * @param failedBatch the first batch that failed, or {@code null} if the job stopped for another
   *     reason
   * @param cause why it stopped
   */
  public BatchException(
      String vendor,
      String operation,
      String summary,
      BatchReport report,
      @Nullable Batch failedBatch,
      Throwable cause) {
    super(vendor, operation, "[" + vendor + " " + operation + "] " + summary, cause);
    this.summary = summary;
    this.report = report;
    this.failedBatch = failedBatch;
  }

  /**
   * How far the job got: what is confirmed and where to resume.
   *
   * @return how far the job got: what is confirmed and where to resume
   */
  public BatchReport report() {
    return report;
  }

  /**
   * The first batch (by number) that failed, or {@code null} when the input, a record or the
   * listener stopped the job.
   *
   * @return the first batch (by number) that failed, or {@code null} when the input, a record or
   *     the listener stopped the job
   */
  public @Nullable Batch failedBatch() {
    return failedBatch;
  }

  /**
   * The message without its {@code [vendor operation]} prefix.
   *
   * @return the message without its {@code [vendor operation]} prefix
   */
  public String summary() {
    return summary;
  }

  /**
   * Whether the batch that failed may nevertheless have been applied by the vendor (its answer was
   * lost or undecodable). Check with the vendor before resending such a batch if a duplicate would
   * matter.
   *
   * @return whether the batch that failed may nevertheless have been applied by the vendor (its
   *     answer was lost or undecodable)
   */
  public boolean failedBatchMayHaveBeenApplied() {
    return getCause() instanceof AmparkException && ((AmparkException) getCause()).mayHaveTakenEffect();
  }
}
