package io.github.ampark.bolink.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One order from {@link OrderPage} (4.1). Bolink does not publish the item fields; the typed
 * accessors read the names the order was uploaded with (3.2) plus {@code trade_no}, each {@code
 * null} when absent; {@link #fields()} is the whole item as received.
 *
 * <pre>{@code
 * for (HistoryOrder o : page.orders()) { log.info("{} paid {} ({})", o.orderId(), o.totalYuan(), o.fields().get("pay_time")); }
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class HistoryOrder {
  /**
   * The order number of the stay ({@code order_id}). {@code null} when Bolink leaves it out.
   *
   * @return the order number of the stay, or {@code null}
   */
  public abstract @Nullable String orderId();

  /**
   * The car park's id ({@code park_id}). {@code null} when Bolink leaves it out.
   *
   * @return the car park's id, or {@code null}
   */
  public abstract @Nullable String parkId();

  /**
   * The licence plate ({@code car_number}). {@code null} when Bolink leaves it out.
   *
   * @return the licence plate, or {@code null}
   */
  public abstract @Nullable String carNumber();

  /**
   * Bolink's payment number, for refunds ({@code trade_no}). {@code null} when Bolink leaves it
   * out.
   *
   * @return Bolink's payment number, for refunds, or {@code null}
   */
  public abstract @Nullable String tradeNo();

  /**
   * When the car entered ({@code in_time}). {@code null} when Bolink leaves it out.
   *
   * @return when the car entered, or {@code null}
   */
  public abstract @Nullable Instant inTime();

  /**
   * When the car left ({@code out_time}). {@code null} when Bolink leaves it out.
   *
   * @return when the car left, or {@code null}
   */
  public abstract @Nullable Instant outTime();

  /**
   * The amount paid in yuan ({@code total}). {@code null} when Bolink leaves it out.
   *
   * @return the amount paid in yuan, or {@code null}
   */
  public abstract @Nullable BigDecimal totalYuan();

  /**
   * {@code pay_type} as received (see {@link PayType#of}).
   * {@code null} when Bolink leaves it out.
   *
   * @return {@code pay_type} as received (see {@link PayType#of}), or {@code null}
   */
  public abstract @Nullable String payTypeCode();

  /**
   * {@code pay_type} as a constant; {@link PayType#UNKNOWN} for a code this SDK does not list, or
   * none.
   *
   * @return {@code pay_type} as a constant
   */
  public final PayType payType() {
    return PayType.of(payTypeCode());
  }

  /**
   * Every member of the answer as text (scalars as written, objects and lists as their JSON text).
   *
   * @return every member of the answer as text (scalars as written, objects and lists as their JSON
   *     text)
   */
  @Value.Auxiliary
  public abstract Map<String, String> fields();

  /**
   * Starts an empty {@code HistoryOrder} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link HistoryOrder}. */
  public static final class Builder extends ImmutableHistoryOrder.Builder {}
}
