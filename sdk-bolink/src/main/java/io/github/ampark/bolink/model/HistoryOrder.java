package io.github.ampark.bolink.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import java.math.BigDecimal;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * One order from {@link OrderPage} (4.1). Bolink does not publish the item fields; the typed
 * accessors read the names the order was uploaded with (3.2: {@code order_id}, {@code park_id},
 * {@code car_number}, {@code in_time}, {@code out_time}, {@code total}, {@code pay_type}) plus
 * {@code trade_no}, each {@code null} when absent. {@link #fields()} is the whole item as received.
 *
 * <pre>{@code
 * for (HistoryOrder o : page.orders()) {
 *   log.info("{} {} paid {} ({})", o.orderId(), o.carNumber(), o.totalYuan(), o.fields().path("pay_time"));
 * }
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class HistoryOrder {
  /** {@code order_id}. */
  public abstract @Nullable String orderId();

  /** {@code park_id}. */
  public abstract @Nullable String parkId();

  /** {@code car_number}. */
  public abstract @Nullable String carNumber();

  /** {@code trade_no}: Bolink's payment number, for refunds. */
  public abstract @Nullable String tradeNo();

  /** {@code in_time}. */
  public abstract @Nullable Instant inTime();

  /** {@code out_time}. */
  public abstract @Nullable Instant outTime();

  /** {@code total} in yuan. */
  public abstract @Nullable BigDecimal totalYuan();

  /** {@code pay_type}; {@link PayType#UNKNOWN} for a code this SDK does not know or none. */
  @Value.Default
  public PayType payType() {
    return PayType.of(payTypeCode());
  }

  /** {@code pay_type} as received. */
  public abstract @Nullable String payTypeCode();

  /** The whole item as received. */
  @Value.Auxiliary
  public abstract JsonNode fields();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link HistoryOrder}. */
  public static final class Builder extends ImmutableHistoryOrder.Builder {}
}
