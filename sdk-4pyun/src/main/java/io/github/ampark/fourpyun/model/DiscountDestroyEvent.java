package io.github.ampark.fourpyun.model;

import io.github.ampark.core.AmparkStyle;
import org.immutables.value.Value;

/**
 * {@code service.parking.discount.destroy}: a merchant withdrew a discount it granted. Answer with
 * an error (e.g. {@link GatewayResultCode#ORDER_REVOKED}) when the car already left.
 *
 * <pre>{@code
 * GatewayReply onDiscountDestroy(DiscountDestroyEvent e) {
 *   return discounts.withdraw(e.grantSerial()) ? GatewayReply.ok() : GatewayReply.error(GatewayResultCode.ORDER_REVOKED, "车辆已出场");
 * }
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class DiscountDestroyEvent implements GatewayEvent {
  /**
   * The grant to withdraw ({@code grant_serial}).
   *
   * @return the grant to withdraw
   */
  public abstract String grantSerial();

  /**
   * Starts an empty {@code DiscountDestroyEvent} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DiscountDestroyEvent}. */
  public static final class Builder extends ImmutableDiscountDestroyEvent.Builder {}
}
