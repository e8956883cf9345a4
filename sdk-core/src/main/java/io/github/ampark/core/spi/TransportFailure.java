package io.github.ampark.core.spi;

import java.io.IOException;

/** An I/O failure that knows whether its request may have reached the vendor. */
final class TransportFailure extends IOException {
  private static final long serialVersionUID = 1L;

  final boolean mayHaveReachedVendor;
  final int attempts;

  TransportFailure(IOException cause, boolean mayHaveReachedVendor, int attempts) {
    super(describe(cause), cause);
    this.mayHaveReachedVendor = mayHaveReachedVendor;
    this.attempts = attempts;
  }

  static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
