package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.spi.CodedEnums;

/**
 * Licence plate colour ({@code plate_color}). Unknown codes map to {@link #UNKNOWN}; models keep
 * the raw code next to it.
 *
 * <pre>{@code
 * PlateColor.BLUE.code(); // "1"
 * PlateColor.fromCode("42"); // UNKNOWN
 * }</pre>
 */
public enum PlateColor implements CodedEnum {
  /** 蓝色 ({@code 1}). */
  BLUE("1"),
  /** 黄色 ({@code 2}). */
  YELLOW("2"),
  /** 白色 ({@code 3}). */
  WHITE("3"),
  /** 黑色 ({@code 4}). */
  BLACK("4"),
  /** 绿色 (new-energy vehicles) ({@code 5}). */
  GREEN("5"),
  /** the camera could not tell (未知) ({@code -1}). */
  UNIDENTIFIED("-1"),
  /** A code this SDK version does not know. */
  UNKNOWN(null);

  private final @Nullable String code;

  PlateColor(@Nullable String code) {
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
  public static PlateColor fromCode(@Nullable String code) {
    return CodedEnums.fromCode(PlateColor.class, code, UNKNOWN);
  }
}
