package io.github.ampark.core.batch;

/**
 * Told about every batch the vendor confirms during a {@link BatchJob} run, on the thread running
 * the job, one call at a time. An exception thrown here stops the job like a failed batch
 * (batches in flight are still awaited and reported).
 *
 * <pre>{@code
 * BatchProgressListener bar = p -> log.info("{} records confirmed", p.recordsConfirmed());
 * }</pre>
 */
@FunctionalInterface
public interface BatchProgressListener {
  /** Ignores progress. */
  BatchProgressListener NONE = progress -> {};

  /**
   * Called once per confirmed batch, in confirmation order, on the thread running the job; an
   * exception thrown here stops the job (no further batch is sent; batches in flight are awaited)
   * and is the {@link BatchException}'s cause.
   *
   * @param progress the batch just confirmed and the totals so far
   */
  void onBatchConfirmed(BatchProgress progress);
}
