package io.github.ampark.core.spi;

import io.github.ampark.core.Checks;
import io.github.ampark.core.Nullable;

/**
 * What the vendor's answer to a query about a business key proves, after an ambiguous failure (for
 * module authors). Exactly one of three:
 *
 * <ul>
 *   <li>{@link #found(Object)}: the answer names this key (and, where it carries them, the same
 *       amount, card, device…): the operation took effect; here is its result;
 *   <li>{@link #absent()}: a <em>well-formed</em> answer whose list or record is present, consistent
 *       with its own counts, and covers the key's search window, and the key is not in it;
 *   <li>{@link #unknown(String)}: anything else — a malformed or partial answer, a count that does
 *       not match the list, another key, a different amount. Never treat silence as absence.
 * </ul>
 *
 * @param <T> the result type of the original operation
 */
public final class Reconciliation<T> {
  private enum Kind { FOUND, ABSENT, UNKNOWN }

  private static final Reconciliation<Object> ABSENT = new Reconciliation<>(Kind.ABSENT, null, "the vendor reports no such key");

  private final Kind kind;
  private final @Nullable T value;
  private final String seen;

  private Reconciliation(Kind kind, @Nullable T value, String seen) {
    this.kind = kind;
    this.value = value;
    this.seen = seen;
  }

  /**
   * "the vendor has it, and it is this operation".
   *
   * @param value the operation's result rebuilt from the query
   * @param <T> result type
   * @return "the vendor has it, and it is this operation"
   */
  public static <T> Reconciliation<T> found(T value) {
    return new Reconciliation<>(Kind.FOUND, Checks.notNull("value", value), "found");
  }

  /**
   * Only for a well-formed answer that covers the key (see the class comment).
   *
   * @param <T> result type
   * @return "the vendor proves the key does not exist"
   */
  @SuppressWarnings("unchecked")
  public static <T> Reconciliation<T> absent() {
    return (Reconciliation<T>) ABSENT;
  }

  /**
   * "the answer proves nothing".
   *
   * @param seen what the answer showed, in words, free of secrets (e.g. {@code "the answer named
   *     order T2"}, {@code "count 5 but an empty list"}); ends up in {@link
   *     io.github.ampark.core.OutcomeUnknownException#reconciliation()}
   * @param <T> result type
   * @return "the answer proves nothing"
   */
  public static <T> Reconciliation<T> unknown(String seen) {
    return new Reconciliation<>(Kind.UNKNOWN, null, Checks.notBlank("seen", seen));
  }

  /**
   * Whether the vendor has it.
   *
   * @return whether the vendor has it
   */
  public boolean isFound() {
    return kind == Kind.FOUND;
  }

  /**
   * Whether the answer proves absence.
   *
   * @return whether the answer proves absence
   */
  public boolean isAbsent() {
    return kind == Kind.ABSENT;
  }

  /**
   * Whether the answer proves nothing.
   *
   * @return whether the answer proves nothing
   */
  public boolean isUnknown() {
    return kind == Kind.UNKNOWN;
  }

  /**
   * The result when found, else {@code null}.
   *
   * @return the result when found, else {@code null}
   */
  public @Nullable T value() {
    return value;
  }

  /**
   * What the answer showed, in words.
   *
   * @return what the answer showed, in words
   */
  public String seen() {
    return seen;
  }

  @Override
  public String toString() {
    return "Reconciliation{" + kind.name().toLowerCase(java.util.Locale.ROOT) + (kind == Kind.UNKNOWN ? ": " + seen : "") + "}";
  }
}
