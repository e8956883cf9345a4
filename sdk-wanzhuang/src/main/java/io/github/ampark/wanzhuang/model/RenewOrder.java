package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A created renewal order: your {@code out_trade_no}, the Alipay {@code qrCode} to show (payment is
 * Alipay only), and every field of {@code data}. When the create call's answer was lost and the
 * order was found through getCompanyRenewStatus instead, {@link #reconciled()} is true and {@code
 * qrCode} may be absent.
 */
@Value.Immutable
@AmparkStyle
public abstract class RenewOrder {
  RenewOrder() {}

  /**
   * Your {@code out_trade_no}.
   *
   * @return your {@code out_trade_no}
   */
  public abstract String outTradeNo();

  /**
   * The Alipay payment link to show as a QR code ({@code qrCode}, a URL such as {@code
   * https://qr.alipay.com/…}).
   *
   * @return the link, or {@code null} when the answer (or the reconciling status entry) carried none
   */
  public abstract @Nullable String qrCode();

  /**
   * Whether the order was found by a status query after an ambiguous failure rather than answered.
   *
   * @return whether the order was found by a status query after an ambiguous failure rather than answered
   */
  @Value.Default
  public boolean reconciled() {
    return false;
  }

  /**
   * Every field of the answer's {@code data} (or the matching status entry) as text.
   *
   * @return every field of the answer's {@code data} (or the matching status entry) as text
   */
  public abstract Map<String, String> fields();

  /**
   * A new builder (the client builds these; use it in tests of your own code).
   *
   * @return a new builder (the client builds these; use it in tests of your own code)
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RenewOrder}. */
  public static final class Builder extends ImmutableRenewOrder.Builder {}
}
