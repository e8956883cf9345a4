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
 * An ETC deduction for a leaving car (3.7 ETC支付接口, {@code /unionapi/etcPayApi}).
 *
 * <pre>{@code
 * client.payments().etcPay(EtcPayRequest.builder()
 *     .parkId("123").orderId("order1658996957").carNumber("京A00001")
 *     .inTime(in).outTime(out).payType(EtcPayType.JYYH).laneNo("3")
 *     .totalOriginalYuan(new BigDecimal("0.01")).totalYuan(new BigDecimal("0.01"))
 *     .outChannelId("2")
 *     .build());
 * }</pre>
 *
 * <p>As the document says, {@code union_id} goes next to {@code sign} at the top level of the
 * body, not inside {@code data}. {@code lane_no} comes from Bolink's demo (needed with {@code
 * jyyh}); it is sent after the documented fields. Amounts: 0 to 99,999,999.99 yuan, two decimals.
 */
@Value.Immutable
@AmparkStyle
public abstract class EtcPayRequest {
  /**
   * The car park's id ({@code park_id}), as published with {@code addPark}.
   *
   * @return the car park's id
   */
  public abstract String parkId();

  /**
   * Your order number of the stay ({@code order_id}), as uploaded at entry.
   *
   * @return your order number of the stay
   */
  public abstract String orderId();

  /**
   * The licence plate ({@code car_number}), e.g. {@code 京A12345}.
   *
   * @return the licence plate
   */
  public abstract String carNumber();

  /**
   * When the car entered ({@code in_time}); sent as epoch seconds.
   *
   * @return when the car entered
   */
  public abstract Instant inTime();

  /**
   * When the car left ({@code out_time}); sent as epoch seconds.
   *
   * @return when the car left
   */
  public abstract Instant outTime();

  /**
   * {@code pay_type} as sent: the ETC provider's code (open: any code Bolink defines).
   *
   * @return {@code pay_type} as sent: the ETC provider's code (open: any code Bolink defines)
   */
  public abstract String payTypeCode();

  /**
   * {@code pay_type} as a constant; {@link EtcPayType#UNKNOWN} for a code this SDK does not list.
   *
   * @return {@code pay_type} as a constant
   */
  public final EtcPayType payType() {
    return EtcPayType.of(payTypeCode());
  }

  /**
   * Free spaces left ({@code empty_plot}). Optional: {@code null} (the default) leaves it out.
   *
   * @return free spaces left, or {@code null}
   */
  public abstract @Nullable Integer emptyPlot();

  /**
   * The amount before discounts, in yuan ({@code total_original}).
   *
   * @return the amount before discounts, in yuan
   */
  public abstract BigDecimal totalOriginalYuan();

  /**
   * The amount to deduct, in yuan ({@code total}).
   *
   * @return the amount to deduct, in yuan
   */
  public abstract BigDecimal totalYuan();

  /**
   * The exit lane ({@code out_channel_id}). Optional: {@code null} (the default) leaves it out.
   *
   * @return the exit lane, or {@code null}
   */
  public abstract @Nullable String outChannelId();

  /**
   * The plate colour ({@code license_color}) as sent (a number), optional.
   * Optional: {@code null} (the default) leaves it out.
   *
   * @return the plate colour as sent (a number), optional, or {@code null}
   */
  public abstract @Nullable String licenseColorCode();

  /**
   * The lane, from Bolink's demo ({@code lane_no}). Optional: {@code null} (the default)
   * leaves it out.
   *
   * @return the lane, from Bolink's demo, or {@code null}
   */
  public abstract @Nullable String laneNo();

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
    Validation.time("inTime", inTime());
    Validation.time("outTime", outTime());
    Validation.code("payTypeCode", payTypeCode(), false);
    Validation.code("licenseColorCode", licenseColorCode(), true);
    Validation.yuan("totalOriginalYuan", totalOriginalYuan(), false);
    Validation.yuan("totalYuan", totalYuan(), false);
    Validation.extraFields(extraFields());
    if (inTime().isAfter(outTime())) {
      throw new ValidationException("inTime", "must not be after outTime");
    }
    if (emptyPlot() != null) {
      Checks.notNegative("emptyPlot", emptyPlot());
    }
  }

  /**
   * Starts an empty {@code EtcPayRequest} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link EtcPayRequest}. */
  public static final class Builder extends ImmutableEtcPayRequest.Builder {
    /**
     * Sets a listed provider.
     *
     * @param payType a listed provider
     * @return this
     */
    public Builder payType(EtcPayType payType) {
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
