package io.github.ampark.wikeyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.model.AmparkStyle;
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
 * <p>{@code province} and {@code city} are written with their suffix, as the vendor asks
 * ("江苏省", "南京市"). {@code userExt} is required for {@link GridType#SOUTHERN_GRID}; it is personal
 * data and never printed.
 */
@Value.Immutable
@AmparkStyle
public abstract class AddCardRequest {
  AddCardRequest() {}

  /** The electricity account number ({@code card_num}). */
  public abstract String cardNum();

  /** The province including "省" ({@code province}), e.g. 江苏省. */
  public abstract String province();

  /** The city including "市" ({@code city}), e.g. 南京市. */
  public abstract String city();

  /**
   * The grid company ({@code type}); default {@link GridType#STATE_GRID}. The vendor's documents
   * mark it optional, the Go SDK always sends it, and so does Ampark.
   */
  @Value.Default
  public GridType gridType() {
    return GridType.STATE_GRID;
  }

  /** A note of yours ({@code remark}), or {@code null}. */
  public abstract @Nullable String remark();

  /**
   * The last 6 characters of the ID card, business licence or bank card ({@code user_ext});
   * required for {@link GridType#SOUTHERN_GRID}. Redacted in {@code toString()} and logs.
   */
  @Value.Redacted
  public abstract @Nullable String userExt();

  @Value.Check
  void check() {
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

  /** Builds an {@link AddCardRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutableAddCardRequest.Builder {}
}
