package io.github.ampark.wanzhuang.internal;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.AmparkCall;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Composes calls (not API): a second call chosen from the first one's answer, under one deadline. */
public final class Calls {
  private Calls() {}

  /**
   * @param first the first call
   * @param next the call to make with its answer ({@link #done} for none)
   * @param <A> the first answer
   * @param <R> the result
   * @return both, one after the other; {@code withDeadline} bounds both
   */
  public static <A, R> AmparkCall<R> then(AmparkCall<A> first, Function<? super A, AmparkCall<R>> next) {
    return new Then<>(first, next, null);
  }

  /** @param value a result already known @param <R> its type @return a call that sends nothing */
  public static <R> AmparkCall<R> done(R value) {
    return new AmparkCall<R>() {
      @Override
      public R execute() {
        return value;
      }

      @Override
      public CompletableFuture<R> executeAsync() {
        return CompletableFuture.completedFuture(value);
      }

      @Override
      public AmparkCall<R> withDeadline(long deadlineNanos) {
        return this;
      }
    };
  }

  private static final class Then<A, R> implements AmparkCall<R> {
    private final AmparkCall<A> first;
    private final Function<? super A, AmparkCall<R>> next;
    private final @Nullable Long deadline;

    Then(AmparkCall<A> first, Function<? super A, AmparkCall<R>> next, @Nullable Long deadline) {
      this.first = first;
      this.next = next;
      this.deadline = deadline;
    }

    private AmparkCall<R> second(A answer) {
      AmparkCall<R> call = next.apply(answer);
      return deadline == null ? call : call.withDeadline(deadline);
    }

    @Override
    public R execute() {
      return second(first.execute()).execute();
    }

    @Override
    public CompletableFuture<R> executeAsync() {
      return first.executeAsync().thenCompose(a -> second(a).executeAsync());
    }

    @Override
    public AmparkCall<R> withDeadline(long deadlineNanos) {
      return new Then<>(first.withDeadline(deadlineNanos), next, deadlineNanos);
    }
  }
}
