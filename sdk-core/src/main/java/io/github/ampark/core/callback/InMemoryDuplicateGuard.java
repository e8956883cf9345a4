package io.github.ampark.core.callback;

import io.github.ampark.core.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded, thread-safe, in-memory {@link DuplicateGuard}: remembers at most {@code maxKeys} keys,
 * each for {@code ttl}; when full, the oldest key is forgotten first.
 */
public final class InMemoryDuplicateGuard implements DuplicateGuard {
  private final int maxKeys;
  private final long ttlMillis;
  private final Clock clock;
  private final LinkedHashMap<String, Long> seen = new LinkedHashMap<>();

  /**
   * @param maxKeys upper bound on remembered keys (at least 1)
   * @param ttl how long a key is remembered (positive)
   * @param clock time source
   */
  public InMemoryDuplicateGuard(int maxKeys, Duration ttl, Clock clock) {
    if (maxKeys < 1) {
      throw new ValidationException("maxKeys", "must be at least 1 (was " + maxKeys + ")");
    }
    if (ttl == null || ttl.isZero() || ttl.isNegative()) {
      throw new ValidationException("ttl", "must be positive");
    }
    this.maxKeys = maxKeys;
    this.ttlMillis = ttl.toMillis();
    this.clock = clock;
  }

  @Override
  public synchronized boolean firstTime(String key) {
    long now = clock.millis();
    expire(now);
    Long at = seen.get(key);
    if (at != null) {
      return false;
    }
    seen.put(key, now);
    if (seen.size() > maxKeys) {
      Iterator<String> it = seen.keySet().iterator();
      it.next();
      it.remove();
    }
    return true;
  }

  @Override
  public synchronized void forget(String key) {
    seen.remove(key);
  }

  /** How many keys are remembered now. */
  public synchronized int size() {
    expire(clock.millis());
    return seen.size();
  }

  private void expire(long now) {
    Iterator<Map.Entry<String, Long>> it = seen.entrySet().iterator();
    while (it.hasNext()) {
      if (now - it.next().getValue() >= ttlMillis) {
        it.remove();
      } else {
        return; // insertion order = time order
      }
    }
  }
}
