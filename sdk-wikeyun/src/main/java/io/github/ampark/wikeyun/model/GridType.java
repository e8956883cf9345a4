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
  /** A code this SDK version does not know; the raw code is kept on the model. */
  UNKNOWN(null);

  private final @Nullable String code;

  GridType(@Nullable String code) {
    this.code = code;
  }

  /**
   * @param code the vendor's code as received, possibly {@code null}
   * @return the constant, or {@link #UNKNOWN}
   */
  public static GridType of(@Nullable String code) {
    return CodedEnums.fromCode(GridType.class, code, UNKNOWN);
  }

  /** The vendor's code; {@code null} for {@link #UNKNOWN}. */
  @Override
  public @Nullable String code() {
    return code;
  }
}
