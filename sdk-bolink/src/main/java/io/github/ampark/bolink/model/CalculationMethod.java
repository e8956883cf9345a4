package io.github.ampark.bolink.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.spi.CodedEnums;

/**
 * How a charging discount reduces the parking fee ({@code calculation_method} of 3.11): by duration (1, {@code duration} required), by amount (2, {@code reduce_amount} required) or as the car park decides (3).
 *
 * <pre>{@code
 * ChargingDiscountRequest.builder().calculationMethod(CalculationMethod.BY_AMOUNT).reduceYuan(new BigDecimal("1.25"))...;
 * }</pre>
 */
public enum CalculationMethod implements CodedEnum {
  /** Reduce by parking duration (1); {@code duration} is required. */
  BY_DURATION("1"),
  /** Reduce by an amount (2); {@code reduce_amount} is required. */
  BY_AMOUNT("2"),
  /** The car park decides (3). */
  PARK_DECIDES("3"),
  /** A code this SDK version does not know; the code is kept by the type that carries this value. */
  UNKNOWN(null);

  private final @Nullable String code;

  CalculationMethod(@Nullable String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * The constant for a vendor code as received; {@link #UNKNOWN} for {@code null} or a code this
   * SDK does not know.
   *
   * @param code Bolink's code, possibly {@code null}
   * @return the constant, or {@link #UNKNOWN}
   */
  public static CalculationMethod of(@Nullable String code) {
    return CodedEnums.fromCode(CalculationMethod.class, code, UNKNOWN);
  }
}
