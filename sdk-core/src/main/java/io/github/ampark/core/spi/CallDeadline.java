package io.github.ampark.core.spi;

/**
 * A request tag carrying the absolute deadline of the call it belongs to (a {@link
 * System#nanoTime()} instant), so that retries and their backoff never outlive a keyed
 * operation's shared budget, which may be shorter than the client's {@code callDeadline}.
 */
final class CallDeadline {
  final long nanoTime;

  CallDeadline(long nanoTime) {
    this.nanoTime = nanoTime;
  }
}
