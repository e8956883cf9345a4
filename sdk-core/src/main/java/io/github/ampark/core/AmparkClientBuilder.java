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
   * Use your own OkHttpClient; Ampark shares its connection pool and never closes it.
   *
   * @param httpClient the client
   * @return this
   */
  public B httpClient(OkHttpClient httpClient) {
    config.httpClient(httpClient);
    return self();
  }

  /**
   * Sets {@code connectTimeout}: connect timeout (default 10 s).
   *
   * @param timeout connect timeout (default 10 s)
   * @return this
   */
  public B connectTimeout(Duration timeout) {
    config.connectTimeout(timeout);
    return self();
  }

  /**
   * Sets {@code readTimeout}: read timeout (default 30 s).
   *
   * @param timeout read timeout (default 30 s)
   * @return this
   */
  public B readTimeout(Duration timeout) {
    config.readTimeout(timeout);
    return self();
  }

  /**
   * Sets {@code writeTimeout}: write timeout (default 30 s).
   *
   * @param timeout write timeout (default 30 s)
   * @return this
   */
  public B writeTimeout(Duration timeout) {
    config.writeTimeout(timeout);
    return self();
  }

  /**
   * Sets {@code callDeadline}: bound on a whole call including retries (default 60 s).
   *
   * @param deadline bound on a whole call including retries (default 60 s)
   * @return this
   */
  public B callDeadline(Duration deadline) {
    config.callDeadline(deadline);
    return self();
  }

  /**
   * Sets {@code reconcileSettleDelay}: wait between the two agreeing "no such key" queries before a
   * keyed operation is resent under {@link IfAbsent#RESEND} (default 2 s; counts against the call
   * deadline).
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
   * Sets {@code maxResponseBytes}: the most bytes read of one response body (default 4 MiB); see
   * {@link ClientConfig#maxResponseBytes()}.
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
   * Sets {@code retryPolicy}: retry policy (default {@link RetryPolicy#defaults()}).
   *
   * @param policy retry policy (default {@link RetryPolicy#defaults()})
   * @return this
   */
  public B retryPolicy(RetryPolicy policy) {
    config.retryPolicy(policy);
    return self();
  }

  /**
   * Sets {@code logLevel}: HTTP log level (default: the system property {@code ampark.log.level},
   * else the environment variable {@code AMPARK_LOG_LEVEL}, else {@link LogLevel#NONE}).
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
   * Sets {@code sensitiveFields}: extra field names to redact everywhere.
   *
   * @param names extra field names to redact everywhere
   * @return this
   */
  public B sensitiveFields(String... names) {
    config.sensitiveFields(names);
    return self();
  }

  /**
   * Sets {@code clock}: clock for signed timestamps (default system UTC).
   *
   * @param clock clock for signed timestamps (default system UTC)
   * @return this
   */
  public B clock(Clock clock) {
    config.clock(clock);
    return self();
  }

  /**
   * Sets {@code applicationName}: application name appended to the User-Agent.
   *
   * @param name application name appended to the User-Agent
   * @return this
   */
  public B applicationName(String name) {
    config.applicationName(name);
    return self();
  }

  /**
   * Sets {@code listener}: told about every call and callback of the client (metrics, traces; e.g.
   * {@code sdk-micrometer}'s); {@code null} for none (the default); see {@link AmparkListener}.
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
   * Sets {@code mdc}: put {@code ampark.vendor}, {@code ampark.operation} and {@code
   * ampark.request_id} into SLF4J's MDC while a call runs (default {@code false}); see {@link
   * ClientConfig#mdc()}.
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
