package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.spi.CodedEnums;

/**
 * What {@code parking/internal/mcoupon/grant/sync} reports about a merchant coupon grant. Unknown
 * codes map to {@link #UNKNOWN}; models keep the raw code next to it.
 *
 * <pre>{@code
 * CouponGrantStatus.APPLIED.code(); // "1"
 * CouponGrantStatus.fromCode("42"); // UNKNOWN
 * }</pre>
 */
public enum CouponGrantStatus implements CodedEnum {
  /** the grant expired or was withdrawn (status -2) ({@code -2}). */
  EXPIRED("-2"),
  /** the coupon was used against a parking fee (status 1, apply_status 1) ({@code 1}). */
  APPLIED("1"),
  /** A code this SDK version does not know. */
  UNKNOWN(null);

  private final @Nullable String code;

  CouponGrantStatus(@Nullable String code) {
    this.code = code;
  }

  /** The vendor's code; {@code null} for {@link #UNKNOWN}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * @param code the vendor's code, possibly {@code null}
   * @return the constant, or {@link #UNKNOWN}
   */
  public static CouponGrantStatus fromCode(@Nullable String code) {
    return CodedEnums.fromCode(CouponGrantStatus.class, code, UNKNOWN);
  }
}
