package io.github.ampark.core;

/**
 * How a call ended (see {@link AmparkListener.CallObserver#callFinished}). Immutable. Holds nothing
 * the caller sent and no response body.
 *
 * <p>Cardinality: {@link #outcome()}, {@link #httpStatus()}, {@link #reconciliation()} and {@link
 * #resent()} take few values (fit for metric tags); {@link #vendorCode()} is the vendor's open set
 * of codes, and {@link #vendorRequestId()} is unique per call (traces and logs only).
 */
public final class CallFinished {
  /** How a call ended, from the caller's point of view. */
  public enum Outcome {
    /** A result was returned. */
    SUCCESS,
    /** The vendor answered with an error ({@link ApiException}). */
    API_ERROR,
    /** No usable answer arrived ({@link TransportException}, other than outcome unknown). */
    TRANSPORT,
    /** The vendor's answer could not be read ({@link ResponseFormatException}). */
    FORMAT,
    /** The input was refused before anything was sent ({@link ValidationException}). */
    VALIDATION,
    /** A keyed operation may or may not have taken effect ({@link OutcomeUnknownException}). */
    OUTCOME_UNKNOWN,
    /** Anything else (a closed client, an unexpected exception). */
    OTHER;

    /**
     * The outcome that failure stands for.
     *
     * @param error what a call threw, or {@code null} if it returned
     * @return the outcome that failure stands for
     */
    public static Outcome of(@Nullable Throwable error) {
      if (error == null) {
        return SUCCESS;
      }
      if (error instanceof OutcomeUnknownException) {
        return OUTCOME_UNKNOWN;
      }
      if (error instanceof ApiException) {
        return API_ERROR;
      }
      if (error instanceof TransportException) {
        return TRANSPORT;
      }
      if (error instanceof ResponseFormatException) {
        return FORMAT;
      }
      if (error instanceof ValidationException) {
        return VALIDATION;
      }
      return OTHER;
    }
  }

  /** What the reconciliation of a keyed operation found (its last query). */
  public enum Reconciliation {
    /** None was needed (the call succeeded or failed unambiguously), or this is not a keyed operation. */
    NONE,
    /** The vendor has the operation: its result was returned, nothing resent. */
    FOUND,
    /** The vendor proved it does not have it. */
    ABSENT,
    /** The vendor's answer proved nothing, the query failed, or no time was left. */
    UNKNOWN
  }

  private final CallStarted started;
  private final Outcome outcome;
  private final int attempts;
  private final int httpStatus;
  private final @Nullable String vendorCode;
  private final @Nullable String vendorRequestId;
  private final @Nullable Throwable error;
  private final long durationNanos;
  private final Reconciliation reconciliation;
  private final boolean resent;

  /**
   * Created by the pipeline; public for tests of listeners.
   *
   * @param started the call's start
   * @param error what the call threw, or {@code null}; the outcome is {@link Outcome#of} it
   * @param attempts HTTP attempts of an exchange, or sends of a keyed operation (1 or 2)
   * @param httpStatus the HTTP status of the last answer, or 0 if none arrived
   * @param durationNanos from start to end, in nanoseconds
   * @param reconciliation what a keyed operation's reconciliation found
   * @param resent whether a keyed operation was sent a second time
   */
  public CallFinished(
      CallStarted started,
      @Nullable Throwable error,
      int attempts,
      int httpStatus,
      long durationNanos,
      Reconciliation reconciliation,
      boolean resent) {
    this.started = Checks.notNull("started", started);
    this.error = error;
    this.outcome = Outcome.of(error);
    this.attempts = attempts;
    int status = httpStatus;
    if (status == 0 && error instanceof ApiException) {
      status = ((ApiException) error).httpStatus();
    } else if (status == 0 && error instanceof ResponseFormatException) {
      status = ((ResponseFormatException) error).httpStatus();
    }
    this.httpStatus = status;
    ApiException api = error instanceof ApiException ? (ApiException) error : null;
    this.vendorCode = api == null ? null : api.vendorCode();
    this.vendorRequestId = api == null ? null : api.requestId();
    this.durationNanos = durationNanos;
    this.reconciliation = Checks.notNull("reconciliation", reconciliation);
    this.resent = resent;
  }

  /**
   * The call's start (vendor, operation, idempotency, request id, …).
   *
   * @return the call's start (vendor, operation, idempotency, request id, …)
   */
  public CallStarted started() {
    return started;
  }

  /**
   * How the call ended from the caller's point of view: returned, or which kind of failure.
   *
   * @return how it ended
   */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * For an HTTP exchange, the attempts made (1 plus retries); for a keyed operation, the sends (1,
   * or 2 after a proven absence under {@link IfAbsent#RESEND}). At least 1 once a request was tried;
   * 0 if the call failed before sending (validation, a closed client, no time left).
   *
   * @return for an HTTP exchange, the attempts made (1 plus retries); for a keyed operation, the
   *     sends (1, or 2 after a proven absence under {@link IfAbsent#RESEND})
   */
  public int attempts() {
    return attempts;
  }

  /**
   * The HTTP status of the last answer, or 0 if no answer arrived (and for a keyed operation that
   * succeeded).
   *
   * @return the HTTP status of the last answer, or 0 if no answer arrived (and for a keyed
   *     operation that succeeded)
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * The vendor's error code ({@link ApiException#vendorCode()}), or {@code null}.
   *
   * @return the vendor's error code ({@link ApiException#vendorCode()}), or {@code null}
   */
  public @Nullable String vendorCode() {
    return vendorCode;
  }

  /**
   * The vendor's request id of an error answer ({@link ApiException#requestId()}), or {@code null}.
   *
   * @return the vendor's request id of an error answer ({@link ApiException#requestId()}), or
   *     {@code null}
   */
  public @Nullable String vendorRequestId() {
    return vendorRequestId;
  }

  /**
   * What the call threw, or {@code null} if it returned. Its message is redacted like every Ampark
   * message.
   *
   * @return what the call threw, or {@code null} if it returned
   */
  public @Nullable Throwable error() {
    return error;
  }

  /**
   * From start to end, in nanoseconds.
   *
   * @return from start to end, in nanoseconds
   */
  public long durationNanos() {
    return durationNanos;
  }

  /**
   * What a keyed operation's reconciliation found; {@link Reconciliation#NONE} for every other
   * call.
   *
   * @return what a keyed operation's reconciliation found; {@link Reconciliation#NONE} for every
   *     other call
   */
  public Reconciliation reconciliation() {
    return reconciliation;
  }

  /**
   * Whether a keyed operation was sent a second time (after proven absence, {@link
   * IfAbsent#RESEND}).
   *
   * @return whether a keyed operation was sent a second time (after proven absence, {@link
   *     IfAbsent#RESEND})
   */
  public boolean resent() {
    return resent;
  }

  @Override
  public String toString() {
    return "CallFinished{" + started.vendor() + " " + started.operation() + " " + outcome + ", attempts=" + attempts
        + ", httpStatus=" + httpStatus + (vendorCode == null ? "" : ", vendorCode=" + Checks.echo(vendorCode))
        + (reconciliation == Reconciliation.NONE ? "" : ", reconciliation=" + reconciliation)
        + (resent ? ", resent" : "") + ", " + durationNanos / 1_000_000 + " ms}";
  }
}
