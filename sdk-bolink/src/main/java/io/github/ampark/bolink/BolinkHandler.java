package io.github.ampark.bolink;

import io.github.ampark.bolink.model.BolinkEvent;
import io.github.ampark.bolink.model.BolinkReply;
import io.github.ampark.bolink.model.GenericEvent;
import io.github.ampark.bolink.model.MonthCardPayEvent;
import io.github.ampark.bolink.model.NoLicenceInParkEvent;
import io.github.ampark.bolink.model.PayNoticeEvent;
import io.github.ampark.bolink.model.PrepayOrderEvent;
import io.github.ampark.bolink.model.QueryPriceEvent;
import io.github.ampark.bolink.model.VerifyCodeEvent;

/**
 * Your code for verified Bolink callbacks: one method per event kind, each with a default, so you
 * override only what you handle. The defaults answer {@link #otherwise}, a refusal ({@code state}
 * 0): an event you do not handle is never acknowledged, so Bolink keeps it for a handler that does.
 *
 * <pre>{@code
 * CallbackReply reply = callbacks.handle(request, new BolinkHandler() {
 *   @Override public BolinkReply onPrepayOrder(PrepayOrderEvent e) {
 *     orders.markPrepaid(e.orderId(), e.tradeNo());
 *     return BolinkReply.success("ok");
 *   }
 *   @Override public BolinkReply onMonthCardPay(MonthCardPayEvent e) {
 *     cards.renew(e.cardId(), e.amountYuan());
 *     return e.acknowledge();                 // {"state":1,"trade_no":…}
 *   }
 * });
 * }</pre>
 *
 * <p>An exception from any method becomes a refusal (HTTP 500, {@code state} 0) and is never
 * recorded as handled.
 */
public interface BolinkHandler {
  /**
   * Called for 5.1 ({@code query_price}): Bolink asks what a car in the park owes.
   *
   * @param event 5.1
   * @return your reply (default {@link #otherwise})
   */
  default BolinkReply onQueryPrice(QueryPriceEvent event) {
    return otherwise(event);
  }

  /**
   * Called for 5.3 ({@code prepay_order}): a driver paid in advance for a car in the park.
   *
   * @param event 5.3
   * @return your reply (default {@link #otherwise})
   */
  default BolinkReply onPrepayOrder(PrepayOrderEvent event) {
    return otherwise(event);
  }

  /**
   * Called for 5.7 ({@code nolicence_in_park}): a car without a plate enters by scanning a code.
   *
   * @param event 5.7
   * @return your reply (default {@link #otherwise})
   */
  default BolinkReply onNoLicenceInPark(NoLicenceInParkEvent event) {
    return otherwise(event);
  }

  /**
   * Called for 5.8 月卡续费回调 ({@code monthcard_pay}): a monthly card was renewed and paid.
   *
   * @param event 5.8
   * @return your reply (default {@link #otherwise})
   */
  default BolinkReply onMonthCardPay(MonthCardPayEvent event) {
    return otherwise(event);
  }

  /**
   * Called for 5.13 ({@code verify_code}): Bolink asks for the code sent to a driver.
   *
   * @param event 5.13
   * @return your reply (default {@link #otherwise})
   */
  default BolinkReply onVerifyCode(VerifyCodeEvent event) {
    return otherwise(event);
  }

  /**
   * Called for 5.14 缴费减免通知 ({@code pay_notice}): a payment or reduction made for a car in the park.
   *
   * @param event 5.14
   * @return your reply (default {@link #otherwise})
   */
  default BolinkReply onPayNotice(PayNoticeEvent event) {
    return otherwise(event);
  }

  /**
   * Called for a {@code service_name} this SDK has no typed event for.
   *
   * @param event any other {@code service_name}
   * @return your reply (default {@link #otherwise})
   */
  default BolinkReply onOther(GenericEvent event) {
    return otherwise(event);
  }

  /**
   * The reply for every event whose method you did not override: {@code {"state":0,"errmsg":"not
   * handled: <service_name>"}} by default.
   *
   * @param event an event no other method handled
   * @return by default {@code {"state":0,"errmsg":"not handled: <service_name>"}}
   */
  default BolinkReply otherwise(BolinkEvent event) {
    return BolinkReply.failure("not handled: " + event.serviceName());
  }
}
