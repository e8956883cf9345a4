package io.github.ampark.bolink.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import java.math.BigDecimal;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code monthcard_pay} (5.8 月卡续费回调): the outcome of a 3.3 monthly-card renewal. A
 * notification: the duplicate guard passes each one to your handler once. The documented fields are
 * typed; {@link #fields()} holds every member as received. A peer integration answers {@code
 * {"state":1,"trade_no":…}}: {@link #acknowledge()}.
 *
 * <pre>{@code
 * public BolinkReply onMonthCardPay(MonthCardPayEvent e) { cards.renew(e.cardId(), e.amountYuan()); return e.acknowledge(); }
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class MonthCardPayEvent implements BolinkEvent {
  @Override
  public abstract String serviceName();

  @Override
  public abstract String rawData();

  @Override
  @Value.Auxiliary
  public abstract Map<String, String> fields();

  /**
   * Your number from 3.3 ({@code trade_no}).
   *
   * @return your number from 3.3
   */
  public abstract String tradeNo();

  /**
   * {@code card_id}, or {@code null}.
   *
   * @return {@code card_id}, or {@code null}
   */
  public abstract @Nullable String cardId();

  /**
   * {@code amount} in yuan, or {@code null}.
   *
   * @return {@code amount} in yuan, or {@code null}
   */
  public abstract @Nullable BigDecimal amountYuan();

  /**
   * {@code arrive_money} in yuan, or {@code null}.
   *
   * @return {@code arrive_money} in yuan, or {@code null}
   */
  public abstract @Nullable BigDecimal arriveYuan();

  /**
   * {@code fee} in yuan, or {@code null}.
   *
   * @return {@code fee} in yuan, or {@code null}
   */
  public abstract @Nullable BigDecimal feeYuan();

  /**
   * {@code state} as received (the payment's state), or {@code null}.
   *
   * @return {@code state} as received (the payment's state), or {@code null}
   */
  public abstract @Nullable String state();

  /**
   * {@code type} as received, or {@code null}.
   *
   * @return {@code type} as received, or {@code null}
   */
  public abstract @Nullable String type();

  /**
   * {@code out_trade_no}, or {@code null}.
   *
   * @return {@code out_trade_no}, or {@code null}
   */
  public abstract @Nullable String outTradeNo();

  /**
   * {@code pay_time} as received (its format is not published), or {@code null}.
   *
   * @return {@code pay_time} as received (its format is not published), or {@code null}
   */
  public abstract @Nullable String payTime();

  /**
   * {@code start_time} as received (its format is not published), or {@code null}.
   *
   * @return {@code start_time} as received (its format is not published), or {@code null}
   */
  public abstract @Nullable String startTime();

  /**
   * The reply that acknowledges this renewal.
   *
   * @return {@code {"state":1,"trade_no":…}}, the acknowledgement a peer integration sends
   */
  public final BolinkReply acknowledge() {
    return BolinkReply.of(1, null).withText("trade_no", tradeNo());
  }

  /**
   * Starts an empty {@code MonthCardPayEvent} builder, for tests of your own code.
   *
   * @return a new builder (for tests; the SDK builds events from verified callbacks)
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MonthCardPayEvent}. */
  public static final class Builder extends ImmutableMonthCardPayEvent.Builder {}
}
