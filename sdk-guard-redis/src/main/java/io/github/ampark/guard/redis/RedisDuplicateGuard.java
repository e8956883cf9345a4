package io.github.ampark.guard.redis;

import io.github.ampark.core.Checks;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.guard.redis.internal.HeldClaims;
import io.github.ampark.guard.redis.internal.Scripts;
import io.github.ampark.guard.redis.internal.StoredKeys;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisScriptingCommands;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link DuplicateGuard} shared by every instance of an application through Redis, so a callback
 * the vendor delivers to two instances is handled once. One Redis key per event, {@code <key
 * prefix><event key>}:
 *
 * <ul>
 *   <li><b>claim</b> is {@code SET key "CLAIMED <owner token>" NX PX <lease>}; when the key is
 *       there, its value answers {@code DONE} or {@code IN_PROGRESS}. A crashed instance's claim
 *       expires with its lease, and the next delivery claims it anew; exactly one {@code SET NX}
 *       wins.
 *   <li><b>complete</b> turns the owner's claim into {@code "DONE <owner token>"} with the retention
 *       as its expiry. If the lease was lost meanwhile, the event is still recorded as handled (the
 *       handling did succeed: forgetting it would handle it again) and a warning is logged.
 *   <li><b>release</b> deletes the key only if this claim's owner still holds it, so a handler
 *       that overran its lease cannot free the claim of the instance that took over.
 * </ul>
 *
 * <p>Each transition is one Lua script (compare-and-set on the key's value), run with {@code
 * EVALSHA} and loaded with {@code EVAL} when Redis does not know it. {@link #once} and {@link
 * #handleOnce} carry their claim's owner token from claim to complete/release; the three-step API
 * remembers the token per key on this instance. Leases and retention run on the Redis server's
 * clock. A Redis failure is a {@link RedisGuardException}, never an answer.
 *
 * <pre>{@code
 * RedisClient redis = RedisClient.create("redis://10.0.0.5:6379");
 * StatefulRedisConnection<String, String> connection = redis.connect();   // yours to close
 * DuplicateGuard guard = RedisDuplicateGuard.builder(connection)
 *     .keyPrefix("myapp:callbacks:")        // default "ampark:guard:"
 *     .lease(Duration.ofMinutes(5))         // default
 *     .retention(Duration.ofHours(24))      // default
 *     .build();
 * }</pre>
 *
 * <p>Thread-safe (a Lettuce connection is); the guard never closes the connection it was given.
 * Commands time out after the connection's command timeout (Lettuce's default: 60 s; set it with
 * {@code RedisURI.Builder.withTimeout}).
 */
public final class RedisDuplicateGuard implements DuplicateGuard {
  /** The default key prefix. */
  public static final String DEFAULT_KEY_PREFIX = "ampark:guard:";
  /** The default lease of a claim: 5 minutes. */
  public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);
  /** The default retention of a handled key: 24 hours. */
  public static final Duration DEFAULT_RETENTION = Duration.ofHours(24);

  private static final Logger LOG = LoggerFactory.getLogger(RedisDuplicateGuard.class);
  private static final Duration MAX_DURATION = Duration.ofDays(3650);
  private static final int MAX_PREFIX_LENGTH = 128;
  private static final String CLAIM_SHA = Scripts.sha1(Scripts.CLAIM);
  private static final String COMPLETE_SHA = Scripts.sha1(Scripts.COMPLETE);
  private static final String RELEASE_SHA = Scripts.sha1(Scripts.RELEASE);

  private final RedisScriptingCommands<String, String> redis;
  private final String keyPrefix;
  private final long leaseMillis;
  private final long retentionMillis;
  private final String nodeName;
  private final HeldClaims held = new HeldClaims();

  private RedisDuplicateGuard(Builder b) {
    this.redis = b.redis;
    this.keyPrefix = b.keyPrefix;
    this.leaseMillis = b.lease.toMillis();
    this.retentionMillis = b.retention.toMillis();
    this.nodeName = b.nodeName;
  }

  /**
   * A builder for a guard on a standalone (or Sentinel-managed) Redis connection.
   *
   * @param connection an open connection with string keys and values ({@code RedisClient.connect()});
   *     the caller closes it
   * @return the builder
   */
  public static Builder builder(StatefulRedisConnection<String, String> connection) {
    return new Builder(Checks.notNull("connection", connection).sync());
  }

  /**
   * A builder for a guard on a Redis Cluster connection (each script touches one key, so any
   * cluster layout works).
   *
   * @param connection an open cluster connection with string keys and values; the caller closes it
   * @return the builder
   */
  public static Builder builder(StatefulRedisClusterConnection<String, String> connection) {
    return new Builder(Checks.notNull("connection", connection).sync());
  }

  /** The prefix of every Redis key this guard writes. */
  public String keyPrefix() {
    return keyPrefix;
  }

  /** The lease of a claim. */
  public Duration lease() {
    return Duration.ofMillis(leaseMillis);
  }

  /** How long a handled key is remembered. */
  public Duration retention() {
    return Duration.ofMillis(retentionMillis);
  }

  /** This instance's name, the first part of every owner token it writes. */
  public String nodeName() {
    return nodeName;
  }

  /**
   * The Redis key of an event key: the prefix and the key, or, for keys over 200 characters, the
   * prefix and {@code sha256:<hex>} of the key.
   *
   * @param key the event key
   * @return the Redis key
   */
  public String redisKey(String key) {
    return keyPrefix + StoredKeys.stored(key);
  }

  /**
   * @throws RedisGuardException if Redis cannot be used; the event is then neither handled nor
   *     reported as a duplicate
   */
  @Override
  public Claim claim(String key) {
    String redisKey = redisKey(key);
    String token = StoredKeys.newToken(nodeName);
    Claim c = claim(redisKey, token);
    if (c == Claim.FIRST) {
      held.put(redisKey, token, System.currentTimeMillis(), System.currentTimeMillis() + leaseMillis);
    }
    return c;
  }

  /**
   * Records the event as handled for the {@link #retention()}, as the owner of this instance's
   * claim on it (or, without one, of a new claim).
   *
   * @throws RedisGuardException if Redis cannot be used
   */
  @Override
  public void complete(String key) {
    String redisKey = redisKey(key);
    String token = held.remove(redisKey);
    complete(redisKey, token != null ? token : StoredKeys.newToken(nodeName));
  }

  /**
   * Gives up this instance's claim on the key, if it still holds it; otherwise does nothing.
   *
   * @throws RedisGuardException if Redis cannot be used
   */
  @Override
  public void release(String key) {
    String redisKey = redisKey(key);
    String token = held.remove(redisKey);
    if (token != null) {
      release(redisKey, token);
    }
  }

  /**
   * As {@link DuplicateGuard#once}, with this claim's owner token carried from claim to complete or
   * release. A failure to complete after successful work is logged and the work's reply returned
   * (the work happened; an error reply would make the vendor resend an event already handled); a
   * failure to release is logged (the claim then lapses after its lease) and, after an exception
   * from the work, added to it as suppressed.
   *
   * @throws RedisGuardException if the claim cannot be made: nothing was handled
   */
  @Override
  public <R> R once(
      String key, Supplier<R> work, Predicate<? super R> succeeded, Supplier<R> alreadyDone, Supplier<R> busy) {
    String redisKey = redisKey(key);
    String token = StoredKeys.newToken(nodeName);
    switch (claim(redisKey, token)) {
      case DONE:
        return alreadyDone.get();
      case IN_PROGRESS:
        return busy.get();
      default:
        break;
    }
    R reply;
    try {
      reply = work.get();
    } catch (RuntimeException | Error e) {
      try {
        release(redisKey, token);
      } catch (RedisGuardException r) {
        e.addSuppressed(r);
      }
      throw e;
    }
    boolean ok = succeeded.test(reply);
    try {
      if (ok) {
        complete(redisKey, token);
      } else {
        release(redisKey, token);
      }
    } catch (RedisGuardException e) {
      LOG.warn("duplicate guard could not record key {} as {}; it lapses after its lease", redisKey,
          ok ? "handled" : "released", e);
    }
    return reply;
  }

  private Claim claim(String redisKey, String token) {
    String answer = run("claim", redisKey, Scripts.CLAIM, CLAIM_SHA, ScriptOutputType.VALUE,
        token, Long.toString(leaseMillis));
    if ("FIRST".equals(answer)) {
      return Claim.FIRST;
    }
    if ("DONE".equals(answer)) {
      return Claim.DONE;
    }
    if ("IN_PROGRESS".equals(answer)) {
      return Claim.IN_PROGRESS;
    }
    throw new RedisGuardException("claim", "unexpected script answer for key " + Checks.echo(redisKey), null);
  }

  private void complete(String redisKey, String token) {
    Long answer = run("complete", redisKey, Scripts.COMPLETE, COMPLETE_SHA, ScriptOutputType.INTEGER,
        token, Long.toString(retentionMillis));
    if (answer != null && answer == 2L) {
      LOG.warn("duplicate guard key {}: completed after its claim's lease was lost; recorded as handled", redisKey);
    }
  }

  private void release(String redisKey, String token) {
    run("release", redisKey, Scripts.RELEASE, RELEASE_SHA, ScriptOutputType.INTEGER, token);
  }

  private <T> T run(String operation, String redisKey, String script, String sha, ScriptOutputType type,
      String... args) {
    String[] keys = {redisKey};
    try {
      try {
        return redis.evalsha(sha, type, keys, args);
      } catch (RedisNoScriptException e) {
        return redis.eval(script, type, keys, args); // loads it for the next EVALSHA
      }
    } catch (RuntimeException e) {
      throw new RedisGuardException(operation, "could not " + operation + " key " + Checks.echo(redisKey)
          + ": " + e.getClass().getSimpleName() + ": " + Checks.echo(String.valueOf(e.getMessage())), e);
    }
  }

  @Override
  public String toString() {
    return "RedisDuplicateGuard{keyPrefix=" + keyPrefix + ", lease=" + lease() + ", retention=" + retention()
        + ", node=" + nodeName + "}";
  }

  /** Builds a {@link RedisDuplicateGuard}; every setting has a default but the connection. */
  public static final class Builder {
    private final RedisScriptingCommands<String, String> redis;
    private String keyPrefix = DEFAULT_KEY_PREFIX;
    private Duration lease = DEFAULT_LEASE;
    private Duration retention = DEFAULT_RETENTION;
    private String nodeName = StoredKeys.randomNodeName();

    private Builder(RedisScriptingCommands<String, String> redis) {
      this.redis = redis;
    }

    /**
     * The prefix of every key the guard writes; default {@value #DEFAULT_KEY_PREFIX}. Up to 128
     * characters, no spaces or control characters. Give each application its own.
     *
     * @param keyPrefix the prefix
     * @return this builder
     */
    public Builder keyPrefix(String keyPrefix) {
      Checks.notNull("keyPrefix", keyPrefix);
      if (keyPrefix.length() > MAX_PREFIX_LENGTH || !keyPrefix.chars().allMatch(ch -> ch > 0x20 && ch != 0x7f)) {
        throw new ValidationException("keyPrefix", "must be at most " + MAX_PREFIX_LENGTH
            + " characters without spaces or control characters (was " + Checks.echo(keyPrefix) + ")");
      }
      this.keyPrefix = keyPrefix;
      return this;
    }

    /**
     * How long a claim holds a key before another instance may take it over (the handler is then
     * presumed crashed); default 5 minutes. Longer than your slowest handler, shorter than the
     * vendor's resend interval is ideal. Whole milliseconds, positive.
     *
     * @param lease the lease
     * @return this builder
     */
    public Builder lease(Duration lease) {
      this.lease = positive("lease", lease);
      return this;
    }

    /**
     * How long a handled key is remembered, counted from its completion; default 24 hours. Longer
     * than the vendor keeps resending. Whole milliseconds, positive.
     *
     * @param retention the retention
     * @return this builder
     */
    public Builder retention(Duration retention) {
      this.retention = positive("retention", retention);
      return this;
    }

    /**
     * This instance's name, written into every owner token so a key's value shows who holds it
     * (e.g. the host name); default {@code node-} and 8 random hex digits. 1 to 64 of {@code A-Z a-z
     * 0-9 . _ -}.
     *
     * @param nodeName the name
     * @return this builder
     */
    public Builder nodeName(String nodeName) {
      this.nodeName = StoredKeys.checkNodeName(nodeName);
      return this;
    }

    /** @return the guard */
    public RedisDuplicateGuard build() {
      return new RedisDuplicateGuard(this);
    }

    private static Duration positive(String field, Duration d) {
      Checks.notNull(field, d);
      if (d.compareTo(Duration.ofMillis(1)) < 0 || d.compareTo(MAX_DURATION) > 0) {
        throw new ValidationException(field, "must be between 1 ms and 3650 days (was " + d + ")");
      }
      return d;
    }
  }
}
