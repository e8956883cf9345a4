package io.github.ampark.core.callback;

import java.time.Clock;
import java.time.Duration;

/**
 * Recognises callbacks a vendor sends more than once (Wikeyun resends up to 5 times, 4pyun and
 * Bolink retry on any non-acknowledgement). Keys are chosen by the vendor module, e.g.
 * {@code "wikeyun:order:T2024…:status:2"}.
 *
 * <p>The default, {@link #inMemory()}, is bounded and per JVM. Behind a load balancer, implement
 * this interface on a shared store (Redis {@code SET key 1 NX EX ttl}, a database unique key).
 */
public interface DuplicateGuard {
  /**
   * Records {@code key} and says whether this is the first time it is seen.
   *
   * @param key the event's identity
   * @return {@code true} the first time, {@code false} for a duplicate
   */
  boolean firstTime(String key);

  /**
   * Forgets {@code key}, so the vendor's next resend is processed again — call it when handling
   * the event failed.
   *
   * @param key the event's identity
   */
  void forget(String key);

  /** An in-memory guard remembering the last 10,000 keys for 24 hours. */
  static DuplicateGuard inMemory() {
    return new InMemoryDuplicateGuard(10_000, Duration.ofHours(24), Clock.systemUTC());
  }

  /**
   * An in-memory guard.
   *
   * @param maxKeys how many keys to remember at most (oldest forgotten first)
   * @param ttl how long a key is remembered
   * @return the guard
   */
  static DuplicateGuard inMemory(int maxKeys, Duration ttl) {
    return new InMemoryDuplicateGuard(maxKeys, ttl, Clock.systemUTC());
  }

  /** A guard that treats every event as new (when your handler is idempotent by itself). */
  static DuplicateGuard none() {
    return new DuplicateGuard() {
      @Override
      public boolean firstTime(String key) {
        return true;
      }

      @Override
      public void forget(String key) {}
    };
  }
}
