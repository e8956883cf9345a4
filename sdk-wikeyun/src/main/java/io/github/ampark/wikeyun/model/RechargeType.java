package io.github.ampark.wikeyun.model;

import io.github.ampark.core.CodedEnum;

/**
 * How fast an order is to be recharged ({@code recharge_type}). The vendor's documents say
 * "目前请传0" — send {@link #SLOW} for now — which is the default of {@link PushOrderRequest}.
 *
 * <pre>{@code
 * PushOrderRequest.builder().rechargeType(RechargeType.SLOW)...
 * }</pre>
 */
public enum RechargeType implements CodedEnum {
  /** 0 — 慢充, slow (the documented value to send). */
  SLOW("0"),
  /** 1 — 快充, fast. */
  FAST("1");

  private final String code;

  RechargeType(String code) {
    this.code = code;
  }

  /** The wire code, {@code "0"} or {@code "1"}. */
  @Override
  public String code() {
    return code;
  }
}
