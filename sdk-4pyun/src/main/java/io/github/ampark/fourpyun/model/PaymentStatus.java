package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.spi.CodedEnums;

/**
 * State of a contactless charge ({@code status} of {@code parking/internal/payment}). Unknown
 * codes map to {@link #UNKNOWN}; models keep the raw code next to it.
 *
 * <pre>{@code
 * PaymentStatus.PAID.code(); // "1"
 * PaymentStatus.fromCode("42"); // UNKNOWN
 * }</pre>
 */
public enum PaymentStatus implements CodedEnum {
  /** 支付成功 ({@code 1}). */
  PAID("1"),
  /** 支付失败 ({@code -1}). */
  FAILED("-1"),
  /** 支付中 ({@code 0}). */
  PAYING("0"),
  /** A code this SDK version does not know. */
  UNKNOWN(null);

  private final @Nullable String code;

  PaymentStatus(@Nullable String code) {
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
  public static PaymentStatus fromCode(@Nullable String code) {
    return CodedEnums.fromCode(PaymentStatus.class, code, UNKNOWN);
  }
}
