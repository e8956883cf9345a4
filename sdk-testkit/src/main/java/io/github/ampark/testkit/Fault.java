package io.github.ampark.testkit;

import io.github.ampark.core.Nullable;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * Something going wrong between the client and the vendor, injected into the next matching
 * exchange of a fake (see {@link Faults}). Whether the vendor processed the request before the
 * fault is part of the fault, because that is what decides whether a retry is safe:
 *
 * <ul>
 *   <li>{@link #disconnectAfterRequest()}: the request was read, then the connection dropped — and
 *       the vendor did <em>not</em> act on it;
 *   <li>{@link #processThenDisconnect()}: the vendor acted on it, then the answer was lost (the
 *       classic double-charge trap);
 *   <li>{@link #status(int)} / {@link #retryAfter(Duration)}: an error status, not processed;
 *   <li>{@link #malformedBody()}, {@link #truncatedBody()}, {@link #slowBody(Duration)},
 *       {@link #delay(Duration)}: processed, but the answer is garbage, cut, slow, or late;
 *   <li>{@link #neverAnswer()}: the request is read, not processed, and no answer ever comes;
 *   <li>{@link #resetAfterRequest()}: the request is read, not processed, and the socket is closed
 *       abruptly without a response;
 *   <li>{@link #drip(Duration)}: processed, and the answer leaves one byte per interval (unlike
 *       {@link #slowBody}, the request itself arrives at once);
 *   <li>{@link #answer(int, String, byte[])}, {@link #emptyBody()}, {@link #rewrite(String, UnaryOperator)}:
 *       processed, but what arrives is another answer, an empty one, or the real one altered
 *       (truncated JSON, wrong types, a huge body).
 * </ul>
 */
public final class Fault {
  enum Kind {
    DELAY, DISCONNECT_AFTER_REQUEST, PROCESS_THEN_DISCONNECT, STATUS, MALFORMED_BODY, TRUNCATED_BODY, SLOW_BODY,
    NEVER_ANSWER, RESET, DRIP, ANSWER, REWRITE
  }

  final Kind kind;
  final Duration duration;
  final int status;
  final Duration retryAfter;
  final @Nullable String contentType;
  final @Nullable byte[] body;
  final @Nullable UnaryOperator<byte[]> rewrite;
  final @Nullable String label;

  private Fault(Kind kind, Duration duration, int status, Duration retryAfter) {
    this(kind, duration, status, retryAfter, null, null, null, null);
  }

  private Fault(Kind kind, Duration duration, int status, Duration retryAfter, @Nullable String contentType,
      @Nullable byte[] body, @Nullable UnaryOperator<byte[]> rewrite, @Nullable String label) {
    this.kind = kind;
    this.duration = duration;
    this.status = status;
    this.retryAfter = retryAfter;
    this.contentType = contentType;
    this.body = body;
    this.rewrite = rewrite;
    this.label = label;
  }

  /**
   * The request is read; it is not processed and no answer ever comes (the socket stays open).
   *
   * @return the request is read; it is not processed and no answer ever comes (the socket stays
   *     open)
   */
  public static Fault neverAnswer() {
    return new Fault(Kind.NEVER_ANSWER, null, 0, null);
  }

  /**
   * The request is read (it is in the journal), not processed, and the socket is closed abruptly
   * without a response, as a proxy resetting the connection would. Unlike {@link
   * #disconnectAfterRequest()} it closes the socket outright instead of shutting both directions
   * down in order.
   *
   * @return the request is read (it is in the journal), not processed, and the socket is closed
   *     abruptly without a response, as a proxy resetting the connection would
   */
  public static Fault resetAfterRequest() {
    return new Fault(Kind.RESET, null, 0, null);
  }

  /**
   * Processed, but the answer leaves one byte per {@code perByte}; the request arrives at once.
   *
   * @param perByte the pause before each byte of the answer
   * @return processed, but the answer leaves one byte per {@code perByte}; the request arrives at
   *     once
   */
  public static Fault drip(Duration perByte) {
    return new Fault(Kind.DRIP, perByte, 0, null);
  }

  /**
   * Processed, but this answer arrives instead of the real one.
   *
   * @param status HTTP status
   * @param contentType the Content-Type header
   * @param body exact body bytes (copied)
   * @return the fault
   */
  public static Fault answer(int status, String contentType, byte[] body) {
    return new Fault(Kind.ANSWER, null, status, null, contentType, body.clone(), null, "answer(" + status + ", " + body.length + " bytes)");
  }

  /**
   * Processed, but answered HTTP 200 with an empty body.
   *
   * @return processed, but answered HTTP 200 with an empty body
   */
  public static Fault emptyBody() {
    return new Fault(Kind.ANSWER, null, 200, null, "application/json", new byte[0], null, "emptyBody");
  }

  /**
   * Processed, and the real answer's body is altered on the way (status and headers kept; the
   * length follows the new body).
   *
   * @param label what the change is, for the journal and {@link #toString()}
   * @param change from the real body to what arrives
   * @return the fault
   */
  public static Fault rewrite(String label, UnaryOperator<byte[]> change) {
    return new Fault(Kind.REWRITE, null, 0, null, null, null, change, label);
  }

  /**
   * Processed normally, but the response headers are sent only after {@code delay}.
   *
   * @param delay how long the headers are held back
   * @return processed normally, but the response headers are sent only after {@code delay}
   */
  public static Fault delay(Duration delay) {
    return new Fault(Kind.DELAY, delay, 0, null);
  }

  /**
   * The request is read, then the connection is closed without an answer; not processed.
   *
   * @return the request is read, then the connection is closed without an answer; not processed
   */
  public static Fault disconnectAfterRequest() {
    return new Fault(Kind.DISCONNECT_AFTER_REQUEST, null, 0, null);
  }

  /**
   * The request is processed (state changes), then the connection is closed without an answer.
   *
   * @return the request is processed (state changes), then the connection is closed without an
   *     answer
   */
  public static Fault processThenDisconnect() {
    return new Fault(Kind.PROCESS_THEN_DISCONNECT, null, 0, null);
  }

  /**
   * An error status with an empty JSON body; not processed.
   *
   * @param status the HTTP status, e.g. {@code 500}
   * @return an error status with an empty JSON body; not processed
   */
  public static Fault status(int status) {
    return new Fault(Kind.STATUS, null, status, null);
  }

  /**
   * HTTP 503 with {@code Retry-After: <seconds>}; not processed.
   *
   * @param retryAfter the value of {@code Retry-After}, whole seconds
   * @return HTTP 503 with {@code Retry-After: <seconds>}; not processed
   */
  public static Fault retryAfter(Duration retryAfter) {
    return new Fault(Kind.STATUS, null, 503, retryAfter);
  }

  /**
   * A status with {@code Retry-After}; not processed.
   *
   * @param status the HTTP status, e.g. {@code 429}
   * @param retryAfter the value of {@code Retry-After}, whole seconds
   * @return a status with {@code Retry-After}; not processed
   */
  public static Fault status(int status, Duration retryAfter) {
    return new Fault(Kind.STATUS, null, status, retryAfter);
  }

  /**
   * Processed, but answered with HTTP 200 and an HTML page instead of the envelope.
   *
   * @return processed, but answered with HTTP 200 and an HTML page instead of the envelope
   */
  public static Fault malformedBody() {
    return new Fault(Kind.MALFORMED_BODY, null, 0, null);
  }

  /**
   * Processed, but the connection drops in the middle of the response body.
   *
   * @return processed, but the connection drops in the middle of the response body
   */
  public static Fault truncatedBody() {
    return new Fault(Kind.TRUNCATED_BODY, null, 0, null);
  }

  /**
   * Processed, but the body trickles out one byte per {@code perByte}.
   *
   * @param perByte the pause before each byte of the body
   * @return processed, but the body trickles out one byte per {@code perByte}
   */
  public static Fault slowBody(Duration perByte) {
    return new Fault(Kind.SLOW_BODY, perByte, 0, null);
  }

  /**
   * Whether the fake's handler runs (the vendor acts on the request) under this fault.
   *
   * @return whether the fake's handler runs (the vendor acts on the request) under this fault
   */
  public boolean processes() {
    return kind != Kind.DISCONNECT_AFTER_REQUEST && kind != Kind.STATUS && kind != Kind.NEVER_ANSWER && kind != Kind.RESET;
  }

  @Override
  public String toString() {
    switch (kind) {
      case DELAY:
        return "delay(" + duration.toMillis() + "ms)";
      case STATUS:
        return "status(" + status + (retryAfter == null ? "" : ", retry-after " + retryAfter.getSeconds() + "s") + ")";
      case SLOW_BODY:
        return "slowBody(" + duration.toMillis() + "ms/byte)";
      case DRIP:
        return "drip(" + duration.toMillis() + "ms/byte)";
      case ANSWER:
      case REWRITE:
        return label;
      default:
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
