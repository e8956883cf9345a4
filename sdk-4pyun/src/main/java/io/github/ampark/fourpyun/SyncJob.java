package io.github.ampark.fourpyun;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.batch.BatchException;
import io.github.ampark.core.batch.BatchJob;
import io.github.ampark.core.batch.BatchProgress;
import io.github.ampark.core.batch.BatchReport;
import io.github.ampark.core.Checks;
import io.github.ampark.fourpyun.model.Receipt;
import io.github.ampark.fourpyun.model.RecordRange;
import io.github.ampark.fourpyun.model.SyncMode;
import io.github.ampark.fourpyun.model.SyncProgress;
import io.github.ampark.fourpyun.model.SyncReport;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Sends any number of VIPs, VIP renewals or blacklist entries to P云, in batches, the way the
 * vendor asks for it: the park's whole stock once ({@link SyncMode#FULL}), then increments. Get a
 * builder from {@link FourPyunClient#vipSync()}, {@link FourPyunClient#vipRenewalSync()} or
 * {@link FourPyunClient#blacklistSync()}.
 *
 * <pre>{@code
 * SyncReport report = client.vipRenewalSync()
 *     .mode(SyncMode.FULL)          // first batch carries complete=1: P云 deletes what it holds
 *     .batchSize(500)
 *     .parallelism(4)               // after the complete=1 batch succeeded
 *     .listener(p -> bar.show(p.recordsConfirmed()))
 *     .build()
 *     .run(renewalRepository.streamAll());
 * }</pre>
 *
 * <p>What the job guarantees:
 *
 * <ul>
 *   <li>{@code complete=1} is sent on the first batch of a {@link SyncMode#FULL} sync only, never in
 *       an {@link SyncMode#INCREMENTAL} one, and never again when a full sync is resumed after its
 *       first batch was confirmed. A full sync of an empty input is refused (it would delete
 *       everything on the platform).
 *   <li>Batches after the first may be in flight {@link Builder#parallelism(int) N} at a time; the
 *       {@code complete=1} batch is always alone and must succeed before any other is sent.
 *   <li>The input is read lazily on the calling thread: at most {@code N × batchSize} records are
 *       held at any time (the batches in flight plus the one being filled). Nothing materialises
 *       the whole input.
 *   <li>At the first failure no further batch is sent; batches already in flight are awaited, and a
 *       {@link SyncException} reports what was confirmed and where to resume. Batches are never
 *       resent automatically: each is an unsafe operation (see {@link FourPyunClient}).
 * </ul>
 *
 * <p>Effective parallelism is also capped by the OkHttp dispatcher's {@code maxRequestsPerHost}:
 * 64 on the client Ampark creates, OkHttp's default of 5 if you supply your own {@code
 * OkHttpClient} without raising it. A job is immutable and may be run more than once.
 *
 * <p>The batching itself is core's {@link BatchJob}; this type adds what is P云's: the mode, the
 * {@code complete} flag on the exclusive first batch of a full sync, and the refusal of an empty
 * full sync.
 *
 * @param <T> the record type
 */
public final class SyncJob<T> {
  /** Why an empty full sync is refused. */
  private static final String EMPTY_FULL_SYNC =
      "a FULL sync of no records would delete every record P云 holds; nothing was sent";

  /**
   * Sends one batch (for the client).
   *
   * @param <T> record type
   */
  @FunctionalInterface
  interface BatchSender<T> {
    CompletableFuture<Receipt> send(List<T> rows, boolean complete);
  }

  private final String operation;
  private final SyncMode mode;
  private final long startAt;
  private final BatchJob<T> job;

  private SyncJob(Builder<T> b) {
    this.operation = b.operation;
    this.mode = b.mode;
    this.startAt = b.startAt;
    BatchSender<T> sender = b.sender;
    SyncProgressListener listener = b.listener;
    BatchJob.Builder<T> core = BatchJob.<T>builder(FourPyunClient.VENDOR, b.operation,
            (rows, batch) -> sender.send(rows, batch.exclusive()))
        .batchSize(b.batchSize)
        .parallelism(b.parallelism)
        .listener(p -> listener.onBatchConfirmed(progress(p)));
    if (b.mode == SyncMode.FULL) {
      core.exclusiveFirstBatch("complete=1").refuseEmptyInput(EMPTY_FULL_SYNC);
    }
    if (b.resume != null) {
      core.resumeFrom(b.resume);
    }
    this.job = core.startAt(b.startAt).build();
  }

  /**
   * Syncs every record of {@code records}.
   *
   * @param records the records, in a stable order if the job may have to be resumed
   * @return the report, with {@link SyncReport#completed()} true
   * @throws SyncException if a batch failed, a record was invalid or the input threw
   * @throws ValidationException if a full sync is given no record at all (nothing was sent)
   */
  public SyncReport run(Iterable<? extends T> records) {
    return run(records.iterator());
  }

  /**
   * Syncs every record of {@code records}, reading the stream lazily (it is not closed).
   *
   * @param records the records
   * @return the report
   * @throws SyncException if the sync stopped early
   */
  public SyncReport run(Stream<? extends T> records) {
    return run(records.iterator());
  }

  /**
   * Syncs every record {@code records} yields.
   *
   * @param records the records
   * @return the report
   * @throws SyncException if the sync stopped early
   */
  public SyncReport run(Iterator<? extends T> records) {
    try {
      return report(job.run(records));
    } catch (BatchException e) {
      throw new SyncException(operation, e.summary(), report(e.report()), e.getCause());
    }
  }

  /** The mode. */
  public SyncMode mode() {
    return mode;
  }

  /** Records per batch. */
  public int batchSize() {
    return job.batchSize();
  }

  /** Batches in flight at most. */
  public int parallelism() {
    return job.parallelism();
  }

  @Override
  public String toString() {
    return "SyncJob{" + operation + ", " + mode + ", batchSize=" + batchSize() + ", parallelism=" + parallelism()
        + (startAt > 0 ? ", startAt=" + startAt : "") + "}";
  }

  private static SyncProgress progress(BatchProgress p) {
    return SyncProgress.builder()
        .batchNumber(p.batch().number())
        .batch(RecordRange.of(p.batch().range().from(), p.batch().range().to()))
        .complete(p.batch().exclusive())
        .recordsConfirmed(p.recordsConfirmed())
        .batchesConfirmed(p.batchesConfirmed())
        .elapsed(p.elapsed())
        .build();
  }

  private SyncReport report(BatchReport r) {
    List<RecordRange> after = new ArrayList<>();
    for (io.github.ampark.core.batch.RecordRange range : r.confirmedAfterResumeIndex()) {
      after.add(RecordRange.of(range.from(), range.to()));
    }
    return SyncReport.builder()
        .mode(mode)
        .completed(r.completed())
        .recordsConfirmed(r.recordsConfirmed())
        .batchesConfirmed(r.batchesConfirmed())
        .resumeIndex(r.resumeIndex())
        .confirmedAfterResumeIndex(after)
        .completeBatchConfirmed(r.exclusiveBatchConfirmed())
        .elapsed(r.elapsed())
        .build();
  }

  /** The core report a resumed run continues from. */
  private static BatchReport coreReport(SyncReport r) {
    return BatchReport.builder()
        .completed(r.completed())
        .recordsConfirmed(r.recordsConfirmed())
        .batchesConfirmed(r.batchesConfirmed())
        .resumeIndex(r.resumeIndex())
        .confirmedAfterResumeIndex(r.confirmedAfterResumeIndex())
        .exclusiveBatchConfirmed(r.completeBatchConfirmed())
        .elapsed(r.elapsed())
        .build();
  }

  /**
   * Configures a {@link SyncJob}.
   *
   * @param <T> record type
   */
  public static final class Builder<T> {
    private final String operation;
    private final BatchSender<T> sender;
    private SyncMode mode = SyncMode.INCREMENTAL;
    private int batchSize = 500;
    private int parallelism = 1;
    private SyncProgressListener listener = SyncProgressListener.NONE;
    private long startAt;
    private @Nullable BatchReport resume;

    Builder(String operation, BatchSender<T> sender) {
      this.operation = operation;
      this.sender = sender;
    }

    /**
     * @param mode {@link SyncMode#FULL} for the whole stock (replaces what P云 holds) or
     *     {@link SyncMode#INCREMENTAL} (the default) for changes
     * @return this
     */
    public Builder<T> mode(SyncMode mode) {
      this.mode = Checks.notNull("mode", mode);
      return this;
    }

    /**
     * @param batchSize records per request, 1 to 10,000 (default 500; P云 publishes no limit)
     * @return this
     */
    public Builder<T> batchSize(int batchSize) {
      this.batchSize = (int) Checks.between("batchSize", batchSize, 1, 10_000);
      return this;
    }

    /**
     * @param parallelism batches in flight at once after the {@code complete=1} batch, 1 to 16
     *     (default 1: one after the other)
     * @return this
     */
    public Builder<T> parallelism(int parallelism) {
      this.parallelism = (int) Checks.between("parallelism", parallelism, 1, 16);
      return this;
    }

    /** @param listener told about every confirmed batch @return this */
    public Builder<T> listener(SyncProgressListener listener) {
      this.listener = Checks.notNull("listener", listener);
      return this;
    }

    /**
     * Starts at record {@code index} of the input, reading and dropping the ones before it. A full
     * sync started past 0 sends no {@code complete=1}.
     *
     * @param index 0-based position of the first record to send
     * @return this
     */
    public Builder<T> startAt(long index) {
      this.startAt = Checks.notNegative("startAt", index);
      return this;
    }

    /**
     * Continues a sync that stopped: starts at {@link SyncReport#resumeIndex()}, skips the ranges
     * confirmed after it, and sends {@code complete=1} only if the earlier run's full-sync batch was
     * not confirmed. Feed the same input in the same order.
     *
     * @param report the report of the stopped run (from {@link SyncException#report()})
     * @return this
     */
    public Builder<T> resumeFrom(SyncReport report) {
      Checks.notNull("report", report);
      if (report.mode() != mode) {
        throw new ValidationException("report", "is of a " + report.mode() + " sync; set mode(" + report.mode()
            + ") before resumeFrom");
      }
      this.startAt = report.resumeIndex();
      this.resume = coreReport(report);
      return this;
    }

    /** @return the job */
    public SyncJob<T> build() {
      return new SyncJob<>(this);
    }
  }
}
