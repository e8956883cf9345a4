package io.github.ampark.wikeyun.model;

import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.spi.CodedEnums;

/**
 * How fast an order is to be recharged ({@code recharge_type}). The vendor's documents say
 * "目前请传0" — send {@link #SLOW} for now — which is the default of {@link PushOrderRequest}. A
 * code this SDK does not know can still be sent with {@code rechargeTypeCode("2")}.
 *
 * <pre>{@code
 * PushOrderRequest.builder().rechargeType(RechargeType.SLOW)...
 * }</pre>
 */
public enum RechargeType implements CodedEnum {
  /** 0 — 慢充, slow (the documented value to send). */
  SLOW("0"),
  /** 1 — 快充, fast. */
  FAST("1"),
  /** A code this SDK version does not know; the raw code is kept ({@code rechargeTypeCode()}) and sent as it was. */
  UNKNOWN(null);

  private final @Nullable String code;

  RechargeType(@Nullable String code) {
    this.code = code;
  }

  /**
   * The constant for a vendor code as received; {@link #UNKNOWN} for {@code null} or a code this
   * SDK does not know.
   *
   * @param code the code, possibly {@code null}
   * @return the constant, or {@link #UNKNOWN}
   */
  public static RechargeType of(@Nullable String code) {
    return CodedEnums.fromCode(RechargeType.class, code, UNKNOWN);
  }

  static String codeOf(String field, @Nullable RechargeType type) {
    if (type == null || type.code == null) {
      throw new ValidationException(field, "must be a known recharge type; send another code with rechargeTypeCode(\"…\")");
    }
    return type.code;
  }

  /**
   * The wire code, {@code "0"} or {@code "1"}; {@code null} for {@link #UNKNOWN}.
   *
   * @return the wire code, {@code "0"} or {@code "1"}
   */
  @Override
  public @Nullable String code() {
    return code;
  }
}
