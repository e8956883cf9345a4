package io.github.ampark.core.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * A test SLF4J binding that keeps every formatted log line in memory, so tests can assert what
 * Ampark logs (and, above all, what it never logs). Registered through META-INF/services.
 */
public final class CapturingLogs implements SLF4JServiceProvider {
  private static final List<String> LINES = Collections.synchronizedList(new ArrayList<>());
  private static final List<String> MDC_LINES = Collections.synchronizedList(new ArrayList<>());
  private final ILoggerFactory factory = new Factory();
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new BasicMDCAdapter();

  /** A snapshot of all captured lines ("LEVEL logger: message"). */
  public static List<String> lines() {
    synchronized (LINES) {
      return new ArrayList<>(LINES);
    }
  }

  /**
   * A snapshot of all captured lines each followed by the SLF4J MDC in force on the logging thread
   * when it was logged, sorted by key: {@code "LEVEL logger: message {k1=v1, k2=v2}"}.
   */
  public static List<String> linesWithMdc() {
    synchronized (MDC_LINES) {
      return new ArrayList<>(MDC_LINES);
    }
  }

  /** All captured text joined by newlines. */
  public static String text() {
    return String.join("\n", lines());
  }

  /** Forgets everything captured so far. */
  public static void clear() {
    LINES.clear();
    MDC_LINES.clear();
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return factory;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {}

  private static final class Factory implements ILoggerFactory {
    private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();

    @Override
    public Logger getLogger(String name) {
      return loggers.computeIfAbsent(name, CapturingLogger::new);
    }
  }

  private static final class CapturingLogger extends AbstractLogger {
    private static final long serialVersionUID = 1L;

    CapturingLogger(String name) {
      this.name = name;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level, Marker marker, String messagePattern, Object[] arguments, Throwable throwable) {
      String msg = MessageFormatter.basicArrayFormat(messagePattern, arguments);
      String line = level + " " + name + ": " + msg + (throwable == null ? "" : " | " + throwable);
      java.util.Map<String, String> mdc = org.slf4j.MDC.getCopyOfContextMap();
      MDC_LINES.add(line + " " + new java.util.TreeMap<>(mdc == null ? java.util.Collections.emptyMap() : mdc));
      LINES.add(line);
    }

    @Override
    public boolean isTraceEnabled() {
      return true;
    }

    @Override
    public boolean isTraceEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }

    @Override
    public boolean isDebugEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled(Marker marker) {
      return true;
    }
  }
}
