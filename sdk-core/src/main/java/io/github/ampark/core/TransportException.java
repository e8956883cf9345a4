package io.github.ampark.core;

/**
 * No complete response arrived: connect failure, timeout, reset connection, truncated body, or
 * the call deadline passed.
 *
 * <p>{@link #mayHaveReachedVendor()} is the question that matters for money: if {@code false},
 * the request certainly never left this machine and may be sent again; if {@code true}, the vendor
 * may have acted on it, and an unsafe operation (a recharge, a charge start) must be checked — for
 * example by querying its merchant order number — before it is sent again. Ampark's own retries
 * follow exactly this rule.
 */
public class TransportException extends AmparkException {
  private static final long serialVersionUID = 1L;

  /** Whether any byte of the request may have been sent. */
  private final boolean mayHaveReachedVendor;

  /**
   * Creates the exception for a call that got no complete response.
   *
   * @param vendor vendor module name
   * @param operation operation name
   * @param mayHaveReachedVendor whether any byte of the request may have been sent
   * @param message description, free of secrets
   * @param cause the underlying I/O failure
   */
  public TransportException(
      @Nullable String vendor,
      @Nullable String operation,
      boolean mayHaveReachedVendor,
      String message,
      @Nullable Throwable cause) {
    super(
        vendor,
        operation,
        prefix(vendor, operation)
            + message
            + (mayHaveReachedVendor
                ? " (the request may have reached the vendor: check its state before sending it again)"
                : " (the request was not sent)"),
        cause);
    this.mayHaveReachedVendor = mayHaveReachedVendor;
  }

  /**
   * Whether the vendor may have received (and acted on) the request. {@code false} only when the
   * failure certainly happened before any byte was written, e.g. a refused connection.
   *
   * @return whether the vendor may have received (and acted on) the request
   */
  public boolean mayHaveReachedVendor() {
    return mayHaveReachedVendor;
  }

  /** Same as {@link #mayHaveReachedVendor()}. */
  @Override
  public boolean mayHaveTakenEffect() {
    return mayHaveReachedVendor();
  }
}
