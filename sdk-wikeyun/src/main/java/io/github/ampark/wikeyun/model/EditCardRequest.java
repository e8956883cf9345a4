package io.github.ampark.wikeyun.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.wikeyun.internal.Rules;
import org.immutables.value.Value;

/**
 * Changes a recharge card ({@code rest/Power/editCard}): the card's id and its new {@link
 * CardDetails}, under the same rules as {@link AddCardRequest}.
 *
 * <pre>{@code
 * client.power().editCard(EditCardRequest.builder()
 *     .cardId(67890).cardNum("0123456789").province("江苏省").city("苏州市")
 *     .build());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class EditCardRequest implements CardDetails {
  EditCardRequest() {}

  /** The card to change ({@code card_id}), from {@link Card#id()}. */
  public abstract long cardId();

  @Value.Check
  void check() {
    Rules.cardId("cardId", cardId());
    Rules.cardDetails(this);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's values. */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds an {@link EditCardRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutableEditCardRequest.Builder {}
}
