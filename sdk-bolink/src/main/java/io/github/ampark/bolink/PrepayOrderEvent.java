package io.github.ampark.bolink;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.Nullable;

/**
 * {@code prepay_order} (5.3 预付订单通知): a stay was prepaid. A notification: Bolink resends it
 * until acknowledged, and {@link BolinkCallbacks#handle} passes each one to your handler once.
 *
 * <pre>{@code
 * if (event instanceof PrepayOrderEvent) {
 *   orders.markPrepaid(event.orderId(), ((PrepayOrderEvent) event).tradeNo());
 *   return BolinkReply.success("ok");
 * }
 * }</pre>
 */
public final class PrepayOrderEvent extends BolinkEvent {
  PrepayOrderEvent(JsonNode data, String raw) {
    super("prepay_order", data, raw);
  }

  /** {@code trade_no}, or {@code null}. */
  public @Nullable String tradeNo() {
    return text("trade_no");
  }

  @Override
  boolean notification() {
    return true;
  }
}
