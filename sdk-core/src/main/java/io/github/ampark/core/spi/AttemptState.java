package io.github.ampark.core.spi;

/** Per-attempt facts shared between the retry interceptor and the network interceptors. */
final class AttemptState {
  final int attempt;
  final int maxAttempts;
  volatile boolean reachedNetwork;

  AttemptState(int attempt, int maxAttempts) {
    this.attempt = attempt;
    this.maxAttempts = maxAttempts;
  }
}
