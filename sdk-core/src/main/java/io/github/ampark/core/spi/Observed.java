package io.github.ampark.core.spi;

import io.github.ampark.core.AmparkListener;
import io.github.ampark.core.CallFinished;
import io.github.ampark.core.CallStarted;
import io.github.ampark.core.ClientConfig;
import io.github.ampark.core.Idempotency;
import io.github.ampark.core.Nullable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.slf4j.MDC;

/**
 * One observed call: the listener's observer and the facts gathered while the call runs (attempts,
 * HTTP status, reconciliation), plus its SLF4J MDC entries. Exists only when the client has a
 * listener or MDC on: otherwise the pipeline holds {@code null} and does nothing else.
 */
final class Observed {
  static final String MDC_VENDOR = "ampark.vendor";
  static final String MDC_OPERATION = "ampark.operation";
  static final String MDC_REQUEST_ID = "ampark.request_id";

  private final @Nullable CallStarted started;
  private final AmparkListener.CallObserver observer;
  private final boolean mdc;
  private final String vendor;
  private final String operation;
  private final String requestId;
  private final long startNanos = System.nanoTime();
  private final AtomicBoolean finished = new AtomicBoolean();
  volatile int attempts;
  volatile int httpStatus;
  volatile CallFinished.Reconciliation reconciliation = CallFinished.Reconciliation.NONE;
  volatile boolean resent;

  private Observed(ClientConfig config, String vendor, String operation, Idempotency idempotency, boolean keyed,
      @Nullable String method, HttpUrl url) {
    this.vendor = vendor;
    this.operation = operation;
    this.requestId = newRequestId();
    this.mdc = config.mdc();
    AmparkListener listener = config.listener();
    if (listener == null) {
      this.started = null;
      this.observer = AmparkListener.CallObserver.IGNORE;
    } else {
      this.started = new CallStarted(vendor, operation, idempotency, keyed, method, url.host(), url.port(), requestId);
      AmparkListener.CallObserver o = listener.callStarted(started); // fail-safe: never throws
      this.observer = o == null ? AmparkListener.CallObserver.IGNORE : o;
    }
  }

  /** An HTTP exchange, or {@code null} when the client observes nothing. */
  static @Nullable Observed exchange(ClientRuntime runtime, CallInfo info, Request request) {
    ClientConfig config = runtime.config();
    if (config.listener() == null && !config.mdc()) {
      return null;
    }
    return new Observed(config, info.vendor(), info.operation(), info.idempotency(), false, request.method(), request.url());
  }

  /** A whole keyed operation, or {@code null} when the client observes nothing. */
  static @Nullable Observed keyed(ClientRuntime runtime, String operation) {
    ClientConfig config = runtime.config();
    if (config.listener() == null && !config.mdc()) {
      return null;
    }
    return new Observed(config, runtime.vendor(), operation, Idempotency.BY_BUSINESS_KEY, true, null, runtime.baseUrl());
  }

  private static String newRequestId() {
    String hex = Long.toHexString(ThreadLocalRandom.current().nextLong());
    return hex.length() == 16 ? hex : "0000000000000000".substring(hex.length()) + hex;
  }

  /**
   * Puts this call into the MDC of the current thread.
   *
   * @return what to give {@link #exit} to restore the thread's MDC, or {@code null} with MDC off
   */
  @Nullable String[] enter() {
    if (!mdc) {
      return null;
    }
    String[] previous = {MDC.get(MDC_VENDOR), MDC.get(MDC_OPERATION), MDC.get(MDC_REQUEST_ID)};
    MDC.put(MDC_VENDOR, vendor);
    MDC.put(MDC_OPERATION, operation);
    MDC.put(MDC_REQUEST_ID, requestId);
    return previous;
  }

  /** Restores what {@link #enter} replaced (removes the keys that were absent). */
  void exit(@Nullable String[] previous) {
    if (previous == null) {
      return;
    }
    restore(MDC_VENDOR, previous[0]);
    restore(MDC_OPERATION, previous[1]);
    restore(MDC_REQUEST_ID, previous[2]);
  }

  private static void restore(String key, @Nullable String value) {
    if (value == null) {
      MDC.remove(key);
    } else {
      MDC.put(key, value);
    }
  }

  /** Tells the listener how the call ended; only the first report counts. */
  void finish(@Nullable Throwable error) {
    if (!finished.compareAndSet(false, true) || started == null) {
      return;
    }
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    observer.callFinished(new CallFinished(
        started, cause, attempts, httpStatus, System.nanoTime() - startNanos, reconciliation, resent));
  }

  /**
   * The future the caller gets: completes after the listener was told, with this call in the MDC
   * of the completing thread (restored afterwards); cancelling it cancels {@code inner}.
   */
  <T> CompletableFuture<T> around(CompletableFuture<T> inner) {
    CompletableFuture<T> outer = new CompletableFuture<>();
    inner.whenComplete((value, error) -> {
      String[] previous = enter();
      try {
        finish(error);
        if (error == null) {
          outer.complete(value);
        } else {
          outer.completeExceptionally(error);
        }
      } finally {
        exit(previous);
      }
    });
    outer.whenComplete((v, t) -> {
      if (outer.isCancelled()) {
        inner.cancel(true);
      }
    });
    return outer;
  }
}
