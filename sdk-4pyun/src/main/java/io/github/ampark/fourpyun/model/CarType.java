package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.spi.CodedEnums;

/**
 * How the park treats a car ({@code car_type}). Unknown codes map to {@link #UNKNOWN}; models keep
 * the raw code next to it.
 *
 * <pre>{@code
 * CarType.TEMPORARY.code(); // "1"
 * CarType.fromCode("42"); // UNKNOWN
 * }</pre>
 */
public enum CarType implements CodedEnum {
  /** 临停车辆 ({@code 1}). */
  TEMPORARY("1"),
  /** 月卡车辆 ({@code 2}). */
  MONTHLY("2"),
  /** 贵宾车辆 (free) ({@code 3}). */
  VIP_FREE("3"),
  /** 储值车辆 ({@code 4}). */
  STORED_VALUE("4"),
  /** 其他未知 ({@code 0}). */
  OTHER("0"),
  /** A code this SDK version does not know. */
  UNKNOWN(null);

  private final @Nullable String code;

  CarType(@Nullable String code) {
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
  public static CarType fromCode(@Nullable String code) {
    return CodedEnums.fromCode(CarType.class, code, UNKNOWN);
  }
}
