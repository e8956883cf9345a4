package io.github.ampark.core;

/**
 * Whether an operation may be sent twice. Ampark's retries follow it; it is declared per operation
 * by the vendor module, never guessed from the HTTP method.
 */
public enum Idempotency {
  /** Reads and other operations with no effect: retried on I/O errors, 429, 502, 503 and 504. */
  SAFE,
  /**
   * Creates keyed by a merchant number (an order number): never resent once it may have reached
   * the vendor; the vendor module first queries that key to learn whether it took effect.
   */
  BY_BUSINESS_KEY,
  /** Never resent once it may have reached the vendor. Only connect failures are retried. */
  UNSAFE
}
