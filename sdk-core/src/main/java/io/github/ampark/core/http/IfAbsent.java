package io.github.ampark.core.http;

/**
 * What to do when, after an ambiguous failure, the vendor confirms that a keyed operation (an
 * order) does not exist.
 */
public enum IfAbsent {
  /** Send it once more (the default): the vendor never saw it. */
  RESEND,
  /** Throw a {@link io.github.ampark.core.TransportException} saying it was not placed; the caller decides. */
  THROW
}
