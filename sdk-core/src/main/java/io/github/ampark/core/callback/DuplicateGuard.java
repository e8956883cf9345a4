package io.github.ampark.core.callback;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Recognises callbacks a vendor delivers more than once (Wikeyun resends up to 5 times, 4pyun and
 * Bolink retry on any non-acknowledgement) so each event is handled once. Keys are chosen by the
 * vendor module, e.g. {@code "wikeyun:T2024…:2"}.
 *
 * <p>An event is claimed before it is handled and completed after, so that a resend arriving
 * <em>while</em> the first delivery is still being handled is told "busy" (the vendor tries again
 * later) rather than acknowledged — if the first delivery then fails, the event is not lost.
 *
 * <p>The default, {@link #inMemory()}, is bounded and per JVM. Behind a load balancer, implement
 * this interface on a shared store (Redis {@code SET key IN_PROGRESS NX EX 300}, then {@code SET key
 * DONE EX 86400}; or a unique key in your database).
 *
 * <pre>{@code
 * CallbackReply reply = guard.once(event.key(),
 *     () -> handle(event),                 // your work, returning the vendor's reply
 *     r -> r == ACK,                       // did it succeed?
 *     () -> ACK,                           // already handled: acknowledge again
 *     () -> BUSY);                         // being handled right now: ask for a resend
 * }</pre>
 */
public interface DuplicateGuard {
  /** What {@link #claim} found. */
  enum Claim {
    /** Nobody has handled this key: the caller now owns it and must {@link #complete} or {@link #release} it. */
    FIRST,
    /** Another delivery of this key is being handled right now. */
    IN_PROGRESS,
    /** This key was handled successfully. */
    DONE
  }

  /**
   * Claims {@code key} for handling.
   *
   * @param key the event's identity
   * @return {@link Claim#FIRST} if the caller now owns it, else what state it is in
   */
  Claim claim(String key);

  /**
   * Marks a claimed key as handled: later deliveries get {@link Claim#DONE}.
   *
   * @param key the event's identity
   */
  void complete(String key);

  /**
   * Gives a claimed key up because handling failed: the vendor's next delivery is handled again.
   *
   * @param key the event's identity
   */
  void release(String key);

  /**
   * Handles the event of {@code key} at most once successfully, whatever number of deliveries.
   *
   * @param key the event's identity
   * @param work the handling; returns the vendor's reply. If it throws, the key is released and the
   *     exception propagates.
   * @param succeeded whether a reply means "handled" (the key is then completed, else released)
   * @param alreadyDone the reply for a delivery of an event already handled
   * @param busy the reply for a delivery arriving while the event is being handled (should make
   *     the vendor deliver again later)
   * @param <R> the reply type
   * @return the reply to send
   */
  default <R> R once(
      String key, Supplier<R> work, Predicate<? super R> succeeded, Supplier<R> alreadyDone, Supplier<R> busy) {
    switch (claim(key)) {
      case DONE:
        return alreadyDone.get();
      case IN_PROGRESS:
        return busy.get();
      default:
        R reply;
        try {
          reply = work.get();
        } catch (RuntimeException | Error e) {
          release(key);
          throw e;
        }
        if (succeeded.test(reply)) {
          complete(key);
        } else {
          release(key);
        }
        return reply;
    }
  }

  /**
   * The one rule every vendor's callback handling follows: the event of {@code key} is handled at
   * most once successfully; only a reply that {@link CallbackReply#acknowledges() acknowledges}
   * completes the key; a refusal, a "busy" reply or an exception releases it, so the vendor's
   * resend is handled again. A refused callback is never recorded as handled.
   *
   * <p>Inside {@link CallbackObservation#observe} it also tells the client's listener whether the
   * delivery was handled, a duplicate or arrived while busy. Implementations override {@link
   * #once}, not this method.
   *
   * @param key the event's identity
   * @param work the handling, returning the vendor's reply; if it throws, the key is released and
   *     the exception propagates
   * @param alreadyDone the reply for a delivery of an event already handled (an acknowledgement)
   * @param busy the reply for a delivery arriving while the event is being handled
   * @return the reply to send
   */
  default CallbackReply handleOnce(
      String key, Supplier<CallbackReply> work, Supplier<CallbackReply> alreadyDone, Supplier<CallbackReply> busy) {
    CallbackObservation.Scope observed = CallbackObservation.current();
    if (observed == null) {
      return once(key, work, CallbackReply::acknowledges, alreadyDone, busy);
    }
    return once(key, observed.first(key, work), CallbackReply::acknowledges, observed.done(alreadyDone),
        observed.inProgress(busy));
  }

  /**
   * An in-memory guard remembering the last 10,000 keys for 24 hours; a claim not completed within
   * 5 minutes (a crashed handler) is given up.
   *
   * @return an in-memory guard remembering the last 10,000 keys for 24 hours; a claim not completed
   *     within 5 minutes (a crashed handler) is given up
   */
  static DuplicateGuard inMemory() {
    return new InMemoryDuplicateGuard(10_000, Duration.ofHours(24), Duration.ofMinutes(5), Clock.systemUTC());
  }

  /**
   * An in-memory guard.
   *
   * @param maxKeys how many keys to remember at most (oldest forgotten first)
   * @param ttl how long a handled key is remembered
   * @return the guard
   */
  static DuplicateGuard inMemory(int maxKeys, Duration ttl) {
    return new InMemoryDuplicateGuard(maxKeys, ttl, Duration.ofMinutes(5), Clock.systemUTC());
  }

  /**
   * A guard that treats every delivery as new (when your handler is idempotent by itself).
   *
   * @return a guard that treats every delivery as new (when your handler is idempotent by itself)
   */
  static DuplicateGuard none() {
    return new DuplicateGuard() {
      @Override
      public Claim claim(String key) {
        return Claim.FIRST;
      }

      @Override
      public void complete(String key) {}

      @Override
      public void release(String key) {}
    };
  }
}
