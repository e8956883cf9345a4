package io.github.ampark.guard.redis;

import io.github.ampark.core.AmparkException;
import io.github.ampark.core.Nullable;

/**
 * Redis could not be used: no connection, a timeout, a command error. The guard never turns such a
 * failure into an answer: a failed {@code claim} is neither "first" nor "a duplicate", so the
 * callback is not handled and the vendor's resend is handled again later (reply with an error so
 * that the vendor resends). {@link #getCause()} is Lettuce's exception.
 */
public final class RedisGuardException extends AmparkException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a failed Redis operation of the guard.
   *
   * @param operation the guard operation that failed: {@code claim}, {@code complete} or {@code
   *     release}
   * @param message what failed, free of secrets
   * @param cause Lettuce's exception
   */
  public RedisGuardException(String operation, String message, @Nullable Throwable cause) {
    super(null, operation, "[redis-guard " + operation + "] " + message, cause);
  }
}
