package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.spi.CodedEnums;

/**
 * Vehicle size ({@code vehicle_type}). Unknown codes map to {@link #UNKNOWN}; models keep the raw
 * code next to it.
 *
 * <pre>{@code
 * VehicleType.SMALL.code(); // "1"
 * VehicleType.fromCode("42"); // UNKNOWN
 * }</pre>
 */
public enum VehicleType implements CodedEnum {
  /** 小车 ({@code 1}). */
  SMALL("1"),
  /** 大车 ({@code 2}). */
  LARGE("2"),
  /** 电动自行车/摩托车 ({@code 3}). */
  TWO_WHEELER("3"),
  /** 未知 ({@code -1}). */
  UNIDENTIFIED("-1"),
  /** A code this SDK version does not know. */
  UNKNOWN(null);

  private final @Nullable String code;

  VehicleType(@Nullable String code) {
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
  public static VehicleType fromCode(@Nullable String code) {
    return CodedEnums.fromCode(VehicleType.class, code, UNKNOWN);
  }
}
