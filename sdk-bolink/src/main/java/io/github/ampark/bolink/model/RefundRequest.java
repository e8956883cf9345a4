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
 * A refund of an electronic payment (4.2 订单退款, {@code /unionapi/neworder/refund}).
 *
 * <pre>{@code
 * client.orders().refund(RefundRequest.builder()
 *     .parkId("56399").tradeNo("138202508101459482709383")
 *     .endTime(Instant.ofEpochSecond(1754805276))
 *     .refundYuan(new BigDecimal("0.10")).refundReason("duplicate payment")
 *     .build());
 * }</pre>
 *
 * <p>The field list comes from Bolink's own demo (the document page is not public): {@code
 * end_time} is sent as the demo sends it, the order's end in epoch seconds. {@code refund_money}
 * is sent as a JSON <em>number</em> with two decimals ({@code 0.10}): the demo, the only source,
 * sends a number, unlike every documented amount (yuan text); a number in plain notation re-emits
 * identically under Bolink's fastjson, so the signature holds either way. {@code
 * subsidy_cancel_money} has no evidence beyond its name and stays yuan text like the documented
 * amounts. Amounts: more than 0 (refund) or 0 or more (subsidy), at most 99,999,999.99, two decimals.
 */
@Value.Immutable
@AmparkStyle
public abstract class RefundRequest {
  /**
   * The car park's id ({@code park_id}), as published with {@code addPark}.
   *
   * @return the car park's id
   */
  public abstract String parkId();

  /**
   * Bolink's number of the payment to refund ({@code trade_no}).
   *
   * @return Bolink's number of the payment to refund
   */
  public abstract String tradeNo();

  /**
   * The end of the paid order ({@code end_time}); sent as epoch seconds, as Bolink's demo sends it.
   *
   * @return the end of the paid order
   */
  public abstract Instant endTime();

  /**
   * The amount to refund, more than zero, in yuan ({@code refund_money}).
   *
   * @return the amount to refund, more than zero, in yuan
   */
  public abstract BigDecimal refundYuan();

  /**
   * The amount of subsidy withdrawn with the refund, in yuan ({@code
   * subsidy_cancel_money}). Optional: {@code null} (the default) leaves it out.
   *
   * @return the amount of subsidy withdrawn with the refund, optional, or, in yuan
   *     {@code null}
   */
  public abstract @Nullable BigDecimal subsidyCancelYuan();

  /**
   * {@code refund_reason}, optional. Optional: {@code null} (the default) leaves it out.
   *
   * @return {@code refund_reason}, optional, or {@code null}
   */
  public abstract @Nullable String refundReason();

  /**
   * Fields the document does not list, sent after the documented ones in this order.
   *
   * @return fields the document does not list, sent after the documented ones in this order
   */
  public abstract Map<String, JsonScalar> extraFields();

  @Value.Check
  void check() {
    Validation.extraFields(extraFields());
    Validation.time("endTime", endTime());
    Checks.notBlank("parkId", parkId());
    Checks.notBlank("tradeNo", tradeNo());
    Validation.yuan("refundYuan", refundYuan(), true);
    if (subsidyCancelYuan() != null) {
      Validation.yuan("subsidyCancelYuan", subsidyCancelYuan(), false);
    }
  }

  /**
   * Starts an empty {@code RefundRequest} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link RefundRequest}. */
  public static final class Builder extends ImmutableRefundRequest.Builder {}
}
