package io.github.ampark.wikeyun;

import io.github.ampark.core.Checks;
import io.github.ampark.wikeyun.model.NotifyReply;
import io.github.ampark.wikeyun.model.OrderStatusEvent;
import java.util.function.Consumer;

/**
 * Your side of Wikeyun's callbacks: one method per event kind, each returning the reply. Wikeyun
 * sends one kind today, the order status change; a method you do not override answers {@link
 * NotifyReply#retryLater} (so an event you do not handle is never acknowledged). Called by {@link
 * WikeyunCallbacks#handle} only for verified, confirmed, first-seen events. Throwing is the same
 * as {@code retryLater}: the SDK replies with an error and does not record the event as handled, so
 * Wikeyun's resend is handled again.
 *
 * <pre>{@code
 * CallbackReply reply = callbacks.handle(request, new WikeyunHandler() {
 *   @Override public NotifyReply onOrderStatus(OrderStatusEvent e) {
 *     if (e.status().isSuccess()) orders.markRecharged(e.orderNo());
 *     return NotifyReply.success();
 *   }
 * });
 * // or, when every event you get is handled or throws:
 * CallbackReply reply2 = callbacks.handle(request, WikeyunHandler.onOrderStatus(orders::apply));
 * }</pre>
 */
public interface WikeyunHandler {
  /**
   * Called once per confirmed order status callback (a resent callback that was already handled
   * does not reach it again). Record the outcome, then answer {@link NotifyReply#success()}; answer
   * {@link NotifyReply#retryLater(String)} or throw to have Wikeyun send it again.
   *
   * @param event a confirmed order status (the order exists at Wikeyun and matches the callback)
   * @return {@link NotifyReply#success()} once recorded; default {@link NotifyReply#retryLater}
   */
  default NotifyReply onOrderStatus(OrderStatusEvent event) {
    return NotifyReply.retryLater("onOrderStatus is not implemented");
  }

  /**
   * A handler that gives order status events to {@code consumer} and answers {@link
   * NotifyReply#success()} when it returns (an exception means "retry later").
   *
   * @param consumer your processing
   * @return the handler
   */
  static WikeyunHandler onOrderStatus(Consumer<? super OrderStatusEvent> consumer) {
    Checks.notNull("consumer", consumer);
    return new WikeyunHandler() {
      @Override
      public NotifyReply onOrderStatus(OrderStatusEvent event) {
        consumer.accept(event);
        return NotifyReply.success();
      }
    };
  }
}
