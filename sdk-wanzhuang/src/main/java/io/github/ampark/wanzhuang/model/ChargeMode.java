package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.CodedEnums;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * Charging modes ({@code charge_mode}). saveMode takes 0, 1, 2, 7, 8 and 9 (the seed); charge start
 * also takes 11, 标准电量模式, which car AC piles (device types 12 and 13) must use. A code this SDK
 * does not know maps to {@link #UNKNOWN}; the models keep the raw code beside it.
 *
 * <p>Each mode matches only some device types (the seed, "…只能匹配…"); {@link #fitsDeviceType}
 * says whether a type fits. The client checks it only when you give the device type.
 *
 * <pre>{@code
 * ChargeMode m = ChargeMode.of(7);        // TIME_2
 * m.fitsDeviceType(4);                   // true: 功率款10
 * }</pre>
 */
public enum ChargeMode implements CodedEnum {
  /** 0 — 时间模式, time mode; device types 0 (普通慢充款), 2 (电量慢充款), 3 (快充款). */
  TIME("0", 0, 2, 3),
  /** 1 — 电量模式, energy mode; device types 2 and 3. Charge amount at most 30 yuan. */
  ENERGY("1", 2, 3),
  /** 2 — 功率模式, power mode; device type 2. */
  POWER("2", 2),
  /** 7 — 时间模式2, time mode 2; device types 1, 4, 5, 6, 8. */
  TIME_2("7", 1, 4, 5, 6, 8),
  /** 8 — 电量模式2, energy mode 2; device types 1, 4, 5, 6, 8. Charge amount at most 30 yuan. */
  ENERGY_2("8", 1, 4, 5, 6, 8),
  /** 9 — 功率模式2, power mode 2; device types 1, 4, 5, 6, 8. */
  POWER_2("9", 1, 4, 5, 6, 8),
  /** 11 — 标准电量模式, standard energy mode (charge start only); car piles, device types 12 and 13. */
  STANDARD_ENERGY("11", 12, 13),
  /** A code this SDK version does not know. */
  UNKNOWN(null);

  private final @Nullable String code;
  private final Set<Integer> deviceTypes;

  ChargeMode(@Nullable String code, Integer... deviceTypes) {
    this.code = code;
    this.deviceTypes = Collections.unmodifiableSet(new HashSet<>(Arrays.asList(deviceTypes)));
  }

  /**
   * The mode a code stands for.
   *
   * @param code the code as received, e.g. {@code "7"}; may be {@code null}
   * @return the mode, or {@link #UNKNOWN} for {@code null} or a code not listed here
   */
  public static ChargeMode of(@Nullable String code) {
    return CodedEnums.fromCode(ChargeMode.class, code, UNKNOWN);
  }

  /**
   * The mode a numeric code stands for.
   *
   * @param code the numeric code, e.g. {@code 7}
   * @return the mode, or {@link #UNKNOWN} for a code not listed here
   */
  public static ChargeMode of(int code) {
    return of(Integer.toString(code));
  }

  @Override
  public @Nullable String code() {
    return code;
  }

  /**
   * The code as a number; {@code -1} for {@link #UNKNOWN}.
   *
   * @return the code as a number; {@code -1} for {@link #UNKNOWN}
   */
  public int number() {
    return code == null ? -1 : Integer.parseInt(code);
  }

  /**
   * Whether saveMode accepts it (0, 1, 2, 7, 8, 9).
   *
   * @return whether saveMode accepts it (0, 1, 2, 7, 8, 9)
   */
  public boolean savable() {
    return this != UNKNOWN && this != STANDARD_ENERGY;
  }

  /**
   * Whether it is an energy mode (1 or 8), where the charge amount is at most 30 yuan.
   *
   * @return whether it is an energy mode (1 or 8), where the charge amount is at most 30 yuan
   */
  public boolean isEnergy() {
    return this == ENERGY || this == ENERGY_2;
  }

  /**
   * The device types this mode matches (the seed's table); empty for {@link #UNKNOWN}.
   *
   * @return the device types this mode matches (the seed's table); empty for {@link #UNKNOWN}
   */
  public Set<Integer> deviceTypes() {
    return deviceTypes;
  }

  /**
   * Whether the seed's table lets this mode run on a device type (e.g. time mode 2 on type 4, 功率款10).
   *
   * @param deviceType the device type code Wanzhuang gives the device
   * @return {@code true} when this mode matches that type; always {@code false} for {@link #UNKNOWN}
   */
  public boolean fitsDeviceType(int deviceType) {
    return deviceTypes.contains(deviceType);
  }
}
