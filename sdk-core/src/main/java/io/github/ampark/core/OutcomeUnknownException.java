package io.github.ampark.core;

/**
 * A keyed operation (a recharge, a top-up, a charge start) may or may not have taken effect, and
 * the SDK could not prove which: its request may have reached the vendor, no usable answer came
 * back, and asking the vendor about the business key did not settle it. Nothing was resent.
 *
 * <p>This is never "not sent": {@link #mayHaveReachedVendor()} is always {@code true}. Find out
 * with the vendor (query the {@link #businessKey()} later, or wait for its callback) before you
 * place the operation again under the same or another key.
 *
 * <p>{@link #reconciliation()} says in words what the check saw, for example {@code "the vendor
 * reports no order with this key (2 queries, 2000 ms apart)"}, {@code "the query failed: …"} or
 * {@code "the answer named another order"}. {@link #absenceReported()} is {@code true} when the
 * vendor answered, well-formed, that the key does not exist: the strongest evidence there is, but a
 * vendor may lag its own writes, so the SDK still does not resend unless you opted in with {@link
 * IfAbsent#RESEND}.
 *
 * <pre>{@code
 * try {
 *   client.power().pushOrder(request);
 * } catch (OutcomeUnknownException e) {
 *   pending.markForReview(e.businessKey(), e.reconciliation());   // ask again later; do not re-place
 * }
 * }</pre>
 */
public class OutcomeUnknownException extends TransportException {
  private static final long serialVersionUID = 1L;

  /** The merchant's key of the operation. */
  private final String businessKey;
  /** What the check with the vendor saw, in words. */
  private final String reconciliation;
  /** Whether a well-formed answer said the key does not exist. */
  private final boolean absenceReported;
  /** Whether the operation was sent a second time. */
  private final boolean resent;

  /**
   * Creates the exception for a keyed operation whose outcome could not be established (nothing was
   * resent).
   *
   * @param vendor vendor module name
   * @param operation operation name
   * @param businessKey the merchant's key of the operation (an order number)
   * @param reconciliation what the check with the vendor saw, in words, free of secrets
   * @param absenceReported whether the vendor answered, well-formed, that the key does not exist
   * @param cause the ambiguous failure of the last send
   */
  public OutcomeUnknownException(
      @Nullable String vendor,
      @Nullable String operation,
      String businessKey,
      String reconciliation,
      boolean absenceReported,
      @Nullable Throwable cause) {
    this(vendor, operation, businessKey, reconciliation, absenceReported, false, cause);
  }

  /**
   * Creates the exception for a keyed operation whose outcome could not be established, saying
   * whether it was resent.
   *
   * @param vendor vendor module name
   * @param operation operation name
   * @param businessKey the merchant's key of the operation (an order number)
   * @param reconciliation what the check with the vendor saw, in words, free of secrets
   * @param absenceReported whether the vendor answered, well-formed, that the key does not exist
   * @param resent whether the operation was sent a second time (only under {@link IfAbsent#RESEND},
   *     after two agreeing "no such key" answers)
   * @param cause the failure of the last send
   */
  public OutcomeUnknownException(
      @Nullable String vendor,
      @Nullable String operation,
      String businessKey,
      String reconciliation,
      boolean absenceReported,
      boolean resent,
      @Nullable Throwable cause) {
    super(
        vendor,
        operation,
        true,
        "outcome of " + Checks.echo(businessKey) + " is unknown: " + reconciliation
            + (resent ? "; it was resent once and that outcome is unknown too" : "; it was not resent"),
        cause);
    this.businessKey = businessKey;
    this.reconciliation = reconciliation;
    this.absenceReported = absenceReported;
    this.resent = resent;
  }

  /**
   * Whether the operation was sent a second time (under {@link IfAbsent#RESEND}) before this.
   *
   * @return whether the operation was sent a second time (under {@link IfAbsent#RESEND}) before
   *     this
   */
  public boolean resent() {
    return resent;
  }

  /**
   * The merchant's key of the operation (an order number).
   *
   * @return the merchant's key of the operation (an order number)
   */
  public String businessKey() {
    return businessKey;
  }

  /**
   * What the check with the vendor saw, in words.
   *
   * @return what the check with the vendor saw, in words
   */
  public String reconciliation() {
    return reconciliation;
  }

  /**
   * Whether the vendor answered, well-formed, that the key does not exist. Even then the operation
   * may still appear later (vendors lag their own writes).
   *
   * @return whether the vendor answered, well-formed, that the key does not exist
   */
  public boolean absenceReported() {
    return absenceReported;
  }
}
