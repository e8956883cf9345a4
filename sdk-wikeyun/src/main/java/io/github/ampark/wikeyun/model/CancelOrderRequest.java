package io.github.ampark.wikeyun.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import io.github.ampark.core.ValidationException;
import io.github.ampark.wikeyun.internal.Rules;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Cancels one or several orders ({@code rest/Power/cancel}) by platform order number; several are
 * sent comma-separated in one {@code order_number}, then {@link #extraFields()}. No store is sent.
 *
 * <pre>{@code
 * client.power().cancelOrder(CancelOrderRequest.of("P2024010100001", "P2024010100002"));
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class CancelOrderRequest {
  CancelOrderRequest() {}

  /**
   * The platform order numbers to cancel, at least one, as the platform issued them (non-blank, at
   * most 128 characters, no control characters, no comma: commas separate them on the wire).
   *
   * @return the platform order numbers to cancel, at least one, as the platform issued them
   *     (non-blank, at most 128 characters, no control characters, no comma: commas separate them
   *     on the wire)
   */
  public abstract List<String> orderNumbers();

  /**
   * Fields the vendor's documents do not list, sent (and signed) after {@code order_number} in the
   * order you added them; empty by default. Names: at most 128 characters, not a documented or
   * system field; values: at most 1024 characters; neither with control characters.
   *
   * @return fields the vendor's documents do not list, sent (and signed) after {@code order_number}
   *     in the order you added them
   */
  public abstract Map<String, String> extraFields();

  @Value.Check
  void check() {
    if (orderNumbers().isEmpty()) {
      throw new ValidationException("orderNumbers", "must name at least one order");
    }
    for (String n : orderNumbers()) {
      Rules.identifier("orderNumbers", n);
      if (n.indexOf(',') >= 0) {
        throw new ValidationException("orderNumbers", "must not contain ',' (it separates numbers; was " + Checks.echo(n) + ")");
      }
    }
    Rules.extraFields(extraFields(), "order_number");
  }

  /**
   * A request to cancel the given platform orders ({@code order_number}, sent comma-separated),
   * without extra fields.
   *
   * @param orderNumbers platform order numbers
   * @return the request
   */
  public static CancelOrderRequest of(String... orderNumbers) {
    return builder().addAllOrderNumbers(Arrays.asList(Checks.notNull("orderNumbers", orderNumbers))).build();
  }

  /**
   * Starts an empty builder; {@code build()} validates the values and names the field at fault.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CancelOrderRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutableCancelOrderRequest.Builder {}
}
