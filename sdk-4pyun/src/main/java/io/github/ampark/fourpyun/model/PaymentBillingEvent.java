package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import org.immutables.value.Value;

/**
 * {@code service.parking.payment.billing}: a driver wants to pay — P云 asks the park for the bill
 * of a plate, card or (no-plate car) passport. Answer with {@link
 * GatewayReply#billing(BillingAnswer)}, or an error when there is nothing to pay.
 *
 * <pre>{@code
 * GatewayReply onPaymentBilling(PaymentBillingEvent e) {
 *   Bill b = bills.current(e.plate());
 *   return GatewayReply.billing(BillingAnswer.builder()...build());
 * }
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class PaymentBillingEvent implements GatewayEvent {
  /**
   * Plate to bill ({@code plate}). {@code null} when P云 leaves it out.
   *
   * @return plate to bill, or {@code null}
   */
  public abstract @Nullable String plate();

  /**
   * Physical card id to bill ({@code card_id}). {@code null} when P云 leaves it out.
   *
   * @return physical card id to bill, or {@code null}
   */
  public abstract @Nullable String cardId();

  /**
   * Passport id of a car without plate ({@code passport}). {@code null} when P云 leaves it out.
   *
   * @return passport id of a car without plate, or {@code null}
   */
  public abstract @Nullable String passport();

  /**
   * Gate id ({@code gate_id}); paying at an entrance or a no-plate exit may open it. {@code null}
   * when P云 leaves it out.
   *
   * @return gate id, or {@code null}
   */
  public abstract @Nullable String gateId();

  /**
   * Starts an empty {@code PaymentBillingEvent} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link PaymentBillingEvent}. */
  public static final class Builder extends ImmutablePaymentBillingEvent.Builder {}
}
