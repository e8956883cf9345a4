package io.github.ampark.core;

/**
 * An incoming callback was rejected: missing or wrong signature, unparseable body, or content
 * that does not match what the vendor confirms. Answer the vendor with an error status and do not
 * act on the callback.
 */
public class CallbackVerificationException extends AmparkException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a refused callback.
   *
   * @param vendor vendor module name
   * @param reason why the callback was rejected (must not contain secrets or signatures)
   */
  public CallbackVerificationException(String vendor, String reason) {
    this(vendor, reason, null);
  }

  /**
   * Creates the exception for a refused callback, with the failure behind it.
   *
   * @param vendor vendor module name
   * @param reason why the callback was rejected
   * @param cause underlying failure, or {@code null}
   */
  public CallbackVerificationException(String vendor, String reason, @Nullable Throwable cause) {
    super(vendor, "callback", prefix(vendor, "callback") + reason, cause);
  }
}
