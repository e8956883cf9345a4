package io.github.ampark.fourpyun;

import io.github.ampark.core.IfAbsent;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.AmparkCall;
import io.github.ampark.core.spi.BusinessKeyCalls;
import io.github.ampark.core.spi.ClientRuntime;
import io.github.ampark.core.spi.Reconciliation;
import io.github.ampark.fourpyun.internal.FourPyunService;
import io.github.ampark.fourpyun.internal.Requests;
import io.github.ampark.fourpyun.model.CouponGrantSync;
import io.github.ampark.fourpyun.model.PaymentStatusResult;
import io.github.ampark.fourpyun.model.PrepayOutcome;
import io.github.ampark.fourpyun.model.PrepayRequest;
import io.github.ampark.fourpyun.model.PrepayResult;
import io.github.ampark.fourpyun.model.Receipt;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Contactless charges and merchant-coupon reports ({@code parking/internal/prepay}, {@code …/payment},
 * {@code …/mcoupon/grant/sync}). Get it from {@link FourPyunClient#payments()}.
 *
 * <p><b>Prepay is keyed by {@code pay_partner}</b> and never charged twice: after an ambiguous
 * failure the charge is looked up with {@code paymentStatus} under the same call deadline. The
 * lookup counts only if the answer names this {@code pay_partner} (and the same {@code pay_value}
 * where it carries one) with a known status; anything else is "outcome unknown". Absence is never
 * concluded — P云 forbids reusing a {@code pay_partner} and does not document how it answers an
 * unknown one — so the SDK never resends: it throws {@link
 * io.github.ampark.core.OutcomeUnknownException} and you check {@link #paymentStatus} later.
 *
 * <pre>{@code
 * PrepayResult r = pp.payments().prepay(PrepayRequest.builder()
 *     .plate("京A00001").enterTime(entered).parkingSerial("111112").payPartner("P-20240601-0001")
 *     .totalValueFen(1000).freeValueFen(0).payValueFen(1000).parkingTime(Duration.ofMinutes(33)).build());
 * }</pre>
 */
public final class FourPyunPayments {
  private final ClientRuntime runtime;
  private final FourPyunService service;
  private final Requests requests;

  FourPyunPayments(ClientRuntime runtime, FourPyunService service, Requests requests) {
    this.runtime = runtime;
    this.service = service;
    this.requests = requests;
  }

  /**
   * Charges a parking fee at the exit ({@code POST parking/internal/prepay}).
   *
   * @param request the charge
   * @return paid, accepted (still running), or — after reconciliation — failed
   * @throws io.github.ampark.core.ApiException if P云 refused the charge
   * @throws io.github.ampark.core.OutcomeUnknownException if the answer was lost and the lookup did
   *     not settle it: never charge again with the same {@code pay_partner}
   */
  public PrepayResult prepay(PrepayRequest request) {
    return prepayCall(request).execute();
  }

  /**
   * Does the same as {@link #prepay(PrepayRequest)} without blocking: the returned future completes
   * with its result or fails with its exception, under the same call deadline.
   *
   * @param request the charge
   * @return the outcome, eventually; see {@link #prepay}
   */
  public CompletableFuture<PrepayResult> prepayAsync(PrepayRequest request) {
    return prepayCall(request).executeAsync();
  }

  /** The one definition of prepay: the charge, and its lookup after an ambiguous failure. */
  private AmparkCall<PrepayResult> prepayCall(PrepayRequest request) {
    Map<String, String> fields = requests.prepay(request);
    Map<String, String> lookup = requests.paymentStatus(fields.get("park_uuid"), request.payPartner());
    return BusinessKeyCalls.keyed(runtime, "prepay", request.payPartner(),
        service.prepay(fields),
        failure -> service.paymentStatus(lookup).map(answer -> reconcile(request, answer)),
        IfAbsent.THROW);
  }

  /** Found only for an answer about this very charge; never absent (P云 documents no "no such charge"). */
  static Reconciliation<PrepayResult> reconcile(PrepayRequest request, PaymentStatusResult s) {
    if (!request.payPartner().equals(s.payPartner())) {
      return Reconciliation.unknown(s.payPartner() == null ? "a payment status that does not name its pay_partner"
          : "a payment status of another pay_partner");
    }
    if (s.payValueFen() != null && s.payValueFen() != request.payValueFen()) {
      return Reconciliation.unknown("a payment status of another amount (" + s.payValueFen() + " fen)");
    }
    PrepayOutcome outcome;
    switch (s.status()) {
      case PAID:
        outcome = PrepayOutcome.PAID;
        break;
      case PAYING:
        outcome = PrepayOutcome.ACCEPTED;
        break;
      case FAILED:
        outcome = PrepayOutcome.FAILED;
        break;
      default:
        return Reconciliation.unknown("payment status code " + io.github.ampark.core.Checks.echo(s.statusCode()));
    }
    return Reconciliation.found(PrepayResult.builder()
        .outcome(outcome)
        .code(s.statusCode())
        .paySerial(s.paySerial())
        .payOrigin(s.payOrigin())
        .payOriginDesc(s.payOriginDesc())
        .seqno(s.seqno())
        .reconciled(true)
        .build());
  }

  /**
   * Looks up a charge of the client's default park by its {@code pay_partner} ({@code GET
   * parking/internal/payment}; SAFE).
   *
   * @param payPartner the park's order number of the charge
   * @return its state
   */
  public PaymentStatusResult paymentStatus(String payPartner) {
    return paymentStatus(null, payPartner);
  }

  /**
   * Looks up a contactless charge by its order number ({@code pay_partner}) in a given park ({@code
   * GET parking/internal/payment}; SAFE); use it after {@code prepay} ended in an unknown outcome.
   *
   * @param parkUuid the park, or {@code null} for the client's default
   * @param payPartner the park's order number of the charge
   * @return its state
   */
  public PaymentStatusResult paymentStatus(@Nullable String parkUuid, String payPartner) {
    return service.paymentStatus(requests.paymentStatus(parkUuid, payPartner)).execute();
  }

  /**
   * Does the same as {@link #paymentStatus(String)} without blocking: the returned future completes
   * with its result or fails with its exception, under the same call deadline.
   *
   * @param payPartner the charge's order number
   * @return its state, eventually
   */
  public CompletableFuture<PaymentStatusResult> paymentStatusAsync(String payPartner) {
    return paymentStatusAsync(null, payPartner);
  }

  /**
   * Does the same as {@link #paymentStatus(String, String)} without blocking: the returned future
   * completes with its result or fails with its exception, under the same call deadline.
   *
   * @param parkUuid the park, or {@code null}
   * @param payPartner the charge's order number
   * @return its state, eventually
   */
  public CompletableFuture<PaymentStatusResult> paymentStatusAsync(@Nullable String parkUuid, String payPartner) {
    return service.paymentStatus(requests.paymentStatus(parkUuid, payPartner)).executeAsync();
  }

  /**
   * Reports that a merchant coupon expired or was used ({@code POST
   * parking/internal/mcoupon/grant/sync}; UNSAFE). Expiry reports need the client's app id.
   *
   * @param sync the report
   * @return P云's receipt
   */
  public Receipt syncMerchantCouponGrant(CouponGrantSync sync) {
    return service.syncMerchantCouponGrant(requests.couponGrant(sync)).execute();
  }

  /**
   * Does the same as {@link #syncMerchantCouponGrant(CouponGrantSync)} without blocking: the
   * returned future completes with its result or fails with its exception, under the same call
   * deadline.
   *
   * @param sync the report
   * @return the receipt, eventually
   */
  public CompletableFuture<Receipt> syncMerchantCouponGrantAsync(CouponGrantSync sync) {
    return service.syncMerchantCouponGrant(requests.couponGrant(sync)).executeAsync();
  }
}
