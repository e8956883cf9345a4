package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.spi.CodedEnums;

/**
 * How a fee was paid ({@code pay_type}). Unknown codes map to {@link #UNKNOWN}; models keep the
 * raw code next to it.
 *
 * <pre>{@code
 * PayType.CASH.code(); // "1"
 * PayType.fromCode("42"); // UNKNOWN
 * }</pre>
 */
public enum PayType implements CodedEnum {
  /** 现金 ({@code 1}). */
  CASH("1"),
  /** 在线支付 ({@code 2}). */
  ONLINE("2"),
  /** 无感支付 ({@code 3}). */
  CONTACTLESS("3"),
  /** 储值卡余额 ({@code 4}). */
  STORED_VALUE("4"),
  /** 优惠券全额抵扣 ({@code 8}). */
  COUPON("8"),
  /** A code this SDK version does not know. */
  UNKNOWN(null);

  private final @Nullable String code;

  PayType(@Nullable String code) {
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
  public static PayType fromCode(@Nullable String code) {
    return CodedEnums.fromCode(PayType.class, code, UNKNOWN);
  }
}
