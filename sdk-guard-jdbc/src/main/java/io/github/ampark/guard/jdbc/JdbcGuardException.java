package io.github.ampark.guard.jdbc;

import io.github.ampark.core.AmparkException;
import io.github.ampark.core.Nullable;

/**
 * The guard's database could not be used: no connection, a missing table, a failed statement. The
 * guard never turns such a failure into an answer: a failed {@code claim} is neither "first" nor "a
 * duplicate", so the callback is not handled and the vendor's resend is handled again later (reply
 * with an error so that the vendor resends). {@link #getCause()} is the driver's exception; {@link
 * #sqlState()} its SQLState when it had one.
 */
public final class JdbcGuardException extends AmparkException {
  private static final long serialVersionUID = 1L;

  /** The driver's SQLState, or null. */
  private final @Nullable String sqlState;

  /**
   * Creates the exception for a failed database operation of the guard.
   *
   * @param operation the guard operation that failed: {@code claim}, {@code complete}, {@code
   *     release} or {@code purgeExpired}
   * @param message what failed, free of secrets
   * @param sqlState the driver's SQLState, or {@code null}
   * @param cause the driver's exception
   */
  public JdbcGuardException(String operation, String message, @Nullable String sqlState, @Nullable Throwable cause) {
    super(null, operation, "[jdbc-guard " + operation + "] " + message
        + (sqlState == null ? "" : " (SQLState " + sqlState + ")"), cause);
    this.sqlState = sqlState;
  }

  /**
   * The SQLState the driver reported (e.g. {@code 42P01}: no such table), or {@code null}.
   *
   * @return the SQLState the driver reported (e.g. {@code 42P01}: no such table), or {@code null}
   */
  public @Nullable String sqlState() {
    return sqlState;
  }
}
