package io.github.ampark.wikeyun.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.wikeyun.internal.Rules;
import org.immutables.value.Value;

/**
 * Deletes a recharge card ({@code rest/Power/delCard}).
 *
 * <pre>{@code
 * client.power().deleteCard(DeleteCardRequest.of(67890));
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class DeleteCardRequest {
  DeleteCardRequest() {}

  /**
   * The card to delete ({@code card_id}).
   *
   * @return the card to delete
   */
  public abstract long cardId();

  /**
   * Fields the vendor's documents do not list, sent (and signed) after {@code card_id} in the order
   * you added them; empty by default. Names: at most 128 characters, not a documented or system
   * field; values: at most 1024 characters; neither with control characters.
   *
   * @return fields the vendor's documents do not list, sent (and signed) after {@code card_id} in
   *     the order you added them
   */
  public abstract java.util.Map<String, String> extraFields();

  @Value.Check
  void check() {
    Rules.cardId("cardId", cardId());
    Rules.extraFields(extraFields(), "card_id");
  }

  /**
   * A request to delete one recharge card ({@code card_id}), without extra fields.
   *
   * @param cardId the card to delete
   * @return the request
   */
  public static DeleteCardRequest of(long cardId) {
    return builder().cardId(cardId).build();
  }

  /**
   * Starts an empty builder; {@code build()} validates the values and names the field at fault.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeleteCardRequest}. */
  public static final class Builder extends ImmutableDeleteCardRequest.Builder {}
}
