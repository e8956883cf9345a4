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
   * Your order number, wire {@code out_trade_no}, as given in the request.
   *
   * @return the order number
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
   * Whether the order was found by a status query (getCompanyRenewStatus) after the create call's answer was
   * lost, rather than read from that answer. Default {@code false}.
   *
   * @return {@code true} when found by reconciliation
   */
  @Value.Default
  public boolean reconciled() {
    return false;
  }

  /**
   * Every field of the answer's {@code data} (or of the matching status entry, when reconciled) as text.
   *
   * @return the fields by name
   */
  public abstract Map<String, String> fields();

  /**
   * Starts a value by hand: the client builds these from Wanzhuang's answers, so this is for tests of
   * your own code.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RenewOrder} by hand, for tests of your own code.
   */
  public static final class Builder extends ImmutableRenewOrder.Builder {}
}
