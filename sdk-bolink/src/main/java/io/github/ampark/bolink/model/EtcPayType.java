package io.github.ampark.bolink.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.spi.CodedEnums;

/**
 * The ETC provider of an ETC payment ({@code pay_type} of 3.7). Bolink names them only by code: {@code my}, {@code cj}, {@code jyyh} (金溢云盒, per Bolink's demo), {@code ystx}.
 *
 * <pre>{@code
 * EtcPayRequest.builder().payType(EtcPayType.JYYH)...; EtcPayType.of("my"); // MY
 * }</pre>
 */
public enum EtcPayType implements CodedEnum {
  /** Code {@code my}. */
  MY("my"),
  /** Code {@code cj}. */
  CJ("cj"),
  /** Code {@code jyyh} (金溢 ETC box). */
  JYYH("jyyh"),
  /** Code {@code ystx}. */
  YSTX("ystx"),
  /** A code this SDK version does not know; the code is kept by the type that carries this value. */
  UNKNOWN(null);

  private final @Nullable String code;

  EtcPayType(@Nullable String code) {
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
  public static EtcPayType of(@Nullable String code) {
    return CodedEnums.fromCode(EtcPayType.class, code, UNKNOWN);
  }
}
