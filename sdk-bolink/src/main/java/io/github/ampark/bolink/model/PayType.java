package io.github.ampark.bolink.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.spi.CodedEnums;

/**
 * How an exit order was paid ({@code pay_type} of 3.2): cash, Bolink wallet, scanned code, escaped
 * without paying, or {@code hm} (seen in real traffic). An open set: a request carries the code
 * itself ({@code payTypeCode}), so a code this SDK does not list is sent as given.
 *
 * <pre>{@code
 * ExitOrderRequest.builder().payType(PayType.CASH)...; PayType.of("wallet"); // WALLET
 * }</pre>
 */
public enum PayType implements CodedEnum {
  /** Cash ({@code cash}). */
  CASH("cash"),
  /** Bolink wallet / contactless ({@code wallet}). */
  WALLET("wallet"),
  /** The driver's payment code was scanned ({@code sweepcode}); an {@code auth_code} is required. */
  SWEEPCODE("sweepcode"),
  /** Left without paying ({@code escape}). */
  ESCAPE("escape"),
  /** {@code hm}: seen in a real exit order signed by Bolink; its meaning is not published. */
  HM("hm"),
  /** A code this SDK version does not know; the code is kept by the type that carries this value. */
  UNKNOWN(null);

  private final @Nullable String code;

  PayType(@Nullable String code) {
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
  public static PayType of(@Nullable String code) {
    return CodedEnums.fromCode(PayType.class, code, UNKNOWN);
  }
}
