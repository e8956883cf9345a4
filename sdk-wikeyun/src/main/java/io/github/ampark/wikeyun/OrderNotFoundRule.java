package io.github.ampark.wikeyun;

import io.github.ampark.core.ApiException;
import io.github.ampark.core.Checks;
import io.github.ampark.wikeyun.internal.NotFoundMessages;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * Decides whether an error answer to {@code rest/Power/query} means "no such order". Two things
 * depend on it: after an ambiguous {@code pushOrder} failure, only a confirmed absence lets the
 * client send the order again; and a callback naming an order Wikeyun does not have is rejected.
 *
 * <p><b>UNKNOWN:</b> Wikeyun publishes no error-code table (only {@code 1003}, "app_key不能为空", is
 * documented), so the code for "order not found" is not known. The {@link #defaults() default}
 * recognises the answer by its message: it says the order does not exist (订单不存在, 订单未找到,
 * 查无此订单, 无此订单, "order not found", …). Any other error (or a rule that throws) proves
 * nothing — the client then reports outcome unknown instead of resending, which can never
 * double-charge.
 * When you learn the real code, plug it in:
 *
 * <pre>{@code
 * WikeyunClient.builder()
 *     .orderNotFoundRule(OrderNotFoundRule.vendorCodes("2001").or(OrderNotFoundRule.defaults()))
 *     ...
 * }</pre>
 */
@FunctionalInterface
public interface OrderNotFoundRule {
  /**
   * Decides whether an error answer to {@code rest/Power/query} proves that the order does not
   * exist. Only a {@code true} here lets a lost {@code pushOrder} count as absent; anything else
   * stays "outcome unknown".
   *
   * @param error an error answer to a query by order number
   * @return whether it says the order does not exist
   */
  boolean isNotFound(ApiException error);

  /**
   * Combines this rule with another: an error answer means "no such order" when either rule says
   * so.
   *
   * @param other another rule
   * @return a rule that matches when this one or {@code other} does
   */
  default OrderNotFoundRule or(OrderNotFoundRule other) {
    Checks.notNull("other", other);
    return error -> isNotFound(error) || other.isNotFound(error);
  }

  /**
   * The default: the vendor's message says the order does not exist (see the class comment).
   *
   * @return the default rule
   */
  static OrderNotFoundRule defaults() {
    return error -> NotFoundMessages.saysOrderNotFound(error.vendorMessage());
  }

  /**
   * A rule that treats exactly the given vendor error codes as "no such order", compared as
   * received.
   *
   * @param codes the vendor codes that mean "no such order"
   * @return a rule matching exactly those codes
   */
  static OrderNotFoundRule vendorCodes(String... codes) {
    Set<String> set = Collections.unmodifiableSet(new HashSet<>(Arrays.asList(Checks.notNull("codes", codes))));
    return error -> error.vendorCode() != null && set.contains(error.vendorCode());
  }
}
