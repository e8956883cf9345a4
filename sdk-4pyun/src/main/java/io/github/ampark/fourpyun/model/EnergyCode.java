package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.spi.CodedEnums;

/**
 * Charging type ({@code energy_code}). Unknown codes map to {@link #UNKNOWN}; models keep the raw
 * code next to it.
 *
 * <pre>{@code
 * EnergyCode.DC.code(); // "CN_DC"
 * EnergyCode.fromCode("42"); // UNKNOWN
 * }</pre>
 */
public enum EnergyCode implements CodedEnum {
  /** 慢充, alternating current ({@code CN_AC}). */
  AC("CN_AC"),
  /** 快充, direct current ({@code CN_DC}). */
  DC("CN_DC"),
  /** A code this SDK version does not know. */
  UNKNOWN(null);

  private final @Nullable String code;

  EnergyCode(@Nullable String code) {
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
  public static EnergyCode fromCode(@Nullable String code) {
    return CodedEnums.fromCode(EnergyCode.class, code, UNKNOWN);
  }
}
