package io.github.ampark.core;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how patiently Ampark retries. Which calls may be retried at all is decided by
 * their {@link Idempotency}: SAFE calls are retried on I/O errors, 429, 502, 503 and 504; every
 * call is retried when the connection could not be opened (nothing was sent). Retries never
 * outlive the client's call deadline, and a {@code Retry-After} header is honoured when it fits.
 *
 * <p>Backoff is exponential with jitter: retry {@code n} waits a random time between half and all
 * of {@code min(initialBackoff × 2^(n-1), maxBackoff)}.
 *
 * <pre>{@code
 * RetryPolicy patient = RetryPolicy.builder().maxRetries(4).initialBackoff(Duration.ofMillis(500)).build();
 * }</pre>
 */
public final class RetryPolicy {
  /** The longest backoff accepted: one hour (a wait never outlives the call deadline anyway). */
  public static final Duration MAX_BACKOFF = Duration.ofHours(1);

  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxRetries(0).build();

  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;

  private RetryPolicy(Builder b) {
    this.maxRetries = b.maxRetries;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
  }

  /**
   * Two retries, 200 ms initial backoff, at most 2 s between attempts.
   *
   * @return two retries, 200 ms initial backoff, at most 2 s between attempts
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Never retry, not even connect failures.
   *
   * @return never retry, not even connect failures
   */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a builder starting from the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from this policy.
   *
   * @return a builder starting from this policy
   */
  public Builder toBuilder() {
    return new Builder().maxRetries(maxRetries).initialBackoff(initialBackoff).maxBackoff(maxBackoff);
  }

  /**
   * How many times a failed call is retried after the first attempt (0 = never). Default 2.
   *
   * @return retries after the first attempt (0 = no retries)
   */
  public int maxRetries() {
    return maxRetries;
  }

  /**
   * The wait before the first retry, before jitter; it doubles for each later retry. Default 200
   * ms.
   *
   * @return backoff before the first retry
   */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /**
   * The longest wait between two attempts, before jitter. Default 2 s.
   *
   * @return upper bound on any one backoff
   */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /**
   * The wait before retry number {@code retry} (1-based), jittered.
   *
   * @param retry 1 for the first retry
   * @return how long to wait
   */
  public Duration backoff(int retry) {
    long base = initialBackoff.toNanos();
    for (int i = 1; i < retry && base < maxBackoff.toNanos(); i++) {
      base *= 2;
    }
    base = Math.min(base, maxBackoff.toNanos());
    if (base <= 1) {
      return Duration.ofNanos(base);
    }
    long half = base / 2;
    return Duration.ofNanos(half + ThreadLocalRandom.current().nextLong(base - half + 1));
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff + ", maxBackoff=" + maxBackoff + "}";
  }

  /** Builder for {@link RetryPolicy}. */
  public static final class Builder {
    private int maxRetries = 2;
    private Duration initialBackoff = Duration.ofMillis(200);
    private Duration maxBackoff = Duration.ofSeconds(2);

    private Builder() {}

    /**
     * How many times a failed call is retried after the first attempt, 0 to 10. Default 2.
     *
     * @param maxRetries retries after the first attempt, 0 to 10
     * @return this
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0 || maxRetries > 10) {
        throw new ValidationException("maxRetries", "must be between 0 and 10 (was " + maxRetries + ")");
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * The wait before the first retry, doubling for each later one; zero to {@link #MAX_BACKOFF} (1
     * hour). Default 200 ms.
     *
     * @param initialBackoff wait before the first retry; zero to {@link #MAX_BACKOFF} (1 hour)
     * @return this
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = nonNegative("initialBackoff", initialBackoff);
      return this;
    }

    /**
     * The longest wait between two attempts; zero to {@link #MAX_BACKOFF} (1 hour). Default 2 s.
     *
     * @param maxBackoff upper bound on one wait; zero to {@link #MAX_BACKOFF} (1 hour)
     * @return this
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = nonNegative("maxBackoff", maxBackoff);
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public RetryPolicy build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new ValidationException("maxBackoff", "must not be shorter than initialBackoff");
      }
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(String field, @Nullable Duration d) {
      if (d == null || d.isNegative() || d.compareTo(MAX_BACKOFF) > 0) {
        throw new ValidationException(field, "must be between zero and " + MAX_BACKOFF);
      }
      return d;
    }
  }
}
