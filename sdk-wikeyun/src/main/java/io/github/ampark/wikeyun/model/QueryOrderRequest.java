package io.github.ampark.wikeyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.wikeyun.internal.Rules;
import org.immutables.value.Value;

/**
 * Looks up an order ({@code rest/Power/query}) by exactly one of your order number ({@code
 * order_no}) or the platform's ({@code order_number}).
 *
 * <pre>{@code
 * PowerOrder a = client.power().queryOrder(QueryOrderRequest.byOrderNo("T202401010001"));
 * PowerOrder b = client.power().queryOrder(QueryOrderRequest.byOrderNumber(a.orderNumber()));
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class QueryOrderRequest {
  QueryOrderRequest() {}

  /** Your order number ({@code order_no}), or {@code null} when querying by {@link #orderNumber()}. */
  public abstract @Nullable String orderNo();

  /** The platform's order number ({@code order_number}), or {@code null} when querying by {@link #orderNo()}. */
  public abstract @Nullable String orderNumber();

  @Value.Check
  void check() {
    if ((orderNo() == null) == (orderNumber() == null)) {
      throw new ValidationException("orderNo", "set exactly one of orderNo and orderNumber");
    }
    if (orderNo() != null) {
      Rules.orderNumber("orderNo", orderNo());
    } else {
      Rules.orderNumber("orderNumber", orderNumber());
    }
  }

  /**
   * @param orderNo your order number
   * @return the request
   */
  public static QueryOrderRequest byOrderNo(String orderNo) {
    return builder().orderNo(orderNo).build();
  }

  /**
   * @param orderNumber the platform's order number
   * @return the request
   */
  public static QueryOrderRequest byOrderNumber(String orderNumber) {
    return builder().orderNumber(orderNumber).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QueryOrderRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutableQueryOrderRequest.Builder {}
}
