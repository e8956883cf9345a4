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
}
