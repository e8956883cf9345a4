package io.github.ampark.core;

/**
 * The vendor answered, but the answer cannot be decoded: not JSON, an envelope without its
 * mandatory fields, a bad response signature, or data of an unexpected shape.
 *
 * <p>Treat like an ambiguous failure: the vendor may have acted on the request.
 */
public class ResponseFormatException extends AmparkException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status of the answer. */
  private final int httpStatus;
  /** The redacted, capped response body. */
  private final String body;

  /**
   * Creates the exception for an answer that cannot be decoded.
   *
   * @param vendor vendor module name
   * @param operation operation name
   * @param httpStatus HTTP status of the response
   * @param problem what is wrong with the answer
   * @param body the body, already redacted (capped to {@link ApiException#MAX_BODY_CHARS})
   * @param cause the decoding failure, or {@code null}
   */
  public ResponseFormatException(
      @Nullable String vendor,
      @Nullable String operation,
      int httpStatus,
      String problem,
      @Nullable String body,
      @Nullable Throwable cause) {
    super(vendor, operation, prefix(vendor, operation) + "HTTP " + httpStatus + ": " + problem, cause);
    this.httpStatus = httpStatus;
    this.body = ApiException.cap(body == null ? "" : body);
  }

  /**
   * The HTTP status of the undecodable response.
   *
   * @return the HTTP status of the undecodable response
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * The response body, redacted and capped.
   *
   * @return the response body, redacted and capped
   */
  public String body() {
    return body;
  }

  /** Always {@code true}: the vendor answered, but what it said could not be read. */
  @Override
  public boolean mayHaveTakenEffect() {
    return true;
  }
}
