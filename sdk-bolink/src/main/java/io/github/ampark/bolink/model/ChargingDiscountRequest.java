package io.github.ampark.bolink.model;

import io.github.ampark.bolink.internal.Validation;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import java.math.BigDecimal;
import java.time.Instant;
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
 * client.uploadChargingDiscount(discount);
 * }</pre>
 *
 * <p>{@code duration} is required with {@link CalculationMethod#BY_DURATION}, {@code reduceYuan}
 * with {@link CalculationMethod#BY_AMOUNT}. The unit of {@code duration} is not published (the
 * document's examples are {@code 50} and {@code 2.12}); it is sent as given, in plain notation.
 */
@Value.Immutable
@AmparkStyle
public abstract class ChargingDiscountRequest {
  /** {@code park_id}. */
  public abstract String parkId();

  /** {@code platform_id}: the charging-pile platform. */
  public abstract ChargingPlatform platform();

  /** {@code car_number}. */
  public abstract String carNumber();

  /** {@code start_charge_seq}: the charging order number. */
  public abstract String startChargeSeq();

  /** {@code calculation_method}. */
  public abstract CalculationMethod calculationMethod();

  /** {@code duration}: the reduced parking time (unit not published by Bolink); required for {@link CalculationMethod#BY_DURATION}. */
  public abstract @Nullable BigDecimal duration();

  /** {@code reduce_amount}: yuan reduced; required for {@link CalculationMethod#BY_AMOUNT}. */
  public abstract @Nullable BigDecimal reduceYuan();

  /** {@code out_time}. */
  public abstract Instant outTime();

  @Value.Check
  void check() {
    Validation.time("outTime", outTime());
    Checks.notBlank("parkId", parkId());
    Checks.notBlank("carNumber", carNumber());
    Checks.notBlank("startChargeSeq", startChargeSeq());
    Validation.known("platform", platform());
    Validation.known("calculationMethod", calculationMethod());
    if (calculationMethod() == CalculationMethod.BY_DURATION && duration() == null) {
      throw new ValidationException("duration", "is required when calculationMethod is BY_DURATION");
    }
    if (calculationMethod() == CalculationMethod.BY_AMOUNT && reduceYuan() == null) {
      throw new ValidationException("reduceYuan", "is required when calculationMethod is BY_AMOUNT");
    }
    if (duration() != null) {
      Validation.decimal("duration", duration(), 6, Validation.MAX_DURATION);
    }
    if (duration() != null && duration().signum() < 0) {
      throw new ValidationException("duration", "must not be negative (was " + duration().toPlainString() + ")");
    }
    if (reduceYuan() != null) {
      Validation.yuan("reduceYuan", reduceYuan(), false);
    }
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ChargingDiscountRequest}. */
  public static final class Builder extends ImmutableChargingDiscountRequest.Builder {}
}
