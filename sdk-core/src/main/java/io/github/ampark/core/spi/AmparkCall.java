package io.github.ampark.core.spi;

import java.util.concurrent.CompletableFuture;

/**
 * One prepared vendor operation, the return type of Ampark's Retrofit methods (for module
 * authors; vendor clients expose plain methods). Each {@code execute} sends anew.
 *
 * @param <T> the decoded data type
 */
public interface AmparkCall<T> {
  /**
   * Sends the request and decodes the envelope.
   *
   * @return the data
   * @throws io.github.ampark.core.ApiException the vendor answered with an error
   * @throws io.github.ampark.core.TransportException no complete answer arrived
   * @throws io.github.ampark.core.ResponseFormatException the answer could not be decoded
   */
  T execute();

  /**
   * Sends the request on OkHttp's dispatcher. The future fails with the same exceptions
   * {@link #execute()} throws; cancelling it cancels the HTTP call.
   *
   * @return the data, eventually
   */
  CompletableFuture<T> executeAsync();

  /**
   * The same call, bounded by an absolute deadline as well as the client's call deadline (the
   * shorter wins). Keyed operations use it so that sends, reconciliation queries and a resend share
   * one budget.
   *
   * @param deadlineNanos a {@link System#nanoTime()} instant
   * @return a call bounded by it
   */
  AmparkCall<T> withDeadline(long deadlineNanos);

  /**
   * The same call with its result mapped (for example a vendor answer to a {@link Reconciliation}).
   * A mapper that throws an {@link io.github.ampark.core.AmparkException} fails the call with it.
   *
   * @param mapper maps the decoded data
   * @param <R> the mapped type
   * @return the mapped call
   */
  default <R> AmparkCall<R> map(java.util.function.Function<? super T, ? extends R> mapper) {
    AmparkCall<T> self = this;
    return new AmparkCall<R>() {
      @Override
      public R execute() {
        return mapper.apply(self.execute());
      }

      @Override
      public CompletableFuture<R> executeAsync() {
        return self.executeAsync().thenApply(mapper);
      }

      @Override
      public AmparkCall<R> withDeadline(long deadlineNanos) {
        return self.withDeadline(deadlineNanos).map(mapper);
      }

      @Override
      public String toString() {
        return self.toString();
      }
    };
  }
}
