package io.github.ampark.wanzhuang;

import io.github.ampark.wanzhuang.model.FinishOrderEvent;
import io.github.ampark.wanzhuang.model.IccPayRequestEvent;
import io.github.ampark.wanzhuang.model.OfflineProfitEvent;
import io.github.ampark.wanzhuang.model.StartPowerEvent;
import io.github.ampark.wanzhuang.model.WanzhuangReply;

/**
 * Your side of wz-open's callbacks: one method per callback, each returning the reply. Override the
 * ones you handle; the others answer {@link WanzhuangReply#unhandled()} — a refusal, so Wanzhuang
 * delivers again (its retry policy is UNKNOWN) rather than the SDK dropping an event you did not
 * handle. Throwing is a refusal too, and the event is not recorded as handled.
 *
 * <pre>{@code
 * CallbackReply reply = callbacks.handle(request, new WanzhuangHandler() {
 *   @Override public WanzhuangReply onFinishOrder(FinishOrderEvent e) {
 *     bills.close(e.chargeId(), e.fields());          // once per charge_id
 *     return WanzhuangReply.acknowledge();
 *   }
 * });
 * }</pre>
 */
public interface WanzhuangHandler {
  /**
   * Called for a {@code start_power} callback: a charge started, or failed to. Called once per {@code
   * charge_id} and {@code state}; the default refuses.
   *
   * @param event the charge, with its raw {@code state}
   * @return your reply; {@link WanzhuangReply#acknowledge()} once you have recorded it
   */
  default WanzhuangReply onStartPower(StartPowerEvent event) {
    return WanzhuangReply.unhandled();
  }

  /**
   * Called for a {@code finish_order} callback: a charge ended and this is its bill. Called once per
   * {@code charge_id} however often Wanzhuang reports it; the default refuses.
   *
   * @param event the ended charge, every bill field in {@link FinishOrderEvent#fields()}
   * @return your reply; {@link WanzhuangReply#acknowledge()} once the bill is stored
   */
  default WanzhuangReply onFinishOrder(FinishOrderEvent event) {
    return WanzhuangReply.unhandled();
  }

  /**
   * Called for an {@code icc_pay_req} callback: an online card was swiped and asks to pay. Called for every
   * delivery (not deduplicated, since each asks for an answer); the default refuses.
   *
   * @param event the card, port and amount
   * @return your reply; the body that approves or denies is UNKNOWN, so answer with {@link
   *     WanzhuangReply#custom} once you know it
   */
  default WanzhuangReply onIccPayRequest(IccPayRequestEvent event) {
    return WanzhuangReply.unhandled();
  }

  /**
   * Called for an {@code offline_profit} callback: a device's running coin and card income totals. Called
   * once per device and {@code time}, never for a stale report (those are acknowledged without calling you);
   * the default refuses.
   *
   * @param event the device's latest totals
   * @return your reply; {@link WanzhuangReply#acknowledge()} once stored
   */
  default WanzhuangReply onOfflineProfit(OfflineProfitEvent event) {
    return WanzhuangReply.unhandled();
  }
}
