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
   * @param event a charge started (state kept raw)
   * @return the reply
   */
  default WanzhuangReply onStartPower(StartPowerEvent event) {
    return WanzhuangReply.unhandled();
  }

  /**
   * @param event a charge ended: the bill; called once per {@code charge_id}
   * @return the reply
   */
  default WanzhuangReply onFinishOrder(FinishOrderEvent event) {
    return WanzhuangReply.unhandled();
  }

  /**
   * @param event an online card swipe asking to pay; the approve/deny reply format is UNKNOWN, so
   *     answer with {@link WanzhuangReply#custom} once you know it
   * @return the reply
   */
  default WanzhuangReply onIccPayRequest(IccPayRequestEvent event) {
    return WanzhuangReply.unhandled();
  }

  /**
   * @param event running income totals, never stale (stale reports are acknowledged without calling you)
   * @return the reply
   */
  default WanzhuangReply onOfflineProfit(OfflineProfitEvent event) {
    return WanzhuangReply.unhandled();
  }
}
