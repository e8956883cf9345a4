package io.github.ampark.core.testing;

import io.github.ampark.core.AmparkListener;
import io.github.ampark.core.CallFinished;
import io.github.ampark.core.CallStarted;
import io.github.ampark.core.CallbackHandled;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An {@link AmparkListener} that keeps every event it is told, in order (thread-safe). */
public final class RecordingListener implements AmparkListener {
  public final List<CallStarted> started = Collections.synchronizedList(new ArrayList<>());
  public final List<CallFinished> finished = Collections.synchronizedList(new ArrayList<>());
  public final List<CallbackHandled> callbacks = Collections.synchronizedList(new ArrayList<>());

  @Override
  public CallObserver callStarted(CallStarted call) {
    started.add(call);
    return finished::add;
  }

  @Override
  public void callbackHandled(CallbackHandled callback) {
    callbacks.add(callback);
  }

  /** The finished calls as "operation OUTCOME attempts=n status=s [reconciliation]" lines, in order. */
  public List<String> summary() {
    List<String> lines = new ArrayList<>();
    synchronized (finished) {
      for (CallFinished f : finished) {
        lines.add(f.started().operation() + (f.started().keyed() ? " (keyed)" : "") + " " + f.outcome()
            + " attempts=" + f.attempts() + " status=" + f.httpStatus()
            + (f.reconciliation() == CallFinished.Reconciliation.NONE ? "" : " " + f.reconciliation())
            + (f.resent() ? " resent" : ""));
      }
    }
    return lines;
  }
}
