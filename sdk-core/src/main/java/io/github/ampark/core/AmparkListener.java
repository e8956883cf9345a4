package io.github.ampark.core;

/**
 * Observes the calls and callbacks of one client: metrics, traces, audit logs. Set it per client
 * with {@code builder.listener(...)} ({@link ClientConfig.Builder#listener}); {@code sdk-micrometer}
 * ships one that records Micrometer observations.
 *
 * <pre>{@code
 * WikeyunClient client = WikeyunClient.builder()
 *     .credentials(appId, secret)
 *     .listener(new AmparkListener() {
 *       public CallObserver callStarted(CallStarted call) {
 *         long t0 = System.nanoTime();
 *         return end -> log.info("{} {} {} in {} ms", call.vendor(), call.operation(), end.outcome(),
 *             (System.nanoTime() - t0) / 1_000_000);
 *       }
 *     })
 *     .build();
 * }</pre>
 *
 * <p><b>Contract.</b> Methods are called from whatever thread runs the call (the caller's for
 * {@code execute}, an OkHttp or timer thread for {@code executeAsync}), concurrently for concurrent
 * calls: implementations must be thread-safe and quick (they run inside the call). Whatever a
 * listener throws is caught: a listener never breaks a call or a callback; its first failure is
 * logged at WARN once per listener class naming that class (never the event), later ones at DEBUG. With no
 * listener configured the pipeline does nothing more than a {@code null} check.
 *
 * <p>Every method has a default that does nothing: implement what you need.
 */
public interface AmparkListener {
  /**
   * A call starts: one HTTP exchange (with its retries), or the whole of a keyed operation ({@link
   * CallStarted#keyed()}: its sends and queries are reported as calls of their own, inside it).
   *
   * @param call what is being called
   * @return the observer of this one call, told once when it ends; {@link CallObserver#IGNORE} (the
   *     default) when not interested. {@code null} counts as {@code IGNORE}.
   */
  default CallObserver callStarted(CallStarted call) {
    return CallObserver.IGNORE;
  }

  /**
   * A callback (a notification the vendor sent to your endpoint) was answered: handled, a
   * duplicate, refused, … Called once per delivery, after the reply is decided.
   *
   * @param callback what happened
   */
  default void callbackHandled(CallbackHandled callback) {}

  /**
   * The listener as the pipeline calls it: whatever {@code listener} (or an observer it returns)
   * throws is caught and logged once, never propagated. Idempotent.
   *
   * @param listener any listener
   * @return a listener that never throws
   */
  static AmparkListener failSafe(AmparkListener listener) {
    Checks.notNull("listener", listener);
    return listener instanceof FailSafeListener ? listener : new FailSafeListener(listener);
  }

  /** Observes one call from its start to its end. */
  @FunctionalInterface
  interface CallObserver {
    /** An observer that ignores the call. */
    CallObserver IGNORE = end -> {};

    /**
     * The call ended (successfully or not); called exactly once, before the caller sees the
     * result (before {@code execute} returns, before the future completes).
     *
     * @param call how it ended
     */
    void callFinished(CallFinished call);
  }
}
