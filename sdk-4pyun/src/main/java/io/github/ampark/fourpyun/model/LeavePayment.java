package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * One payment of a stay, reported in the {@code payment_list} of an exit.
 *
 * <pre>{@code
 * LeavePayment.builder().payType(PayType.CASH).valueFen(500).changeValueFen(0)
 *     .payTime(Instant.now()).parkingOrder("PO-1").operator("张三").build();
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class LeavePayment {
  /** How it was paid. */
  public abstract PayType payType();

  /** Amount received, discount excluded, in fen ({@code value}). */
  public abstract long valueFen();

  /** Discount, in fen ({@code free_value}). */
  public abstract @Nullable Long freeValueFen();

  /** Change given back, in fen; cash only ({@code change_value}). */
  public abstract @Nullable Long changeValueFen();

  /** When it was paid (epoch milliseconds on the wire). */
  public abstract @Nullable Instant payTime();

  /** The park's order number, unique per park; repeats are not accepted ({@code parking_order}). */
  public abstract @Nullable String parkingOrder();

  /** Description of where the money went, e.g. {@code 微信} ({@code pay_origin_desc}). */
  public abstract @Nullable String payOriginDesc();

  /** Cashier ({@code operator}). */
  public abstract @Nullable String operator();

  @Value.Check
  void check() {
    ModelChecks.known("payType", payType());
    io.github.ampark.core.Checks.notNegative("valueFen", valueFen());
    ModelChecks.notNegative("freeValueFen", freeValueFen());
    ModelChecks.notNegative("changeValueFen", changeValueFen());
    ModelChecks.optionalNotBlank("parkingOrder", parkingOrder());
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link LeavePayment}. */
  public static final class Builder extends ImmutableLeavePayment.Builder {}
}
