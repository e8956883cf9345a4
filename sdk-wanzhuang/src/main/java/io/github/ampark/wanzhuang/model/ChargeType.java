package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.CodedEnums;

/**
 * The device charging type ({@code charge_type} / {@code chargeType}): {@code fixed} or {@code
 * custom}. Another value read from an answer maps to {@link #UNKNOWN}, the raw text kept beside it.
 */
public enum ChargeType implements CodedEnum {
  /** {@code fixed} 固定. */
  FIXED("fixed"),
  /** {@code custom} 自定义. */
  CUSTOM("custom"),
  /** A value this SDK version does not know. */
  UNKNOWN(null);

  private final @Nullable String code;

  ChargeType(@Nullable String code) {
    this.code = code;
  }

  /**
   * The type a text stands for.
   *
   * @param code the text as received, {@code fixed} or {@code custom}; may be {@code null}
   * @return the type, or {@link #UNKNOWN} for {@code null} or any other text
   */
  public static ChargeType of(@Nullable String code) {
    return CodedEnums.fromCode(ChargeType.class, code, UNKNOWN);
  }

  @Override
  public @Nullable String code() {
    return code;
  }
}
