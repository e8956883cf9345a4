package io.github.ampark.bolink.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.spi.CodedEnums;

/**
 * How the driver pays a Bolink payment order ({@code pay_type} of {@code bolinkparkpay}/{@code bolinkunified}): 0 scan a QR code, 1 inside a WeChat official account, 2 a scanner reads the driver's code.
 *
 * <pre>{@code
 * PaymentRequest.builder().method(PaymentMethod.SCANNER).authCode(code)...; PaymentMethod.of("1"); // OFFICIAL_ACCOUNT
 * }</pre>
 */
public enum PaymentMethod implements CodedEnum {
  /** The driver scans a QR code (0, Bolink's default). */
  QR_CODE("0"),
  /** WeChat official-account payment (1). */
  OFFICIAL_ACCOUNT("1"),
  /** A scanner reads the driver's payment code (2); {@code auth_code} is required. */
  SCANNER("2"),
  /** A code this SDK version does not know; the code is kept by the type that carries this value. */
  UNKNOWN(null);

  private final @Nullable String code;

  PaymentMethod(@Nullable String code) {
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
  public static PaymentMethod of(@Nullable String code) {
    return CodedEnums.fromCode(PaymentMethod.class, code, UNKNOWN);
  }
}
