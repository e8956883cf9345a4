package io.github.ampark.core.batch;

import io.github.ampark.core.ValidationException;
import io.github.ampark.core.AmparkStyle;
import org.immutables.value.Value;

/**
 * A run of input records by position, {@code from} inclusive, {@code to} exclusive (0-based, in the
 * order a {@link BatchJob} read them).
 *
 * <pre>{@code
 * RecordRange r = RecordRange.of(500, 1000);   // records 500..999
 * r.size();                                    // 500
 * r.contains(999);                             // true
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class RecordRange {
  /**
   * First record (inclusive).
   *
   * @return first record (inclusive)
   */
  @Value.Parameter
  public abstract long from();

  /**
   * End (exclusive).
   *
   * @return end (exclusive)
   */
  @Value.Parameter
  public abstract long to();

  /**
   * How many records the range holds: {@code to() - from()}.
   *
   * @return number of records
   */
  public long size() {
    return to() - from();
  }

  /**
   * Whether the record at {@code index} lies in this range ({@code from() <= index < to()}).
   *
   * @param index a record position
   * @return whether it lies in this range
   */
  public boolean contains(long index) {
    return index >= from() && index < to();
  }

  /** Refuses a negative start and an empty or reversed range. */
  @Value.Check
  protected void check() {
    if (from() < 0) {
      throw new ValidationException("from", "must not be negative (was " + from() + ")");
    }
    if (to() <= from()) {
      throw new ValidationException("to", "must be greater than from (was " + to() + " <= " + from() + ")");
    }
  }

  /**
   * The records from {@code from} (inclusive) to {@code to} (exclusive), 0-based positions in the
   * input.
   *
   * @param from first record
   * @param to end (exclusive)
   * @return the range
   */
  public static RecordRange of(long from, long to) {
    return ImmutableRecordRange.of(from, to);
  }

  @Override
  public String toString() {
    return "[" + from() + ", " + to() + ")";
  }
}
