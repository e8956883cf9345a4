package io.github.ampark.bolink.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.spi.CodedEnums;

/**
 * The charging-pile platform that reports a charging discount ({@code platform_id} of 3.11): 1 特来电 (TELD), 2 奥特迅 (Auto-Suntech).
 *
 * <pre>{@code
 * ChargingDiscountRequest.builder().platform(ChargingPlatform.TELD)...; ChargingPlatform.of("2"); // AUTOSUN
 * }</pre>
 */
public enum ChargingPlatform implements CodedEnum {
  /** 特来电 TELD (1). */
  TELD("1"),
  /** 奥特迅 Auto-Suntech (2). */
  AUTOSUN("2"),
  /** A code this SDK version does not know; the code is kept by the type that carries this value. */
  UNKNOWN(null);

  private final @Nullable String code;

  ChargingPlatform(@Nullable String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * The constant for a vendor code as received; {@link #UNKNOWN} for {@code null} or a code this
   * SDK does not know.
   *
   * @param code Bolink's code, possibly {@code null}
   * @return the constant, or {@link #UNKNOWN}
   */
  public static ChargingPlatform of(@Nullable String code) {
    return CodedEnums.fromCode(ChargingPlatform.class, code, UNKNOWN);
  }
}
