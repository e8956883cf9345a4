package io.github.ampark.testkit;

import java.time.Duration;

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
 *       {@link #delay(Duration)}: processed, but the answer is garbage, cut, slow, or late.
 * </ul>
 */
public final class Fault {
  enum Kind {
    DELAY, DISCONNECT_AFTER_REQUEST, PROCESS_THEN_DISCONNECT, STATUS, MALFORMED_BODY, TRUNCATED_BODY, SLOW_BODY
  }

  final Kind kind;
  final Duration duration;
  final int status;
  final Duration retryAfter;

  private Fault(Kind kind, Duration duration, int status, Duration retryAfter) {
    this.kind = kind;
    this.duration = duration;
    this.status = status;
    this.retryAfter = retryAfter;
  }

  /** Processed normally, but the response headers are sent only after {@code delay}. */
  public static Fault delay(Duration delay) {
    return new Fault(Kind.DELAY, delay, 0, null);
  }

  /** The request is read, then the connection is closed without an answer; not processed. */
  public static Fault disconnectAfterRequest() {
    return new Fault(Kind.DISCONNECT_AFTER_REQUEST, null, 0, null);
  }

  /** The request is processed (state changes), then the connection is closed without an answer. */
  public static Fault processThenDisconnect() {
    return new Fault(Kind.PROCESS_THEN_DISCONNECT, null, 0, null);
  }

  /** An error status with an empty JSON body; not processed. */
  public static Fault status(int status) {
    return new Fault(Kind.STATUS, null, status, null);
  }

  /** HTTP 503 with {@code Retry-After: <seconds>}; not processed. */
  public static Fault retryAfter(Duration retryAfter) {
    return new Fault(Kind.STATUS, null, 503, retryAfter);
  }

  /** A status with {@code Retry-After}; not processed. */
  public static Fault status(int status, Duration retryAfter) {
    return new Fault(Kind.STATUS, null, status, retryAfter);
  }

  /** Processed, but answered with HTTP 200 and an HTML page instead of the envelope. */
  public static Fault malformedBody() {
    return new Fault(Kind.MALFORMED_BODY, null, 0, null);
  }

  /** Processed, but the connection drops in the middle of the response body. */
  public static Fault truncatedBody() {
    return new Fault(Kind.TRUNCATED_BODY, null, 0, null);
  }

  /** Processed, but the body trickles out one byte per {@code perByte}. */
  public static Fault slowBody(Duration perByte) {
    return new Fault(Kind.SLOW_BODY, perByte, 0, null);
  }

  /** Whether the fake's handler runs (the vendor acts on the request) under this fault. */
  public boolean processes() {
    return kind != Kind.DISCONNECT_AFTER_REQUEST && kind != Kind.STATUS;
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
      default:
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
