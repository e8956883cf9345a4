package io.github.ampark.bolink.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.spi.CodedEnums;

/**
 * What a payment notice to a car park is about ({@code type} of {@code paynoticetopark}): 1 a platform payment or points, 2 a hotel.
 *
 * <pre>{@code
 * PayNoticeRequest.builder().type(PayNoticeType.PLATFORM)...; PayNoticeType.of("2"); // HOTEL
 * }</pre>
 */
public enum PayNoticeType implements CodedEnum {
  /** Paid on the platform or with points (1). */
  PLATFORM("1"),
  /** A hotel (2). */
  HOTEL("2"),
  /** Charging (3), listed by 5.14 {@code pay_notice}. */
  CHARGING("3"),
  /** A code this SDK version does not know; the code is kept by the type that carries this value. */
  UNKNOWN(null);

  private final @Nullable String code;

  PayNoticeType(@Nullable String code) {
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
  public static PayNoticeType of(@Nullable String code) {
    return CodedEnums.fromCode(PayNoticeType.class, code, UNKNOWN);
  }
}
