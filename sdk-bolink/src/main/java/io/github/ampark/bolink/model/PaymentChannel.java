package io.github.ampark.bolink.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.spi.CodedEnums;

/**
 * The wallet of a Bolink payment order ({@code channel}): WeChat, Alipay or a WeChat mini program.
 *
 * <pre>{@code
 * PaymentRequest.builder().channel(PaymentChannel.ALIPAY)...; PaymentChannel.of("weixin"); // WECHAT
 * }</pre>
 */
public enum PaymentChannel implements CodedEnum {
  /** WeChat Pay ({@code weixin}). */
  WECHAT("weixin"),
  /** Alipay ({@code alipay}). */
  ALIPAY("alipay"),
  /** A WeChat mini program ({@code applets}). */
  APPLETS("applets"),
  /** A code this SDK version does not know; the code is kept by the type that carries this value. */
  UNKNOWN(null);

  private final @Nullable String code;

  PaymentChannel(@Nullable String code) {
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
  public static PaymentChannel of(@Nullable String code) {
    return CodedEnums.fromCode(PaymentChannel.class, code, UNKNOWN);
  }
}
