package io.github.ampark.core;

/**
 * What a keyed operation (an order, a top-up, a charge start) does when, after an ambiguous failure,
 * the vendor answers — well-formed, covering the key — that the key does not exist.
 *
 * <p>One such answer is weak evidence: a vendor may lag its own writes. So the default is {@link
 * #THROW}: an {@link OutcomeUnknownException} with {@link OutcomeUnknownException#absenceReported()}
 * set, and nothing resent.
 */
public enum IfAbsent {
  /**
   * The default: throw {@link OutcomeUnknownException} ({@code absenceReported() == true}); the
   * operation is never sent twice.
   */
  THROW,
  /**
   * Opt-in: resend once, but only after absence is confirmed by a second query made {@link
   * ClientConfig#reconcileSettleDelay()} after the first, and only if the call deadline leaves time
   * for it. Anything less than two well-formed "no such key" answers throws {@link
   * OutcomeUnknownException}.
   */
  RESEND;

  /**
   * The default, {@link #THROW}.
   *
   * @return the default, {@link #THROW}
   */
  public static IfAbsent defaultValue() {
    return THROW;
  }
}
