package io.github.ampark.wikeyun.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import org.immutables.value.Value;

/**
 * A Wikeyun order callback that has been verified: the order it names exists, its numbers and
 * amount match, and {@link #order()} is what a signed {@code rest/Power/query} says now. Act on
 * {@link #status()} — the confirmed status — not on what the callback claimed.
 *
 * <pre>{@code
 * CallbackReply reply = callbacks.handle(request, WikeyunHandler.onOrderStatus(event -> {
 *   if (event.status().isSuccess()) orders.markRecharged(event.orderNo());
 *   else if (event.status().isFailure()) orders.refund(event.orderNo());
 * }));
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class OrderStatusEvent {
  OrderStatusEvent() {}

  /**
   * The order as Wikeyun confirms it.
   *
   * @return the order as Wikeyun confirms it
   */
  public abstract PowerOrder order();

  /**
   * The status code the callback itself carried ({@code status}, a string or a number on the wire);
   * {@code null} when the callback had none. Act on {@link #status()}, the confirmed one.
   *
   * @return the claimed status code, or {@code null}
   */
  public abstract @Nullable String reportedStatusCode();

  /**
   * The failure reason the callback carried ({@code failReason}); {@code null} when it had none. The
   * Go SDK describes it as not always accurate; prefer {@code order().failureReason()}.
   *
   * @return the claimed failure reason, or {@code null}
   */
  public abstract @Nullable String reportedFailReason();

  /**
   * Your order number ({@code order_no}), from the confirmed order.
   *
   * @return your order number
   */
  public String orderNo() {
    return order().orderNo();
  }

  /**
   * The platform's order number ({@code order_number}), from the confirmed order.
   *
   * @return the platform's order number
   */
  public String orderNumber() {
    return order().orderNumber();
  }

  /**
   * The confirmed status: what {@code rest/Power/query} says now. Act on this one.
   *
   * @return the confirmed status
   */
  public OrderStatus status() {
    return order().status();
  }

  /**
   * The status the callback claimed; may lag behind or differ from {@link #status()}.
   *
   * @return the status the callback claimed
   */
  public OrderStatus reportedStatus() {
    return OrderStatus.of(reportedStatusCode());
  }

  /**
   * The identity of this event for duplicate detection: order number and confirmed status, e.g.
   * {@code wikeyun:power:T202401010001:status:2}.
   *
   * @return the identity of this event for duplicate detection: order number and confirmed status,
   *     e.g. {@code wikeyun:power:T202401010001:status:2}
   */
  public String eventKey() {
    return "wikeyun:power:" + orderNo() + ":status:" + order().statusCode().trim();
  }

  /**
   * A new builder (for tests of your own code).
   *
   * @return a new builder (for tests of your own code)
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OrderStatusEvent}. */
  public static final class Builder extends ImmutableOrderStatusEvent.Builder {}
}
