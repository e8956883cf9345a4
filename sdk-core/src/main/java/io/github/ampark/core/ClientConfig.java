package io.github.ampark.core;


import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The vendor-independent settings of one client: where to connect, how long to wait, how to retry,
 * what to log. Immutable; vendor builders (e.g. {@code WikeyunClient.builder()}) fill it through
 * {@link AmparkClientBuilder}.
 *
 * <p>Every duration is between {@link #MIN_DURATION} (1 ms) and {@link #MAX_DURATION} (1 day);
 * anything else is a {@link ValidationException} naming the setting.
 *
 * <p>Defaults: connect 10 s, read 30 s, write 30 s, call deadline 60 s (covers retries),
 * {@link RetryPolicy#defaults()}, {@link LogLevel#NONE}, the system UTC clock, responses of at most
 * {@value #DEFAULT_MAX_RESPONSE_BYTES} bytes (4 MiB), no {@link #listener() listener}, MDC off.
 */
public final class ClientConfig {
  /**
   * Concurrent asynchronous calls per host on an OkHttp client Ampark creates (OkHttp's own default
   * is 5, which would silently cap parallel batches); a caller-supplied client keeps its own.
   */
  public static final int MAX_ASYNC_PER_HOST = 64;

  static final Duration DEFAULT_CONNECT = Duration.ofSeconds(10);
  static final Duration DEFAULT_READ = Duration.ofSeconds(30);
  static final Duration DEFAULT_WRITE = Duration.ofSeconds(30);
  static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(60);
  static final Duration DEFAULT_SETTLE = Duration.ofSeconds(2);

  /** The longest timeout, deadline or settle delay accepted: one day. */
  public static final Duration MAX_DURATION = Duration.ofDays(1);
  /** The shortest timeout or deadline accepted: one millisecond (OkHttp counts in milliseconds). */
  public static final Duration MIN_DURATION = Duration.ofMillis(1);

  /** The default of {@link #maxResponseBytes()}: 4 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 4L * 1024 * 1024;
  /** The smallest allowed {@link #maxResponseBytes()}: 1 KiB. */
  public static final long MIN_MAX_RESPONSE_BYTES = 1024;
  /** The largest allowed {@link #maxResponseBytes()}: 256 MiB (a body is held in memory). */
  public static final long MAX_MAX_RESPONSE_BYTES = 256L * 1024 * 1024;

  private final @Nullable HttpUrl baseUrl;
  private final @Nullable OkHttpClient httpClient;
  private final @Nullable Duration connectTimeout;
  private final @Nullable Duration readTimeout;
  private final @Nullable Duration writeTimeout;
  private final Duration callDeadline;
  private final Duration reconcileSettleDelay;
  private final long maxResponseBytes;
  private final RetryPolicy retryPolicy;
  private final LogLevel logLevel;
  private final Set<String> sensitiveFields;
  private final Clock clock;
  private final @Nullable String applicationName;
  private final @Nullable AmparkListener listener;
  private final boolean mdc;

  private ClientConfig(Builder b) {
    this.baseUrl = b.baseUrl;
    this.httpClient = b.httpClient;
    // defaults are filled here, never into the builder: build() leaves the builder as it was
    boolean own = b.httpClient == null;
    this.connectTimeout = b.connectTimeout != null || !own ? b.connectTimeout : DEFAULT_CONNECT;
    this.readTimeout = b.readTimeout != null || !own ? b.readTimeout : DEFAULT_READ;
    this.writeTimeout = b.writeTimeout != null || !own ? b.writeTimeout : DEFAULT_WRITE;
    this.callDeadline = b.callDeadline;
    this.reconcileSettleDelay = b.reconcileSettleDelay;
    this.maxResponseBytes = b.maxResponseBytes;
    this.retryPolicy = b.retryPolicy;
    this.logLevel = b.logLevel;
    this.sensitiveFields = Collections.unmodifiableSet(new LinkedHashSet<>(b.sensitiveFields));
    this.clock = b.clock;
    this.applicationName = b.applicationName;
    this.listener = b.listener;
    this.mdc = b.mdc;
  }

  /**
   * A builder with the defaults.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this configuration.
   *
   * @return a builder holding this configuration
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.baseUrl = baseUrl;
    b.httpClient = httpClient;
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.writeTimeout = writeTimeout;
    b.callDeadline = callDeadline;
    b.reconcileSettleDelay = reconcileSettleDelay;
    b.maxResponseBytes = maxResponseBytes;
    b.retryPolicy = retryPolicy;
    b.logLevel = logLevel;
    b.sensitiveFields.addAll(sensitiveFields);
    b.clock = clock;
    b.applicationName = applicationName;
    b.listener = listener;
    b.mdc = mdc;
    return b;
  }

  /**
   * The base URL overriding the vendor environment, or {@code null} to use the environment's.
   *
   * @return the base URL overriding the vendor environment, or {@code null} to use the
   *     environment's
   */
  public @Nullable HttpUrl baseUrl() {
    return baseUrl;
  }

  /**
   * The caller's own OkHttpClient (never closed by Ampark), or {@code null} if Ampark owns one.
   *
   * @return the caller's own OkHttpClient (never closed by Ampark), or {@code null} if Ampark owns
   *     one
   */
  public @Nullable OkHttpClient httpClient() {
    return httpClient;
  }

  /**
   * Connect timeout; with a caller-supplied client, {@code null} keeps that client's value.
   *
   * @return connect timeout; with a caller-supplied client, {@code null} keeps that client's value
   */
  public @Nullable Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * Read timeout; with a caller-supplied client, {@code null} keeps that client's value.
   *
   * @return read timeout; with a caller-supplied client, {@code null} keeps that client's value
   */
  public @Nullable Duration readTimeout() {
    return readTimeout;
  }

  /**
   * Write timeout; with a caller-supplied client, {@code null} keeps that client's value.
   *
   * @return write timeout; with a caller-supplied client, {@code null} keeps that client's value
   */
  public @Nullable Duration writeTimeout() {
    return writeTimeout;
  }

  /**
   * Upper bound on one call from start to last byte, retries and backoff included.
   *
   * @return upper bound on one call from start to last byte, retries and backoff included
   */
  public Duration callDeadline() {
    return callDeadline;
  }

  /**
   * How long a keyed operation waits, after a first "no such key" answer, before asking the vendor
   * a second time; only used with {@link IfAbsent#RESEND}. Default 2 s. The wait counts against
   * {@link #callDeadline()}.
   *
   * @return how long a keyed operation waits, after a first "no such key" answer, before asking the
   *     vendor a second time; only used with {@link IfAbsent#RESEND}
   */
  public Duration reconcileSettleDelay() {
    return reconcileSettleDelay;
  }

  /**
   * The most bytes Ampark reads of one response body (after transfer decoding). A longer answer
   * fails with a {@link ResponseFormatException} saying so, and nothing more of it is read (the
   * connection is dropped). Default {@value #DEFAULT_MAX_RESPONSE_BYTES} (4 MiB).
   *
   * @return the most bytes Ampark reads of one response body (after transfer decoding)
   */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /**
   * How calls are retried after a failure: how many times and how long to wait between attempts.
   * Default {@link RetryPolicy#defaults()} (2 retries, 200 ms backoff doubling up to 2 s).
   *
   * @return retry policy
   */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * How much of each HTTP exchange is logged (to SLF4J, redacted). Default {@link LogLevel#NONE},
   * unless the system property {@value Builder#LOG_LEVEL_PROPERTY} or the environment variable
   * {@value Builder#LOG_LEVEL_ENV} names another level.
   *
   * @return HTTP log level
   */
  public LogLevel logLevel() {
    return logLevel;
  }

  /**
   * Extra field names (lower case) redacted in logs, exception bodies and {@code toString()}, on
   * top of the built-in ones ({@code sign}, {@code app_secret}, {@code key}, {@code authorization}, …).
   *
   * @return extra field names (lower case) redacted in logs, exception bodies and {@code
   *     toString()}, on top of the built-in ones ({@code sign}, {@code app_secret}, {@code key}, {@code
   *     authorization}, …)
   */
  public Set<String> sensitiveFields() {
    return sensitiveFields;
  }

  /**
   * The clock for timestamps in signed requests and for deadlines. Default {@link
   * Clock#systemUTC()}.
   *
   * @return the clock for timestamps in signed requests
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Appended to the User-Agent as {@code ampark-java/<version> <applicationName>}, or {@code null}.
   *
   * @return appended to the User-Agent as {@code ampark-java/<version> <applicationName>}, or
   *     {@code null}
   */
  public @Nullable String applicationName() {
    return applicationName;
  }

  /**
   * The listener told about every call and callback of the client, made {@link
   * AmparkListener#failSafe fail-safe}; {@code null} (the default) for none, which costs nothing.
   *
   * @return the listener told about every call and callback of the client, made {@link
   *     AmparkListener#failSafe fail-safe}; {@code null} (the default) for none, which costs nothing
   */
  public @Nullable AmparkListener listener() {
    return listener;
  }

  /**
   * Whether SLF4J's MDC carries {@code ampark.vendor}, {@code ampark.operation} and {@code
   * ampark.request_id} while a call runs (on the calling thread for {@code execute}, around the
   * completion for {@code executeAsync}; restored afterwards). Default {@code false}.
   *
   * @return whether SLF4J's MDC carries {@code ampark.vendor}, {@code ampark.operation} and {@code
   *     ampark.request_id} while a call runs (on the calling thread for {@code execute}, around the
   *     completion for {@code executeAsync}; restored afterwards)
   */
  public boolean mdc() {
    return mdc;
  }

  /**
   * The full {@code User-Agent} header value sent with every request: {@code
   * ampark-java/<version>}, then the {@link #applicationName()} if set.
   *
   * @return the full User-Agent header value
   */
  public String userAgent() {
    return applicationName == null ? Ampark.userAgent() : Ampark.userAgent() + " " + applicationName;
  }

  @Override
  public String toString() {
    return "ClientConfig{baseUrl=" + baseUrl
        + ", ownHttpClient=" + (httpClient == null)
        + ", connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout
        + ", writeTimeout=" + writeTimeout
        + ", callDeadline=" + callDeadline
        + ", reconcileSettleDelay=" + reconcileSettleDelay
        + ", maxResponseBytes=" + maxResponseBytes
        + ", " + retryPolicy
        + ", logLevel=" + logLevel
        + ", sensitiveFields=" + sensitiveFields
        + ", clock=" + clock
        + ", applicationName=" + applicationName
        + ", listener=" + (listener == null ? null : listener)
        + ", mdc=" + mdc + "}";
  }

  /** Builder for {@link ClientConfig}. */
  public static final class Builder {
    private @Nullable HttpUrl baseUrl;
    private @Nullable OkHttpClient httpClient;
    private @Nullable Duration connectTimeout;
    private @Nullable Duration readTimeout;
    private @Nullable Duration writeTimeout;
    private Duration callDeadline = DEFAULT_DEADLINE;
    private Duration reconcileSettleDelay = DEFAULT_SETTLE;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private @Nullable LogLevel logLevel; // null: ampark.log.level / AMPARK_LOG_LEVEL, else NONE
    private final Set<String> sensitiveFields = new LinkedHashSet<>();
    private Clock clock = Clock.systemUTC();
    private @Nullable String applicationName;
    private @Nullable AmparkListener listener;
    private boolean mdc;

    private Builder() {}

    /**
     * Sends to this URL instead of the vendor environment's (a testkit fake, a proxy). Default:
     * none, the vendor environment's host is used.
     *
     * @param baseUrl an absolute http(s) URL; a trailing {@code /} is added if missing
     * @return this
     */
    public Builder baseUrl(String baseUrl) {
      HttpUrl url = baseUrl == null ? null : HttpUrl.parse(Checks.httpUrl("baseUrl", baseUrl));
      if (url == null) {
        throw new ValidationException("baseUrl", "must be an absolute http or https URL (was " + Checks.echo(baseUrl) + ")");
      }
      if (!url.encodedPath().endsWith("/")) {
        url = url.newBuilder().addPathSegment("").build();
      }
      this.baseUrl = url;
      return this;
    }

    /**
     * Use the caller's OkHttpClient (its pool, dispatcher, proxies, TLS). Ampark adds its
     * interceptors to a derived client sharing that pool and never closes it.
     *
     * @param httpClient the client
     * @return this
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Checks.notNull("httpClient", httpClient);
      return this;
    }

    /**
     * How long to wait for a TCP/TLS connection, 1 ms to 1 day. Default 10 s (with a
     * caller-supplied OkHttpClient, that client's own value).
     *
     * @param timeout connect timeout, 1 ms to 1 day
     * @return this
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive("connectTimeout", timeout);
      return this;
    }

    /**
     * How long to wait between bytes of the answer, 1 ms to 1 day. Default 30 s (with a
     * caller-supplied OkHttpClient, that client's own value).
     *
     * @param timeout read timeout (between bytes), 1 ms to 1 day
     * @return this
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive("readTimeout", timeout);
      return this;
    }

    /**
     * How long to wait between bytes of the request, 1 ms to 1 day. Default 30 s (with a
     * caller-supplied OkHttpClient, that client's own value).
     *
     * @param timeout write timeout (between bytes), 1 ms to 1 day
     * @return this
     */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = positive("writeTimeout", timeout);
      return this;
    }

    /**
     * The upper bound on one whole call, 1 ms to 1 day: every attempt, backoff, reconciliation
     * query and resend fits inside it. Default 60 s.
     *
     * @param deadline upper bound on a whole call, retries included, 1 ms to 1 day
     * @return this
     */
    public Builder callDeadline(Duration deadline) {
      this.callDeadline = positive("callDeadline", deadline);
      return this;
    }

    /**
     * How long a keyed operation waits between the two "no such key" queries that must agree before
     * it is resent under {@link IfAbsent#RESEND}, zero to 1 day. Default 2 s; the wait counts
     * against the call deadline.
     *
     * @param delay the wait between the two "no such key" queries that must agree before a keyed
     *     operation is resent under {@link IfAbsent#RESEND}; zero to 1 day; default 2 s
     * @return this
     */
    public Builder reconcileSettleDelay(Duration delay) {
      if (delay == null || delay.isNegative() || delay.compareTo(MAX_DURATION) > 0) {
        throw new ValidationException("reconcileSettleDelay", "must be between zero and " + MAX_DURATION);
      }
      this.reconcileSettleDelay = delay;
      return this;
    }

    /**
     * The most bytes read of one response body, from {@value #MIN_MAX_RESPONSE_BYTES} to {@value
     * #MAX_MAX_RESPONSE_BYTES}. Default {@value #DEFAULT_MAX_RESPONSE_BYTES} (4 MiB).
     *
     * @param bytes the most bytes read of one response body, from {@value #MIN_MAX_RESPONSE_BYTES}
     *     to {@value #MAX_MAX_RESPONSE_BYTES}; default {@value #DEFAULT_MAX_RESPONSE_BYTES} (4 MiB)
     * @return this
     */
    public Builder maxResponseBytes(long bytes) {
      if (bytes < MIN_MAX_RESPONSE_BYTES || bytes > MAX_MAX_RESPONSE_BYTES) {
        throw new ValidationException(
            "maxResponseBytes",
            "must be between " + MIN_MAX_RESPONSE_BYTES + " and " + MAX_MAX_RESPONSE_BYTES + " (was " + bytes + ")");
      }
      this.maxResponseBytes = bytes;
      return this;
    }

    /**
     * How calls are retried after a failure. Default {@link RetryPolicy#defaults()}; {@link
     * RetryPolicy#none()} turns retries off.
     *
     * @param policy retry policy
     * @return this
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Checks.notNull("retryPolicy", policy);
      return this;
    }

    /**
     * How much of each HTTP exchange is logged. When never called, {@link #build()} reads the
     * system property {@value #LOG_LEVEL_PROPERTY}, else the environment variable {@value
     * #LOG_LEVEL_ENV} ({@code NONE}, {@code BASIC}, {@code HEADERS} or {@code BODY}, any case);
     * default {@link LogLevel#NONE}.
     *
     * @param level HTTP log level; when never called, the system property {@value #LOG_LEVEL_PROPERTY}
     *     or else the environment variable {@value #LOG_LEVEL_ENV} ({@code NONE}, {@code BASIC},
     *     {@code HEADERS} or {@code BODY}, any case) is read by {@link #build()}; default {@code NONE}
     * @return this
     */
    public Builder logLevel(LogLevel level) {
      this.logLevel = Checks.notNull("logLevel", level);
      return this;
    }

    /**
     * Adds field names whose values are masked in logs, exception bodies and {@code toString()}, on
     * top of the built-in ones; case-insensitive. Default: none extra.
     *
     * @param names extra field names to redact (case-insensitive)
     * @return this
     */
    public Builder sensitiveFields(String... names) {
      Checks.notNull("sensitiveFields", names);
      java.util.List<String> checked = new java.util.ArrayList<>();
      for (String n : names) {
        if (n == null || n.trim().isEmpty()) {
          throw new ValidationException("sensitiveFields", "must not contain null or blank names");
        }
        checked.add(Checks.noControl("sensitiveFields", n).trim().toLowerCase(Locale.ROOT));
      }
      sensitiveFields.addAll(checked); // all or nothing
      return this;
    }

    /**
     * The clock for timestamps in signed requests. Default {@link Clock#systemUTC()}; set a fixed
     * clock in tests.
     *
     * @param clock clock for request timestamps
     * @return this
     */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNull("clock", clock);
      return this;
    }

    /**
     * A short name of your application appended to the {@code User-Agent} (printable ASCII, no
     * spaces). Default: none.
     *
     * @param name short application name added to the User-Agent
     * @return this
     */
    public Builder applicationName(String name) {
      if (name == null || name.trim().isEmpty() || !name.matches("[\\x21-\\x7e]+")) {
        throw new ValidationException("applicationName", "must be printable ASCII without spaces");
      }
      this.applicationName = name;
      return this;
    }

    /** The system property read when {@link #logLevel(LogLevel)} was not called. */
    public static final String LOG_LEVEL_PROPERTY = "ampark.log.level";
    /** The environment variable read when neither {@link #logLevel(LogLevel)} nor the property set a level. */
    public static final String LOG_LEVEL_ENV = "AMPARK_LOG_LEVEL";

    /**
     * The listener told about every call and callback of the client (metrics, traces); one per
     * client, thread-safe. Default {@code null}, none. What it throws is caught and logged once,
     * never breaking a call.
     *
     * @param listener told about every call and callback (metrics, traces); one per client,
     *     thread-safe; {@code null} for none (the default). What it throws is caught and logged
     *     once, never breaking a call.
     * @return this
     */
    public Builder listener(@Nullable AmparkListener listener) {
      this.listener = listener == null ? null : AmparkListener.failSafe(listener);
      return this;
    }

    /**
     * Whether SLF4J's MDC carries {@code ampark.vendor}, {@code ampark.operation} and {@code
     * ampark.request_id} while a call runs; see {@link ClientConfig#mdc()}. Default {@code false}.
     *
     * @param on whether SLF4J's MDC carries {@code ampark.vendor}, {@code ampark.operation} and
     *     {@code ampark.request_id} during a call (default {@code false}); see {@link ClientConfig#mdc()}
     * @return this
     */
    public Builder mdc(boolean on) {
      this.mdc = on;
      return this;
    }

    /**
     * Builds the configuration, filling in the defaults (and the log level from the system property
     * or environment variable when {@link #logLevel} was not called).
     *
     * @return the configuration
     */
    public ClientConfig build() {
      if (logLevel == null) {
        logLevel = defaultLogLevel(System.getProperty(LOG_LEVEL_PROPERTY), System.getenv(LOG_LEVEL_ENV));
      }
      return new ClientConfig(this);
    }

    static LogLevel defaultLogLevel(@Nullable String property, @Nullable String env) {
      String name = property != null && !property.trim().isEmpty() ? LOG_LEVEL_PROPERTY : LOG_LEVEL_ENV;
      String value = name.equals(LOG_LEVEL_PROPERTY) ? property : env;
      if (value == null || value.trim().isEmpty()) {
        return LogLevel.NONE;
      }
      for (LogLevel level : LogLevel.values()) {
        if (level.name().equalsIgnoreCase(value.trim())) {
          return level;
        }
      }
      throw new ValidationException(name, "must be one of NONE, BASIC, HEADERS, BODY (was " + Checks.echo(value) + ")");
    }

    private static Duration positive(String field, @Nullable Duration d) {
      if (d == null || d.compareTo(MIN_DURATION) < 0 || d.compareTo(MAX_DURATION) > 0) {
        throw new ValidationException(field, "must be between " + MIN_DURATION + " and " + MAX_DURATION
            + (d == null ? " (was null)" : ""));
      }
      return d;
    }
  }
}
