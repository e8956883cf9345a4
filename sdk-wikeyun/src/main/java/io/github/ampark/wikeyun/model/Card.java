package io.github.ampark.wikeyun.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import io.github.ampark.wikeyun.internal.BlankAsNull;
import io.github.ampark.wikeyun.internal.EpochSecondsDeserializer;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A recharge card (an electricity account registered with Wikeyun), as {@code addCard} and
 * {@code cardInfo} return it. {@link #id()} is the {@code cardId} of {@link PushOrderRequest}.
 *
 * <pre>{@code
 * Card card = client.power().cardInfo(CardInfoRequest.of(67890));
 * if (card.gridType() == GridType.SOUTHERN_GRID) { ... }
 * }</pre>
 *
 * <p>Fields other than {@code id} and {@code card_num} are optional ({@code cardInfo} leaves out
 * {@code create_time} and {@code cms_uid}); a missing or empty one is {@code null}.
 */
@Value.Immutable
@AmparkStyle
@JsonDeserialize(as = ImmutableCard.class)
public abstract class Card {
  Card() {}

  /**
   * The card id ({@code id}; sent as a string, always numeric).
   *
   * @return the card id
   */
  @JsonProperty("id")
  public abstract long id();

  /**
   * The electricity account number ({@code card_num}).
   *
   * @return the electricity account number
   */
  @JsonProperty("card_num")
  public abstract String cardNum();

  /**
   * The store it belongs to ({@code store_id}).
   * {@code null} when Wikeyun leaves it out or sends it empty.
   *
   * @return the store it belongs to, or {@code null}
   */
  @JsonProperty("store_id")
  @JsonDeserialize(using = BlankAsNull.class)
  public abstract @Nullable String storeId();

  /**
   * The province ({@code province}).
   * {@code null} when Wikeyun leaves it out or sends it empty.
   *
   * @return the province, or {@code null}
   */
  @JsonProperty("province")
  @JsonDeserialize(using = BlankAsNull.class)
  public abstract @Nullable String province();

  /**
   * The city ({@code city}). {@code null} when Wikeyun leaves it out or sends it empty.
   *
   * @return the city, or {@code null}
   */
  @JsonProperty("city")
  @JsonDeserialize(using = BlankAsNull.class)
  public abstract @Nullable String city();

  /**
   * The raw grid code ({@code type}) as received.
   * {@code null} when Wikeyun leaves it out or sends it empty.
   *
   * @return the raw grid code ({@code type}) as received, or {@code null}
   */
  @JsonProperty("type")
  @JsonDeserialize(using = BlankAsNull.class)
  public abstract @Nullable String gridTypeCode();

  /**
   * The grid company; {@link GridType#UNKNOWN} for an unknown or missing code.
   *
   * @return the grid company
   */
  public GridType gridType() {
    return GridType.of(gridTypeCode());
  }

  /**
   * The note ({@code remark}). {@code null} when Wikeyun leaves it out or sends it empty.
   *
   * @return the note, or {@code null}
   */
  @JsonProperty("remark")
  @JsonDeserialize(using = BlankAsNull.class)
  public abstract @Nullable String remark();

  /**
   * When the card was added ({@code create_time}, Unix seconds).
   * {@code null} when Wikeyun leaves it out or sends it empty.
   *
   * @return when the card was added, or {@code null}
   */
  @JsonProperty("create_time")
  @JsonDeserialize(using = EpochSecondsDeserializer.class)
  public abstract @Nullable Instant createdAt();

  /**
   * The vendor's user id of the owner ({@code cms_uid}).
   * {@code null} when Wikeyun leaves it out or sends it empty.
   *
   * @return the vendor's user id of the owner, or {@code null}
   */
  @JsonProperty("cms_uid")
  @JsonDeserialize(using = BlankAsNull.class)
  public abstract @Nullable Long cmsUid();

  /**
   * A new builder (for tests of your own code).
   *
   * @return a new builder (for tests of your own code)
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Card}. */
  public static final class Builder extends ImmutableCard.Builder {}
}
