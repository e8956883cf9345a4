package io.github.ampark.core.http;

import io.github.ampark.core.Nullable;

/**
 * What a vendor says about a business key after an ambiguous failure (for module authors): the
 * order exists (here it is), or it certainly does not.
 *
 * @param <T> the result type of the original operation
 */
public final class Reconciliation<T> {
  private static final Reconciliation<Object> ABSENT = new Reconciliation<>(false, null);

  private final boolean found;
  private final @Nullable T value;

  private Reconciliation(boolean found, @Nullable T value) {
    this.found = found;
    this.value = value;
  }

  /**
   * @param value the operation's result rebuilt from the query
   * @param <T> result type
   * @return "the vendor has it"
   */
  public static <T> Reconciliation<T> found(T value) {
    return new Reconciliation<>(true, value);
  }

  /**
   * @param <T> result type
   * @return "the vendor confirms it does not exist"
   */
  @SuppressWarnings("unchecked")
  public static <T> Reconciliation<T> absent() {
    return (Reconciliation<T>) ABSENT;
  }

  /** Whether the vendor has it. */
  public boolean isFound() {
    return found;
  }

  /** The result when found, else {@code null}. */
  public @Nullable T value() {
    return value;
  }

  @Override
  public String toString() {
    return found ? "Reconciliation{found}" : "Reconciliation{absent}";
  }
}
