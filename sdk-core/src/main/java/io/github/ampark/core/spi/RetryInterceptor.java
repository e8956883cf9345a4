package io.github.ampark.core.spi;

import io.github.ampark.core.Idempotency;
import io.github.ampark.core.LogLevel;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Retries by idempotency class: SAFE on I/O errors and 429/502/503/504 (honouring Retry-After);
 * every class when the request never reached the network. Never beyond the call deadline.
 */
final class RetryInterceptor implements Interceptor {
  private final String vendor;
  private final RetryPolicy policy;
  private final Duration deadline;
  private final LazyLogger log;
  private final LogLevel level;
  private final boolean observing;

  RetryInterceptor(String vendor, RetryPolicy policy, Duration deadline, LazyLogger log, LogLevel level, boolean observing) {
    this.vendor = vendor;
    this.observing = observing;
    this.policy = policy;
    this.deadline = deadline;
    this.log = log;
    this.level = level;
  }

  /** Retry-After values are capped here (a day): longer waits never fit a deadline anyway. */
  static final long MAX_RETRY_AFTER_SECONDS = 86_400;

  static boolean retryableStatus(int code) {
    return code == 429 || code == 502 || code == 503 || code == 504;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    CallTag tag = CallTag.of(chain.call());
    Observed observed = observing ? tag.observed : null;
    if (observed == null) {
      return attempts(chain, tag, null);
    }
    // the thread running the call (a dispatcher thread for executeAsync) logs with the call's MDC
    String[] mdc = observed.enter();
    try {
      return attempts(chain, tag, observed);
    } finally {
      observed.exit(mdc);
    }
  }

  private Response attempts(Chain chain, CallTag tag, @Nullable Observed observed) throws IOException {
    Request request = chain.request();
    CallInfo info = CallInfo.of(tag, request, vendor);
    long deadlineAt = System.nanoTime() + deadline.toNanos();
    if (tag.deadlineNanos != Exchange.NO_DEADLINE && tag.deadlineNanos - deadlineAt < 0) {
      deadlineAt = tag.deadlineNanos; // a keyed operation's budget, shared by all its steps
    }
    int maxAttempts = policy.maxRetries() + 1;
    boolean anyReached = false; // over all attempts: an earlier one may have reached the vendor
    for (int attempt = 1; ; attempt++) {
      tag.startAttempt(attempt, maxAttempts);
      if (observed != null) {
        observed.attempts = attempt;
      }
      Response response;
      try {
        response = chain.proceed(request);
      } catch (IOException e) {
        boolean reached = tag.reachedNetwork;
        anyReached |= reached;
        boolean allowed = (!reached || info.idempotency() == Idempotency.SAFE) && !chain.call().isCanceled();
        if (allowed && attempt < maxAttempts) {
          Duration wait = policy.backoff(attempt);
          if (fits(deadlineAt, wait)) {
            note(info, attempt, maxAttempts, TransportFailure.describe(e), reached, wait);
            sleep(wait);
            continue;
          }
        }
        throw new TransportFailure(e, anyReached, attempt);
      }
      anyReached = true;
      if (info.idempotency() == Idempotency.SAFE && retryableStatus(response.code()) && attempt < maxAttempts) {
        Duration retryAfter = retryAfter(response.header("Retry-After"));
        Duration wait = retryAfter != null ? retryAfter : policy.backoff(attempt);
        if (fits(deadlineAt, wait)) {
          response.close();
          note(info, attempt, maxAttempts, "HTTP " + response.code(), true, wait);
          sleep(wait);
          continue;
        }
      }
      return response;
    }
  }

  private void note(CallInfo info, int attempt, int max, String why, boolean reached, Duration wait) {
    String fmt = "{} {}: attempt {}/{} failed ({}{}); retrying in {} ms";
    Object[] args = {
      vendor, info.operation(), attempt, max, why, reached ? "" : ", not sent", wait.toMillis()
    };
    if (level == LogLevel.NONE) {
      log.get().debug(fmt, args);
    } else {
      log.get().info(fmt, args);
    }
  }

  /** Whether waiting {@code wait} still leaves time before the deadline (no overflow on huge waits). */
  static boolean fits(long deadlineAt, Duration wait) {
    long left = deadlineAt - System.nanoTime();
    return left > 0 && wait.compareTo(Duration.ofNanos(left)) < 0;
  }

  private static void sleep(Duration wait) throws InterruptedIOException {
    try {
      Thread.sleep(wait.toMillis(), (int) (wait.toNanos() % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
  }

  /** Retry-After as delta-seconds or an HTTP date; {@code null} if absent or unreadable. */
  static @Nullable Duration retryAfter(@Nullable String value) {
    if (value == null || value.trim().isEmpty()) {
      return null;
    }
    String v = value.trim();
    try {
      long seconds = Long.parseLong(v);
      return seconds < 0 ? null : Duration.ofSeconds(Math.min(seconds, MAX_RETRY_AFTER_SECONDS));
    } catch (NumberFormatException ignored) {
      if (v.matches("\\d+")) {
        return Duration.ofSeconds(MAX_RETRY_AFTER_SECONDS); // more digits than a long: far too long anyway
      }
      // an HTTP date
    }
    try {
      Instant at = DateTimeFormatter.RFC_1123_DATE_TIME.parse(v, Instant::from);
      Duration d = Duration.between(Instant.now(), at);
      return d.isNegative() ? Duration.ZERO : d;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
