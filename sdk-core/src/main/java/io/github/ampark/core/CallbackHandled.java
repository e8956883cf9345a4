package io.github.ampark.core;

/**
 * How one delivery of a vendor callback was answered (see {@link AmparkListener#callbackHandled}).
 * Immutable. Holds no field of the callback and no reply body.
 *
 * <p>Cardinality: {@link #vendor()}, {@link #kind()}, {@link #outcome()} and {@link #replyStatus()}
 * take few values (fit for metric tags); {@link #eventKey()} is unique per event (logs only).
 */
public final class CallbackHandled {
  /** What became of one delivery. */
  public enum Outcome {
    /** Verified and handled: the vendor's acknowledgement was sent. */
    HANDLED,
    /** Verified, but already handled before: acknowledged again without calling the handler. */
    DUPLICATE,
    /** Verified, but another delivery of the same event is being handled: answered so the vendor resends. */
    BUSY,
    /**
     * Refused before handling: unreadable, unsigned or badly signed, not confirmed by the vendor, or
     * not checkable right now. Never recorded as handled.
     */
    REFUSED,
    /** Verified, but the handler failed or refused it: not recorded as handled, the vendor resends. */
    FAILED;

    /**
     * Whether the delivery passed verification (everything but {@link #REFUSED}).
     *
     * @return whether the delivery passed verification (everything but {@link #REFUSED})
     */
    public boolean verified() {
      return this != REFUSED;
    }
  }

  private final String vendor;
  private final String kind;
  private final Outcome outcome;
  private final int replyStatus;
  private final long durationNanos;
  private final @Nullable String eventKey;

  /**
   * Created by the callback observation of core's callback package; public for tests of listeners.
   *
   * @param vendor the vendor module's name
   * @param kind the kind of callback, named by the vendor module (e.g. {@code order})
   * @param outcome what became of it
   * @param replyStatus the HTTP status of the reply, or 0 if handling threw
   * @param durationNanos from receipt to reply, in nanoseconds
   * @param eventKey the event's duplicate-guard key, or {@code null} if it never got one
   */
  public CallbackHandled(
      String vendor, String kind, Outcome outcome, int replyStatus, long durationNanos, @Nullable String eventKey) {
    this.vendor = Checks.notNull("vendor", vendor);
    this.kind = Checks.notNull("kind", kind);
    this.outcome = Checks.notNull("outcome", outcome);
    this.replyStatus = replyStatus;
    this.durationNanos = durationNanos;
    this.eventKey = eventKey;
  }

  /**
   * The vendor module's name, e.g. {@code wikeyun}.
   *
   * @return the vendor module's name, e.g. {@code wikeyun}
   */
  public String vendor() {
    return vendor;
  }

  /**
   * The kind of callback as the vendor module names it (e.g. {@code order}, {@code gateway}).
   *
   * @return the kind of callback as the vendor module names it (e.g. {@code order}, {@code
   *     gateway})
   */
  public String kind() {
    return kind;
  }

  /**
   * What became of this delivery.
   *
   * @return what became of this delivery
   */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * Whether it passed verification: {@code outcome().verified()}.
   *
   * @return whether it passed verification: {@code outcome().verified()}
   */
  public boolean verified() {
    return outcome.verified();
  }

  /**
   * The HTTP status of the reply sent, or 0 if handling threw.
   *
   * @return the HTTP status of the reply sent, or 0 if handling threw
   */
  public int replyStatus() {
    return replyStatus;
  }

  /**
   * From receipt to reply, in nanoseconds.
   *
   * @return from receipt to reply, in nanoseconds
   */
  public long durationNanos() {
    return durationNanos;
  }

  /**
   * The event's duplicate-guard key (e.g. {@code wikeyun:T2024…:2}), or {@code null} if it was
   * refused before it got one. One value per event: never use it as a metric tag.
   *
   * @return the event's duplicate-guard key (e.g. {@code wikeyun:T2024…:2}), or {@code null} if it
   *     was refused before it got one
   */
  public @Nullable String eventKey() {
    return eventKey;
  }

  @Override
  public String toString() {
    return "CallbackHandled{" + vendor + " " + kind + " " + outcome + ", replyStatus=" + replyStatus + ", "
        + durationNanos / 1_000_000 + " ms}";
  }
}
