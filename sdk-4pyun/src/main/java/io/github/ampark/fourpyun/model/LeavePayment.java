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
  /**
   * How it was paid ({@code pay_type}).
   *
   * @return how it was paid
   */
  public abstract PayType payType();

  /**
   * Amount received, discount excluded, in fen ({@code value}).
   *
   * @return amount received, discount excluded, in fen
   */
  public abstract long valueFen();

  /**
   * Discount, in fen ({@code free_value}). Optional: {@code null} (the default) leaves it out.
   *
   * @return discount, in fen, or {@code null}
   */
  public abstract @Nullable Long freeValueFen();

  /**
   * Change given back, in fen; cash only ({@code change_value}).
   * Optional: {@code null} (the default) leaves it out.
   *
   * @return change given back, in fen, or {@code null}
   */
  public abstract @Nullable Long changeValueFen();

  /**
   * When it was paid ({@code pay_time}, epoch milliseconds). Optional: {@code null} (the default)
   * leaves it out.
   *
   * @return when it was paid (epoch milliseconds on the wire), or {@code null}
   */
  public abstract @Nullable Instant payTime();

  /**
   * The park's order number, unique per park; repeats are not accepted ({@code parking_order}).
   * Optional: {@code null} (the default) leaves it out.
   *
   * @return the park's order number, unique per park, or {@code null}
   */
  public abstract @Nullable String parkingOrder();

  /**
   * Description of where the money went, e.g. {@code 微信} ({@code pay_origin_desc}).
   * Optional: {@code null} (the default) leaves it out.
   *
   * @return description of where the money went, e.g. {@code 微信}, or {@code null}
   */
  public abstract @Nullable String payOriginDesc();

  /**
   * Cashier ({@code operator}). Optional: {@code null} (the default) leaves it out.
   *
   * @return cashier, or {@code null}
   */
  public abstract @Nullable String operator();

  @Value.Check
  void check() {
    ModelChecks.known("payType", payType());
    io.github.ampark.core.Checks.notNegative("valueFen", valueFen());
    ModelChecks.notNegative("freeValueFen", freeValueFen());
    ModelChecks.notNegative("changeValueFen", changeValueFen());
    ModelChecks.optionalNotBlank("parkingOrder", parkingOrder());
  }

  /**
   * Starts an empty {@code LeavePayment} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link LeavePayment}. */
  public static final class Builder extends ImmutableLeavePayment.Builder {}
}
