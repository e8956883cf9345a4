package io.github.ampark.guard.redis;

import io.github.ampark.core.Checks;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.core.spi.SharedDuplicateGuard;
import io.github.ampark.guard.redis.internal.Scripts;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisScriptingCommands;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import java.time.Clock;
import java.time.Duration;
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
public final class RedisDuplicateGuard extends SharedDuplicateGuard {
  /** The default key prefix. */
  public static final String DEFAULT_KEY_PREFIX = "ampark:guard:";
  /** The default lease of a claim: 5 minutes. */
  public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);
  /** The default retention of a handled key: 24 hours. */
  public static final Duration DEFAULT_RETENTION = Duration.ofHours(24);

  private static final Logger LOG = LoggerFactory.getLogger(RedisDuplicateGuard.class);
  private static final int MAX_PREFIX_LENGTH = 128;
  private static final String CLAIM_SHA = Scripts.sha1(Scripts.CLAIM);
  private static final String COMPLETE_SHA = Scripts.sha1(Scripts.COMPLETE);
  private static final String RELEASE_SHA = Scripts.sha1(Scripts.RELEASE);

  private final RedisScriptingCommands<String, String> redis;
  private final String keyPrefix;
  private final long leaseMillis;
  private final long retentionMillis;

  private RedisDuplicateGuard(Builder b) {
    super(b.nodeName, b.lease, Clock.systemUTC(), RedisGuardException.class);
    this.redis = b.redis;
    this.keyPrefix = b.keyPrefix;
    this.leaseMillis = b.lease.toMillis();
    this.retentionMillis = b.retention.toMillis();
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

  /**
   * The prefix of every Redis key this guard writes.
   *
   * @return the prefix of every Redis key this guard writes
   */
  public String keyPrefix() {
    return keyPrefix;
  }

  /**
   * How long a claim stays with its owner before another instance may take the event over. Default
   * 5 minutes ({@link #DEFAULT_LEASE}).
   *
   * @return the lease of a claim
   */
  public Duration lease() {
    return Duration.ofMillis(leaseMillis);
  }

  /**
   * How long a handled key is remembered.
   *
   * @return how long a handled key is remembered
   */
  public Duration retention() {
    return Duration.ofMillis(retentionMillis);
  }

  /**
   * The Redis key of an event key: the prefix and the key, or, for keys over 200 characters, the
   * prefix and {@code sha256:<hex>} of the key.
   *
   * @param key the event key
   * @return the Redis key
   */
  public String redisKey(String key) {
    return keyPrefix + storedForm(key);
  }

  @Override
  protected String storedKey(String key) {
    return redisKey(key);
  }

  @Override
  protected Claim claim(String redisKey, String token) {
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

  @Override
  protected void complete(String redisKey, String token) {
    Long answer = run("complete", redisKey, Scripts.COMPLETE, COMPLETE_SHA, ScriptOutputType.INTEGER,
        token, Long.toString(retentionMillis));
    if (answer != null && answer == 2L) {
      LOG.warn("duplicate guard key {}: completed after its claim's lease was lost; recorded as handled", redisKey);
    }
  }

  @Override
  protected void release(String redisKey, String token) {
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
        + ", node=" + nodeName() + "}";
  }

  /** Builds a {@link RedisDuplicateGuard}; every setting has a default but the connection. */
  public static final class Builder {
    private final RedisScriptingCommands<String, String> redis;
    private String keyPrefix = DEFAULT_KEY_PREFIX;
    private Duration lease = DEFAULT_LEASE;
    private Duration retention = DEFAULT_RETENTION;
    private String nodeName = randomNodeName();

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
      this.lease = checkDuration("lease", lease);
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
      this.retention = checkDuration("retention", retention);
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
      this.nodeName = checkNodeName(nodeName);
      return this;
    }

    /**
     * Builds the guard.
     *
     * @return the guard
     */
    public RedisDuplicateGuard build() {
      return new RedisDuplicateGuard(this);
    }
  }
}
