package io.github.ampark.wikeyun.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.wikeyun.internal.Rules;
import org.immutables.value.Value;

/**
 * Registers an electricity account as a recharge card ({@code rest/Power/addCard}); the answer's
 * {@link Card#id()} is what {@link PushOrderRequest#cardId()} takes. The store comes from the client.
 *
 * <pre>{@code
 * Card card = client.power().addCard(AddCardRequest.builder()
 *     .cardNum("0123456789").province("江苏省").city("南京市")
 *     .gridType(GridType.STATE_GRID)
 *     .build());
 * }</pre>
 *
 * <p>The fields and their rules are those of {@link CardDetails}. On the wire: {@code store_id,
 * card_num, province, city, type[, remark][, user_ext]}, then {@link #extraFields()}.
 */
@Value.Immutable
@AmparkStyle
public abstract class AddCardRequest implements CardDetails {
  AddCardRequest() {}

  @Value.Check
  void check() {
    Rules.cardDetails(this);
    Rules.extraFields(extraFields(), "store_id", "card_num", "province", "city", "type", "remark", "user_ext");
  }

  /**
   * Starts an empty builder; {@code build()} validates the values and names the field at fault.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this request's values.
   *
   * @return a builder holding this request's values
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds an {@link AddCardRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutableAddCardRequest.Builder {
    /**
     * Sets a known grid company (for another code use {@code gridTypeCode}).
     *
     * @param gridType a known grid company (for another code use {@code gridTypeCode})
     * @return this
     */
    public Builder gridType(GridType gridType) {
      return gridTypeCode(GridType.codeOf("gridType", gridType));
    }
  }
}
