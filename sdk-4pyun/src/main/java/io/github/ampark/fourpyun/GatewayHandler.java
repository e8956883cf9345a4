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
 * Your side of P云's HTTP gateway: one method per service, each returning the reply. Override the
 * services you implement; the others answer {@code 1503 接口尚未实现} (so P云 keeps retrying a
 * notification you did not handle). Called by {@link FourPyunCallbacks#handleGateway} only for
 * verified, first-seen calls. Throwing makes the SDK answer {@code 1500} and forget the call, so
 * P云's retry is handled again.
 *
 * <pre>{@code
 * CallbackReply reply = callbacks.handleGateway(request, new GatewayHandler() {
 *   @Override public GatewayReply onPaymentResult(PaymentResultEvent e) {
 *     orders.markPaid(e.parkingOrder(), e.payValueFen());
 *     return GatewayReply.ok();
 *   }
 *   @Override public GatewayReply onPaymentBilling(PaymentBillingEvent e) {
 *     return GatewayReply.billing(bills.current(e.plate()));
 *   }
 * });
 * }</pre>
 */
public interface GatewayHandler {
  /** @param event a bill request @return the bill or an error */
  default GatewayReply onPaymentBilling(PaymentBillingEvent event) {
    return GatewayReply.unsupported(event.service());
  }

  /** @param event a payment @return {@link GatewayReply#ok()} once recorded */
  default GatewayReply onPaymentResult(PaymentResultEvent event) {
    return GatewayReply.unsupported(event.service());
  }

  /** @param event a no-plate entry @return the entry recorded */
  default GatewayReply onDirectEnter(DirectEnterEvent event) {
    return GatewayReply.unsupported(event.service());
  }

  /** @param event a card query @return the plate's cards */
  default GatewayReply onVipQuery(VipQueryEvent event) {
    return GatewayReply.unsupported(event.service());
  }

  /** @param event an online card renewal @return {@link GatewayReply#ok()} once applied */
  default GatewayReply onVipRenewal(VipRenewalEvent event) {
    return GatewayReply.unsupported(event.service());
  }

  /** @param event a merchant discount @return {@link GatewayReply#ok()} once recorded */
  default GatewayReply onDiscountCreate(DiscountCreateEvent event) {
    return GatewayReply.unsupported(event.service());
  }

  /** @param event a withdrawn discount @return {@link GatewayReply#ok()} once withdrawn */
  default GatewayReply onDiscountDestroy(DiscountDestroyEvent event) {
    return GatewayReply.unsupported(event.service());
  }

  /** @param event any other service @return the reply */
  default GatewayReply onOther(OtherGatewayEvent event) {
    return GatewayReply.unsupported(event.service());
  }
}
