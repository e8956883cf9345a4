package io.github.ampark.core;

import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * The settings every Ampark client builder shares. Vendor builders extend it and add their
 * credentials and environment:
 *
 * <pre>{@code
 * WikeyunClient client = WikeyunClient.builder()
 *     .credentials("1000001", System.getenv("WIKEYUN_SECRET"))
 *     .callDeadline(Duration.ofSeconds(20))
 *     .logLevel(LogLevel.BASIC)
 *     .build();
 * }</pre>
 *
 * @param <B> the concrete builder type
 */
public abstract class AmparkClientBuilder<B extends AmparkClientBuilder<B>> {
  private final ClientConfig.Builder config = ClientConfig.builder();

  /** For subclasses. */
  protected AmparkClientBuilder() {}

  /**
   * This builder as its concrete type.
   *
   * @return this builder as its concrete type
   */
  @SuppressWarnings("unchecked")
  protected final B self() {
    return (B) this;
  }

  /**
   * Send to this URL instead of the vendor environment's (a testkit fake, a proxy).
   *
   * @param baseUrl absolute http(s) URL
   * @return this
   */
  public B baseUrl(String baseUrl) {
    config.baseUrl(baseUrl);
    return self();
  }

  /**
   * Use your own OkHttpClient; Ampark shares its connection pool and never closes it. It keeps its
   * own socket factory: a client Ampark creates sets {@code TCP_NODELAY} on its sockets (a request
   * body longer than one TCP segment otherwise waits for the server's delayed ACK, up to 40 ms on
   * Linux); give yours a socket factory that does the same if your requests are large.
   *
   * @param httpClient the client
   * @return this
   */
  public B httpClient(OkHttpClient httpClient) {
    config.httpClient(httpClient);
    return self();
  }

  /**
   * How long to wait for a TCP/TLS connection, 1 ms to 1 day. Default 10 s.
   *
   * @param timeout connect timeout (default 10 s)
   * @return this
   */
  public B connectTimeout(Duration timeout) {
    config.connectTimeout(timeout);
    return self();
  }

  /**
   * How long to wait between bytes of the answer, 1 ms to 1 day. Default 30 s.
   *
   * @param timeout read timeout (default 30 s)
   * @return this
   */
  public B readTimeout(Duration timeout) {
    config.readTimeout(timeout);
    return self();
  }

  /**
   * How long to wait between bytes of the request, 1 ms to 1 day. Default 30 s.
   *
   * @param timeout write timeout (default 30 s)
   * @return this
   */
  public B writeTimeout(Duration timeout) {
    config.writeTimeout(timeout);
    return self();
  }

  /**
   * The upper bound on one whole call, retries, reconciliation and resends included, 1 ms to 1 day.
   * Default 60 s.
   *
   * @param deadline bound on a whole call including retries (default 60 s)
   * @return this
   */
  public B callDeadline(Duration deadline) {
    config.callDeadline(deadline);
    return self();
  }

  /**
   * How long a keyed operation waits between the two agreeing "no such key" queries before it is
   * resent under {@link IfAbsent#RESEND}, zero to 1 day. Default 2 s; counts against the call
   * deadline.
   *
   * @param delay wait between the two agreeing "no such key" queries before a keyed operation is
   *     resent under {@link IfAbsent#RESEND} (default 2 s; counts against the call deadline)
   * @return this
   */
  public B reconcileSettleDelay(Duration delay) {
    config.reconcileSettleDelay(delay);
    return self();
  }

  /**
   * The most bytes read of one response body, 1 KiB to 256 MiB; a longer answer fails with a {@link
   * ResponseFormatException}. Default 4 MiB.
   *
   * @param bytes the most bytes read of one response body (default 4 MiB); see {@link
   *     ClientConfig#maxResponseBytes()}
   * @return this
   */
  public B maxResponseBytes(long bytes) {
    config.maxResponseBytes(bytes);
    return self();
  }

  /**
   * How calls are retried after a failure. Default {@link RetryPolicy#defaults()} (2 retries, 200
   * ms backoff doubling up to 2 s).
   *
   * @param policy retry policy (default {@link RetryPolicy#defaults()})
   * @return this
   */
  public B retryPolicy(RetryPolicy policy) {
    config.retryPolicy(policy);
    return self();
  }

  /**
   * How much of each HTTP exchange is logged. Default: the system property {@code
   * ampark.log.level}, else the environment variable {@code AMPARK_LOG_LEVEL}, else {@link
   * LogLevel#NONE}.
   *
   * @param level HTTP log level (default: the system property {@code ampark.log.level}, else the
   *     environment variable {@code AMPARK_LOG_LEVEL}, else {@link LogLevel#NONE})
   * @return this
   */
  public B logLevel(LogLevel level) {
    config.logLevel(level);
    return self();
  }

  /**
   * Adds field names whose values are masked in logs, exception bodies and {@code toString()}, on
   * top of the built-in ones; case-insensitive. Default: none extra.
   *
   * @param names extra field names to redact everywhere
   * @return this
   */
  public B sensitiveFields(String... names) {
    config.sensitiveFields(names);
    return self();
  }

  /**
   * The clock for timestamps in signed requests. Default {@link Clock#systemUTC()}; set a fixed
   * clock in tests.
   *
   * @param clock clock for signed timestamps (default system UTC)
   * @return this
   */
  public B clock(Clock clock) {
    config.clock(clock);
    return self();
  }

  /**
   * A short name of your application appended to the {@code User-Agent} (printable ASCII, no
   * spaces). Default: none.
   *
   * @param name application name appended to the User-Agent
   * @return this
   */
  public B applicationName(String name) {
    config.applicationName(name);
    return self();
  }

  /**
   * The listener told about every call and callback of the client (metrics, traces; e.g. {@code
   * sdk-micrometer}'s); see {@link AmparkListener}. Default {@code null}, none.
   *
   * @param listener told about every call and callback of the client (metrics, traces; e.g.
   *     {@code sdk-micrometer}'s); {@code null} for none (the default); see {@link AmparkListener}
   * @return this
   */
  public B listener(@Nullable AmparkListener listener) {
    config.listener(listener);
    return self();
  }

  /**
   * Whether {@code ampark.vendor}, {@code ampark.operation} and {@code ampark.request_id} are put
   * into SLF4J's MDC while a call runs; see {@link ClientConfig#mdc()}. Default {@code false}.
   *
   * @param on put {@code ampark.vendor}, {@code ampark.operation} and {@code ampark.request_id}
   *     into SLF4J's MDC while a call runs (default {@code false}); see {@link ClientConfig#mdc()}
   * @return this
   */
  public B mdc(boolean on) {
    config.mdc(on);
    return self();
  }

  /**
   * The shared settings collected so far.
   *
   * @return the shared settings collected so far
   */
  protected ClientConfig coreConfig() {
    return config.build();
  }
}
