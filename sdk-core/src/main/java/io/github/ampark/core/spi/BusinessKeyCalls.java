package io.github.ampark.core.spi;

import io.github.ampark.core.AmparkException;
import io.github.ampark.core.Checks;
import io.github.ampark.core.IfAbsent;
import io.github.ampark.core.OutcomeUnknownException;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import io.github.ampark.core.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 *       agree before the operation is resent, once;
 *   <li>everything — sends, queries, the settle wait, the resend — shares one {@link
 *       io.github.ampark.core.ClientConfig#callDeadline()}.
 * </ul>
 */
public final class BusinessKeyCalls {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.ampark.reconcile");

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
    private final ClientRuntime runtime;
    private final String operation;
    private final String key;
    private final AmparkCall<T> send;
    private final Function<AmparkException, AmparkCall<Reconciliation<T>>> reconcile;
    private final IfAbsent ifAbsent;

    KeyedCall(
        ClientRuntime runtime,
        String operation,
        String key,
        AmparkCall<T> send,
        Function<AmparkException, AmparkCall<Reconciliation<T>>> reconcile,
        IfAbsent ifAbsent) {
      this.runtime = runtime;
      this.operation = operation;
      this.key = key;
      this.send = send;
      this.reconcile = reconcile;
      this.ifAbsent = ifAbsent;
    }

    private String vendor() {
      return runtime.vendor();
    }

    @Override
    public AmparkCall<T> withDeadline(long deadlineNanos) {
      throw new UnsupportedOperationException("a keyed call owns its deadline");
    }

    @Override
    public T execute() {
      long deadline = System.nanoTime() + runtime.config().callDeadline().toNanos();
      boolean resent = false;
      while (true) {
        AmparkException failure;
        try {
          return send.withDeadline(deadline).execute();
        } catch (AmparkException e) {
          if (!isAmbiguous(e)) {
            throw e;
          }
          failure = e;
        }
        Reconciliation<T> first = query(failure, deadline);
        if (first.isFound()) {
          LOG.warn("{} {} {}: ambiguous failure, but the vendor has it; not resent", vendor(), operation, Checks.echo(key));
          return first.value();
        }
        if (first.isUnknown()) {
          throw unknown(first.seen(), false, failure);
        }
        if (ifAbsent == IfAbsent.THROW || resent) {
          throw unknown(absentText(resent, 1), true, failure);
        }
        long settle = runtime.config().reconcileSettleDelay().toNanos();
        if (System.nanoTime() + settle >= deadline) {
          throw unknown("the vendor reports no such key, but the call deadline leaves no time to confirm it", true, failure);
        }
        sleep(settle);
        Reconciliation<T> second = query(failure, deadline);
        if (second.isFound()) {
          return second.value();
        }
        if (second.isUnknown()) {
          throw unknown("a first query reported no such key, a second " + second.seen(), false, failure);
        }
        LOG.warn("{} {} {}: two queries agree the vendor does not have it; resending once (IfAbsent.RESEND)", vendor(), operation, Checks.echo(key));
        resent = true;
      }
    }

    private Reconciliation<T> query(AmparkException failure, long deadline) {
      if (System.nanoTime() >= deadline) {
        return Reconciliation.unknown("the call deadline passed before the vendor could be asked");
      }
      try {
        return reconcile.apply(failure).withDeadline(deadline).execute();
      } catch (AmparkException q) {
        failure.addSuppressed(q);
        return Reconciliation.unknown("the query failed (" + q.getClass().getSimpleName() + ")");
      }
    }

    private String absentText(boolean resent, int queries) {
      return resent
          ? "the vendor reported no such key before the resend, and the resend's outcome is ambiguous too"
          : "the vendor reports no such key (" + queries + " query; it may lag its own writes)";
    }

    private OutcomeUnknownException unknown(String seen, boolean absenceReported, AmparkException failure) {
      LOG.warn("{} {} {}: outcome unknown: {}", vendor(), operation, Checks.echo(key), seen);
      return new OutcomeUnknownException(vendor(), operation, key, seen, absenceReported, failure);
    }

    @Override
    public CompletableFuture<T> executeAsync() {
      // The asynchronous protocol runs the same steps; waits are scheduled, never slept on a
      // dispatcher thread.
      long deadline = System.nanoTime() + runtime.config().callDeadline().toNanos();
      return attempt(deadline, false);
    }

    private CompletableFuture<T> attempt(long deadline, boolean resent) {
      CompletableFuture<T> result = new CompletableFuture<>();
      send.withDeadline(deadline).executeAsync().whenComplete((value, error) -> {
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
        queryAsync(failure, deadline).whenComplete((first, never) -> {
          if (first.isFound()) {
            result.complete(first.value());
          } else if (first.isUnknown()) {
            result.completeExceptionally(unknown(first.seen(), false, failure));
          } else if (ifAbsent == IfAbsent.THROW || resent) {
            result.completeExceptionally(unknown(absentText(resent, 1), true, failure));
          } else {
            long settle = runtime.config().reconcileSettleDelay().toNanos();
            if (System.nanoTime() + settle >= deadline) {
              result.completeExceptionally(unknown("the vendor reports no such key, but the call deadline leaves no time to confirm it", true, failure));
              return;
            }
            runtime.schedule(settle, () -> queryAsync(failure, deadline).whenComplete((second, never2) -> {
              if (second.isFound()) {
                result.complete(second.value());
              } else if (second.isUnknown()) {
                result.completeExceptionally(unknown("a first query reported no such key, a second " + second.seen(), false, failure));
              } else {
                attempt(deadline, true).whenComplete((v, t) -> {
                  if (t != null) {
                    result.completeExceptionally(unwrap(t));
                  } else {
                    result.complete(v);
                  }
                });
              }
            }));
          }
        });
      });
      return result;
    }

    /** Never fails: a failed query is {@link Reconciliation#unknown}. */
    private CompletableFuture<Reconciliation<T>> queryAsync(AmparkException failure, long deadline) {
      if (System.nanoTime() >= deadline) {
        return CompletableFuture.completedFuture(Reconciliation.unknown("the call deadline passed before the vendor could be asked"));
      }
      CompletableFuture<Reconciliation<T>> out = new CompletableFuture<>();
      CompletableFuture<Reconciliation<T>> q;
      try {
        q = reconcile.apply(failure).withDeadline(deadline).executeAsync();
      } catch (AmparkException e) {
        q = new CompletableFuture<>();
        q.completeExceptionally(e);
      }
      q.whenComplete((r, t) -> {
        if (t == null) {
          out.complete(r);
        } else {
          Throwable c = unwrap(t);
          failure.addSuppressed(c);
          out.complete(Reconciliation.unknown("the query failed (" + c.getClass().getSimpleName() + ")"));
        }
      });
      return out;
    }

    @Override
    public String toString() {
      return "KeyedCall{" + vendor() + " " + operation + "}";
    }
  }

  /**
   * Legacy form, kept only until every vendor module declares its keyed operations with {@link
   * #keyed}; it does not share one deadline across steps.
   *
   * @deprecated use {@link #keyed}
   * @param vendor vendor name (for logs and errors)
   * @param operation operation name
   * @param businessKey the merchant's key (order number), logged
   * @param send sends the operation once
   * @param reconcile asks the vendor about the key
   * @param ifAbsent what to do when the vendor confirms absence
   * @param <T> result type
   * @return the result, sent or found
   */
  @Deprecated
  public static <T> T execute(
      String vendor,
      String operation,
      String businessKey,
      Supplier<T> send,
      Function<AmparkException, Reconciliation<T>> reconcile,
      IfAbsent ifAbsent) {
    boolean resent = false;
    while (true) {
      try {
        return send.get();
      } catch (AmparkException e) {
        if (!isAmbiguous(e)) {
          throw e;
        }
        Reconciliation<T> r;
        try {
          r = reconcile.apply(e);
        } catch (AmparkException q) {
          LOG.warn("{} {} {}: outcome unknown and the vendor could not be asked ({})", vendor, operation, businessKey, q.getMessage());
          e.addSuppressed(q);
          throw e;
        }
        if (r.isUnknown()) {
          throw new OutcomeUnknownException(vendor, operation, businessKey, r.seen(), false, e);
        }
        if (r.isFound()) {
          LOG.warn("{} {} {}: ambiguous failure, but the vendor has it; not resent", vendor, operation, businessKey);
          return r.value();
        }
        if (ifAbsent == IfAbsent.THROW || resent) {
          throw notPlaced(vendor, operation, businessKey, e);
        }
        LOG.warn("{} {} {}: ambiguous failure and the vendor confirms it does not exist; resending once", vendor, operation, businessKey);
        resent = true;
      }
    }
  }

  /**
   * Legacy asynchronous form.
   *
   * @deprecated use {@link #keyed}
   *
   * @param vendor vendor name
   * @param operation operation name
   * @param businessKey the merchant's key
   * @param send sends the operation once
   * @param reconcile asks the vendor about the key
   * @param ifAbsent what to do when the vendor confirms absence
   * @param <T> result type
   * @return the result, eventually
   */
  @Deprecated
  public static <T> CompletableFuture<T> executeAsync(
      String vendor,
      String operation,
      String businessKey,
      Supplier<CompletableFuture<T>> send,
      Function<AmparkException, CompletableFuture<Reconciliation<T>>> reconcile,
      IfAbsent ifAbsent) {
    return attempt(vendor, operation, businessKey, send, reconcile, ifAbsent, false);
  }

  private static <T> CompletableFuture<T> attempt(
      String vendor,
      String operation,
      String businessKey,
      Supplier<CompletableFuture<T>> send,
      Function<AmparkException, CompletableFuture<Reconciliation<T>>> reconcile,
      IfAbsent ifAbsent,
      boolean resent) {
    CompletableFuture<T> result = new CompletableFuture<>();
    send.get().whenComplete((value, error) -> {
      if (error == null) {
        result.complete(value);
        return;
      }
      Throwable cause = unwrap(error);
      if (!(cause instanceof AmparkException) || !isAmbiguous(cause)) {
        result.completeExceptionally(cause);
        return;
      }
      AmparkException failure = (AmparkException) cause;
      reconcile.apply(failure).whenComplete((r, qError) -> {
        if (qError != null) {
          failure.addSuppressed(unwrap(qError));
          result.completeExceptionally(failure);
        } else if (r.isUnknown()) {
          result.completeExceptionally(new OutcomeUnknownException(vendor, operation, businessKey, r.seen(), false, failure));
        } else if (r.isFound()) {
          result.complete(r.value());
        } else if (ifAbsent == IfAbsent.THROW || resent) {
          result.completeExceptionally(notPlaced(vendor, operation, businessKey, failure));
        } else {
          attempt(vendor, operation, businessKey, send, reconcile, ifAbsent, true).whenComplete((v, t) -> {
            if (t != null) {
              result.completeExceptionally(unwrap(t));
            } else {
              result.complete(v);
            }
          });
        }
      });
    });
    return result;
  }

  private static TransportException notPlaced(String vendor, String operation, String key, AmparkException cause) {
    return new OutcomeUnknownException(vendor, operation, key, "the vendor reports no such key", true, cause);
  }

  private static void sleep(long nanos) {
    try {
      TimeUnit.NANOSECONDS.sleep(nanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AmparkException(null, null, "interrupted while waiting to confirm absence", e);
    }
  }

  private static Throwable unwrap(Throwable t) {
    return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
  }

}
