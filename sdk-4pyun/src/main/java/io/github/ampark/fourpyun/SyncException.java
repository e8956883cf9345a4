package io.github.ampark.fourpyun;

import io.github.ampark.core.AmparkException;
import io.github.ampark.core.spi.BusinessKeyCalls;
import io.github.ampark.fourpyun.model.SyncReport;

/**
 * A sync stopped before the end of its input: a batch failed (its cause is {@link #getCause()}: an
 * {@link io.github.ampark.core.ApiException}, a {@link io.github.ampark.core.TransportException}…),
 * a record was invalid, the input itself threw, or the progress listener did. {@link #report()}
 * says how far it got; pass it to {@link SyncJob.Builder#resumeFrom} to continue.
 *
 * <pre>{@code
 * } catch (SyncException e) {
 *   log.warn("sync stopped at record {}: {}", e.report().resumeIndex(), e.getMessage());
 *   if (e.failedBatchMayHaveBeenApplied()) { ... check before resending renewals ... }
 * }
 * }</pre>
 */
public class SyncException extends AmparkException {
  private static final long serialVersionUID = 1L;

  private final transient SyncReport report;

  /**
   * @param operation the sync operation, e.g. {@code syncVipRenewals}
   * @param message what happened, free of secrets
   * @param report how far the job got
   * @param cause why it stopped
   */
  public SyncException(String operation, String message, SyncReport report, Throwable cause) {
    super("4pyun", operation, "[4pyun " + operation + "] " + message, cause);
    this.report = report;
  }

  /** How far the job got: what is confirmed and where to resume. */
  public SyncReport report() {
    return report;
  }

  /**
   * Whether the batch that failed may nevertheless have been applied by P云 (its answer was lost or
   * undecodable). Resending it is harmless for VIP and blacklist rows (they carry the record's whole
   * state); for renewals, check with P云 first if a duplicate renewal would matter.
   */
  public boolean failedBatchMayHaveBeenApplied() {
    return BusinessKeyCalls.isAmbiguous(getCause());
  }
}
