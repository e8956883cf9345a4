package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * {@code service.parking.payment.result}: a driver paid. P云 repeats it until acknowledged;
 * duplicates are recognised and acknowledged without calling your handler again.
 *
 * <pre>{@code
 * GatewayReply onPaymentResult(PaymentResultEvent e) {
 *   orders.markPaid(e.parkingOrder(), e.payValueFen());
 *   return GatewayReply.ok();
 * }
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class PaymentResultEvent implements GatewayEvent {
  /**
   * The stay, as the park returned it in the bill (may be empty for pay-on-entry); {@code
   * parking_serial} on the wire. {@code null} when P云 leaves it out.
   *
   * @return the stay, as the park returned it in the bill (may be empty for pay-on-entry), or
   *     {@code null}
   */
  public abstract @Nullable String parkingSerial();

  /**
   * The park's order number from the bill ({@code parking_order}).
   *
   * @return the park's order number from the bill
   */
  public abstract String parkingOrder();

  /**
   * Gate id ({@code gate_id}); may trigger opening. {@code null} when P云 leaves it out.
   *
   * @return gate id, or {@code null}
   */
  public abstract @Nullable String gateId();

  /**
   * Plate (a virtual plate for a no-plate car paying on entry); {@code plate} on the wire. {@code
   * null} when P云 leaves it out.
   *
   * @return plate (a virtual plate for a no-plate car paying on entry), or {@code null}
   */
  public abstract @Nullable String plate();

  /**
   * P云's payment serial, for reconciliation ({@code pay_serial}).
   *
   * @return P云's payment serial, for reconciliation
   */
  public abstract String paySerial();

  /**
   * When it was paid ({@code yyyyMMddHHmmss}, Asia/Shanghai, on the wire).
   *
   * @return when it was paid
   */
  public abstract Instant payTime();

  /**
   * Amount due, discount excluded, in fen ({@code value}).
   *
   * @return amount due, discount excluded, in fen
   */
  public abstract long valueFen();

  /**
   * Park discount, in fen ({@code free_value}). {@code null} when P云 leaves it out.
   *
   * @return park discount, in fen, or {@code null}
   */
  public abstract @Nullable Long freeValueFen();

  /**
   * Where the money went: {@code 0} P云, {@code 4} Alipay, {@code 8} WeChat, others possible.
   * {@code null} when P云 leaves it out.
   *
   * @return where the money went: {@code 0} P云, {@code 4} Alipay, {@code 8} WeChat, others
   *     possible, or {@code null}
   */
  public abstract @Nullable String payOrigin();

  /**
   * Description of where the money went ({@code pay_origin_desc}). {@code null} when P云 leaves it
   * out.
   *
   * @return description of where the money went, or {@code null}
   */
  public abstract @Nullable String payOriginDesc();

  /**
   * Payment source, e.g. 微信 ({@code pay_source}). {@code null} when P云 leaves it out.
   *
   * @return payment source, e.g. 微信, or {@code null}
   */
  public abstract @Nullable String paySource();

  /**
   * 0 not automatic, 1 charged after leaving, 2 charged before leaving ({@code autopay_type}).
   * {@code null} when P云 leaves it out.
   *
   * @return 0 not automatic, 1 charged after leaving, 2 charged before leaving, or {@code null}
   */
  public abstract @Nullable String autopayType();

  /**
   * Amount actually paid, in fen ({@code pay_value}). {@code null} when P云 leaves it out.
   *
   * @return amount actually paid, in fen, or {@code null}
   */
  public abstract @Nullable Long payValueFen();

  /**
   * Other deductions (membership points…), in fen ({@code reduce_value}). {@code null} when P云
   * leaves it out.
   *
   * @return other deductions (membership points…), in fen, or {@code null}
   */
  public abstract @Nullable Long reduceValueFen();

  /**
   * Starts an empty {@code PaymentResultEvent} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link PaymentResultEvent}. */
  public static final class Builder extends ImmutablePaymentResultEvent.Builder {}
}
