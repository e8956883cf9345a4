package io.github.ampark.core;

/**
 * The vendor answered, and the answer is an error: a non-success code in the envelope (also when
 * the HTTP status is 200) or an HTTP error status.
 *
 * <pre>{@code
 * try {
 *   client.power().pushOrder(request);
 * } catch (ApiException e) {
 *   log.warn("wikeyun refused: code={} message={} requestId={}", e.vendorCode(), e.vendorMessage(), e.requestId());
 * }
 * }</pre>
 *
 * <p>{@link #body()} holds the start of the response body (at most {@value #MAX_BODY_CHARS}
 * characters) with secrets and signatures redacted.
 */
public class ApiException extends AmparkException {
  private static final long serialVersionUID = 1L;

  /** The longest body excerpt an exception keeps. */
  public static final int MAX_BODY_CHARS = 2048;

  /** The most characters of the vendor's message {@link #getMessage()} shows. */
  public static final int MAX_MESSAGE_CHARS = 256;

  /** The HTTP status of the answer. */
  private final int httpStatus;
  /** The vendor's error code, or null. */
  private final @Nullable String vendorCode;
  /** The vendor's error message, or null. */
  private final @Nullable String vendorMessage;
  /** The vendor's request or trace id, or null. */
  private final @Nullable String requestId;
  /** The redacted, capped response body. */
  private final String body;

  /**
   * Creates the exception for a vendor's error answer.
   *
   * @param vendor vendor module name
   * @param operation operation name
   * @param httpStatus HTTP status of the response
   * @param vendorCode the vendor's error code, if the envelope carried one
   * @param vendorMessage the vendor's error message, if any
   * @param requestId the vendor's request or trace id, if any
   * @param body the response body, already redacted; cut to {@link #MAX_BODY_CHARS}
   */
  public ApiException(
      String vendor,
      String operation,
      int httpStatus,
      @Nullable String vendorCode,
      @Nullable String vendorMessage,
      @Nullable String requestId,
      @Nullable String body) {
    super(vendor, operation, message(vendor, operation, httpStatus, vendorCode, vendorMessage, requestId), null);
    this.httpStatus = httpStatus;
    this.vendorCode = vendorCode;
    this.vendorMessage = vendorMessage;
    this.requestId = requestId;
    this.body = cap(body == null ? "" : body);
  }

  private static String message(
      String vendor,
      String operation,
      int httpStatus,
      @Nullable String code,
      @Nullable String msg,
      @Nullable String requestId) {
    StringBuilder sb = new StringBuilder(prefix(vendor, operation));
    sb.append("HTTP ").append(httpStatus);
    // all three come from the vendor's answer: bounded and with control characters escaped
    if (code != null) {
      sb.append(", code ").append(Checks.clip(code, 64));
    }
    if (msg != null && !msg.isEmpty()) {
      sb.append(": ").append(Checks.clip(msg, MAX_MESSAGE_CHARS));
    }
    if (requestId != null && !requestId.isEmpty()) {
      sb.append(" (request id ").append(Checks.clip(requestId, 128)).append(')');
    }
    return sb.toString();
  }

  static String cap(String s) {
    return s.length() <= MAX_BODY_CHARS ? s : s.substring(0, MAX_BODY_CHARS) + "…(truncated)";
  }

  /**
   * The HTTP status of the response (200 when the vendor signals errors in the envelope).
   *
   * @return the HTTP status of the response (200 when the vendor signals errors in the envelope)
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * The vendor's own error code as sent (e.g. {@code "1003"}), or {@code null} if there was none.
   *
   * @return the vendor's own error code as sent (e.g. {@code "1003"}), or {@code null} if there was
   *     none
   */
  public @Nullable String vendorCode() {
    return vendorCode;
  }

  /**
   * The vendor's error message as sent, or {@code null}.
   *
   * @return the vendor's error message as sent, or {@code null}
   */
  public @Nullable String vendorMessage() {
    return vendorMessage;
  }

  /**
   * The vendor's request / log id (e.g. 4pyun {@code seqno}), or {@code null}. Quote it to support.
   *
   * @return the vendor's request / log id (e.g. 4pyun {@code seqno}), or {@code null}
   */
  public @Nullable String requestId() {
    return requestId;
  }

  /**
   * The response body, redacted and capped; empty if there was none.
   *
   * @return the response body, redacted and capped; empty if there was none
   */
  public String body() {
    return body;
  }

  /**
   * {@code true} for an HTTP 5xx without a vendor code (a gateway's error page: the vendor behind
   * it may have acted); {@code false} for a vendor's own error answer.
   */
  @Override
  public boolean mayHaveTakenEffect() {
    return vendorCode() == null && httpStatus() >= 500;
  }
}
