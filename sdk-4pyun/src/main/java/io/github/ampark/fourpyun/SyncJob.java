package io.github.ampark.fourpyun;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.model.Checks;
import io.github.ampark.fourpyun.model.Receipt;
import io.github.ampark.fourpyun.model.RecordRange;
import io.github.ampark.fourpyun.model.SyncMode;
import io.github.ampark.fourpyun.model.SyncProgress;
import io.github.ampark.fourpyun.model.SyncReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * @param <T> the record type
 */
public final class SyncJob<T> {
  private static final Logger LOG = LoggerFactory.getLogger(SyncJob.class);

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
  private final BatchSender<T> sender;
  private final SyncMode mode;
  private final int batchSize;
  private final int parallelism;
  private final SyncProgressListener listener;
  private final long startAt;
  private final List<RecordRange> skip;
  private final boolean completeAlreadyConfirmed;

  private SyncJob(Builder<T> b) {
    this.operation = b.operation;
    this.sender = b.sender;
    this.mode = b.mode;
    this.batchSize = b.batchSize;
    this.parallelism = b.parallelism;
    this.listener = b.listener;
    this.startAt = b.startAt;
    this.skip = Collections.unmodifiableList(new ArrayList<>(b.skip));
    this.completeAlreadyConfirmed = b.completeAlreadyConfirmed;
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
    return new Run(records).execute();
  }

  /** The mode. */
  public SyncMode mode() {
    return mode;
  }

  /** Records per batch. */
  public int batchSize() {
    return batchSize;
  }

  /** Batches in flight at most. */
  public int parallelism() {
    return parallelism;
  }

  @Override
  public String toString() {
    return "SyncJob{" + operation + ", " + mode + ", batchSize=" + batchSize + ", parallelism=" + parallelism
        + (startAt > 0 ? ", startAt=" + startAt : "") + "}";
  }

  /** One batch cut from the input: a contiguous range of records. */
  private static final class Batch {
    final int number;
    final RecordRange range;
    final boolean complete;

    Batch(int number, RecordRange range, boolean complete) {
      this.number = number;
      this.range = range;
      this.complete = complete;
    }

    @Override
    public String toString() {
      return "batch " + number + " (records " + range.from() + ".." + (range.to() - 1) + (complete ? ", complete=1" : "") + ")";
    }
  }

  /** A batch's outcome, handed from OkHttp's threads to the running thread. */
  private static final class Done {
    final Batch batch;
    final @Nullable Throwable error;

    Done(Batch batch, @Nullable Throwable error) {
      this.batch = batch;
      this.error = error;
    }
  }

  /** The state of one run; used by the calling thread only (completions arrive through a queue). */
  private final class Run {
    private final Iterator<? extends T> input;
    private final BlockingQueue<Done> completions = new LinkedBlockingQueue<>();
    private final Set<Batch> unfinished = new LinkedHashSet<>();
    private final List<RecordRange> confirmed = new ArrayList<>();
    private final long started = System.nanoTime();
    private final boolean barrier = mode == SyncMode.FULL && !completeAlreadyConfirmed && startAt == 0;
    private long next;
    private long unsentFrom;
    private int skipCursor;
    private int batchesCut;
    private long recordsConfirmed;
    private int batchesConfirmed;
    private boolean completeConfirmed = completeAlreadyConfirmed;
    private @Nullable Batch failedBatch;
    private @Nullable Throwable failure;

    Run(Iterator<? extends T> input) {
      this.input = input;
    }

    SyncReport execute() {
      try {
        skipTo(startAt);
      } catch (RuntimeException e) {
        failure = e;
      }
      while (failure == null) {
        drain(false);
        if (failure != null) {
          break;
        }
        // the complete=1 batch travels alone and must be confirmed before anything else is sent
        int limit = barrier && !completeConfirmed ? 1 : parallelism;
        if (unfinished.size() >= limit) {
          drain(true);
          continue;
        }
        unsentFrom = next;
        List<T> rows;
        try {
          rows = cut();
        } catch (RuntimeException e) {
          failure = e;
          break;
        }
        if (rows.isEmpty()) {
          if (barrier && batchesCut == 0) {
            throw new ValidationException("records", "a FULL sync of no records would delete every record P云 holds;"
                + " nothing was sent");
          }
          break;
        }
        Batch batch = new Batch(++batchesCut, RecordRange.of(unsentFrom, next), barrier && batchesCut == 1);
        unsentFrom = next;
        send(batch, rows);
      }
      while (!unfinished.isEmpty() && !Thread.currentThread().isInterrupted()) {
        drain(true);
      }
      SyncReport report = report();
      if (failure != null) {
        throw new SyncException(operation, describe(report), report, failure);
      }
      LOG.debug("4pyun {}: {} records in {} batches confirmed", operation, recordsConfirmed, batchesConfirmed);
      return report;
    }

    /** Reads (and drops) records until position {@code index}. */
    private void skipTo(long index) {
      while (next < index && input.hasNext()) {
        input.next();
        next++;
      }
      unsentFrom = next;
    }

    /** Cuts the next batch: contiguous records, never crossing a range confirmed by an earlier run. */
    private List<T> cut() {
      List<T> rows = new ArrayList<>(Math.min(batchSize, 1024));
      while (rows.size() < batchSize) {
        RecordRange skipped = skipped(next);
        if (skipped != null) {
          if (!rows.isEmpty()) {
            break;
          }
          skipTo(skipped.to());
          continue;
        }
        if (!input.hasNext()) {
          break;
        }
        T record = input.next();
        if (record == null) {
          throw new ValidationException("records[" + next + "]", "must not be null");
        }
        rows.add(record);
        next++;
      }
      return rows;
    }

    private @Nullable RecordRange skipped(long index) {
      while (skipCursor < skip.size() && skip.get(skipCursor).to() <= index) {
        skipCursor++;
      }
      return skipCursor < skip.size() && skip.get(skipCursor).contains(index) ? skip.get(skipCursor) : null;
    }

    private void send(Batch batch, List<T> rows) {
      unfinished.add(batch);
      CompletableFuture<Receipt> future;
      try {
        future = sender.send(rows, batch.complete);
      } catch (RuntimeException e) {
        completions.add(new Done(batch, e));
        return;
      }
      future.whenComplete((receipt, error) -> completions.add(new Done(batch, unwrap(error))));
    }

    private void drain(boolean wait) {
      Done done;
      while ((done = wait ? take() : completions.poll()) != null) {
        wait = false;
        unfinished.remove(done.batch);
        handle(done);
      }
    }

    private @Nullable Done take() {
      try {
        return completions.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        if (failure == null) {
          failure = e;
        }
        return null;
      }
    }

    private void handle(Done done) {
      if (done.error != null) {
        if (failedBatch == null || done.batch.number < failedBatch.number) {
          failedBatch = done.batch;
        }
        if (failure == null) {
          failure = done.error;
        }
        LOG.warn("4pyun {}: {} failed ({})", operation, done.batch, done.error.toString());
        return;
      }
      confirmed.add(done.batch.range);
      recordsConfirmed += done.batch.range.size();
      batchesConfirmed++;
      if (done.batch.complete) {
        completeConfirmed = true;
      }
      if (failure != null) {
        return;
      }
      try {
        listener.onBatchConfirmed(SyncProgress.builder()
            .batchNumber(done.batch.number)
            .batch(done.batch.range)
            .complete(done.batch.complete)
            .recordsConfirmed(recordsConfirmed)
            .batchesConfirmed(batchesConfirmed)
            .elapsed(elapsed())
            .build());
      } catch (RuntimeException e) {
        failure = e;
      }
    }

    private SyncReport report() {
      // everything before the first failed, unanswered or unsent record is confirmed
      long resume = failure == null ? next : unsentFrom;
      if (failedBatch != null) {
        resume = Math.min(resume, failedBatch.range.from());
      }
      for (Batch b : unfinished) {
        resume = Math.min(resume, b.range.from());
      }
      List<RecordRange> after = new ArrayList<>();
      if (failure != null) {
        for (RecordRange r : skip) {
          if (r.from() >= resume) {
            after.add(r);
          }
        }
        for (RecordRange r : confirmed) {
          if (r.from() >= resume) {
            after.add(r);
          }
        }
      }
      return SyncReport.builder()
          .mode(mode)
          .completed(failure == null)
          .recordsConfirmed(recordsConfirmed)
          .batchesConfirmed(batchesConfirmed)
          .resumeIndex(resume)
          .confirmedAfterResumeIndex(merge(after))
          .completeBatchConfirmed(mode == SyncMode.FULL && completeConfirmed)
          .elapsed(elapsed())
          .build();
    }

    private String describe(SyncReport r) {
      String what = failedBatch != null ? failedBatch + " failed" : "stopped at record " + r.resumeIndex();
      return what + " after " + r.recordsConfirmed() + " records in " + r.batchesConfirmed()
          + " batches were confirmed; resume from record " + r.resumeIndex() + ": " + failure;
    }

    private Duration elapsed() {
      return Duration.ofNanos(System.nanoTime() - started);
    }
  }

  private static List<RecordRange> merge(List<RecordRange> ranges) {
    List<RecordRange> sorted = new ArrayList<>(ranges);
    sorted.sort((a, b) -> Long.compare(a.from(), b.from()));
    List<RecordRange> out = new ArrayList<>();
    for (RecordRange r : sorted) {
      RecordRange last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && r.from() <= last.to()) {
        out.set(out.size() - 1, RecordRange.of(last.from(), Math.max(last.to(), r.to())));
      } else {
        out.add(r);
      }
    }
    return out;
  }

  private static @Nullable Throwable unwrap(@Nullable Throwable t) {
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
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
    private List<RecordRange> skip = Collections.emptyList();
    private boolean completeAlreadyConfirmed;

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
      if (mode == null) {
        throw new ValidationException("mode", "must not be null");
      }
      this.mode = mode;
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
      if (listener == null) {
        throw new ValidationException("listener", "must not be null");
      }
      this.listener = listener;
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
      if (report == null) {
        throw new ValidationException("report", "must not be null");
      }
      if (report.mode() != mode) {
        throw new ValidationException("report", "is of a " + report.mode() + " sync; set mode(" + report.mode()
            + ") before resumeFrom");
      }
      this.startAt = report.resumeIndex();
      this.skip = new ArrayList<>(report.confirmedAfterResumeIndex());
      this.completeAlreadyConfirmed = report.completeBatchConfirmed();
      return this;
    }

    /** @return the job */
    public SyncJob<T> build() {
      return new SyncJob<>(this);
    }
  }
}
