package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.spi.CodedEnums;

/**
 * How a barrier was opened in an exceptional release ({@code release_method}). Unknown codes map
 * to {@link #UNKNOWN}; models keep the raw code next to it.
 *
 * <pre>{@code
 * ReleaseMethod.MANUAL.code(); // "1"
 * ReleaseMethod.fromCode("42"); // UNKNOWN
 * }</pre>
 */
public enum ReleaseMethod implements CodedEnum {
  /** 未知 ({@code 0}). */
  UNSPECIFIED("0"),
  /** 手动放行 ({@code 1}). */
  MANUAL("1"),
  /** 自动放行 ({@code 2}). */
  AUTOMATIC("2"),
  /** 可疑跟车 ({@code 3}). */
  TAILGATING("3"),
  /** A code this SDK version does not know. */
  UNKNOWN(null);

  private final @Nullable String code;

  ReleaseMethod(@Nullable String code) {
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
  public static ReleaseMethod fromCode(@Nullable String code) {
    return CodedEnums.fromCode(ReleaseMethod.class, code, UNKNOWN);
  }
}
