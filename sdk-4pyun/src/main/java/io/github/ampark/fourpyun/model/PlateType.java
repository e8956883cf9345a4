package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.spi.CodedEnums;

/**
 * Kind of licence plate ({@code plate_type}). Unknown codes map to {@link #UNKNOWN}; models keep
 * the raw code next to it.
 *
 * <pre>{@code
 * PlateType.MAINLAND.code(); // "0"
 * PlateType.fromCode("42"); // UNKNOWN
 * }</pre>
 */
public enum PlateType implements CodedEnum {
  /** 中国大陆车牌 ({@code 0}). */
  MAINLAND("0"),
  /** 境外车牌, Hong Kong and Macau included ({@code 1}). */
  FOREIGN("1"),
  /** 两轮电动车车牌 ({@code 2}). */
  ELECTRIC_BICYCLE("2"),
  /** A code this SDK version does not know. */
  UNKNOWN(null);

  private final @Nullable String code;

  PlateType(@Nullable String code) {
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
  public static PlateType fromCode(@Nullable String code) {
    return CodedEnums.fromCode(PlateType.class, code, UNKNOWN);
  }
}
