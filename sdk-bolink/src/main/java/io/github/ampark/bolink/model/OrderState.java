package io.github.ampark.bolink.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import org.immutables.value.Value;

/**
 * Bolink's answer about one electronic payment (4.3). Bolink does not publish its fields, so the
 * answer is given as received: {@link #envelope()} is the whole response.
 *
 * <pre>{@code
 * OrderState s = client.queryOrderState(QueryOrderStateRequest.builder().parkId("1001").tradeNo(no).build());
 * String payState = s.envelope().path("data").path("pay_state").asText(null);
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class OrderState {
  /** {@code trade_no} asked about. */
  public abstract String tradeNo();

  /** {@code errmsg}, or {@code null}. */
  public abstract @Nullable String message();

  /** The whole response as received ({@code state}, {@code errmsg}, {@code data}, …). */
  @Value.Auxiliary
  public abstract JsonNode envelope();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link OrderState}. */
  public static final class Builder extends ImmutableOrderState.Builder {}
}
