package io.github.ampark.bolink.model;

import io.github.ampark.bolink.internal.Validation;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Tells a car park's system that a stay was paid elsewhere (cloud open API {@code
 * /zld/openservice/paynoticetopark}).
 *
 * <pre>{@code
 * client.cloud().payNoticeToPark(PayNoticeRequest.builder()
 *     .parkId("kytest2020032501").carNumber("晋QQ1234").type(PayNoticeType.PLATFORM)
 *     .orderId("A1_2C1717754731").tradeNo("T202406110001").payTime(Instant.now())
 *     .actTotalYuan(new BigDecimal("8.00"))
 *     .build());
 * }</pre>
 *
 * <p>{@code parkId} is sent as {@code comid}, and it selects the park key ({@code ckey}) that signs
 * the request; configure it with {@code BolinkClient.Builder#parkKey}.
 */
@Value.Immutable
@AmparkStyle
public abstract class PayNoticeRequest {
  /**
   * The car park ({@code comid}).
   *
   * @return the car park
   */
  public abstract String parkId();

  /**
   * The licence plate ({@code car_number}), e.g. {@code 京A12345}.
   *
   * @return the licence plate
   */
  public abstract String carNumber();

  /**
   * The payment type ({@code type}) as sent (a number); open: any code Bolink defines.
   *
   * @return the payment type as sent (a number)
   */
  public abstract String typeCode();

  /**
   * The payment type ({@code type}) as a constant; {@link PayNoticeType#UNKNOWN} for a code this
   * SDK does not list.
   *
   * @return the payment type as a constant
   */
  public final PayNoticeType type() {
    return PayNoticeType.of(typeCode());
  }

  /**
   * Your order number of the stay ({@code order_id}), as uploaded at entry.
   *
   * @return your order number of the stay
   */
  public abstract String orderId();

  /**
   * The payment's trade number ({@code trade_no}).
   *
   * @return the payment's trade number
   */
  public abstract String tradeNo();

  /**
   * When the driver paid ({@code pay_time}); sent as epoch seconds.
   *
   * @return when the driver paid
   */
  public abstract Instant payTime();

  /**
   * The amount due, in yuan ({@code payable}). Optional: {@code null} (the default)
   * leaves it out.
   *
   * @return the amount due, optional, or {@code null}, in yuan
   */
  public abstract @Nullable BigDecimal payableYuan();

  /**
   * The amount actually paid, in yuan ({@code act_total}). Optional: {@code null} (the
   * default) leaves it out.
   *
   * @return the amount actually paid, optional, or {@code null}, in yuan
   */
  public abstract @Nullable BigDecimal actTotalYuan();

  /**
   * The amount reduced, in yuan ({@code reduce_amount}). Optional: {@code null} (the
   * default) leaves it out.
   *
   * @return the amount reduced, optional, or {@code null}, in yuan
   */
  public abstract @Nullable BigDecimal reduceYuan();

  /**
   * The amount deducted (e.g. by points), in yuan ({@code deduction_money}). Optional:
   * {@code null} (the default) leaves it out.
   *
   * @return the amount deducted (e.g. by points), optional, or {@code null}, in yuan
   */
  public abstract @Nullable BigDecimal deductionYuan();

  /**
   * Minutes deducted ({@code deduction_time}). Optional: {@code null} (the default) leaves it out.
   *
   * @return minutes deducted, optional, or {@code null}
   */
  public abstract @Nullable Long deductionMinutes();

  /**
   * Fields the document does not list, sent after the documented ones in this order.
   *
   * @return fields the document does not list, sent after the documented ones in this order
   */
  public abstract Map<String, JsonScalar> extraFields();

  @Value.Check
  void check() {
    Validation.extraFields(extraFields());
    Validation.time("payTime", payTime());
    Checks.notBlank("parkId", parkId());
    Checks.notBlank("carNumber", carNumber());
    Checks.notBlank("orderId", orderId());
    Checks.notBlank("tradeNo", tradeNo());
    Validation.code("typeCode", typeCode(), true);
    if (payableYuan() != null) {
      Validation.yuan("payableYuan", payableYuan(), false);
    }
    if (actTotalYuan() != null) {
      Validation.yuan("actTotalYuan", actTotalYuan(), false);
    }
    if (reduceYuan() != null) {
      Validation.yuan("reduceYuan", reduceYuan(), false);
    }
    if (deductionYuan() != null) {
      Validation.yuan("deductionYuan", deductionYuan(), false);
    }
    if (deductionMinutes() != null) {
      Checks.notNegative("deductionMinutes", deductionMinutes());
    }
  }

  /**
   * Starts an empty {@code PayNoticeRequest} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link PayNoticeRequest}. */
  public static final class Builder extends ImmutablePayNoticeRequest.Builder {
    /**
     * Sets the notice type from a listed constant (not UNKNOWN); sent as its code ({@code type}).
     *
     * @param value a listed constant (not UNKNOWN)
     * @return this
     */
    public Builder type(PayNoticeType value) {
      typeCode(Validation.codeOf("type", value));
      return this;
    }
  }
}
