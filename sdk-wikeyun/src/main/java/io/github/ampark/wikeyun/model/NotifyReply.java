package io.github.ampark.wikeyun.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import org.immutables.value.Value;

/**
 * What your {@code WikeyunHandler} answers for one callback: {@link #success()} (the SDK writes
 * Wikeyun's exact acknowledgement, the plain text {@code success}, and remembers the event as
 * handled) or {@link #retryLater(String)} (an error reply: Wikeyun sends the callback again, up to
 * 5 times in all, and the event is not recorded as handled).
 *
 * <pre>{@code
 * public NotifyReply onOrderStatus(OrderStatusEvent e) {
 *   if (!orders.tryLock(e.orderNo())) return NotifyReply.retryLater("order locked");
 *   orders.apply(e);
 *   return NotifyReply.success();
 * }
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class NotifyReply {
  NotifyReply() {}

  /**
   * Whether the callback was handled and Wikeyun should stop sending it.
   *
   * @return whether the callback was handled and Wikeyun should stop sending it
   */
  public abstract boolean acknowledged();

  /**
   * Why the callback was not handled, for the SDK's log (never sent to Wikeyun); {@code null} for
   * {@link #success()}.
   *
   * @return the reason, or {@code null}
   */
  public abstract @Nullable String reason();

  /**
   * Handled: acknowledge with {@code success}.
   *
   * @return the acknowledging reply
   */
  public static NotifyReply success() {
    return builder().acknowledged(true).build();
  }

  /**
   * Not handled now: reply with an error so that Wikeyun sends the callback again.
   *
   * @param reason why, for the SDK's log
   * @return the reply
   */
  public static NotifyReply retryLater(String reason) {
    return builder().acknowledged(false).reason(reason).build();
  }

  /**
   * Starts an empty builder, e.g. for a reply your own code composes.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NotifyReply}. */
  public static final class Builder extends ImmutableNotifyReply.Builder {}
}
