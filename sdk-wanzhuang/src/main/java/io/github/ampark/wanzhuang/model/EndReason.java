package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.CodedEnums;

/**
 * Why a charge ended (finish_order), the codes the callback page names (0–50; only these are
 * readable). Which callback field carries the code is UNKNOWN: the SDK reads it only from the field
 * you name with {@code WanzhuangCallbacks.Builder.endReasonField(...)}; an unnamed code maps to
 * {@link #UNKNOWN} and the raw value stays on the event.
 *
 * <pre>{@code
 * if (event.endReason() == EndReason.MONEY_USED_UP) { ... }
 * }</pre>
 */
public enum EndReason implements CodedEnum {
  /** 0 — timeout. */
  TIMEOUT("0"),
  /** 1 — money used up. */
  MONEY_USED_UP("1"),
  /** 2 — charge complete. */
  COMPLETE("2"),
  /** 3 — user refund. */
  USER_REFUND("3"),
  /** 4 — plug pulled. */
  PLUG_PULLED("4"),
  /** 12 — stopped by server. */
  STOPPED_BY_SERVER("12"),
  /** 26 — port set to fault. */
  PORT_SET_TO_FAULT("26"),
  /** 33 — power loss or restart. */
  POWER_LOSS("33"),
  /** 47 — energy limit reached. */
  ENERGY_LIMIT("47"),
  /** 50 — charge-mode switch. */
  MODE_SWITCH("50"),
  /** Any other code, or none (the raw code is on the event). */
  UNKNOWN(null);

  private final @Nullable String code;

  EndReason(@Nullable String code) {
    this.code = code;
  }

  /**
   * The reason a code stands for.
   *
   * @param code the code as received, e.g. {@code "1"}; may be {@code null}
   * @return the reason, or {@link #UNKNOWN} for {@code null} or a code not listed here
   */
  public static EndReason of(@Nullable String code) {
    return CodedEnums.fromCode(EndReason.class, code, UNKNOWN);
  }

  /**
   * The code as Wanzhuang sends it, e.g. {@code "1"} for {@link #MONEY_USED_UP}.
   *
   * @return the code, or {@code null} for {@link #UNKNOWN}
   */
  @Override
  public @Nullable String code() {
    return code;
  }
}
