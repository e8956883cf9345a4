package io.github.ampark.core.http;

import io.github.ampark.core.AmparkException;
import io.github.ampark.core.ApiException;
import io.github.ampark.core.ResponseFormatException;
import io.github.ampark.core.TransportException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a {@link io.github.ampark.core.Idempotency#BY_BUSINESS_KEY} operation at most once in
 * effect (for module authors). After an ambiguous failure — the request may have reached the
 * vendor but no usable answer came back — it asks the vendor about the business key before doing
 * anything else:
 *
 * <ul>
 *   <li>the vendor has it: that result is returned, nothing is resent;
 *   <li>the vendor confirms it does not exist: resent once ({@link IfAbsent#RESEND}) or reported
 *       ({@link IfAbsent#THROW});
 *   <li>the vendor cannot be asked: the original failure is thrown, with the query's failure
 *       attached as suppressed.
 * </ul>
 *
 * <pre>{@code
 * return BusinessKeyCalls.execute("wikeyun", "pushOrder", request.orderNo(),
 *     () -> service.pushOrder(fields).execute(),
 *     failure -> queryByOrderNo(request.orderNo()),
 *     IfAbsent.RESEND);
 * }</pre>
 */
public final class BusinessKeyCalls {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.ampark.reconcile");

  private BusinessKeyCalls() {}

  /**
   * Whether a failure leaves open if the vendor acted: the request may have been sent and no
   * usable answer came back (I/O failure after sending, an undecodable answer, a 5xx without a
   * vendor code from a gateway).
   *
   * @param e the failure
   * @return whether to reconcile before resending
   */
  public static boolean isAmbiguous(Throwable e) {
    if (e instanceof TransportException) {
      return ((TransportException) e).mayHaveReachedVendor();
    }
    if (e instanceof ResponseFormatException) {
      return true;
    }
    if (e instanceof ApiException) {
      ApiException a = (ApiException) e;
      return a.vendorCode() == null && a.httpStatus() >= 500;
    }
    return false;
  }

  /**
   * @param vendor vendor name (for logs and errors)
   * @param operation operation name
   * @param businessKey the merchant's key (order number), logged
   * @param send sends the operation once
   * @param reconcile asks the vendor about the key
   * @param ifAbsent what to do when the vendor confirms absence
   * @param <T> result type
   * @return the result, sent or found
   */
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
   * The asynchronous form of {@link #execute}.
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
    return new TransportException(
        vendor, operation, false,
        "outcome of " + key + " was ambiguous and the vendor confirms it does not exist; it was not placed",
        cause);
  }

  private static Throwable unwrap(Throwable t) {
    return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
  }
}
