package io.github.ampark.bolink.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.spi.CodedEnums;

/**
 * Plate colour ({@code license_color}): 0 blue, 1 yellow, 2 white, 3 black, 4 new-energy green, 5 yellow-green, 6 blue-white, 7 other.
 *
 * <pre>{@code
 * ExitOrderRequest.builder().licenseColor(LicenseColor.NEW_ENERGY)...; LicenseColor.of("1"); // YELLOW
 * }</pre>
 */
public enum LicenseColor implements CodedEnum {
  /** Blue (0). */
  BLUE("0"),
  /** Yellow (1). */
  YELLOW("1"),
  /** White (2). */
  WHITE("2"),
  /** Black (3). */
  BLACK("3"),
  /** New-energy green (4). */
  NEW_ENERGY("4"),
  /** Yellow-green (5). */
  YELLOW_GREEN("5"),
  /** Blue-white (6). */
  BLUE_WHITE("6"),
  /** Any other colour (7). */
  OTHER("7"),
  /** A code this SDK version does not know; the code is kept by the type that carries this value. */
  UNKNOWN(null);

  private final @Nullable String code;

  LicenseColor(@Nullable String code) {
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
  public static LicenseColor of(@Nullable String code) {
    return CodedEnums.fromCode(LicenseColor.class, code, UNKNOWN);
  }
}
