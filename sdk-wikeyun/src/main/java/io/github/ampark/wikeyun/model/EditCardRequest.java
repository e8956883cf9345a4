package io.github.ampark.wikeyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.model.AmparkStyle;
import io.github.ampark.wikeyun.internal.Rules;
import org.immutables.value.Value;

/**
 * Changes a recharge card ({@code rest/Power/editCard}); same rules as {@link AddCardRequest}.
 *
 * <pre>{@code
 * client.power().editCard(EditCardRequest.builder()
 *     .cardId(67890).cardNum("0123456789").province("江苏省").city("苏州市")
 *     .build());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class EditCardRequest {
  EditCardRequest() {}

  /** The card to change ({@code card_id}), from {@link Card#id()}. */
  public abstract long cardId();

  /** The electricity account number ({@code card_num}). */
  public abstract String cardNum();

  /** The province including "省" ({@code province}). */
  public abstract String province();

  /** The city including "市" ({@code city}). */
  public abstract String city();

  /** The grid company ({@code type}); default {@link GridType#STATE_GRID}, always sent. */
  @Value.Default
  public GridType gridType() {
    return GridType.STATE_GRID;
  }

  /** A note of yours ({@code remark}), or {@code null}. */
  public abstract @Nullable String remark();

  /** {@code user_ext}, required for {@link GridType#SOUTHERN_GRID}; redacted in {@code toString()}. */
  @Value.Redacted
  public abstract @Nullable String userExt();

  @Value.Check
  void check() {
    Rules.cardId("cardId", cardId());
    Rules.cardDetails(cardNum(), province(), city(), gridType(), userExt());
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
