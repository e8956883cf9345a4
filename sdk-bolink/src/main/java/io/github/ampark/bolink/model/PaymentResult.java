package io.github.ampark.bolink.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.AmparkStyle;
import org.immutables.value.Value;

/**
 * The outcome of {@code prepay} / {@code unifiedPay}. Bolink does not publish the answer's fields
 * (a pay URL or QR code, depending on the method), so {@link #envelope()} holds it as received.
 *
 * <p>{@link #reconciled()} is {@code true} when the payment's answer was lost (the connection
 * dropped after sending) and the client learned from {@code queryOrderState} that Bolink has the
 * payment: then {@link #envelope()} is that query's answer, and the payment was not sent again.
 *
 * <pre>{@code
 * PaymentResult r = client.prepay(payment);
 * if (!r.reconciled()) {
 *   String url = r.envelope().path("data").path("url").asText(null);
 * }
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class PaymentResult {
  /** {@code trade_no} of the payment. */
  public abstract String tradeNo();

  /** Whether this result came from {@code queryOrderState} after a lost answer. */
  public abstract boolean reconciled();

  /** The response as received. */
  @Value.Auxiliary
  public abstract JsonNode envelope();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link PaymentResult}. */
  public static final class Builder extends ImmutablePaymentResult.Builder {}
}
