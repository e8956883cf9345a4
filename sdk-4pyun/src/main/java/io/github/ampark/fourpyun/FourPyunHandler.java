package io.github.ampark.fourpyun;

import io.github.ampark.fourpyun.model.DirectEnterEvent;
import io.github.ampark.fourpyun.model.DiscountCreateEvent;
import io.github.ampark.fourpyun.model.DiscountDestroyEvent;
import io.github.ampark.fourpyun.model.GatewayReply;
import io.github.ampark.fourpyun.model.OtherGatewayEvent;
import io.github.ampark.fourpyun.model.PaymentBillingEvent;
import io.github.ampark.fourpyun.model.PaymentResultEvent;
import io.github.ampark.fourpyun.model.VipQueryEvent;
import io.github.ampark.fourpyun.model.VipRenewalEvent;

/**
 * Your side of P云's HTTP gateway: a visitor with one method per service, each returning the reply.
 * Override the services you implement; the others answer {@code 1503 接口尚未实现} (so P云 keeps
 * retrying a notification you did not handle). Called by {@link FourPyunCallbacks#handle}
 * only for verified, first-seen calls. Answer any code P云 defines ({@link
 * io.github.ampark.fourpyun.model.GatewayResultCode}), e.g. {@code 1002} when the car has already
 * left. Throwing makes the SDK answer {@code 1500} and forget the call, so P云's retry is handled
 * again.
 *
 * <pre>{@code
 * CallbackReply reply = callbacks.handle(request, new FourPyunHandler() {
 *   @Override public GatewayReply onPaymentResult(PaymentResultEvent e) {
 *     orders.markPaid(e.parkingOrder(), e.payValueFen());
 *     return GatewayReply.ok();
 *   }
 *   @Override public GatewayReply onPaymentBilling(PaymentBillingEvent e) {
 *     BillingAnswer bill = bills.current(e.plate());   // null: the car has already left
 *     return bill == null ? GatewayReply.error(GatewayResultCode.NOT_FOUND, "未查询到停车信息")
 *         : GatewayReply.billing(bill);
 *   }
 * });
 * }</pre>
 */
public interface FourPyunHandler {
  /**
   * Called when P云 asks what a car owes before the driver pays. Answer with {@link
   * GatewayReply#billing(BillingAnswer)}, or an error with {@code 1002} when the car has already
   * left. Default: {@link GatewayReply#unsupported(String)}, the answer for a service the park does
   * not offer.
   *
   * @param event a bill request
   * @return the bill, or {@code 1002} if the car has already left
   */
  default GatewayReply onPaymentBilling(PaymentBillingEvent event) {
    return GatewayReply.unsupported(event.service());
  }

  /**
   * Called when a driver has paid through P云. Record the payment, then answer {@link
   * GatewayReply#ok()}. Default: {@link GatewayReply#unsupported(String)}, the answer for a service
   * the park does not offer.
   *
   * @param event a payment
   * @return {@link GatewayReply#ok()} once recorded
   */
  default GatewayReply onPaymentResult(PaymentResultEvent event) {
    return GatewayReply.unsupported(event.service());
  }

  /**
   * Called when a car without a readable plate enters by scanning a code. Record the entry and
   * answer with {@link GatewayReply#directEnter(DirectEnterAnswer)}. Default: {@link
   * GatewayReply#unsupported(String)}, the answer for a service the park does not offer.
   *
   * @param event a no-plate entry
   * @return the entry recorded
   */
  default GatewayReply onDirectEnter(DirectEnterEvent event) {
    return GatewayReply.unsupported(event.service());
  }

  /**
   * Called when P云 asks which monthly cards a plate holds. Answer with {@link
   * GatewayReply#vips(List)} (empty when none). Default: {@link GatewayReply#unsupported(String)},
   * the answer for a service the park does not offer.
   *
   * @param event a card query
   * @return the plate's cards
   */
  default GatewayReply onVipQuery(VipQueryEvent event) {
    return GatewayReply.unsupported(event.service());
  }

  /**
   * Called when a monthly card is renewed online. Apply the renewal, then answer {@link
   * GatewayReply#ok()}. Default: {@link GatewayReply#unsupported(String)}, the answer for a service
   * the park does not offer.
   *
   * @param event an online card renewal (the plate is optional: card-only renewals exist)
   * @return {@link GatewayReply#ok()} once applied
   */
  default GatewayReply onVipRenewal(VipRenewalEvent event) {
    return GatewayReply.unsupported(event.service());
  }

  /**
   * Called when a merchant grants a discount to a car in the park. Record it, then answer {@link
   * GatewayReply#ok()}. Default: {@link GatewayReply#unsupported(String)}, the answer for a service
   * the park does not offer.
   *
   * @param event a merchant discount
   * @return {@link GatewayReply#ok()} once recorded
   */
  default GatewayReply onDiscountCreate(DiscountCreateEvent event) {
    return GatewayReply.unsupported(event.service());
  }

  /**
   * Called when a merchant withdraws a discount. Withdraw it, then answer {@link
   * GatewayReply#ok()}. Default: {@link GatewayReply#unsupported(String)}, the answer for a service
   * the park does not offer.
   *
   * @param event a withdrawn discount
   * @return {@link GatewayReply#ok()} once withdrawn
   */
  default GatewayReply onDiscountDestroy(DiscountDestroyEvent event) {
    return GatewayReply.unsupported(event.service());
  }

  /**
   * Called for a gateway service this SDK has no typed event for. The default answers {@code 1503
   * 接口尚未实现}, as P云's sample does.
   *
   * @param event any other service
   * @return the reply
   */
  default GatewayReply onOther(OtherGatewayEvent event) {
    return GatewayReply.unsupported(event.service());
  }
}
