package io.github.ampark.bolink;

/**
 * Your code for verified Bolink callbacks: act on the event and say what to answer.
 *
 * <pre>{@code
 * BolinkCallbackHandler handler = event -> {
 *   if (event instanceof PrepayOrderEvent) {
 *     orders.markPrepaid(event.orderId());
 *   }
 *   return BolinkReply.success("ok");
 * };
 * }</pre>
 */
@FunctionalInterface
public interface BolinkCallbackHandler {
  /**
   * @param event the verified event
   * @return the reply for Bolink
   */
  BolinkReply handle(BolinkEvent event);
}
