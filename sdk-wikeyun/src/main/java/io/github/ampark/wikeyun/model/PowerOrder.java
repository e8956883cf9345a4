package io.github.ampark.wikeyun.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import io.github.ampark.wikeyun.internal.BlankAsNull;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * An electricity order as {@code rest/Power/query} returns it.
 *
 * <pre>{@code
 * PowerOrder order = client.power().queryOrder(QueryOrderRequest.byOrderNo("T202401010001"));
 * if (order.status().isSuccess()) {
 *   log.info("{} credited {} yuan", order.orderNo(), order.arrivedYuan());
 * }
 * }</pre>
 *
 * <p>Sources disagree on JSON types ({@code status} and {@code amount} as numbers or strings,
 * {@code fanli} and {@code cost_price} as strings or decimals): all are accepted. Amounts are
 * {@link BigDecimal} yuan; the unit is not written in the vendor's documents and yuan is inferred.
 * An optional field that is missing, {@code null} or an empty string is {@code null}.
 */
@Value.Immutable
@AmparkStyle
@JsonDeserialize(as = ImmutablePowerOrder.class)
public abstract class PowerOrder {
  PowerOrder() {}

  /**
   * The platform's order number ({@code order_number}).
   *
   * @return the platform's order number
   */
  @JsonProperty("order_number")
  public abstract String orderNumber();

  /**
   * Your order number ({@code order_no}).
   *
   * @return your order number
   */
  @JsonProperty("order_no")
  public abstract String orderNo();

  /**
   * The recharge amount in yuan ({@code amount}).
   *
   * @return the recharge amount in yuan
   */
  @JsonProperty("amount")
  public abstract BigDecimal amountYuan();

  /**
   * The raw status code as received ({@code status}), e.g. {@code "2"}.
   *
   * @return the raw status code as received ({@code status}), e.g. {@code "2"}
   */
  @JsonProperty("status")
  public abstract String statusCode();

  /**
   * The status; {@link OrderStatus#UNKNOWN} for a code this SDK does not know.
   *
   * @return the status
   */
  public OrderStatus status() {
    return OrderStatus.of(statusCode());
  }

  /**
   * The amount credited so far in yuan ({@code arrived_amount}).
   * {@code null} when Wikeyun leaves it out or sends it empty.
   *
   * @return the amount credited so far in yuan, or {@code null}
   */
  @JsonProperty("arrived_amount")
  @JsonDeserialize(using = BlankAsNull.class)
  public abstract @Nullable BigDecimal arrivedYuan();

  /**
   * Your rebate in yuan ({@code fanli}, 返利).
   * {@code null} when Wikeyun leaves it out or sends it empty.
   *
   * @return your rebate in yuan, or {@code null}
   */
  @JsonProperty("fanli")
  @JsonDeserialize(using = BlankAsNull.class)
  public abstract @Nullable BigDecimal rebateYuan();

  /**
   * What the order costs you in yuan ({@code cost_price}).
   * {@code null} when Wikeyun leaves it out or sends it empty.
   *
   * @return what the order costs you in yuan, or {@code null}
   */
  @JsonProperty("cost_price")
  @JsonDeserialize(using = BlankAsNull.class)
  public abstract @Nullable BigDecimal costPriceYuan();

  /**
   * The vendor's row id ({@code id}).
   * {@code null} when Wikeyun leaves it out or sends it empty.
   *
   * @return the vendor's row id, or {@code null}
   */
  @JsonProperty("id")
  @JsonDeserialize(using = BlankAsNull.class)
  public abstract @Nullable String id();

  /**
   * The original platform order number ({@code org_order_number}).
   * {@code null} when Wikeyun leaves it out or sends it empty.
   *
   * @return the original platform order number, or {@code null}
   */
  @JsonProperty("org_order_number")
  @JsonDeserialize(using = BlankAsNull.class)
  public abstract @Nullable String originalOrderNumber();

  /**
   * The recharge card ({@code card_id}; a string or a number on the wire).
   * {@code null} when Wikeyun leaves it out or sends it empty.
   *
   * @return the recharge card, or {@code null}
   */
  @JsonProperty("card_id")
  @JsonDeserialize(using = BlankAsNull.class)
  public abstract @Nullable Long cardId();

  /**
   * Why the recharge failed ({@code reason}).
   * {@code null} when Wikeyun leaves it out or sends it empty.
   *
   * @return why the recharge failed, or {@code null}
   */
  @JsonProperty("reason")
  @JsonDeserialize(using = BlankAsNull.class)
  public abstract @Nullable String failureReason();

  /**
   * A new builder (for tests of your own code).
   *
   * @return a new builder (for tests of your own code)
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PowerOrder}. */
  public static final class Builder extends ImmutablePowerOrder.Builder {}
}
