package io.github.ampark.core.batch;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Sends one batch for a {@link BatchJob} (for module authors, or anyone batching their own calls).
 * Return at once with a future that completes when the vendor confirmed the batch, or
 * exceptionally with why it did not (an {@link io.github.ampark.core.ApiException}, a {@link
 * io.github.ampark.core.TransportException}…). A sender that blocks until the answer still works,
 * but then batches go one at a time whatever the parallelism.
 *
 * <pre>{@code
 * BatchSender<MeterReading> sender = (rows, batch) ->
 *     client.pushMeterReadingsAsync(MeterReadingBatch.of(mallCode, version, rows));
 * }</pre>
 *
 * <p>The rows are the batch's records in input order, never empty, never containing {@code null};
 * the list is read-only. The value the future completes with is not kept: the job holds nothing
 * of a batch once it is confirmed.
 *
 * @param <T> the record type
 */
@FunctionalInterface
public interface BatchSender<T> {
  /**
   * Completes when the batch is confirmed, exceptionally when it failed.
   *
   * @param rows the batch's records, in input order
   * @param batch its number, range and whether it is the exclusive first batch
   * @return completes when the batch is confirmed, exceptionally when it failed
   */
  CompletableFuture<?> send(List<T> rows, Batch batch);

  /**
   * Everything {@link #send} does before the request leaves (building and serialising it), so the
   * job can do it while it may not send yet; the returned {@link Prepared} sends it. A job with an
   * exclusive first batch prepares the next batches (at most {@code parallelism - 1}) while that
   * batch is in flight and sends them once it is confirmed; if it fails they are dropped, never
   * sent. Otherwise a batch is sent as soon as it is prepared.
   *
   * <p>Must not send anything: a prepared batch may be dropped. An exception thrown here fails the
   * batch like one thrown by {@link #send}. The default prepares nothing ({@link Prepared#send()}
   * calls {@link #send}); a vendor module overrides it when preparing is worth doing early (4pyun's
   * syncs serialise ~125 KB per batch of 500).
   *
   * @param rows the batch's records, in input order
   * @param batch its number, range and whether it is the exclusive first batch
   * @return what sends the prepared batch, called at most once, on the job's thread
   */
  default Prepared prepare(List<T> rows, Batch batch) {
    return () -> send(rows, batch);
  }

  /**
   * A batch {@link #prepare prepared} and not yet sent.
   */
  @FunctionalInterface
  interface Prepared {
    /**
     * Sends the batch: the same contract as {@link BatchSender#send}'s future.
     *
     * @return completes when the batch is confirmed, exceptionally when it failed
     */
    CompletableFuture<?> send();
  }
}
