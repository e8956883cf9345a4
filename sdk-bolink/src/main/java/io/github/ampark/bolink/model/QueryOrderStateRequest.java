package io.github.ampark.bolink.model;

import io.github.ampark.bolink.internal.Validation;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A question about one electronic payment (4.3 车场订单电子支付状态查询,
 * {@code /unionapi/neworder/queryOrderState}).
 *
 * <pre>{@code
 * OrderState s = client.orders().queryOrderState(QueryOrderStateRequest.builder()
 *     .parkId("1001").tradeNo("2022621000000001165").build());
 * }</pre>
 *
 * <p>{@code queryType} is sent only when set: Bolink's demo sends {@code 2} for month-card
 * payments; the other values are not published.
 */
@Value.Immutable
@AmparkStyle
public abstract class QueryOrderStateRequest {
  /**
   * The car park's id ({@code park_id}), as published with {@code addPark}.
   *
   * @return the car park's id
   */
  public abstract String parkId();

  /**
   * The payment's number (yours, as sent with the payment); {@code trade_no} on the wire.
   *
   * @return the payment's number (yours, as sent with the payment)
   */
  public abstract String tradeNo();

  /**
   * {@code query_type}, optional. Optional: {@code null} (the default) leaves it out.
   *
   * @return {@code query_type}, optional, or {@code null}
   */
  public abstract @Nullable Integer queryType();

  /**
   * Fields the document does not list, sent after the documented ones in this order.
   *
   * @return fields the document does not list, sent after the documented ones in this order
   */
  public abstract Map<String, JsonScalar> extraFields();

  @Value.Check
  void check() {
    Validation.extraFields(extraFields());
    Checks.notBlank("parkId", parkId());
    Checks.notBlank("tradeNo", tradeNo());
  }

  /**
   * Starts an empty {@code QueryOrderStateRequest} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link QueryOrderStateRequest}. */
  public static final class Builder extends ImmutableQueryOrderStateRequest.Builder {}
}
