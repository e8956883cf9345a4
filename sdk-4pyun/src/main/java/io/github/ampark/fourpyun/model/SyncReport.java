package io.github.ampark.fourpyun.model;

import io.github.ampark.core.AmparkStyle;
import java.time.Duration;
import java.util.List;
import org.immutables.value.Value;

/**
 * How far a VIP, VIP-renewal or blacklist sync got. Returned when every record was confirmed;
 * carried by {@link io.github.ampark.fourpyun.SyncException#report()} when a batch failed, so the
 * sync can be resumed:
 *
 * <pre>{@code
 * try {
 *   client.vipRenewalSync().mode(SyncMode.FULL).build().run(renewals());
 * } catch (SyncException e) {
 *   // later, with the same input in the same order:
 *   client.vipRenewalSync().mode(SyncMode.FULL).resumeFrom(e.report()).build().run(renewals());
 * }
 * }</pre>
 *
 * <p>Positions are 0-based indexes into the input as the job read it. Every record before
 * {@link #resumeIndex()} is confirmed; of the records after it, those in
 * {@link #confirmedAfterResumeIndex()} are confirmed too (batches that were in flight in parallel
 * when an earlier one failed), and a resumed job skips them.
 */
@Value.Immutable
@AmparkStyle
public abstract class SyncReport {
  /** Full or incremental. */
  public abstract SyncMode mode();

  /** Whether every record of the input was confirmed. */
  public abstract boolean completed();

  /** Records confirmed in this run. */
  public abstract long recordsConfirmed();

  /** Batches confirmed in this run. */
  public abstract int batchesConfirmed();

  /** Position of the first record not known to be confirmed (the input's length when completed). */
  public abstract long resumeIndex();

  /** Confirmed runs of records after {@link #resumeIndex()}, sorted; empty when completed. */
  public abstract List<RecordRange> confirmedAfterResumeIndex();

  /** Whether the {@code complete=1} batch of a full sync was confirmed (by this run or an earlier one). */
  public abstract boolean completeBatchConfirmed();

  /** Duration of this run. */
  public abstract Duration elapsed();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link SyncReport}. */
  public static final class Builder extends ImmutableSyncReport.Builder {}
}
