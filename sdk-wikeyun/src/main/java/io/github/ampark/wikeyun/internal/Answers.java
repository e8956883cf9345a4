package io.github.ampark.wikeyun.internal;

import io.github.ampark.core.ApiException;
import io.github.ampark.core.spi.AmparkCall;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;

/**
 * A query call whose "no such record" error answer is a result, not a failure (not API): the
 * answer is {@code Optional.empty()} when the vendor's error matches the rule, and every other
 * failure stays a failure. Used so that reconciliation can tell a well-formed absence from a
 * failed query under one deadline.
 */
public final class Answers {
  private Answers() {}

  /**
   * @param call the query
   * @param notFound which error answers mean "no such record"
   * @param <T> the record type
   * @return the record, empty on a matching error answer
   */
  public static <T> AmparkCall<Optional<T>> orNotFound(AmparkCall<T> call, Predicate<ApiException> notFound) {
    return new AmparkCall<Optional<T>>() {
      @Override
      public Optional<T> execute() {
        try {
          return Optional.of(call.execute());
        } catch (ApiException e) {
          if (matches(notFound, e)) {
            return Optional.empty();
          }
          throw e;
        }
      }

      @Override
      public CompletableFuture<Optional<T>> executeAsync() {
        return call.executeAsync().handle((value, error) -> {
          if (error == null) {
            return Optional.of(value);
          }
          Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
          if (cause instanceof ApiException && matches(notFound, (ApiException) cause)) {
            return Optional.<T>empty();
          }
          throw error instanceof CompletionException ? (CompletionException) error : new CompletionException(cause);
        });
      }

      @Override
      public AmparkCall<Optional<T>> withDeadline(long deadlineNanos) {
        return orNotFound(call.withDeadline(deadlineNanos), notFound);
      }

      @Override
      public String toString() {
        return call.toString();
      }
    };
  }

  /** A rule that throws (a user's plug-in) proves nothing: the error answer stays a failure. */
  private static boolean matches(Predicate<ApiException> notFound, ApiException e) {
    try {
      return notFound.test(e);
    } catch (RuntimeException ruleFailed) {
      e.addSuppressed(ruleFailed);
      return false;
    }
  }
}
