package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.spi.CodedEnums;

/**
 * Body colour of a vehicle ({@code car_color}). Unknown codes map to {@link #UNKNOWN}; models keep
 * the raw code next to it.
 *
 * <pre>{@code
 * CarColor.SILVER.code(); // "6"
 * CarColor.fromCode("42"); // UNKNOWN
 * }</pre>
 */
public enum CarColor implements CodedEnum {
  /** 蓝色 ({@code 1}). */
  BLUE("1"),
  /** 黄色 ({@code 2}). */
  YELLOW("2"),
  /** 白色 ({@code 3}). */
  WHITE("3"),
  /** 黑色 ({@code 4}). */
  BLACK("4"),
  /** 绿色 ({@code 5}). */
  GREEN("5"),
  /** 银色 ({@code 6}). */
  SILVER("6"),
  /** 灰色 ({@code 7}). */
  GREY("7"),
  /** 橙色 ({@code 8}). */
  ORANGE("8"),
  /** 未知 ({@code -1}). */
  UNIDENTIFIED("-1"),
  /** A code this SDK version does not know. */
  UNKNOWN(null);

  private final @Nullable String code;

  CarColor(@Nullable String code) {
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
  public static CarColor fromCode(@Nullable String code) {
    return CodedEnums.fromCode(CarColor.class, code, UNKNOWN);
  }
}
