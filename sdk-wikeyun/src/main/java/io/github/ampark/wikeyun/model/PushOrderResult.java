package io.github.ampark.wikeyun.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import org.immutables.value.Value;

/**
 * The outcome of {@code pushOrder}: Wikeyun accepted the order under {@link #orderNumber()}. The
 * recharge itself finishes later — wait for the callback or poll {@code queryOrder}.
 *
 * <pre>{@code
 * PushOrderResult r = client.power().pushOrder(request);
 * save(r.orderNo(), r.orderNumber());
 * if (r.reconciled()) {
 *   log.info("the answer was lost, but Wikeyun has the order: {}", r.existingOrder().status());
 * }
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class PushOrderResult {
  PushOrderResult() {}

  /**
   * Your order number ({@code order_no}), as sent.
   *
   * @return your order number, as sent
   */
  public abstract String orderNo();

  /**
   * The platform's order number ({@code order_number}), the key of {@code queryOrder} and {@code
   * cancelOrder}.
   *
   * @return the platform's order number
   */
  public abstract String orderNumber();

  /**
   * The order as {@code queryOrder} found it when the push answer was lost and the client
   * reconciled instead of sending again (its {@code order_no}, amount and card matched this
   * request); {@code null} when Wikeyun answered the push itself.
   *
   * @return the reconciled order, or {@code null}
   */
  public abstract @Nullable PowerOrder existingOrder();

  /**
   * Whether this result comes from reconciling an ambiguous failure ({@link #existingOrder()} is
   * set).
   *
   * @return whether this result comes from reconciling an ambiguous failure ({@link
   *     #existingOrder()} is set)
   */
  public boolean reconciled() {
    return existingOrder() != null;
  }

  /**
   * A new builder (for tests of your own code).
   *
   * @return a new builder (for tests of your own code)
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PushOrderResult}. */
  public static final class Builder extends ImmutablePushOrderResult.Builder {}
}
