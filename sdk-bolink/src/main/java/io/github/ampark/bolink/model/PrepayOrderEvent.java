package io.github.ampark.bolink.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code prepay_order} (5.3 预付订单通知): a stay was prepaid. A notification: the duplicate guard
 * passes each one to your handler once.
 *
 * <pre>{@code
 * public BolinkReply onPrepayOrder(PrepayOrderEvent e) { orders.markPrepaid(e.orderId(), e.tradeNo()); return BolinkReply.success("ok"); }
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class PrepayOrderEvent implements BolinkEvent {
  @Override
  public abstract String serviceName();

  @Override
  public abstract String rawData();

  @Override
  @Value.Auxiliary
  public abstract Map<String, String> fields();

  /**
   * {@code trade_no}, or {@code null}.
   *
   * @return {@code trade_no}, or {@code null}
   */
  public final @Nullable String tradeNo() {
    return fields().get("trade_no");
  }

  /**
   * Starts an empty {@code PrepayOrderEvent} builder, for tests of your own code.
   *
   * @return a new builder (for tests; the SDK builds events from verified callbacks)
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link PrepayOrderEvent}. */
  public static final class Builder extends ImmutablePrepayOrderEvent.Builder {}
}
