package io.github.ampark.wikeyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.spi.CodedEnums;

/**
 * The grid company of an electricity account ({@code type} of a recharge card). China Southern
 * Grid accounts need {@code userExt} (the vendor's documents misspell it 南方电信).
 *
 * <pre>{@code
 * AddCardRequest.builder().gridType(GridType.SOUTHERN_GRID).userExt("12345X")...
 * }</pre>
 */
public enum GridType implements CodedEnum {
  /** 0 — 国家电网, State Grid. */
  STATE_GRID("0"),
  /** 1 — 南方电网, China Southern Grid; needs {@code user_ext}. */
  SOUTHERN_GRID("1"),
  /** A code this SDK version does not know; the raw code is kept on the model ({@code gridTypeCode()}) and re-sent as it was. */
  UNKNOWN(null);

  private final @Nullable String code;

  GridType(@Nullable String code) {
    this.code = code;
  }

  /**
   * The constant for a vendor code as received; {@link #UNKNOWN} for {@code null} or a code this
   * SDK does not know.
   *
   * @param code the vendor's code as received, possibly {@code null}
   * @return the constant, or {@link #UNKNOWN}
   */
  public static GridType of(@Nullable String code) {
    return CodedEnums.fromCode(GridType.class, code, UNKNOWN);
  }

  /**
   * The code of a known constant, for request builders.
   *
   * @param field the builder field
   * @param type the constant
   * @return its code
   * @throws io.github.ampark.core.ValidationException for {@code null} or {@link #UNKNOWN}
   */
  static String codeOf(String field, @Nullable GridType type) {
    if (type == null || type.code == null) {
      throw new io.github.ampark.core.ValidationException(field,
          "must be a known grid type; send another code with gridTypeCode(\"…\")");
    }
    return type.code;
  }

  /**
   * The vendor's code; {@code null} for {@link #UNKNOWN}.
   *
   * @return the vendor's code
   */
  @Override
  public @Nullable String code() {
    return code;
  }
}
