package io.github.ampark.wikeyun.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.wikeyun.internal.Rules;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Looks up an order ({@code rest/Power/query}) by exactly one of your order number ({@code
 * order_no}) or the platform's ({@code order_number}). Both are taken as issued: any non-blank
 * text of at most 128 characters without control characters (the SDK's stricter rule for numbers
 * you choose applies only when you place an order).
 *
 * <pre>{@code
 * PowerOrder a = client.power().queryOrder(QueryOrderRequest.byOrderNo("T202401010001"));
 * PowerOrder b = client.power().queryOrder(QueryOrderRequest.byOrderNumber(a.orderNumber()));
 * }</pre>
 *
 * <p>On the wire: {@code store_id} and {@code order_number} or {@code order_no}, then {@link
 * #extraFields()}.
 */
@Value.Immutable
@AmparkStyle
public abstract class QueryOrderRequest {
  QueryOrderRequest() {}

  /**
   * Your order number ({@code order_no}); {@code null} when querying by {@link #orderNumber()}.
   * Set exactly one of the two.
   *
   * @return your order number, or {@code null}
   */
  public abstract @Nullable String orderNo();

  /**
   * The platform's order number ({@code order_number}); {@code null} when querying by {@link
   * #orderNo()}. Set exactly one of the two.
   *
   * @return the platform's order number, or {@code null}
   */
  public abstract @Nullable String orderNumber();

  /**
   * Fields the vendor's documents do not list, sent (and signed) after the documented ones in the
   * order you added them; empty by default. Names: at most 128 characters, not a documented or
   * system field; values: at most 1024 characters; neither with control characters.
   *
   * @return fields the vendor's documents do not list, sent (and signed) after the documented ones
   *     in the order you added them
   */
  public abstract Map<String, String> extraFields();

  @Value.Check
  void check() {
    String orderNo = orderNo();
    String orderNumber = orderNumber();
    if ((orderNo == null) == (orderNumber == null)) {
      throw new ValidationException("orderNo", "set exactly one of orderNo and orderNumber");
    }
    if (orderNo != null) {
      Rules.identifier("orderNo", orderNo);
    }
    if (orderNumber != null) {
      Rules.identifier("orderNumber", orderNumber);
    }
    Rules.extraFields(extraFields(), "store_id", "order_number", "order_no");
  }

  /**
   * A query by your own order number ({@code order_no}), without extra fields.
   *
   * @param orderNo your order number
   * @return the request
   */
  public static QueryOrderRequest byOrderNo(String orderNo) {
    return builder().orderNo(Rules.identifier("orderNo", orderNo)).build();
  }

  /**
   * A query by the platform's order number ({@code order_number}), without extra fields.
   *
   * @param orderNumber the platform's order number
   * @return the request
   */
  public static QueryOrderRequest byOrderNumber(String orderNumber) {
    return builder().orderNumber(Rules.identifier("orderNumber", orderNumber)).build();
  }

  /**
   * Starts an empty builder; {@code build()} validates the values and names the field at fault.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QueryOrderRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutableQueryOrderRequest.Builder {}
}
