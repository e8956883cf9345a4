package io.github.ampark.bolink.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The outcome of {@code prepay} / {@code unifiedPay}. Bolink does not publish the answer's fields
 * beyond {@code data.url} in its demo, so {@link #fields()} holds the envelope as received.
 * {@link #reconciled()} is {@code true} when the answer was lost and 4.3 named this payment.
 *
 * <pre>{@code
 * PaymentResult r = client.payments().prepay(payment); String url = r.url();
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class PaymentResult {
  /**
   * {@code trade_no} of the payment.
   *
   * @return {@code trade_no} of the payment
   */
  public abstract String tradeNo();

  /**
   * Whether this result came from 4.3 after a lost answer (then nothing was sent twice).
   *
   * @return whether this result came from 4.3 after a lost answer (then nothing was sent twice)
   */
  public abstract boolean reconciled();

  /**
   * {@code data.url} (a pay page), or {@code null}.
   *
   * @return {@code data.url} (a pay page), or {@code null}
   */
  public abstract @Nullable String url();

  /**
   * Every member of the answer as text (scalars as written, objects and lists as their JSON text).
   *
   * @return every member of the answer as text (scalars as written, objects and lists as their JSON
   *     text)
   */
  @Value.Auxiliary
  public abstract Map<String, String> fields();

  /**
   * Starts an empty {@code PaymentResult} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link PaymentResult}. */
  public static final class Builder extends ImmutablePaymentResult.Builder {}
}
