package io.github.ampark.fourpyun.model;

import io.github.ampark.core.AmparkStyle;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * One batch of a sync was confirmed by P云. Delivered to the job's listener on the thread that
 * runs the job, one at a time.
 *
 * <pre>{@code
 * client.vipRenewalSync().listener(p -> log.info("{} records confirmed", p.recordsConfirmed()))...
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class SyncProgress {
  /** Number of the confirmed batch, from 1 in the order batches were cut. */
  public abstract int batchNumber();

  /** The input records the batch carried. */
  public abstract RecordRange batch();

  /** Whether the batch carried {@code complete=1}. */
  public abstract boolean complete();

  /** Records confirmed so far in this run. */
  public abstract long recordsConfirmed();

  /** Batches confirmed so far in this run. */
  public abstract int batchesConfirmed();

  /** Time since the run started. */
  public abstract Duration elapsed();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link SyncProgress}. */
  public static final class Builder extends ImmutableSyncProgress.Builder {}
}
