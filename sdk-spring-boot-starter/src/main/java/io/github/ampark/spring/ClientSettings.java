package io.github.ampark.spring;

import io.github.ampark.core.AmparkClientBuilder;
import io.github.ampark.core.LogLevel;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.convert.DurationUnit;
import org.springframework.util.unit.DataSize;

/**
 * The settings every vendor's client shares ({@code ampark.<vendor>.*}, and per tenant under {@code
 * ampark.<vendor>.tenants.<name>.*}): where to send, timeouts and logging. Vendor settings extend it
 * with their credentials.
 *
 * <p>Durations without a unit are seconds ({@code ampark.bolink.call-deadline=20}); {@code 500ms},
 * {@code 2m} work too. Mutable, as Spring binding needs; {@link #toString()} never shows a secret.
 */
public class ClientSettings {
  /** Send to this URL instead of the environment's hosts (a proxy, a testkit fake). */
  private String baseUrl;

  /** Connect timeout. */
  @DurationUnit(ChronoUnit.SECONDS)
  private Duration connectTimeout = Duration.ofSeconds(10);

  /** Read timeout. */
  @DurationUnit(ChronoUnit.SECONDS)
  private Duration readTimeout = Duration.ofSeconds(30);

  /** Write timeout. */
  @DurationUnit(ChronoUnit.SECONDS)
  private Duration writeTimeout = Duration.ofSeconds(30);

  /** Bound on a whole call, including retries, reconciliation and resends. */
  @DurationUnit(ChronoUnit.SECONDS)
  private Duration callDeadline = Duration.ofSeconds(60);

  /** Wait between the two agreeing "no such key" answers before a keyed operation is resent (RESEND only). */
  @DurationUnit(ChronoUnit.SECONDS)
  private Duration reconcileSettleDelay = Duration.ofSeconds(2);

  /** The most bytes read of one response body. */
  private DataSize maxResponseBytes = DataSize.ofMegabytes(4);

  /** HTTP log level (secrets and signatures are redacted at every level). */
  private LogLevel logLevel = LogLevel.NONE;

  /** Application name appended to the User-Agent. */
  private String applicationName;

  /** {@return the base URL, or {@code null} for the environment's hosts} */
  public String getBaseUrl() {
    return baseUrl;
  }

  /**
   * Sets {@code base-url}: absolute http(s) URL, or {@code null}.
   *
   * @param baseUrl absolute http(s) URL, or {@code null}
   */
  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** {@return connect timeout (default 10 s)} */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /**
   * Sets {@code connect-timeout}: connect timeout.
   *
   * @param connectTimeout connect timeout
   */
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /** {@return read timeout (default 30 s)} */
  public Duration getReadTimeout() {
    return readTimeout;
  }

  /**
   * Sets {@code read-timeout}: read timeout.
   *
   * @param readTimeout read timeout
   */
  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  /** {@return write timeout (default 30 s)} */
  public Duration getWriteTimeout() {
    return writeTimeout;
  }

  /**
   * Sets {@code write-timeout}: write timeout.
   *
   * @param writeTimeout write timeout
   */
  public void setWriteTimeout(Duration writeTimeout) {
    this.writeTimeout = writeTimeout;
  }

  /** {@return the call deadline (default 60 s)} */
  public Duration getCallDeadline() {
    return callDeadline;
  }

  /**
   * Sets {@code call-deadline}: bound on a whole call.
   *
   * @param callDeadline bound on a whole call
   */
  public void setCallDeadline(Duration callDeadline) {
    this.callDeadline = callDeadline;
  }

  /** {@return the settle delay (default 2 s)} */
  public Duration getReconcileSettleDelay() {
    return reconcileSettleDelay;
  }

  /**
   * Sets {@code reconcile-settle-delay}: the settle delay.
   *
   * @param reconcileSettleDelay the settle delay
   */
  public void setReconcileSettleDelay(Duration reconcileSettleDelay) {
    this.reconcileSettleDelay = reconcileSettleDelay;
  }

  /** {@return the response size cap (default 4 MB)} */
  public DataSize getMaxResponseBytes() {
    return maxResponseBytes;
  }

  /**
   * Sets {@code max-response-bytes}: the response size cap ({@code 4MB}, {@code 512KB}, bytes without a unit).
   *
   * @param maxResponseBytes the response size cap ({@code 4MB}, {@code 512KB}, bytes without a unit)
   */
  public void setMaxResponseBytes(DataSize maxResponseBytes) {
    this.maxResponseBytes = maxResponseBytes;
  }

  /** {@return the log level (default NONE)} */
  public LogLevel getLogLevel() {
    return logLevel;
  }

  /**
   * Sets {@code log-level}: NONE, BASIC, HEADERS or BODY.
   *
   * @param logLevel NONE, BASIC, HEADERS or BODY
   */
  public void setLogLevel(LogLevel logLevel) {
    this.logLevel = logLevel;
  }

  /** {@return the application name, or {@code null}} */
  public String getApplicationName() {
    return applicationName;
  }

  /**
   * Sets {@code application-name}: appended to the User-Agent.
   *
   * @param applicationName appended to the User-Agent
   */
  public void setApplicationName(String applicationName) {
    this.applicationName = applicationName;
  }

  /**
   * Copies these settings onto a client builder (values left {@code null} keep core's defaults).
   *
   * @param builder any Ampark client builder
   */
  public void applyTo(AmparkClientBuilder<?> builder) {
    if (baseUrl != null && !baseUrl.isEmpty()) {
      builder.baseUrl(baseUrl);
    }
    if (connectTimeout != null) {
      builder.connectTimeout(connectTimeout);
    }
    if (readTimeout != null) {
      builder.readTimeout(readTimeout);
    }
    if (writeTimeout != null) {
      builder.writeTimeout(writeTimeout);
    }
    if (callDeadline != null) {
      builder.callDeadline(callDeadline);
    }
    if (reconcileSettleDelay != null) {
      builder.reconcileSettleDelay(reconcileSettleDelay);
    }
    if (maxResponseBytes != null) {
      builder.maxResponseBytes(maxResponseBytes.toBytes());
    }
    if (logLevel != null) {
      builder.logLevel(logLevel);
    }
    if (applicationName != null && !applicationName.isEmpty()) {
      builder.applicationName(applicationName);
    }
  }

  /** {@return the non-secret settings, for logs} */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "{baseUrl=" + baseUrl + ", callDeadline=" + callDeadline
        + ", logLevel=" + logLevel + "}";
  }
}
