package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.spi.CodedEnums;

/**
 * Kind of merchant discount in a {@code service.parking.discount.create} callback ({@code type}).
 * Unknown codes map to {@link #UNKNOWN}; models keep the raw code next to it.
 *
 * <pre>{@code
 * DiscountType.AMOUNT.code(); // "1"
 * DiscountType.fromCode("42"); // UNKNOWN
 * }</pre>
 */
public enum DiscountType implements CodedEnum {
  /** 金额: value in fen ({@code 1}). */
  AMOUNT("1"),
  /** 时长: value in minutes ({@code 2}). */
  DURATION("2"),
  /** 全免 ({@code 3}). */
  FREE("3"),
  /** 不同计价券: value is a charge rule id ({@code 4}). */
  CHARGE_RULE("4"),
  /** A code this SDK version does not know. */
  UNKNOWN(null);

  private final @Nullable String code;

  DiscountType(@Nullable String code) {
    this.code = code;
  }

  /**
   * The vendor's code; {@code null} for {@link #UNKNOWN}.
   *
   * @return the vendor's code
   */
  @Override
  public String code() {
    return code;
  }

  /**
   * The constant for a vendor code as received; {@link #UNKNOWN} for {@code null} or a code this
   * SDK does not know.
   *
   * @param code the vendor's code, possibly {@code null}
   * @return the constant, or {@link #UNKNOWN}
   */
  public static DiscountType fromCode(@Nullable String code) {
    return CodedEnums.fromCode(DiscountType.class, code, UNKNOWN);
  }
}
