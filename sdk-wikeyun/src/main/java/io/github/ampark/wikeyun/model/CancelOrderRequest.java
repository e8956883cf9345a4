package io.github.ampark.wikeyun.model;

import io.github.ampark.core.ValidationException;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.wikeyun.internal.Rules;
import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;

/**
 * Cancels one or several orders ({@code rest/Power/cancel}) by platform order number; several are
 * sent comma-separated in one {@code order_number}.
 *
 * <pre>{@code
 * client.power().cancelOrder(CancelOrderRequest.of("P2024010100001", "P2024010100002"));
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class CancelOrderRequest {
  CancelOrderRequest() {}

  /** The platform order numbers to cancel, at least one. */
  public abstract List<String> orderNumbers();

  @Value.Check
  void check() {
    if (orderNumbers().isEmpty()) {
      throw new ValidationException("orderNumbers", "must name at least one order");
    }
    for (String n : orderNumbers()) {
      Rules.orderNumber("orderNumbers", n);
    }
  }

  /**
   * @param orderNumbers platform order numbers
   * @return the request
   */
  public static CancelOrderRequest of(String... orderNumbers) {
    return builder().addAllOrderNumbers(Arrays.asList(orderNumbers)).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CancelOrderRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutableCancelOrderRequest.Builder {}
}
