package io.github.ampark.core.batch;

import io.github.ampark.core.AmparkStyle;
import org.immutables.value.Value;

/**
 * One batch a {@link BatchJob} cut from its input: its number, the contiguous records it carries,
 * and whether it is the job's exclusive first batch (sent alone, confirmed before any other).
 * Handed to the {@link BatchSender} with the batch's rows, and to the progress listener.
 *
 * <pre>{@code
 * BatchSender<Reading> sender = (rows, batch) ->
 *     client.pushAsync(rows, batch.exclusive());   // e.g. a "replace everything" flag on the first
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class Batch {
  /**
   * Number of the batch in this run, from 1 in the order batches were cut.
   *
   * @return number of the batch in this run, from 1 in the order batches were cut
   */
  public abstract int number();

  /**
   * The positions in the input of the records this batch carries.
   *
   * @return the input records it carries
   */
  public abstract RecordRange range();

  /**
   * Whether this is the job's exclusive first batch ({@link BatchJob.Builder#exclusiveFirstBatch}):
   * sent alone, and confirmed before any other batch is sent.
   *
   * @return whether this is the job's exclusive first batch ({@link
   *     BatchJob.Builder#exclusiveFirstBatch}): sent alone, and confirmed before any other batch is
   *     sent
   */
  public abstract boolean exclusive();

  /**
   * A new builder (for tests of senders and listeners; jobs cut their own batches).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** E.g. {@code batch 3 (records 200..299)}. */
  @Override
  public String toString() {
    return "batch " + number() + " (records " + range().from() + ".." + (range().to() - 1) + (exclusive() ? ", exclusive" : "") + ")";
  }

  /** Builder for {@link Batch}. */
  public static final class Builder extends ImmutableBatch.Builder {}
}
