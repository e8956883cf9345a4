package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.spi.CodedEnums;

/**
 * The platform's answer to a pre-entry report ({@code status}). Unknown codes map to {@link
 * #UNKNOWN}; models keep the raw code next to it.
 *
 * <pre>{@code
 * PreEnterDecision.DENY.code(); // "-1"
 * PreEnterDecision.fromCode("42"); // UNKNOWN
 * }</pre>
 */
public enum PreEnterDecision implements CodedEnum {
  /** 允许入场 ({@code 1}). */
  ALLOW("1"),
  /** 本地处理: decide locally ({@code 0}). */
  LOCAL("0"),
  /** 不允许入场 ({@code -1}). */
  DENY("-1"),
  /** A code this SDK version does not know. */
  UNKNOWN(null);

  private final @Nullable String code;

  PreEnterDecision(@Nullable String code) {
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
  public static PreEnterDecision fromCode(@Nullable String code) {
    return CodedEnums.fromCode(PreEnterDecision.class, code, UNKNOWN);
  }
}
