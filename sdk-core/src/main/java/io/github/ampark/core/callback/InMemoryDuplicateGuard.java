package io.github.ampark.core.callback;

import io.github.ampark.core.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded, thread-safe, in-memory {@link DuplicateGuard}. Remembers at most {@code maxKeys} keys
 * (the oldest forgotten first); a handled key for {@code ttl}; a claim that is neither completed nor
 * released within {@code claimTimeout} (a handler that crashed or hangs) is given up, so the
 * vendor's next delivery is handled again.
 */
public final class InMemoryDuplicateGuard implements DuplicateGuard {
  private final int maxKeys;
  private final long ttlMillis;
  private final long claimMillis;
  private final Clock clock;
  private final LinkedHashMap<String, Entry> keys = new LinkedHashMap<>();

  private static final class Entry {
    final boolean done;
    final long at;

    Entry(boolean done, long at) {
      this.done = done;
      this.at = at;
    }
  }

  /**
   * Creates a guard with explicit limits.
   *
   * @param maxKeys upper bound on remembered keys (at least 1)
   * @param ttl how long a handled key is remembered (positive)
   * @param claimTimeout how long a claim may stay in progress (positive)
   * @param clock time source
   */
  public InMemoryDuplicateGuard(int maxKeys, Duration ttl, Duration claimTimeout, Clock clock) {
    if (maxKeys < 1) {
      throw new ValidationException("maxKeys", "must be at least 1 (was " + maxKeys + ")");
    }
    this.ttlMillis = positive("ttl", ttl);
    this.claimMillis = positive("claimTimeout", claimTimeout);
    this.maxKeys = maxKeys;
    this.clock = io.github.ampark.core.Checks.notNull("clock", clock);
  }

  private static long positive(String field, Duration d) {
    if (d == null || d.toMillis() < 1 || d.compareTo(Duration.ofDays(366)) > 0) {
      throw new ValidationException(field, "must be between 1 ms and 366 days");
    }
    return d.toMillis();
  }

  @Override
  public synchronized Claim claim(String key) {
    io.github.ampark.core.Checks.notNull("key", key);
    long now = clock.millis();
    expire(now);
    Entry e = keys.get(key);
    if (e != null && e.done) {
      return Claim.DONE;
    }
    if (e != null && now - e.at < claimMillis) {
      return Claim.IN_PROGRESS;
    }
    put(key, new Entry(false, now));
    return Claim.FIRST;
  }

  @Override
  public synchronized void complete(String key) {
    io.github.ampark.core.Checks.notNull("key", key);
    put(key, new Entry(true, clock.millis()));
  }

  @Override
  public synchronized void release(String key) {
    keys.remove(key);
  }

  /**
   * How many keys are remembered now (handled or in progress).
   *
   * @return how many keys are remembered now (handled or in progress)
   */
  public synchronized int size() {
    expire(clock.millis());
    return keys.size();
  }

  private void put(String key, Entry entry) {
    keys.remove(key); // re-insert at the end: iteration order stays time order
    keys.put(key, entry);
    while (keys.size() > maxKeys) {
      Iterator<String> it = keys.keySet().iterator();
      it.next();
      it.remove();
    }
  }

  private void expire(long now) {
    Iterator<Map.Entry<String, Entry>> it = keys.entrySet().iterator();
    while (it.hasNext()) {
      Entry e = it.next().getValue();
      if (now - e.at >= (e.done ? ttlMillis : Math.max(ttlMillis, claimMillis))) {
        it.remove();
      } else {
        return; // insertion order = time order
      }
    }
  }
}
