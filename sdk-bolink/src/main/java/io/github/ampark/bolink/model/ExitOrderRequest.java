package io.github.ampark.bolink.model;

import io.github.ampark.bolink.internal.Validation;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A car leaving a car park (3.2 提交停车出场记录, {@code /unionapi/neworder/updateorder}).
 *
 * <pre>{@code
 * ExitOrderRequest exit = ExitOrderRequest.builder()
 *     .parkId("1001").orderId("A1_2C1717754731").carNumber("京A12345")
 *     .inTime(Instant.ofEpochSecond(1717754731)).outTime(Instant.ofEpochSecond(1717760000))
 *     .payType(PayType.CASH).totalYuan(new BigDecimal("12.50")).emptyPlot(56)
 *     .putExtraFields("lane_no", JsonScalar.text("A2"))        // real traffic carries more
 *     .build();
 * client.orders().exitOrder(exit);
 * }</pre>
 *
 * <p>{@code totalYuan} is what the driver paid at the exit, without what was prepaid or reduced:
 * 0 to 99,999,999.99 yuan, at most two decimals, sent as {@code "12.50"}. Times are sent as epoch
 * seconds and must lie between 1970 and 9999. {@code authCode} is required when {@code payType} is
 * {@link PayType#SWEEPCODE}. {@code payTypeCode} is open: {@code payType(PayType.HM)} or {@code
 * payTypeCode("xyz")} for a code this SDK does not list.
 */
@Value.Immutable
@AmparkStyle
public abstract class ExitOrderRequest {
  /**
   * The car park's Bolink number ({@code park_id}).
   *
   * @return the car park's Bolink number
   */
  public abstract String parkId();

  /**
   * Your order number for this stay ({@code order_id}); the key the order is found by again.
   *
   * @return your order number for this stay
   */
  public abstract String orderId();

  /**
   * The plate, e.g. {@code 京A12345} ({@code car_number}).
   *
   * @return the plate, e.g. {@code 京A12345}
   */
  public abstract String carNumber();

  /**
   * When the car entered ({@code in_time}). Optional: {@code null} (the default) leaves it out.
   *
   * @return when the car entered, or {@code null}
   */
  public abstract @Nullable Instant inTime();

  /**
   * When the car left ({@code out_time}); sent as epoch seconds.
   *
   * @return when the car left
   */
  public abstract Instant outTime();

  /**
   * {@code pay_type} as sent, e.g. {@code cash}; set it with {@code payType(PayType)} or as a code.
   *
   * @return {@code pay_type} as sent, e.g. {@code cash}
   */
  public abstract String payTypeCode();

  /**
   * {@code pay_type} as a constant; {@link PayType#UNKNOWN} for a code this SDK does not list.
   *
   * @return {@code pay_type} as a constant
   */
  public final PayType payType() {
    return PayType.of(payTypeCode());
  }

  /**
   * The amount paid at the exit, excluding prepaid and reduced amounts (0 to 99,999,999.99, two
   * decimals at most), in yuan ({@code total}).
   *
   * @return the amount paid at the exit, excluding prepaid and reduced amounts (0 to, in yuan
   *     99,999,999.99, two decimals at most)
   */
  public abstract BigDecimal totalYuan();

  /**
   * Free spaces left in the car park ({@code empty_plot}).
   *
   * @return free spaces left in the car park
   */
  public abstract int emptyPlot();

  /**
   * The driver's payment code, required for {@link PayType#SWEEPCODE} ({@code auth_code}).
   * Optional: {@code null} (the default) leaves it out.
   *
   * @return the driver's payment code, required for {@link PayType#SWEEPCODE},
   *     or {@code null}
   */
  @Value.Redacted
  public abstract @Nullable String authCode();

  /**
   * Free remarks, sent as a JSON object ({@code remark}); left out when empty.
   *
   * @return free remarks, sent as a JSON object
   */
  public abstract Map<String, String> remark();

  /**
   * URL of the exit picture ({@code outpark_img}). Optional: {@code null} (the default) leaves it
   * out.
   *
   * @return URL of the exit picture, or {@code null}
   */
  public abstract @Nullable String outParkImageUrl();

  /**
   * The exit lane ({@code out_channel_id}). Optional: {@code null} (the default) leaves it out.
   *
   * @return the exit lane, or {@code null}
   */
  public abstract @Nullable String outChannelId();

  /**
   * The plate colour ({@code license_color}) as sent (a number, e.g. {@code "4"}); optional.
   * Optional: {@code null} (the default) leaves it out.
   *
   * @return the plate colour as sent (a number, e.g. {@code "4"}), or {@code null}
   */
  public abstract @Nullable String licenseColorCode();

  /**
   * The plate colour ({@code license_color}) as a constant, or {@code null}.
   *
   * @return the plate colour as a constant, or {@code null}
   */
  public final @Nullable LicenseColor licenseColor() {
    return licenseColorCode() == null ? null : LicenseColor.of(licenseColorCode());
  }

  /**
   * Fields the document does not list, sent after the documented ones in this order.
   *
   * @return fields the document does not list, sent after the documented ones in this order
   */
  public abstract Map<String, JsonScalar> extraFields();

  @Value.Check
  void check() {
    Checks.notBlank("parkId", parkId());
    Checks.notBlank("orderId", orderId());
    Checks.notBlank("carNumber", carNumber());
    Validation.optionalTime("inTime", inTime());
    Validation.time("outTime", outTime());
    Checks.notNegative("emptyPlot", emptyPlot());
    Validation.yuan("totalYuan", totalYuan(), false);
    Validation.code("payTypeCode", payTypeCode(), false);
    Validation.code("licenseColorCode", licenseColorCode(), true);
    Validation.extraFields(extraFields());
    if (inTime() != null && inTime().isAfter(outTime())) {
      throw new ValidationException("inTime", "must not be after outTime");
    }
    if (payType() == PayType.SWEEPCODE) {
      Checks.notBlank("authCode", authCode());
    }
    if (outParkImageUrl() != null) {
      Checks.httpUrl("outParkImageUrl", outParkImageUrl());
    }
  }

  /**
   * Starts an empty {@code ExitOrderRequest} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ExitOrderRequest}. */
  public static final class Builder extends ImmutableExitOrderRequest.Builder {
    /**
     * Sets a listed pay type (not UNKNOWN).
     *
     * @param payType a listed pay type (not UNKNOWN)
     * @return this
     */
    public Builder payType(PayType payType) {
      payTypeCode(Validation.codeOf("payType", payType));
      return this;
    }

    /**
     * Sets the plate colour.
     *
     * @param color the plate colour
     * @return this
     */
    public Builder licenseColor(LicenseColor color) {
      licenseColorCode(Validation.codeOf("licenseColor", color));
      return this;
    }
  }
}
