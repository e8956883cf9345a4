package io.github.ampark.spring;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;

/** {@code ampark.*} settings shared by every vendor: the duplicate guard and health. */
@ConfigurationProperties(prefix = "ampark")
public class AmparkProperties {
  private final Guard guard = new Guard();
  private final Health health = new Health();
  private final Metrics metrics = new Metrics();

  /** {@return the metrics settings} */
  public Metrics getMetrics() {
    return metrics;
  }

  /** {@code ampark.metrics.*}. */
  public static class Metrics {
    /** Report every call and callback to Micrometer when sdk-micrometer and Boot's registries are present. */
    private boolean enabled = true;

    /** {@return whether metrics are on (default true)} */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets {@code enabled}: false to leave Ampark out of Micrometer.
     *
     * @param enabled false to leave Ampark out of Micrometer
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /** {@return the duplicate guard settings} */
  public Guard getGuard() {
    return guard;
  }

  /** {@return the health settings} */
  public Health getHealth() {
    return health;
  }

  /** Which duplicate guard callbacks share. */
  public enum GuardType {
    /** A DuplicateGuard bean of yours; else Redis, then JDBC, when configured; else in memory. */
    AUTO,
    /** In memory: one instance only (every instance of a cluster handles a resend again). */
    MEMORY,
    /** sdk-guard-redis: needs ampark.guard.redis.url or a Lettuce RedisClient bean. */
    REDIS,
    /** sdk-guard-jdbc: needs a DataSource bean. */
    JDBC
  }

  /** {@code ampark.guard.*}. */
  public static class Guard {
    /** Which guard: AUTO picks yours, then Redis, then JDBC, then in memory. */
    private GuardType type = GuardType.AUTO;

    /** How long a claim of a callback being handled lasts before another instance may take it over. */
    @DurationUnit(ChronoUnit.SECONDS)
    private Duration lease = Duration.ofMinutes(5);

    /** How long a handled callback's key is remembered. */
    @DurationUnit(ChronoUnit.SECONDS)
    private Duration retention = Duration.ofHours(24);

    /** This instance's name in claims (default: host name and process id). */
    private String nodeName;

    private final Redis redis = new Redis();
    private final Jdbc jdbc = new Jdbc();

    /** {@return the guard type (default AUTO)} */
    public GuardType getType() {
      return type;
    }

    /**
     * Sets {@code type}: the guard type.
     *
     * @param type the guard type
     */
    public void setType(GuardType type) {
      this.type = type;
    }

    /** {@return the lease (default 5 min)} */
    public Duration getLease() {
      return lease;
    }

    /**
     * Sets {@code lease}: the lease.
     *
     * @param lease the lease
     */
    public void setLease(Duration lease) {
      this.lease = lease;
    }

    /** {@return the retention (default 24 h)} */
    public Duration getRetention() {
      return retention;
    }

    /**
     * Sets {@code retention}: the retention.
     *
     * @param retention the retention
     */
    public void setRetention(Duration retention) {
      this.retention = retention;
    }

    /** {@return the node name, or {@code null} for the guard's default} */
    public String getNodeName() {
      return nodeName;
    }

    /**
     * Sets {@code node-name}: this instance's name.
     *
     * @param nodeName this instance's name
     */
    public void setNodeName(String nodeName) {
      this.nodeName = nodeName;
    }

    /** {@return the Redis settings} */
    public Redis getRedis() {
      return redis;
    }

    /** {@return the JDBC settings} */
    public Jdbc getJdbc() {
      return jdbc;
    }
  }

  /** {@code ampark.guard.redis.*}. */
  public static class Redis {
    /** redis:// URI of the server the guard uses; unset = use a Lettuce RedisClient bean if there is one. */
    private String url;

    /** Prefix of the guard's Redis keys. */
    private String keyPrefix = "ampark:guard:";

    /** {@return the URI, or {@code null} (secret if it carries a password: never logged)} */
    public String getUrl() {
      return url;
    }

    /**
     * Sets {@code url}: a redis:// URI.
     *
     * @param url a redis:// URI
     */
    public void setUrl(String url) {
      this.url = url;
    }

    /** {@return the key prefix (default ampark:guard:)} */
    public String getKeyPrefix() {
      return keyPrefix;
    }

    /**
     * Sets {@code key-prefix}: the key prefix.
     *
     * @param keyPrefix the key prefix
     */
    public void setKeyPrefix(String keyPrefix) {
      this.keyPrefix = keyPrefix;
    }
  }

  /** {@code ampark.guard.jdbc.*}. */
  public static class Jdbc {
    /** The guard's table. */
    private String table = "ampark_duplicate_guard";

    /** Create the table at startup (PostgreSQL DDL shipped with sdk-guard-jdbc; IF NOT EXISTS). */
    private boolean initializeSchema = false;

    /** {@return the table (default ampark_duplicate_guard)} */
    public String getTable() {
      return table;
    }

    /**
     * Sets {@code table}: the table.
     *
     * @param table the table
     */
    public void setTable(String table) {
      this.table = table;
    }

    /** {@return whether the table is created at startup (default false)} */
    public boolean isInitializeSchema() {
      return initializeSchema;
    }

    /**
     * Sets {@code initialize-schema}: true to create the table at startup.
     *
     * @param initializeSchema true to create the table at startup
     */
    public void setInitializeSchema(boolean initializeSchema) {
      this.initializeSchema = initializeSchema;
    }
  }

  /** {@code ampark.health.*}. */
  public static class Health {
    /** Whether each vendor's clients get a health indicator (needs Spring Boot Actuator). */
    private boolean enabled = false;

    /**
     * Whether each indicator also calls the vendor's cheap read (Wikeyun: a card query; 4pyun: a
     * payment-status query) to see that the vendor answers; vendors without a safe read say so.
     */
    private boolean reachability = false;

    /** How long a reachability probe waits for the vendor's answer. */
    @DurationUnit(ChronoUnit.SECONDS)
    private Duration reachabilityTimeout = Duration.ofSeconds(3);

    /** For Spring's binding. */
    public Health() {}

    /** {@return whether the reachability probe runs (default false)} */
    public boolean isReachability() {
      return reachability;
    }

    /**
     * Sets {@code reachability}: true to call each vendor's cheap read in the health check.
     *
     * @param reachability true to call each vendor's cheap read in the health check
     */
    public void setReachability(boolean reachability) {
      this.reachability = reachability;
    }

    /** {@return how long a probe waits (default 3 s)} */
    public Duration getReachabilityTimeout() {
      return reachabilityTimeout;
    }

    /**
     * Sets {@code reachability-timeout}: how long a probe waits for the answer.
     *
     * @param reachabilityTimeout how long a probe waits for the answer
     */
    public void setReachabilityTimeout(Duration reachabilityTimeout) {
      this.reachabilityTimeout = reachabilityTimeout;
    }

    /** {@return whether health indicators are on (default false)} */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets {@code enabled}: true to add the indicators.
     *
     * @param enabled true to add the indicators
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }
}
