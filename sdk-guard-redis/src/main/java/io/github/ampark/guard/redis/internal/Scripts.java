package io.github.ampark.guard.redis.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The guard's Lua scripts: each reads and writes one key atomically. A key's value is {@code
 * "CLAIMED <owner token>"} (with the lease as its expiry) or {@code "DONE <owner token>"} (with the
 * retention as its expiry). Printed verbatim in {@code docs/duplicate-guards.md}. Not public API.
 */
public final class Scripts {
  /**
   * KEYS[1] the key, ARGV[1] the owner token, ARGV[2] the lease in ms. Claims with {@code SET NX PX}
   * and returns {@code FIRST}, or what holds the key: {@code DONE} or {@code IN_PROGRESS}.
   */
  public static final String CLAIM = String.join("\n",
      "if redis.call('SET', KEYS[1], 'CLAIMED ' .. ARGV[1], 'NX', 'PX', ARGV[2]) then",
      "  return 'FIRST'",
      "end",
      "local held = redis.call('GET', KEYS[1])",
      "if held and string.sub(held, 1, 5) == 'DONE ' then",
      "  return 'DONE'",
      "end",
      "return 'IN_PROGRESS'",
      "");

  /**
   * KEYS[1] the key, ARGV[1] the owner token, ARGV[2] the retention in ms. Returns 1 when the
   * owner's claim became DONE, 0 when the key was already DONE (left as is), 2 when the claim had
   * been lost (lapsed or taken over) and the key was recorded DONE all the same.
   */
  public static final String COMPLETE = String.join("\n",
      "local held = redis.call('GET', KEYS[1])",
      "if held == 'CLAIMED ' .. ARGV[1] then",
      "  redis.call('SET', KEYS[1], 'DONE ' .. ARGV[1], 'PX', ARGV[2])",
      "  return 1",
      "end",
      "if held and string.sub(held, 1, 5) == 'DONE ' then",
      "  return 0",
      "end",
      "redis.call('SET', KEYS[1], 'DONE ' .. ARGV[1], 'PX', ARGV[2])",
      "return 2",
      "");

  /** KEYS[1] the key, ARGV[1] the owner token. Deletes the key only if that owner's claim holds it; returns 1 if deleted. */
  public static final String RELEASE = String.join("\n",
      "if redis.call('GET', KEYS[1]) == 'CLAIMED ' .. ARGV[1] then",
      "  return redis.call('DEL', KEYS[1])",
      "end",
      "return 0",
      "");

  private Scripts() {}

  /**
   * @param script a script
   * @return its SHA-1 in lower-case hex, as {@code EVALSHA} names it
   */
  public static String sha1(String script) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-1").digest(script.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder(40);
      for (byte b : d) {
        sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-1", e);
    }
  }
}
