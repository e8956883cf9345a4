package io.github.ampark.core;

/**
 * Root of every exception Ampark throws. Unchecked: nothing in the public API declares a checked
 * exception.
 *
 * <p>Catch a subtype to act on the cause:
 *
 * <ul>
 *   <li>{@link ValidationException}: your input was rejected before anything was sent;
 *   <li>{@link ApiException}: the vendor answered with an error code (even inside HTTP 200);
 *   <li>{@link TransportException}: no complete response arrived; {@link
 *       TransportException#mayHaveReachedVendor()} tells whether the vendor may have acted on it;
 *   <li>{@link ResponseFormatException}: the vendor's answer could not be decoded;
 *   <li>{@link CallbackVerificationException}: an incoming callback failed verification.
 * </ul>
 *
 * <p>Messages never contain secrets or signatures.
 */
public class AmparkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The vendor module, or null. */
  private final @Nullable String vendor;
  /** The operation, or null. */
  private final @Nullable String operation;

  /**
   * Creates the exception.
   *
   * @param vendor the vendor module, e.g. {@code "wikeyun"}, or {@code null} when none applies
   * @param operation the operation, e.g. {@code "pushOrder"}, or {@code null}
   * @param message the message, already free of secrets
   * @param cause the cause, or {@code null}
   */
  public AmparkException(
      @Nullable String vendor, @Nullable String operation, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.vendor = vendor;
    this.operation = operation;
  }

  /**
   * The vendor module that raised this, e.g. {@code "wikeyun"}; {@code null} if not
   * vendor-specific.
   *
   * @return the vendor module that raised this, e.g. {@code "wikeyun"}; {@code null} if not
   *     vendor-specific
   */
  public @Nullable String vendor() {
    return vendor;
  }

  /**
   * The operation that failed, e.g. {@code "pushOrder"}; {@code null} if not known.
   *
   * @return the operation that failed, e.g. {@code "pushOrder"}; {@code null} if not known
   */
  public @Nullable String operation() {
    return operation;
  }

  static String prefix(@Nullable String vendor, @Nullable String operation) {
    if (vendor == null && operation == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder("[");
    if (vendor != null) {
      sb.append(vendor);
    }
    if (operation != null) {
      if (vendor != null) {
        sb.append(' ');
      }
      sb.append(operation);
    }
    return sb.append("] ").toString();
  }

  /**
   * Whether the operation may have taken effect at the vendor although this exception was thrown:
   * the request may have reached the vendor and no usable answer came back (an I/O failure after
   * sending, an undecodable answer, a gateway 5xx without a vendor code). Such an operation must
   * not be resent blindly; keyed operations reconcile by asking the vendor first.
   *
   * @return {@code false} here; subclasses that can be ambiguous override it
   */
  public boolean mayHaveTakenEffect() {
    return false;
  }
}
