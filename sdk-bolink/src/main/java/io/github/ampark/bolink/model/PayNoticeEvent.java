package io.github.ampark.bolink.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code pay_notice} (5.14 缴费减免通知): a charging platform, points or a hotel paid or reduced a
 * stay. A notification: the duplicate guard passes each one to your handler once.
 *
 * <pre>{@code
 * public BolinkReply onPayNotice(PayNoticeEvent e) { if (e.type() == PayNoticeType.CHARGING) { ... } return BolinkReply.success("ok"); }
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class PayNoticeEvent implements BolinkEvent {
  @Override
  public abstract String serviceName();

  @Override
  public abstract String rawData();

  @Override
  @Value.Auxiliary
  public abstract Map<String, String> fields();

  /**
   * The payment type ({@code type}) as received (1 积分, 2 酒店, 3 充电), or {@code null}.
   *
   * @return the payment type as received (1 积分, 2 酒店, 3 充电), or {@code null}
   */
  public abstract @Nullable String typeCode();

  /**
   * {@code plat_form_id} as a list of codes (a single value becomes a one-item list).
   *
   * @return {@code plat_form_id} as a list of codes (a single value becomes a one-item list)
   */
  public abstract List<String> platFormIds();

  /**
   * The payment type ({@code type}) as a constant; {@link PayNoticeType#UNKNOWN} for a code this
   * SDK does not list.
   *
   * @return the payment type as a constant
   */
  public final PayNoticeType type() {
    return PayNoticeType.of(typeCode());
  }

  /**
   * {@code trade_no}, or {@code null}.
   *
   * @return {@code trade_no}, or {@code null}
   */
  public final @Nullable String tradeNo() {
    return fields().get("trade_no");
  }

  /**
   * Starts an empty {@code PayNoticeEvent} builder, for tests of your own code.
   *
   * @return a new builder (for tests; the SDK builds events from verified callbacks)
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link PayNoticeEvent}. */
  public static final class Builder extends ImmutablePayNoticeEvent.Builder {}
}
