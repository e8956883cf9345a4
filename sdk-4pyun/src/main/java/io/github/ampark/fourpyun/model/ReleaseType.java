package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.spi.CodedEnums;

/**
 * Whether an exceptional release happened at the entrance or the exit ({@code release_type}).
 * Unknown codes map to {@link #UNKNOWN}; models keep the raw code next to it.
 *
 * <pre>{@code
 * ReleaseType.LEAVE.code(); // "2"
 * ReleaseType.fromCode("42"); // UNKNOWN
 * }</pre>
 */
public enum ReleaseType implements CodedEnum {
  /** 入场 ({@code 1}). */
  ENTER("1"),
  /** 出场 ({@code 2}). */
  LEAVE("2"),
  /** A code this SDK version does not know. */
  UNKNOWN(null);

  private final @Nullable String code;

  ReleaseType(@Nullable String code) {
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
  public static ReleaseType fromCode(@Nullable String code) {
    return CodedEnums.fromCode(ReleaseType.class, code, UNKNOWN);
  }
}
