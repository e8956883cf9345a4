package io.github.ampark.bolink.model;

import io.github.ampark.bolink.internal.Validation;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import java.math.BigDecimal;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A monthly-card renewal payment (3.3 月卡续费, {@code /unionapi/paymonthcard}; {@code union_id}
 * at the top level next to {@code sign}). Bolink answers a pay URL; the outcome arrives as the 5.8
 * {@code monthcard_pay} callback.
 *
 * <pre>{@code
 * MonthCardPayResult r = client.payments().payMonthCard(MonthCardPayRequest.builder()
 *     .parkId("1001").cardId("190757").carNumber("京A12345").amountYuan(new BigDecimal("300"))
 *     .tradeNo("2024061100000000001").channel(MonthCardChannel.WECHAT)
 *     .notifyUrl("https://parking.example.com/bolink/monthcard")
 *     .build());
 * redirect(r.payUrl());
 * }</pre>
 *
 * <p>Fields in the document's order: park_id, amount, card_id, trade_no, notify_url, back_url,
 * cancel_url, car_number, attach (a JSON object), pay_channel, time_temp (the client's clock, epoch
 * seconds), server_id. {@code trade_no} is at least 16 digits (at most 32); {@code amountYuan} more
 * than 0 and at most 99,999,999.99, two decimals.
 */
@Value.Immutable
@AmparkStyle
public abstract class MonthCardPayRequest {
  /**
   * The car park's id ({@code park_id}), as published with {@code addPark}.
   *
   * @return the car park's id
   */
  public abstract String parkId();

  /**
   * The amount to pay, in yuan ({@code amount}).
   *
   * @return the amount to pay, in yuan
   */
  public abstract BigDecimal amountYuan();

  /**
   * The monthly card ({@code card_id}).
   *
   * @return the monthly card
   */
  public abstract String cardId();

  /**
   * Your unique number, 16 to 32 digits ({@code trade_no}); 4.3 finds the payment by it.
   *
   * @return your unique number, 16 to 32 digits
   */
  public abstract String tradeNo();

  /**
   * Where Bolink reports the outcome ({@code notify_url}). Optional: {@code null} (the default)
   * leaves it out.
   *
   * @return where Bolink reports the outcome, optional, or {@code null}
   */
  public abstract @Nullable String notifyUrl();

  /**
   * {@code back_url}, optional. Optional: {@code null} (the default) leaves it out.
   *
   * @return {@code back_url}, optional, or {@code null}
   */
  public abstract @Nullable String backUrl();

  /**
   * {@code cancel_url}, optional. Optional: {@code null} (the default) leaves it out.
   *
   * @return {@code cancel_url}, optional, or {@code null}
   */
  public abstract @Nullable String cancelUrl();

  /**
   * The licence plate ({@code car_number}). Optional: {@code null} (the default) leaves it out.
   *
   * @return the licence plate, or {@code null}
   */
  public abstract @Nullable String carNumber();

  /**
   * Your data passed back with the payment's outcome ({@code attach}); sent as a JSON object, left
   * out when empty.
   *
   * @return your data passed back with the outcome
   */
  public abstract Map<String, String> attach();

  /**
   * {@code pay_channel} as sent, e.g. {@code weixin}; open.
   *
   * @return {@code pay_channel} as sent, e.g. {@code weixin}
   */
  public abstract String channelCode();

  /**
   * {@code pay_channel} as a constant.
   *
   * @return {@code pay_channel} as a constant
   */
  public final MonthCardChannel channel() {
    return MonthCardChannel.of(channelCode());
  }

  /**
   * {@code server_id}, optional. Optional: {@code null} (the default) leaves it out.
   *
   * @return {@code server_id}, optional, or {@code null}
   */
  public abstract @Nullable String serverId();

  /**
   * Fields the document does not list, sent after the documented ones in this order.
   *
   * @return fields the document does not list, sent after the documented ones in this order
   */
  public abstract Map<String, JsonScalar> extraFields();

  @Value.Check
  void check() {
    Checks.notBlank("parkId", parkId());
    Checks.notBlank("cardId", cardId());
    Validation.yuan("amountYuan", amountYuan(), true);
    if (!tradeNo().matches("[0-9]{16,32}")) {
      throw new ValidationException("tradeNo", "must be 16 to 32 digits (was " + Checks.echo(tradeNo()) + ")");
    }
    Validation.code("channelCode", channelCode(), false);
    for (String url : new String[] {notifyUrl(), backUrl(), cancelUrl()}) {
      if (url != null) {
        Checks.httpUrl(url == notifyUrl() ? "notifyUrl" : url == backUrl() ? "backUrl" : "cancelUrl", url);
      }
    }
    Validation.extraFields(extraFields());
  }

  /**
   * Starts an empty {@code MonthCardPayRequest} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MonthCardPayRequest}. */
  public static final class Builder extends ImmutableMonthCardPayRequest.Builder {
    /**
     * Sets the wallet.
     *
     * @param channel the wallet
     * @return this
     */
    public Builder channel(MonthCardChannel channel) {
      channelCode(Validation.codeOf("channel", channel));
      return this;
    }
  }
}
