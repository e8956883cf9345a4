package io.github.ampark.yinli.internal;

import io.github.ampark.core.spi.AmparkCall;
import io.github.ampark.core.spi.Reconciliation;
import java.util.concurrent.CompletableFuture;

/**
 * The reconciliation of an operation the vendor gives no way to look up: always "unknown", asks
 * nothing, so an ambiguous failure is an {@link io.github.ampark.core.OutcomeUnknownException} and
 * the operation is never resent.
 *
 * @param <T> the operation's result type
 */
public final class NoQuery<T> implements AmparkCall<Reconciliation<T>> {
  private final String seen;

  /** @param seen what the exception reports as seen */
  public NoQuery(String seen) {
    this.seen = seen;
  }

  @Override
  public Reconciliation<T> execute() {
    return Reconciliation.unknown(seen);
  }

  @Override
  public CompletableFuture<Reconciliation<T>> executeAsync() {
    return CompletableFuture.completedFuture(Reconciliation.unknown(seen));
  }

  @Override
  public AmparkCall<Reconciliation<T>> withDeadline(long deadlineNanos) {
    return this;
  }
}
