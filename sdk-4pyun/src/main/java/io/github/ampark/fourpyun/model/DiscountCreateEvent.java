package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import org.immutables.value.Value;

/**
 * {@code service.parking.discount.create}: a merchant granted a parking discount for a stay (or a
 * plate). Duplicates are recognised by {@code grant_serial}.
 *
 * <pre>{@code
 * GatewayReply onDiscountCreate(DiscountCreateEvent e) {
 *   discounts.add(e.parkingSerial(), e.grantSerial(), e.type(), e.value());
 *   return GatewayReply.ok();
 * }
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class DiscountCreateEvent implements GatewayEvent {
  /**
   * The stay ({@code parking_serial}). {@code null} when P云 leaves it out.
   *
   * @return the stay, or {@code null}
   */
  public abstract @Nullable String parkingSerial();

  /**
   * Plate, when granted regardless of the stay ({@code plate}). {@code null} when P云 leaves it out.
   *
   * @return plate, when granted regardless of the stay, or {@code null}
   */
  public abstract @Nullable String plate();

  /**
   * The grant's serial ({@code grant_serial}).
   *
   * @return the grant's serial
   */
  public abstract String grantSerial();

  /**
   * Raw discount type code ({@code type}). {@code null} when P云 leaves it out.
   *
   * @return raw discount type code, or {@code null}
   */
  public abstract @Nullable String typeCode();

  /**
   * Discount value: fen, minutes or a charge rule id depending on {@link #type()} ({@code value}).
   * {@code null} when P云 leaves it out.
   *
   * @return discount value: fen, minutes or a charge rule id depending on {@link #type()}, or
   *     {@code null}
   */
  public abstract @Nullable Long value();

  /**
   * Why, e.g. 购物满300 ({@code reason}). {@code null} when P云 leaves it out.
   *
   * @return why, e.g. 购物满300, or {@code null}
   */
  public abstract @Nullable String reason();

  /**
   * Merchant name ({@code store_name}). {@code null} when P云 leaves it out.
   *
   * @return merchant name, or {@code null}
   */
  public abstract @Nullable String storeName();

  /**
   * Merchant code ({@code store_code}). {@code null} when P云 leaves it out.
   *
   * @return merchant code, or {@code null}
   */
  public abstract @Nullable String storeCode();

  /**
   * Coupon deduction rule id ({@code coupon_rule}). {@code null} when P云 leaves it out.
   *
   * @return coupon deduction rule id, or {@code null}
   */
  public abstract @Nullable String couponRule();

  /**
   * Charge rule id for a different-rate coupon ({@code charge_rule}). {@code null} when P云 leaves
   * it out.
   *
   * @return charge rule id for a different-rate coupon, or {@code null}
   */
  public abstract @Nullable String chargeRule();

  /**
   * The discount type; {@link DiscountType#UNKNOWN} for an unknown or missing code.
   *
   * @return the discount type
   */
  public DiscountType type() {
    return DiscountType.fromCode(typeCode());
  }

  /**
   * Starts an empty {@code DiscountCreateEvent} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link DiscountCreateEvent}. */
  public static final class Builder extends ImmutableDiscountCreateEvent.Builder {}
}
