package io.github.ampark.core.spi;

import io.github.ampark.core.AmparkException;
import io.github.ampark.core.Checks;
import io.github.ampark.core.IfAbsent;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.OutcomeUnknownException;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Sends a {@link io.github.ampark.core.Idempotency#BY_BUSINESS_KEY} operation at most once in
 * effect (for module authors). Declare the operation once, as a keyed call, and expose its sync
 * and async forms as one-liners:
 *
 * <pre>{@code
 * private AmparkCall<PushOrderResult> pushOrderCall(PushOrderRequest r, IfAbsent ifAbsent) {
 *   return BusinessKeyCalls.keyed(runtime, "pushOrder", r.orderNo(),
 *       service.pushOrder(fields(r)),
 *       failure -> service.queryOrder(r.orderNo()).map(answer -> reconcile(r, answer)),
 *       ifAbsent);
 * }
 * public PushOrderResult pushOrder(PushOrderRequest r) { return pushOrderCall(r, IfAbsent.THROW).execute(); }
 * public CompletableFuture<PushOrderResult> pushOrderAsync(PushOrderRequest r) { return pushOrderCall(r, IfAbsent.THROW).executeAsync(); }
 * }</pre>
 *
 * <p>The rules, the same for every vendor:
 *
 * <ul>
 *   <li>a failure that proves the vendor did not act (a refused connection, the vendor's own error
 *       code) is thrown as it is;
 *   <li>after an ambiguous failure ({@link AmparkException#mayHaveTakenEffect()}) the key is looked
 *       up: {@link Reconciliation#found found} returns that result and nothing is resent;
 *   <li>{@link Reconciliation#unknown unknown}, a failed query, or no time left: {@link
 *       OutcomeUnknownException}, nothing resent;
 *   <li>{@link Reconciliation#absent absent}: with {@link IfAbsent#THROW} (the default) an {@link
 *       OutcomeUnknownException} with {@code absenceReported()}; with {@link IfAbsent#RESEND} a
 *       second query after {@link io.github.ampark.core.ClientConfig#reconcileSettleDelay()} must
 *       agree before the operation is resent, once; if that resend fails too (other than by the
 *       vendor's own error answer) it is {@link OutcomeUnknownException} again, never "not sent";
 *   <li>a query that fails, throws, or answers {@code null} counts as {@code unknown};
 *   <li>everything — sends, queries, the settle wait, the resend — shares one {@link
 *       io.github.ampark.core.ClientConfig#callDeadline()}.
 * </ul>
 */
public final class BusinessKeyCalls {
  /** Resolved by its first line: a keyed call that logs nothing does not start SLF4J. */
  private static final LazyLogger LOG = new LazyLogger("io.github.ampark.reconcile");

  private BusinessKeyCalls() {}

  /**
   * Whether a failure leaves open if the vendor acted; see {@link
   * AmparkException#mayHaveTakenEffect()}.
   *
   * @param e the failure
   * @return whether to reconcile before resending
   */
  public static boolean isAmbiguous(Throwable e) {
    return e instanceof AmparkException && ((AmparkException) e).mayHaveTakenEffect();
  }

  /**
   * Declares a keyed operation.
   *
   * @param runtime the client's runtime (deadline, settle delay, scheduler)
   * @param operation operation name, as in logs and exceptions
   * @param businessKey the merchant's key (order number); logged
   * @param send the operation, sent at most twice (once, unless absence is proven twice and
   *     {@code ifAbsent} is {@link IfAbsent#RESEND})
   * @param reconcile the query about the key, mapped to a {@link Reconciliation}; it must only
   *     return {@code absent()} for a well-formed answer that covers the key
   * @param ifAbsent what to do when absence is proven
   * @param <T> the result type
   * @return the keyed call; each {@code execute} runs the whole protocol anew
   */
  public static <T> AmparkCall<T> keyed(
      ClientRuntime runtime,
      String operation,
      String businessKey,
      AmparkCall<T> send,
      Function<AmparkException, AmparkCall<Reconciliation<T>>> reconcile,
      IfAbsent ifAbsent) {
    return new KeyedCall<>(
        runtime,
        Checks.notBlank("operation", operation),
        Checks.notBlank("businessKey", businessKey),
        Checks.notNull("send", send),
        Checks.notNull("reconcile", reconcile),
        Checks.notNull("ifAbsent", ifAbsent));
  }

  private static final class KeyedCall<T> implements AmparkCall<T> {
    private static final long NONE = Long.MIN_VALUE;

    private final ClientRuntime runtime;
    private final String operation;
    private final String key;
    private final AmparkCall<T> send;
    private final Function<AmparkException, AmparkCall<Reconciliation<T>>> reconcile;
    private final IfAbsent ifAbsent;
    /** An outer deadline set by {@link #withDeadline}, or {@link #NONE}. */
    private final long outerDeadline;

    KeyedCall(
        ClientRuntime runtime,
        String operation,
        String key,
        AmparkCall<T> send,
        Function<AmparkException, AmparkCall<Reconciliation<T>>> reconcile,
        IfAbsent ifAbsent) {
      this(runtime, operation, key, send, reconcile, ifAbsent, NONE);
    }

    private KeyedCall(
        ClientRuntime runtime,
        String operation,
        String key,
        AmparkCall<T> send,
        Function<AmparkException, AmparkCall<Reconciliation<T>>> reconcile,
        IfAbsent ifAbsent,
        long outerDeadline) {
      this.runtime = runtime;
      this.operation = operation;
      this.key = key;
      this.send = send;
      this.reconcile = reconcile;
      this.ifAbsent = ifAbsent;
      this.outerDeadline = outerDeadline;
    }

    private String vendor() {
      return runtime.vendor();
    }

    /** The budget of one run: the client's call deadline from now, or the outer one if sooner. */
    private long deadline() {
      long own = System.nanoTime() + runtime.config().callDeadline().toNanos();
      return outerDeadline != NONE && outerDeadline - own < 0 ? outerDeadline : own;
    }

    @Override
    public AmparkCall<T> withDeadline(long deadlineNanos) {
      return new KeyedCall<>(runtime, operation, key, send, reconcile, ifAbsent, deadlineNanos);
    }

    @Override
    public T execute() {
      Observed observed = Observed.keyed(runtime, operation);
      if (observed == null) {
        return run(null);
      }
      String[] mdc = observed.enter();
      try {
        T result = run(observed);
        observed.finish(null);
        return result;
      } catch (RuntimeException | Error e) {
        observed.finish(e);
        throw e;
      } finally {
        observed.exit(mdc);
      }
    }

    private T run(@Nullable Observed observed) {
      long deadline = deadline();
      AmparkException failure;
      try {
        sent(observed, false);
        return send.withDeadline(deadline).execute();
      } catch (AmparkException e) {
        if (!isAmbiguous(e)) {
          throw e;
        }
        failure = e;
      }
      Reconciliation<T> first = reconciled(observed, query(failure, deadline));
      if (first.isFound()) {
        return found(first);
      }
      if (first.isUnknown()) {
        throw unknown(first.seen(), false, failure);
      }
      if (ifAbsent == IfAbsent.THROW) {
        throw unknown(ABSENT_ONCE, true, failure);
      }
      long settle = runtime.config().reconcileSettleDelay().toNanos();
      if (settle >= deadline - System.nanoTime()) {
        throw unknown(NO_TIME_TO_CONFIRM, true, failure);
      }
      try {
        TimeUnit.NANOSECONDS.sleep(settle);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw unknown("interrupted while waiting to ask the vendor a second time", true, failure);
      }
      Reconciliation<T> second = reconciled(observed, query(failure, deadline));
      if (second.isFound()) {
        return found(second);
      }
      if (second.isUnknown()) {
        throw unknown("a first query reported no such key, a second " + second.seen(), false, failure);
      }
      LOG.get().warn("{} {} {}: two queries agree the vendor does not have it; resending once (IfAbsent.RESEND)", vendor(), operation, Checks.echo(key));
      try {
        sent(observed, true);
        return send.withDeadline(deadline).execute();
      } catch (AmparkException e) {
        throw afterResend(e, failure);
      }
    }

    /**
     * The resend failed. A clear answer from the vendor is passed on; anything else, including a
     * resend that never left, is "outcome unknown": the first send may still have taken effect.
     */
    private AmparkException afterResend(AmparkException resendFailure, AmparkException first) {
      if (resendFailure != first) {
        resendFailure.addSuppressed(first);
      }
      if (resendFailure instanceof io.github.ampark.core.ApiException && !isAmbiguous(resendFailure)) {
        return resendFailure;
      }
      boolean resent = isAmbiguous(resendFailure);
      String seen = resent
          ? "the vendor reported no such key twice before the resend"
          : "the vendor reported no such key twice, then the resend failed before it was sent ("
              + resendFailure.getClass().getSimpleName() + ")";
      LOG.get().warn("{} {} {}: outcome unknown: {}", vendor(), operation, Checks.echo(key), seen);
      return new OutcomeUnknownException(vendor(), operation, key, seen, true, resent, resendFailure);
    }

    private T found(Reconciliation<T> r) {
      LOG.get().warn("{} {} {}: ambiguous failure, but the vendor has it; not resent", vendor(), operation, Checks.echo(key));
      return r.value();
    }

    private static void sent(@Nullable Observed observed, boolean resend) {
      if (observed != null) {
        observed.attempts = resend ? 2 : 1;
        observed.resent = resend;
      }
    }

    private static <R> Reconciliation<R> reconciled(@Nullable Observed observed, Reconciliation<R> r) {
      if (observed != null) {
        observed.reconciliation = r.isFound()
            ? io.github.ampark.core.CallFinished.Reconciliation.FOUND
            : r.isUnknown()
                ? io.github.ampark.core.CallFinished.Reconciliation.UNKNOWN
                : io.github.ampark.core.CallFinished.Reconciliation.ABSENT;
      }
      return r;
    }

    private static <R> CompletableFuture<Reconciliation<R>> observe(
        @Nullable Observed observed, CompletableFuture<Reconciliation<R>> query) {
      return observed == null ? query : query.thenApply(r -> reconciled(observed, r));
    }

    /** Never throws: a failed or broken query is {@link Reconciliation#unknown}. */
    private Reconciliation<T> query(AmparkException failure, long deadline) {
      if (deadline - System.nanoTime() <= 0) {
        return Reconciliation.unknown(DEADLINE_BEFORE_QUERY);
      }
      try {
        Reconciliation<T> r = reconcile.apply(failure).withDeadline(deadline).execute();
        return r != null ? r : Reconciliation.unknown("the query gave no answer");
      } catch (RuntimeException q) {
        failure.addSuppressed(q);
        return Reconciliation.unknown("the query failed (" + q.getClass().getSimpleName() + ")");
      }
    }

    private OutcomeUnknownException unknown(String seen, boolean absenceReported, AmparkException failure) {
      LOG.get().warn("{} {} {}: outcome unknown: {}", vendor(), operation, Checks.echo(key), seen);
      return new OutcomeUnknownException(vendor(), operation, key, seen, absenceReported, failure);
    }

    /**
     * The same steps without blocking: waits are scheduled on the runtime's timer, never slept on
     * a dispatcher thread. The future always completes (every step is bounded by the deadline and
     * every callback catches what it throws); cancelling it cancels the step in flight.
     */
    @Override
    public CompletableFuture<T> executeAsync() {
      Observed observed = Observed.keyed(runtime, operation);
      return observed == null ? runAsync(null) : observed.around(runAsync(observed));
    }

    private CompletableFuture<T> runAsync(@Nullable Observed observed) {
      long deadline = deadline();
      CompletableFuture<T> result = new CompletableFuture<>();
      AtomicReference<CompletableFuture<?>> inFlight = new AtomicReference<>();
      result.whenComplete((v, t) -> {
        CompletableFuture<?> step = inFlight.get();
        if (result.isCancelled() && step != null) {
          step.cancel(true);
        }
      });
      step(result, inFlight, sendAsync(deadline, observed, false), (value, error) -> {
        if (error == null) {
          result.complete(value);
          return;
        }
        Throwable cause = unwrap(error);
        if (!isAmbiguous(cause)) {
          result.completeExceptionally(cause);
          return;
        }
        AmparkException failure = (AmparkException) cause;
        step(result, inFlight, observe(observed, queryAsync(failure, deadline)), (first, never) -> {
          if (first.isFound()) {
            result.complete(found(first));
          } else if (first.isUnknown()) {
            result.completeExceptionally(unknown(first.seen(), false, failure));
          } else if (ifAbsent == IfAbsent.THROW) {
            result.completeExceptionally(unknown(ABSENT_ONCE, true, failure));
          } else {
            long settle = runtime.config().reconcileSettleDelay().toNanos();
            if (settle >= deadline - System.nanoTime()) {
              result.completeExceptionally(unknown(NO_TIME_TO_CONFIRM, true, failure));
              return;
            }
            CompletableFuture<Void> settled = new CompletableFuture<>();
            try {
              runtime.schedule(settle, () -> settled.complete(null));
            } catch (RuntimeException e) {
              failure.addSuppressed(e);
              result.completeExceptionally(unknown("the client closed before the vendor could be asked again", true, failure));
              return;
            }
            step(result, inFlight, observe(observed, settled.thenCompose(x -> queryAsync(failure, deadline))), (second, never2) -> {
              if (second.isFound()) {
                result.complete(found(second));
              } else if (second.isUnknown()) {
                result.completeExceptionally(unknown("a first query reported no such key, a second " + second.seen(), false, failure));
              } else {
                LOG.get().warn("{} {} {}: two queries agree the vendor does not have it; resending once (IfAbsent.RESEND)", vendor(), operation, Checks.echo(key));
                step(result, inFlight, sendAsync(deadline, observed, true), (v, t) -> {
                  if (t == null) {
                    result.complete(v);
                  } else {
                    Throwable c = unwrap(t);
                    result.completeExceptionally(c instanceof AmparkException ? afterResend((AmparkException) c, failure) : c);
                  }
                });
              }
            });
          }
        });
      });
      return result;
    }

    /**
     * Runs {@code then} when {@code step} completes, unless {@code result} is already done; anything
     * {@code then} throws fails {@code result} instead of vanishing into the step's future.
     */
    private static <S, T> void step(
        CompletableFuture<T> result,
        AtomicReference<CompletableFuture<?>> inFlight,
        CompletableFuture<S> step,
        java.util.function.BiConsumer<S, Throwable> then) {
      inFlight.set(step);
      if (result.isDone()) {
        step.cancel(true);
        return;
      }
      step.whenComplete((v, t) -> {
        if (result.isDone()) {
          return;
        }
        try {
          then.accept(v, t);
        } catch (RuntimeException | Error e) {
          result.completeExceptionally(e);
        }
      });
    }

    private CompletableFuture<T> sendAsync(long deadline, @Nullable Observed observed, boolean resend) {
      try {
        sent(observed, resend);
        return send.withDeadline(deadline).executeAsync();
      } catch (RuntimeException e) {
        CompletableFuture<T> failed = new CompletableFuture<>();
        failed.completeExceptionally(e);
        return failed;
      }
    }

    /** Never fails: a failed or broken query is {@link Reconciliation#unknown}. */
    private CompletableFuture<Reconciliation<T>> queryAsync(AmparkException failure, long deadline) {
      if (deadline - System.nanoTime() <= 0) {
        return CompletableFuture.completedFuture(Reconciliation.unknown(DEADLINE_BEFORE_QUERY));
      }
      CompletableFuture<Reconciliation<T>> q;
      try {
        q = reconcile.apply(failure).withDeadline(deadline).executeAsync();
      } catch (RuntimeException e) {
        q = new CompletableFuture<>();
        q.completeExceptionally(e);
      }
      return q.handle((r, t) -> {
        if (t == null) {
          return r != null ? r : Reconciliation.<T>unknown("the query gave no answer");
        }
        Throwable c = unwrap(t);
        failure.addSuppressed(c);
        return Reconciliation.<T>unknown("the query failed (" + c.getClass().getSimpleName() + ")");
      });
    }

    @Override
    public String toString() {
      return "KeyedCall{" + vendor() + " " + operation + "}";
    }
  }

  private static final String ABSENT_ONCE =
      "the vendor reports no such key (1 query; it may lag its own writes)";
  private static final String NO_TIME_TO_CONFIRM =
      "the vendor reports no such key, but the call deadline leaves no time to confirm it";
  private static final String DEADLINE_BEFORE_QUERY =
      "the call deadline passed before the vendor could be asked";

  private static Throwable unwrap(Throwable t) {
    return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
  }

}
