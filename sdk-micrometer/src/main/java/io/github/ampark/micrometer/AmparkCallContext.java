package io.github.ampark.micrometer;

import io.github.ampark.core.CallFinished;
import io.github.ampark.core.CallStarted;
import io.github.ampark.core.Nullable;
import io.micrometer.observation.Observation;

/**
 * The {@link Observation.Context} of one Ampark call: what started, and once it ended, how. For
 * custom {@link AmparkCallConvention}s and observation handlers (e.g. to add a tenant tag).
 */
public final class AmparkCallContext extends Observation.Context {
  private final CallStarted started;
  private volatile @Nullable CallFinished finished;

  /**
   * Creates the observation context of one call.
   *
   * @param started the call that starts
   */
  public AmparkCallContext(CallStarted started) {
    this.started = started;
  }

  /**
   * The call's start: vendor, operation, idempotency, method, host, request id.
   *
   * @return the call's start: vendor, operation, idempotency, method, host, request id
   */
  public CallStarted started() {
    return started;
  }

  /**
   * How the call ended; {@code null} until it has.
   *
   * @return how the call ended; {@code null} until it has
   */
  public @Nullable CallFinished finished() {
    return finished;
  }

  void finished(CallFinished end) {
    this.finished = end;
  }
}
