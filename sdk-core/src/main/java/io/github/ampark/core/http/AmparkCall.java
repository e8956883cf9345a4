package io.github.ampark.core.http;

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
}
