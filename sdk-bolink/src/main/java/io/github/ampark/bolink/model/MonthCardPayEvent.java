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
   * The monthly card's id ({@code card_id}), or {@code null}.
   *
   * @return the monthly card's id, or {@code null}
   */
  public abstract @Nullable String cardId();

  /**
   * The amount paid in yuan ({@code amount}), or {@code null}.
   *
   * @return the amount paid in yuan, or {@code null}
   */
  public abstract @Nullable BigDecimal amountYuan();

  /**
   * The amount credited to the park in yuan ({@code arrive_money}), or {@code null}.
   *
   * @return the amount credited to the park in yuan, or {@code null}
   */
  public abstract @Nullable BigDecimal arriveYuan();

  /**
   * The fee charged in yuan ({@code fee}), or {@code null}.
   *
   * @return the fee charged in yuan, or {@code null}
   */
  public abstract @Nullable BigDecimal feeYuan();

  /**
   * The payment's state ({@code state}) as received (the payment's state), or {@code null}.
   *
   * @return the payment's state as received (the payment's state), or {@code null}
   */
  public abstract @Nullable String state();

  /**
   * The payment type ({@code type}) as received, or {@code null}.
   *
   * @return the payment type as received, or {@code null}
   */
  public abstract @Nullable String type();

  /**
   * The payment provider's trade number ({@code out_trade_no}), or {@code null}.
   *
   * @return the payment provider's trade number, or {@code null}
   */
  public abstract @Nullable String outTradeNo();

  /**
   * When the driver paid ({@code pay_time}) as received (its format is not published), or {@code
   * null}.
   *
   * @return when the driver paid as received (its format is not published), or {@code null}
   */
  public abstract @Nullable String payTime();

  /**
   * When the renewal starts ({@code start_time}) as received (its format is not published), or
   * {@code null}.
   *
   * @return when the renewal starts as received (its format is not published), or {@code null}
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
