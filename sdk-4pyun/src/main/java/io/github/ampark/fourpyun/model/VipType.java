package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.spi.CodedEnums;

/**
 * Kind of fixed-vehicle card ({@code type} / {@code vip_type}). Unknown codes map to {@link
 * #UNKNOWN}; models keep the raw code next to it.
 *
 * <pre>{@code
 * VipType.MONTHLY.code(); // "1"
 * VipType.fromCode("42"); // UNKNOWN
 * }</pre>
 */
public enum VipType implements CodedEnum {
  /** 免费停车 (whitelist) ({@code 0}). */
  FREE("0"),
  /** 月卡 ({@code 1}). */
  MONTHLY("1"),
  /** 储值 ({@code 2}). */
  STORED_VALUE("2"),
  /** 储次 (a number of visits) ({@code 3}). */
  COUNTED("3"),
  /** 储天 (a number of days) ({@code 4}). */
  DAYS("4"),
  /** 年卡 ({@code 5}). */
  YEARLY("5"),
  /** 季度卡 ({@code 6}). */
  QUARTERLY("6"),
  /** 半年卡 ({@code 7}). */
  HALF_YEARLY("7"),
  /** A code this SDK version does not know. */
  UNKNOWN(null);

  private final @Nullable String code;

  VipType(@Nullable String code) {
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
  public static VipType fromCode(@Nullable String code) {
    return CodedEnums.fromCode(VipType.class, code, UNKNOWN);
  }
}
