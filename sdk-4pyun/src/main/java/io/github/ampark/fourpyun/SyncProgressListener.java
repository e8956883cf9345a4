package io.github.ampark.fourpyun;

import io.github.ampark.fourpyun.model.SyncProgress;

/**
 * Told about every batch P云 confirms during a sync, on the thread running the job, one call at a
 * time. An exception thrown here stops the job like a failed batch (in-flight batches are still
 * awaited and reported).
 *
 * <pre>{@code
 * SyncProgressListener bar = p -> log.info("{} records confirmed", p.recordsConfirmed());
 * }</pre>
 */
@FunctionalInterface
public interface SyncProgressListener {
  /** Ignores progress. */
  SyncProgressListener NONE = progress -> {};

  /** @param progress the batch just confirmed and the totals so far */
  void onBatchConfirmed(SyncProgress progress);
}
