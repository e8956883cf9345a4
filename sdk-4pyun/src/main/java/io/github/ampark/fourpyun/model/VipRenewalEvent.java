package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * {@code service.parking.vip.renewal}: a driver renewed a fixed-vehicle card online; extend it.
 * Duplicates are recognised by {@code pay_serial}.
 *
 * <pre>{@code
 * GatewayReply onVipRenewal(VipRenewalEvent e) {
 *   cards.extend(e.plate(), e.type(), e.quantity());
 *   return GatewayReply.ok();
 * }
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class VipRenewalEvent implements GatewayEvent {
  /**
   * The plate; {@code null} for a card-only renewal (the page marks {@code plate} optional).
   *
   * @return the plate
   */
  public abstract @Nullable String plate();

  /**
   * Logical card number ({@code card_no}). {@code null} when P云 leaves it out.
   *
   * @return logical card number, or {@code null}
   */
  public abstract @Nullable String cardNo();

  /**
   * Physical card id ({@code card_id}). {@code null} when P云 leaves it out.
   *
   * @return physical card id, or {@code null}
   */
  public abstract @Nullable String cardId();

  /**
   * When it was paid ({@code yyyyMMddHHmmss}, Asia/Shanghai, on the wire).
   * {@code null} when P云 leaves it out.
   *
   * @return when it was paid, or {@code null}
   */
  public abstract @Nullable Instant payTime();

  /**
   * P云's payment serial ({@code pay_serial}).
   *
   * @return P云's payment serial
   */
  public abstract String paySerial();

  /**
   * Amount paid, in fen ({@code pay_value}). {@code null} when P云 leaves it out.
   *
   * @return amount paid, in fen, or {@code null}
   */
  public abstract @Nullable Long payValueFen();

  /**
   * Raw card type code ({@code type}). {@code null} when P云 leaves it out.
   *
   * @return raw card type code, or {@code null}
   */
  public abstract @Nullable String typeCode();

  /**
   * Renewed value in the card's unit (fen, visits or days); {@code value} on the wire. {@code null}
   * when P云 leaves it out.
   *
   * @return renewed value in the card's unit (fen, visits or days), or {@code null}
   */
  public abstract @Nullable Long value();

  /**
   * Units bought: months, years, visits… {@code null} when P云 leaves it out.
   *
   * @return units bought: months, years, visits…, or {@code null}
   */
  public abstract @Nullable Long quantity();

  /**
   * The card type (an open value for a code this SDK does not name), or {@code null} without one.
   *
   * @return the card type (an open value for a code this SDK does not name), or {@code null}
   *     without one
   */
  public @Nullable VipType type() {
    return VipType.fromCode(typeCode());
  }

  /**
   * Starts an empty {@code VipRenewalEvent} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link VipRenewalEvent}. */
  public static final class Builder extends ImmutableVipRenewalEvent.Builder {}
}
