package io.github.ampark.guard.redis.internal;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The owner tokens of claims this node made through {@code claim(key)}, so that a later {@code
 * complete(key)} or {@code release(key)} acts as their owner. ({@code once} and {@code handleOnce}
 * carry their token themselves and never use this.) Bounded: past {@link #PRUNE_ABOVE} entries, the
 * ones whose lease has ended are dropped (they may have been taken over; a release with them would
 * free nothing anyway). Not public API.
 */
public final class HeldClaims {
  /** Size above which expired entries are pruned on the next put. */
  public static final int PRUNE_ABOVE = 4096;

  private static final class Held {
    final String token;
    final long leaseEndMillis;

    Held(String token, long leaseEndMillis) {
      this.token = token;
      this.leaseEndMillis = leaseEndMillis;
    }
  }

  private final ConcurrentHashMap<String, Held> held = new ConcurrentHashMap<>();

  /**
   * Remembers that this node holds {@code storedKey} with {@code token}.
   *
   * @param storedKey the key as stored
   * @param token the claim's owner token
   * @param nowMillis the time now, in the guard's clock
   * @param leaseEndMillis when the lease ends
   */
  public void put(String storedKey, String token, long nowMillis, long leaseEndMillis) {
    if (held.size() >= PRUNE_ABOVE) {
      Iterator<Map.Entry<String, Held>> it = held.entrySet().iterator();
      while (it.hasNext()) {
        if (it.next().getValue().leaseEndMillis <= nowMillis) {
          it.remove();
        }
      }
    }
    held.put(storedKey, new Held(token, leaseEndMillis));
  }

  /**
   * Forgets and returns this node's token for {@code storedKey}.
   *
   * @param storedKey the key as stored
   * @return the token, or {@code null} if this node holds no claim on it
   */
  public String remove(String storedKey) {
    Held h = held.remove(storedKey);
    return h == null ? null : h.token;
  }

  /** @return how many claims are remembered */
  public int size() {
    return held.size();
  }
}
