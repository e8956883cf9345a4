package io.github.ampark.wikeyun.model;

import io.github.ampark.core.AmparkStyle;
import org.immutables.value.Value;

/**
 * Switches electricity recharges that do not come through the API off or on for the client's
 * store ({@code rest/Power/forbid}, {@code status} 1 = disable, 0 = enable).
 *
 * <pre>{@code
 * client.power().forbid(ForbidRequest.disableNonApiRecharge());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class ForbidRequest {
  ForbidRequest() {}

  /**
   * {@code true} to disable non-API recharges ({@code status=1}), {@code false} to enable them
   * ({@code status=0}).
   *
   * @return {@code true} to disable non-API recharges ({@code status=1}), {@code false} to enable
   *     them
   */
  public abstract boolean disable();

  /**
   * Fields the vendor's documents do not list, sent (and signed) after {@code store_id, status} in
   * the order you added them; empty by default. Names: at most 128 characters, not a documented or
   * system field; values: at most 1024 characters; neither with control characters.
   *
   * @return fields the vendor's documents do not list, sent (and signed) after {@code store_id,
   *     status} in the order you added them
   */
  public abstract java.util.Map<String, String> extraFields();

  @Value.Check
  void check() {
    io.github.ampark.wikeyun.internal.Rules.extraFields(extraFields(), "store_id", "status");
  }

  /**
   * Disables non-API recharges.
   *
   * @return the request
   */
  public static ForbidRequest disableNonApiRecharge() {
    return builder().disable(true).build();
  }

  /**
   * Enables non-API recharges again.
   *
   * @return the request
   */
  public static ForbidRequest enableNonApiRecharge() {
    return builder().disable(false).build();
  }

  /**
   * Starts an empty builder; {@code build()} validates the values and names the field at fault.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ForbidRequest}. */
  public static final class Builder extends ImmutableForbidRequest.Builder {}
}
