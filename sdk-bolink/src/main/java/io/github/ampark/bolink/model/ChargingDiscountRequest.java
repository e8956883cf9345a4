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
 * The parking-fee reduction earned by charging an electric car (3.11 充电减免结果上传,
 * {@code /zld/openservice/uploaddurationinfo}).
 *
 * <pre>{@code
 * ChargingDiscountRequest discount = ChargingDiscountRequest.builder()
 *     .parkId("dlytest_no").platform(ChargingPlatform.AUTOSUN).carNumber("晋SS0000")
 *     .startChargeSeq("2021110300012").calculationMethod(CalculationMethod.BY_DURATION)
 *     .duration(new BigDecimal("50")).outTime(Instant.ofEpochSecond(1635911040))
 *     .build();
 * client.cloud().uploadChargingDiscount(discount);
 * }</pre>
 *
 * <p>{@code duration} is required with {@link CalculationMethod#BY_DURATION}, {@code reduceYuan}
 * with {@link CalculationMethod#BY_AMOUNT}. The unit of {@code duration} is not published (the
 * document's examples are {@code 50} and {@code 2.12}); it is sent as given, in plain notation, 0
 * to 999,999,999 with at most six decimals. {@code reduceYuan}: 0 to 99,999,999.99, two decimals.
 * {@code platform_id} is open: Bolink integrates more charging platforms than the two the page
 * lists, so {@code platformCode("5")} sends any number.
 */
@Value.Immutable
@AmparkStyle
public abstract class ChargingDiscountRequest {
  /**
   * The car park's id ({@code park_id}), as published with {@code addPark}.
   *
   * @return the car park's id
   */
  public abstract String parkId();

  /**
   * {@code platform_id} as sent (a number); set it with {@code platform(ChargingPlatform)} or as a
   * code.
   *
   * @return {@code platform_id} as sent (a number)
   */
  public abstract String platformCode();

  /**
   * {@code platform_id} as a constant; {@link ChargingPlatform#UNKNOWN} for a code this SDK does
   * not list.
   *
   * @return {@code platform_id} as a constant
   */
  public final ChargingPlatform platform() {
    return ChargingPlatform.of(platformCode());
  }

  /**
   * The licence plate ({@code car_number}), e.g. {@code 京A12345}.
   *
   * @return the licence plate
   */
  public abstract String carNumber();

  /**
   * The charging order number ({@code start_charge_seq}).
   *
   * @return the charging order number
   */
  public abstract String startChargeSeq();

  /**
   * {@code calculation_method} as sent (a number).
   *
   * @return {@code calculation_method} as sent (a number)
   */
  public abstract String calculationMethodCode();

  /**
   * {@code calculation_method} as a constant.
   *
   * @return {@code calculation_method} as a constant
   */
  public final CalculationMethod calculationMethod() {
    return CalculationMethod.of(calculationMethodCode());
  }

  /**
   * The reduced parking time (unit not published by Bolink); {@code duration} on the wire; required
   * for {@link CalculationMethod#BY_DURATION}. Optional: {@code null} (the default) leaves it out.
   *
   * @return the reduced parking time (unit not published by Bolink), or {@code
   *     null}
   */
  public abstract @Nullable BigDecimal duration();

  /**
   * The amount reduced, in yuan ({@code reduce_amount}); required for {@link
   * CalculationMethod#BY_AMOUNT}. Optional: {@code null} (the default) leaves it out.
   *
   * @return the amount reduced, or {@code null}, in yuan
   */
  public abstract @Nullable BigDecimal reduceYuan();

  /**
   * When the car left ({@code out_time}); sent as epoch seconds.
   *
   * @return when the car left
   */
  public abstract Instant outTime();

  /**
   * Fields the document does not list, sent after the documented ones in this order.
   *
   * @return fields the document does not list, sent after the documented ones in this order
   */
  public abstract Map<String, JsonScalar> extraFields();

  @Value.Check
  void check() {
    Checks.notBlank("parkId", parkId());
    Checks.notBlank("carNumber", carNumber());
    Checks.notBlank("startChargeSeq", startChargeSeq());
    Validation.time("outTime", outTime());
    Validation.code("platformCode", platformCode(), true);
    Validation.code("calculationMethodCode", calculationMethodCode(), true);
    Validation.extraFields(extraFields());
    if (calculationMethod() == CalculationMethod.BY_DURATION && duration() == null) {
      throw new ValidationException("duration", "is required when calculationMethod is BY_DURATION");
    }
    if (calculationMethod() == CalculationMethod.BY_AMOUNT && reduceYuan() == null) {
      throw new ValidationException("reduceYuan", "is required when calculationMethod is BY_AMOUNT");
    }
    if (duration() != null) {
      Validation.decimal("duration", duration(), 6, Validation.MAX_DURATION);
      if (duration().signum() < 0) {
        throw new ValidationException("duration", "must not be negative (was " + duration().toPlainString() + ")");
      }
    }
    if (reduceYuan() != null) {
      Validation.yuan("reduceYuan", reduceYuan(), false);
    }
  }

  /**
   * Starts an empty {@code ChargingDiscountRequest} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ChargingDiscountRequest}. */
  public static final class Builder extends ImmutableChargingDiscountRequest.Builder {
    /**
     * Sets a listed platform.
     *
     * @param platform a listed platform
     * @return this
     */
    public Builder platform(ChargingPlatform platform) {
      platformCode(Validation.codeOf("platform", platform));
      return this;
    }

    /**
     * Sets how the reduction is computed.
     *
     * @param method how the reduction is computed
     * @return this
     */
    public Builder calculationMethod(CalculationMethod method) {
      calculationMethodCode(Validation.codeOf("calculationMethod", method));
      return this;
    }
  }
}
