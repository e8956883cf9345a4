package io.github.ampark.core.callback;

import io.github.ampark.core.AmparkListener;
import io.github.ampark.core.CallbackHandled;
import io.github.ampark.core.Checks;
import io.github.ampark.core.Nullable;
import java.util.function.Supplier;

/**
 * Tells an {@link AmparkListener} how each callback delivery was answered, for every vendor alike
 * (for module authors). A vendor module makes one call, around the body of its {@code
 * XxxCallbacks.handle}; {@link DuplicateGuard#handleOnce} inside it reports what the guard found:
 *
 * <pre>{@code
 * public CallbackReply handle(CallbackRequest request, XxxHandler handler) {
 *   return CallbackObservation.observe(listener, "xxx", "order", () -> {
 *     XxxEvent event;
 *     try { event = parse(request); } catch (CallbackVerificationException e) { return REJECTED; }
 *     return guard.handleOnce(event.eventKey(), () -> dispatch(event, handler), () -> ACK, () -> BUSY);
 *   });
 * }
 * }</pre>
 *
 * (A module with a {@code ClientRuntime} writes {@code runtime.observeCallback("order", () -> …)}.)
 *
 * <p>How the outcome is told: the guard found the event handled before → {@link
 * CallbackHandled.Outcome#DUPLICATE}; being handled → {@link CallbackHandled.Outcome#BUSY}; the work
 * ran and its reply {@link CallbackReply#acknowledges() acknowledges} → {@link
 * CallbackHandled.Outcome#HANDLED}, else (or it threw) → {@link CallbackHandled.Outcome#FAILED}; the
 * guard was never reached and the reply does not acknowledge → {@link
 * CallbackHandled.Outcome#REFUSED} (an acknowledging reply without the guard → {@code HANDLED}).
 */
public final class CallbackObservation {
  private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();
  /** Set once any observation ran: until then {@link #current()} does not even touch the ThreadLocal. */
  private static volatile boolean used;

  private CallbackObservation() {}

  /**
   * Runs {@code handling} and tells {@code listener} how the delivery was answered. With a {@code
   * null} listener it only runs {@code handling}. The listener cannot break the reply: what it
   * throws is caught and logged once.
   *
   * @param listener the client's listener ({@code ClientConfig.listener()}), or {@code null}
   * @param vendor the vendor module's name
   * @param kind the kind of callback (few values: it is a metric tag)
   * @param handling verification, de-duplication and handling, returning the reply
   * @return the reply {@code handling} returned
   */
  public static CallbackReply observe(
      @Nullable AmparkListener listener, String vendor, String kind, Supplier<CallbackReply> handling) {
    if (listener == null) {
      return handling.get();
    }
    Checks.notNull("vendor", vendor);
    Checks.notNull("kind", kind);
    AmparkListener safe = AmparkListener.failSafe(listener);
    Scope scope = new Scope();
    Scope outer = CURRENT.get();
    used = true;
    CURRENT.set(scope);
    long start = System.nanoTime();
    CallbackReply reply = null;
    try {
      reply = handling.get();
      return reply;
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
      safe.callbackHandled(new CallbackHandled(
          vendor, kind, scope.outcome(reply), reply == null ? 0 : reply.status(), System.nanoTime() - start, scope.key));
    }
  }

  /** The observation running on this thread, or {@code null}. */
  static @Nullable Scope current() {
    return used ? CURRENT.get() : null;
  }

  /** What the duplicate guard found for the delivery being observed on this thread. */
  static final class Scope {
    @Nullable private DuplicateGuard.Claim claim;
    private @Nullable String key;

    Supplier<CallbackReply> first(String key, Supplier<CallbackReply> work) {
      this.key = key;
      return () -> {
        claim = DuplicateGuard.Claim.FIRST;
        return work.get();
      };
    }

    Supplier<CallbackReply> done(Supplier<CallbackReply> alreadyDone) {
      return () -> {
        claim = DuplicateGuard.Claim.DONE;
        return alreadyDone.get();
      };
    }

    Supplier<CallbackReply> inProgress(Supplier<CallbackReply> busy) {
      return () -> {
        claim = DuplicateGuard.Claim.IN_PROGRESS;
        return busy.get();
      };
    }

    CallbackHandled.Outcome outcome(@Nullable CallbackReply reply) {
      boolean acknowledged = reply != null && reply.acknowledges();
      if (claim == null) {
        return acknowledged ? CallbackHandled.Outcome.HANDLED
            : reply == null ? CallbackHandled.Outcome.FAILED : CallbackHandled.Outcome.REFUSED;
      }
      switch (claim) {
        case DONE:
          return CallbackHandled.Outcome.DUPLICATE;
        case IN_PROGRESS:
          return CallbackHandled.Outcome.BUSY;
        default:
          return acknowledged ? CallbackHandled.Outcome.HANDLED : CallbackHandled.Outcome.FAILED;
      }
    }
  }
}
