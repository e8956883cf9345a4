package io.github.ampark.fourpyun.model;

import io.github.ampark.core.AmparkStyle;
import org.immutables.value.Value;

/**
 * A run of input records by position, {@code from} inclusive, {@code to} exclusive (0-based, in the
 * order the sync read them). The 4pyun sync's name for core's {@link
 * io.github.ampark.core.batch.RecordRange}, which it is.
 *
 * <pre>{@code
 * RecordRange r = RecordRange.of(500, 1000);   // records 500..999
 * r.size();                                    // 500
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class RecordRange extends io.github.ampark.core.batch.RecordRange {
  /** @param from first record @param to end (exclusive) @return the range */
  public static RecordRange of(long from, long to) {
    return ImmutableRecordRange.of(from, to);
  }
}
