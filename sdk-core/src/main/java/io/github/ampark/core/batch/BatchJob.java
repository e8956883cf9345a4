package io.github.ampark.core.batch;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.ClientConfig;
import io.github.ampark.core.Checks;
import java.time.Duration;
import java.util.ArrayDeque;
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
 * Sends any number of records to a vendor in batches, through a {@link BatchSender}: lazily, with
 * bounded memory, optionally several batches in flight, stopping at the first failure with a
 * report of what was confirmed and where to resume. Vendor clients hand out pre-configured builders
 * (4pyun's {@code syncs().vipRenewals(SyncMode.FULL)}, Yinli's {@code meterReadingSync(…)}); you can also batch your
 * own calls:
 *
 * <pre>{@code
 * BatchJob<MeterReading> job = BatchJob.builder("yinli", "pushMeterReadings",
 *         (List<MeterReading> rows, Batch batch) -> client.pushMeterReadingsAsync(
 *             MeterReadingBatch.builder().mallCode("M001").version("1.0").addAllReadings(rows).build()))
 *     .batchSize(200)
 *     .parallelism(4)
 *     .listener(p -> log.info("{} readings confirmed", p.recordsConfirmed()))
 *     .build();
 * try {
 *   BatchReport report = job.run(readingRepository.streamMonth(month));   // Iterable, Stream or Iterator
 * } catch (BatchException e) {
 *   // fix the cause, then continue where it stopped (same input, same order):
 *   job.toBuilder().resumeFrom(e.report()).build().run(readingRepository.streamMonth(month));
 * }
 * }</pre>
 *
 * <p>What the job guarantees:
 *
 * <ul>
 *   <li>The input is read lazily on the calling thread and cut into contiguous batches of {@link
 *       Builder#batchSize(int) batchSize} records (the last one may be smaller; no batch is ever
 *       empty). At most {@code parallelism × batchSize} records are held at any time (the batches
 *       in flight or prepared plus the one being filled): nothing materialises the whole input.
 *   <li>Up to {@link Builder#parallelism(int) parallelism} batches are in flight at once. With
 *       {@link Builder#exclusiveFirstBatch(String)}, the input's first batch travels alone and must
 *       be confirmed before any other is sent (for a first request that resets the vendor's state,
 *       such as 4pyun's {@code complete=1}); while it travels, the next {@code parallelism - 1}
 *       batches are cut and {@link BatchSender#prepare prepared} (serialised) behind it, sent once
 *       it is confirmed and dropped unsent if it fails.
 *   <li>At the first failure no further batch is sent; batches already in flight are awaited, and
 *       a {@link BatchException} reports what was confirmed and where to resume. Batches are never
 *       resent automatically: whether a batch may be sent twice is the vendor's business, and
 *       {@link BatchException#failedBatchMayHaveBeenApplied()} says whether the failed one may
 *       have arrived.
 *   <li>A {@code null} record stops the job before its batch is sent ({@link ValidationException}
 *       naming {@code records[i]} as the cause).
 * </ul>
 *
 * <p>Effective parallelism is also capped by the OkHttp dispatcher's {@code maxRequestsPerHost}:
 * {@value ClientConfig#MAX_ASYNC_PER_HOST} on the clients Ampark creates, OkHttp's default of 5 if
 * you supply your own {@code OkHttpClient} without raising it. A job is immutable, thread-safe, and
 * may be run more than once (each run starts afresh).
 *
 * @param <T> the record type
 */
public final class BatchJob<T> {
  private static final Logger LOG = LoggerFactory.getLogger(BatchJob.class);

  /** The largest batch a job accepts. */
  public static final int MAX_BATCH_SIZE = 10_000;

  /** The most batches a job keeps in flight: more would only queue in the OkHttp dispatcher. */
  public static final int MAX_PARALLELISM = ClientConfig.MAX_ASYNC_PER_HOST;

  /**
   * Batches in flight unless {@link Builder#parallelism(int)} says otherwise: 4. Four batches in
   * flight hide most of the vendor's round trip (a job of {@code n} batches takes about {@code n / 4}
   * round trips instead of {@code n}) while asking a vendor that publishes no rate limit for no more
   * than a few concurrent requests, and it stays below OkHttp's default of 5 requests per host, so
   * it behaves the same on an {@code OkHttpClient} you supply. Raise it (up to {@value
   * #MAX_PARALLELISM}) when the vendor allows more and the round trip, not your CPU, is what the job
   * waits for; set 1 to send one batch after the other.
   */
  public static final int DEFAULT_PARALLELISM = 4;

  private final String vendor;
  private final String operation;
  private final BatchSender<T> sender;
  private final int batchSize;
  private final int parallelism;
  private final BatchProgressListener listener;
  private final @Nullable String exclusiveLabel;
  private final @Nullable String emptyInputProblem;
  private final long startAt;
  private final List<RecordRange> skip;
  private final boolean exclusiveAlreadyConfirmed;

  private BatchJob(Builder<T> b) {
    if (b.resumed != null) {
      checkSameJob(b, b.resumed);
    }
    this.vendor = b.vendor;
    this.operation = b.operation;
    this.sender = b.sender;
    this.batchSize = b.batchSize;
    this.parallelism = b.parallelism;
    this.listener = b.listener;
    this.exclusiveLabel = b.exclusiveLabel;
    this.emptyInputProblem = b.emptyInputProblem;
    this.startAt = b.startAt;
    this.skip = Collections.unmodifiableList(new ArrayList<>(b.skip));
    this.exclusiveAlreadyConfirmed = b.exclusiveAlreadyConfirmed;
  }

  /** A report is only a resume point for the job that wrote it (same vendor, operation, exclusive batch). */
  private static void checkSameJob(Builder<?> b, BatchReport report) {
    boolean sameJob = report.vendor().equals(b.vendor) && report.operation().equals(b.operation);
    String reportExclusive = report.exclusiveFirstBatch();
    boolean sameExclusive = reportExclusive == null ? b.exclusiveLabel == null : reportExclusive.equals(b.exclusiveLabel);
    if (!sameJob || !sameExclusive) {
      throw new ValidationException("report", "is the report of another job (" + describeJob(report.vendor(),
          report.operation(), reportExclusive) + "), not of this one (" + describeJob(b.vendor, b.operation,
          b.exclusiveLabel) + "); resume a job only with its own report");
    }
  }

  private static String describeJob(String vendor, String operation, @Nullable String exclusive) {
    return vendor + " " + operation + (exclusive == null ? ", no exclusive first batch" : ", exclusive first batch "
        + exclusive);
  }

  /**
   * A builder with the defaults: batches of 100, {@value #DEFAULT_PARALLELISM} in flight, no
   * exclusive first batch.
   *
   * @param vendor vendor module name, for logs and exceptions (e.g. {@code yinli})
   * @param operation the batched operation, for logs and exceptions (e.g. {@code
   *     pushMeterReadings})
   * @param sender sends one batch
   * @param <T> the record type
   * @return the builder
   */
  public static <T> Builder<T> builder(String vendor, String operation, BatchSender<T> sender) {
    return new Builder<>(vendor, operation, sender);
  }

  /**
   * A builder holding this job's settings, to derive a variant (another batch size, a resume).
   *
   * @return a builder holding this job's settings, to derive a variant (another batch size, a
   *     resume)
   */
  public Builder<T> toBuilder() {
    Builder<T> b = new Builder<>(vendor, operation, sender);
    b.batchSize = batchSize;
    b.parallelism = parallelism;
    b.listener = listener;
    b.exclusiveLabel = exclusiveLabel;
    b.emptyInputProblem = emptyInputProblem;
    b.startAt = startAt;
    b.skip = skip;
    b.exclusiveAlreadyConfirmed = exclusiveAlreadyConfirmed;
    return b;
  }

  /**
   * Sends every record of {@code records}.
   *
   * @param records the records, in a stable order if the job may have to be resumed
   * @return the report, with {@link BatchReport#completed()} true
   * @throws BatchException if a batch failed, a record was {@code null} or the input threw
   * @throws ValidationException if {@code records} is {@code null}, or the job refuses an empty
   *     input and got one (nothing was sent)
   */
  public BatchReport run(Iterable<? extends T> records) {
    return run(Checks.notNull("records", records).iterator());
  }

  /**
   * Sends every record of {@code records}, reading the stream lazily (it is not closed).
   *
   * @param records the records
   * @return the report
   * @throws BatchException if the run stopped early
   */
  public BatchReport run(Stream<? extends T> records) {
    return run(Checks.notNull("records", records).iterator());
  }

  /**
   * Sends every record {@code records} yields.
   *
   * @param records the records
   * @return the report
   * @throws BatchException if the run stopped early
   */
  public BatchReport run(Iterator<? extends T> records) {
    return new Run(Checks.notNull("records", records)).execute();
  }

  /**
   * The vendor module the job sends to, e.g. {@code yinli}, as named in logs and exceptions.
   *
   * @return vendor module name
   */
  public String vendor() {
    return vendor;
  }

  /**
   * The batched operation, e.g. {@code pushMeterReadings}, as named in logs and exceptions.
   *
   * @return the batched operation's name
   */
  public String operation() {
    return operation;
  }

  /**
   * How many records go into one batch, 1 to {@value #MAX_BATCH_SIZE}. Default 100.
   *
   * @return records per batch
   */
  public int batchSize() {
    return batchSize;
  }

  /**
   * How many batches may be in flight at once, 1 to {@value #MAX_PARALLELISM}. Default {@value
   * #DEFAULT_PARALLELISM}.
   *
   * @return batches in flight at most
   */
  public int parallelism() {
    return parallelism;
  }

  @Override
  public String toString() {
    return "BatchJob{" + vendor + " " + operation + ", batchSize=" + batchSize + ", parallelism=" + parallelism
        + (exclusiveLabel != null ? ", exclusiveFirstBatch=" + exclusiveLabel : "")
        + (startAt > 0 ? ", startAt=" + startAt : "") + "}";
  }

  private String describe(Batch b) {
    return "batch " + b.number() + " (records " + b.range().from() + ".." + (b.range().to() - 1)
        + (b.exclusive() ? ", " + exclusiveLabel : "") + ")";
  }

  /** A batch's outcome, handed from the sender's threads to the running thread. */
  private static final class Done {
    final Batch batch;
    final @Nullable Throwable error;

    Done(Batch batch, @Nullable Throwable error) {
      this.batch = batch;
      this.error = error;
    }
  }

  /** A batch prepared and held back until the exclusive batch is confirmed. */
  private static final class Ready {
    final Batch batch;
    final BatchSender.Prepared prepared;

    Ready(Batch batch, BatchSender.Prepared prepared) {
      this.batch = batch;
      this.prepared = prepared;
    }
  }

  /** The state of one run; used by the calling thread only (completions arrive through a queue). */
  private final class Run {
    private final Iterator<? extends T> input;
    private final BlockingQueue<Done> completions = new LinkedBlockingQueue<>();
    private final Set<Batch> unfinished = new LinkedHashSet<>();
    /** Prepared behind the exclusive batch in flight, in order; dropped unsent if the run stops. */
    private final ArrayDeque<Ready> ready = new ArrayDeque<>();
    private final List<RecordRange> confirmed = new ArrayList<>();
    private final long started = System.nanoTime();
    private final boolean barrier = exclusiveLabel != null && !exclusiveAlreadyConfirmed && startAt == 0;
    private long next;
    private long unsentFrom;
    private int skipCursor;
    private int batchesCut;
    private long recordsConfirmed;
    private int batchesConfirmed;
    private boolean exclusiveConfirmed = exclusiveAlreadyConfirmed;
    private @Nullable Batch failedBatch;
    private @Nullable Throwable failure;

    Run(Iterator<? extends T> input) {
      this.input = input;
    }

    BatchReport execute() {
      try {
        skipTo(startAt);
      } catch (RuntimeException e) {
        failure = e;
      }
      boolean inputDone = false;
      while (failure == null) {
        drain(false);
        if (failure != null) {
          break;
        }
        // the exclusive batch travels alone and must be confirmed before anything else is sent;
        // meanwhile the next batches are cut and prepared behind it, never more than parallelism in all
        boolean held = barrier && !exclusiveConfirmed;
        while (!held && !ready.isEmpty() && unfinished.size() < parallelism) {
          Ready r = ready.poll();
          dispatch(r.batch, r.prepared);
        }
        boolean room = held ? batchesCut == 0 || unfinished.size() + ready.size() < parallelism
            : ready.isEmpty() && unfinished.size() < parallelism;
        if (inputDone || !room) {
          if (unfinished.isEmpty()) {
            if (!ready.isEmpty()) { // only the exclusive batch's outcome releases them, and it came
              throw new IllegalStateException("prepared batches wait with no batch in flight");
            }
            break;
          }
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
          if (emptyInputProblem != null && batchesCut == 0 && startAt == 0 && !exclusiveAlreadyConfirmed) {
            throw new ValidationException("records", emptyInputProblem);
          }
          inputDone = true;
          continue;
        }
        Batch batch = Batch.builder()
            .number(++batchesCut)
            .range(RecordRange.of(unsentFrom, next))
            .exclusive(barrier && batchesCut == 1)
            .build();
        unsentFrom = next;
        BatchSender.Prepared prepared = prepare(batch, rows);
        if (prepared == null) {
          continue; // failed: drained as the batch's outcome
        }
        if (held && !batch.exclusive()) {
          ready.add(new Ready(batch, prepared));
        } else {
          dispatch(batch, prepared);
        }
      }
      while (!unfinished.isEmpty() && !Thread.currentThread().isInterrupted()) {
        drain(true);
      }
      BatchReport report = report();
      if (failure != null) {
        throw new BatchException(vendor, operation, summary(report), report, failedBatch, failure);
      }
      LOG.debug("{} {}: {} records in {} batches confirmed", vendor, operation, recordsConfirmed, batchesConfirmed);
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

    /** The sender's prepared batch, or {@code null} after recording the batch as failed. */
    private @Nullable BatchSender.Prepared prepare(Batch batch, List<T> rows) {
      try {
        BatchSender.Prepared prepared = sender.prepare(Collections.unmodifiableList(rows), batch);
        if (prepared == null) {
          throw new IllegalStateException("the batch sender prepared nothing");
        }
        return prepared;
      } catch (RuntimeException e) {
        unfinished.add(batch);
        completions.add(new Done(batch, e));
        return null;
      }
    }

    private void dispatch(Batch batch, BatchSender.Prepared prepared) {
      unfinished.add(batch);
      CompletableFuture<?> future;
      try {
        future = prepared.send();
        if (future == null) {
          throw new IllegalStateException("the batch sender returned no future");
        }
      } catch (RuntimeException e) {
        completions.add(new Done(batch, e));
        return;
      }
      future.whenComplete((result, error) -> completions.add(new Done(batch, unwrap(error))));
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
        if (failedBatch == null || done.batch.number() < failedBatch.number()) {
          failedBatch = done.batch;
        }
        if (failure == null) {
          failure = done.error;
        }
        LOG.warn("{} {}: {} failed ({})", vendor, operation, describe(done.batch), done.error.toString());
        return;
      }
      confirmed.add(done.batch.range());
      recordsConfirmed += done.batch.range().size();
      batchesConfirmed++;
      if (done.batch.exclusive()) {
        exclusiveConfirmed = true;
      }
      if (failure != null) {
        return;
      }
      try {
        listener.onBatchConfirmed(BatchProgress.builder()
            .batch(done.batch)
            .recordsConfirmed(recordsConfirmed)
            .batchesConfirmed(batchesConfirmed)
            .elapsed(elapsed())
            .build());
      } catch (RuntimeException e) {
        failure = e;
      }
    }

    private BatchReport report() {
      // everything before the first failed, unanswered or unsent record is confirmed
      long resume = failure == null ? next : unsentFrom;
      for (Ready r : ready) {
        resume = Math.min(resume, r.batch.range().from());
      }
      if (failedBatch != null) {
        resume = Math.min(resume, failedBatch.range().from());
      }
      for (Batch b : unfinished) {
        resume = Math.min(resume, b.range().from());
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
      return BatchReport.builder()
          .vendor(vendor)
          .operation(operation)
          .exclusiveFirstBatch(exclusiveLabel)
          .completed(failure == null)
          .recordsConfirmed(recordsConfirmed)
          .batchesConfirmed(batchesConfirmed)
          .resumeIndex(resume)
          .confirmedAfterResumeIndex(merge(after))
          .exclusiveBatchConfirmed(exclusiveLabel != null && exclusiveConfirmed)
          .elapsed(elapsed())
          .build();
    }

    private String summary(BatchReport r) {
      String what = failedBatch != null ? describe(failedBatch) + " failed" : "stopped at record " + r.resumeIndex();
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
   * Configures a {@link BatchJob}. Every setter validates at once ({@link ValidationException}
   * naming the setting).
   *
   * <pre>{@code
   * BatchJob.builder("acme", "pushRows", sender).batchSize(500).parallelism(4).build();
   * }</pre>
   *
   * @param <T> record type
   */
  public static final class Builder<T> {
    private final String vendor;
    private final String operation;
    private final BatchSender<T> sender;
    private int batchSize = 100;
    private int parallelism = DEFAULT_PARALLELISM;
    private BatchProgressListener listener = BatchProgressListener.NONE;
    private @Nullable String exclusiveLabel;
    private @Nullable String emptyInputProblem;
    private long startAt;
    private List<RecordRange> skip = Collections.emptyList();
    private boolean exclusiveAlreadyConfirmed;
    private @Nullable BatchReport resumed;

    private Builder(String vendor, String operation, BatchSender<T> sender) {
      this.vendor = Checks.notBlank("vendor", vendor);
      this.operation = Checks.notBlank("operation", operation);
      this.sender = Checks.notNull("sender", sender);
    }

    /**
     * Sets how many records go into one batch, 1 to {@value BatchJob#MAX_BATCH_SIZE}. Default 100.
     *
     * @param batchSize records per batch, 1 to {@value BatchJob#MAX_BATCH_SIZE} (default 100)
     * @return this
     */
    public Builder<T> batchSize(int batchSize) {
      this.batchSize = (int) Checks.between("batchSize", batchSize, 1, MAX_BATCH_SIZE);
      return this;
    }

    /**
     * Sets how many batches may be in flight at once, 1 to {@value BatchJob#MAX_PARALLELISM}.
     * Default {@value BatchJob#DEFAULT_PARALLELISM} (see {@link BatchJob#DEFAULT_PARALLELISM} for
     * why); 1 sends one batch after the other.
     *
     * @param parallelism batches in flight at once, 1 to {@value BatchJob#MAX_PARALLELISM} (default
     *     {@value BatchJob#DEFAULT_PARALLELISM})
     * @return this
     */
    public Builder<T> parallelism(int parallelism) {
      this.parallelism = (int) Checks.between("parallelism", parallelism, 1, MAX_PARALLELISM);
      return this;
    }

    /**
     * Sets the listener told about every confirmed batch. Default: none.
     *
     * @param listener told about every confirmed batch
     * @return this
     */
    public Builder<T> listener(BatchProgressListener listener) {
      this.listener = Checks.notNull("listener", listener);
      return this;
    }

    /**
     * Sends the input's first batch alone: no other batch is sent until it is confirmed, and if it
     * fails nothing else is sent. {@link Batch#exclusive()} tells the sender which batch it is. A
     * run that starts past record 0, or resumes a run that had it confirmed, has no exclusive
     * batch.
     *
     * @param label what the batch does, shown in messages and logs, e.g. {@code complete=1}
     * @return this
     */
    public Builder<T> exclusiveFirstBatch(String label) {
      this.exclusiveLabel = Checks.notBlank("label", label);
      return this;
    }

    /**
     * Refuses a run from the start of the input that finds no record at all: it throws {@code
     * ValidationException("records", problem)} before anything is sent, instead of reporting
     * success. For jobs where "nothing" cannot be what the caller meant (a full replacement of the
     * vendor's data). A resumed run may have nothing left and is not refused.
     *
     * @param problem the exception's problem text, e.g. why an empty input would be harmful
     * @return this
     */
    public Builder<T> refuseEmptyInput(String problem) {
      this.emptyInputProblem = Checks.notBlank("problem", problem);
      return this;
    }

    /**
     * Starts at record {@code index} of the input, reading and dropping the ones before it.
     *
     * @param index 0-based position of the first record to send
     * @return this
     */
    public Builder<T> startAt(long index) {
      this.startAt = Checks.notNegative("startAt", index);
      return this;
    }

    /**
     * Continues a run that stopped: starts at {@link BatchReport#resumeIndex()}, skips the ranges
     * confirmed after it, and sends an exclusive first batch only if the earlier run's was not
     * confirmed. Feed the same input in the same order. The report must come from this same job
     * (vendor, operation and exclusive first batch); {@link #build()} refuses another's.
     *
     * @param report the report of the stopped run (from {@link BatchException#report()})
     * @return this
     */
    public Builder<T> resumeFrom(BatchReport report) {
      Checks.notNull("report", report);
      this.resumed = report;
      this.startAt = report.resumeIndex();
      this.skip = new ArrayList<>(report.confirmedAfterResumeIndex());
      this.exclusiveAlreadyConfirmed = report.exclusiveBatchConfirmed();
      return this;
    }

    /**
     * Builds the job; nothing is sent until {@code run(...)}.
     *
     * @return the job
     * @throws ValidationException naming {@code report} if {@link #resumeFrom} was given the report
     *     of another job
     */
    public BatchJob<T> build() {
      return new BatchJob<>(this);
    }
  }
}
