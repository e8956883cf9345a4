package io.github.ampark.bolink.model;

import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.CodedEnums;

/**
 * The wallet a monthly card is renewed with ({@code pay_channel} of 3.3): {@code weixin} or {@code ali}.
 *
 * <pre>{@code
 * MonthCardPayRequest.builder().channel(MonthCardChannel.WECHAT)...; MonthCardChannel.of("ali"); // ALIPAY
 * }</pre>
 */
public enum MonthCardChannel implements CodedEnum {
  /** WeChat Pay ({@code weixin}). */
  WECHAT("weixin"),
  /** Alipay ({@code ali}). */
  ALIPAY("ali"),
  /** A code this SDK version does not know; the code is kept by the type that carries this value. */
  UNKNOWN(null);

  private final @Nullable String code;

  MonthCardChannel(@Nullable String code) {
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
  public static MonthCardChannel of(@Nullable String code) {
    return CodedEnums.fromCode(MonthCardChannel.class, code, UNKNOWN);
  }
}
