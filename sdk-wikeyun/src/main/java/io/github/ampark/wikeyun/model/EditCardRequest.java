package io.github.ampark.wikeyun.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.wikeyun.internal.Rules;
import org.immutables.value.Value;

/**
 * Changes a recharge card ({@code rest/Power/editCard}): the card's id and its new {@link
 * CardDetails}, under the same rules as {@link AddCardRequest}. No store is sent.
 *
 * <pre>{@code
 * client.power().editCard(EditCardRequest.builder()
 *     .cardId(67890).cardNum("0123456789").province("江苏省").city("苏州市")
 *     .build());
 * }</pre>
 *
 * <p>On the wire: {@code card_id, card_num, province, city, type[, remark][, user_ext]}, then
 * {@link #extraFields()}.
 */
@Value.Immutable
@AmparkStyle
public abstract class EditCardRequest implements CardDetails {
  EditCardRequest() {}

  /**
   * The card to change ({@code card_id}), from {@link Card#id()}.
   *
   * @return the card to change ({@code card_id}), from {@link Card#id()}
   */
  public abstract long cardId();

  @Value.Check
  void check() {
    Rules.cardId("cardId", cardId());
    Rules.cardDetails(this);
    Rules.extraFields(extraFields(), "card_id", "card_num", "province", "city", "type", "remark", "user_ext");
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

  /** Builds an {@link EditCardRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutableEditCardRequest.Builder {
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
