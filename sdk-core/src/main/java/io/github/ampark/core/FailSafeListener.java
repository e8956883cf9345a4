package io.github.ampark.core;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A listener whose failures are caught and logged once (see {@link AmparkListener#failSafe}). */
final class FailSafeListener implements AmparkListener {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.ampark.listener");

  /** Listener classes already reported at WARN (once per class and JVM, however many wrappers). */
  private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

  private final AmparkListener delegate;

  FailSafeListener(AmparkListener delegate) {
    this.delegate = delegate;
  }

  @Override
  public CallObserver callStarted(CallStarted call) {
    CallObserver observer;
    try {
      observer = delegate.callStarted(call);
    } catch (RuntimeException | LinkageError | AssertionError e) {
      failed("callStarted", e);
      return CallObserver.IGNORE;
    }
    if (observer == null || observer == CallObserver.IGNORE) {
      return CallObserver.IGNORE;
    }
    return end -> {
      try {
        observer.callFinished(end);
      } catch (RuntimeException | LinkageError | AssertionError e) {
        failed("callFinished", e);
      }
    };
  }

  @Override
  public void callbackHandled(CallbackHandled callback) {
    try {
      delegate.callbackHandled(callback);
    } catch (RuntimeException | LinkageError | AssertionError e) {
      failed("callbackHandled", e);
    }
  }

  /** Names the listener's class and the exception's, never the event or the exception's message. */
  private void failed(String method, Throwable e) {
    String type = delegate.getClass().getName();
    if (WARNED.add(type)) {
      LOG.warn("the Ampark listener {} threw {} in {}; ignored (the call goes on; further failures are logged at DEBUG)",
          type, e.getClass().getName(), method);
    } else {
      LOG.debug("the Ampark listener {} threw {} in {}; ignored", type, e.getClass().getName(), method);
    }
  }

  @Override
  public String toString() {
    return "failSafe(" + delegate.getClass().getName() + ")";
  }
}
