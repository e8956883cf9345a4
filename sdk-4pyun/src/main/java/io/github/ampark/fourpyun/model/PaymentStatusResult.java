package io.github.ampark.fourpyun.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import org.immutables.value.Value;

/**
 * The state of a contactless charge looked up by its {@code pay_partner}
 * ({@code GET parking/internal/payment}). Code {@code 1001} only says the query worked; the charge
 * itself is in {@link #status()}. P云 still sends the payment-result callback either way.
 *
 * <pre>{@code
 * PaymentStatusResult s = client.paymentStatus("P-20240601-0001");
 * if (s.status() == PaymentStatus.PAID) log.info("paid, serial {}", s.paySerial());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
@JsonDeserialize(as = ImmutablePaymentStatusResult.class)
public abstract class PaymentStatusResult {
  /**
   * The raw {@code status} code.
   *
   * @return the raw {@code status} code
   */
  @JsonProperty("status")
  public abstract String statusCode();

  /**
   * The charge's {@code pay_partner}, if the answer names it (reconciliation requires it).
   * {@code null} when P云 leaves it out.
   *
   * @return the charge's {@code pay_partner}, if the answer names it (reconciliation requires it),
   *     or {@code null}
   */
  @JsonProperty("pay_partner")
  public abstract @Nullable String payPartner();

  /**
   * The amount charged, in fen ({@code pay_value}), if the answer carries it.
   * {@code null} when P云 leaves it out.
   *
   * @return the amount charged, in fen ({@code pay_value}), if the answer carries it, or {@code
   *     null}
   */
  @JsonProperty("pay_value")
  public abstract @Nullable Long payValueFen();

  /**
   * P云's payment serial, present once paid ({@code pay_serial}). {@code null} when P云 leaves it
   * out.
   *
   * @return P云's payment serial, present once paid, or {@code null}
   */
  @JsonProperty("pay_serial")
  public abstract @Nullable String paySerial();

  /**
   * Where the money went (code); {@code pay_origin} on the wire. {@code null} when P云 leaves it
   * out.
   *
   * @return where the money went (code), or {@code null}
   */
  @JsonProperty("pay_origin")
  public abstract @Nullable String payOrigin();

  /**
   * Description of where the money went, e.g. {@code P云} ({@code pay_origin_desc}). {@code null}
   * when P云 leaves it out.
   *
   * @return description of where the money went, e.g. {@code P云}, or {@code null}
   */
  @JsonProperty("pay_origin_desc")
  public abstract @Nullable String payOriginDesc();

  /**
   * P云's log id ({@code seqno}). {@code null} when P云 leaves it out.
   *
   * @return P云's log id, or {@code null}
   */
  @JsonProperty("seqno")
  public abstract @Nullable String seqno();

  /**
   * The state of the charge.
   *
   * @return the state of the charge
   */
  public PaymentStatus status() {
    return PaymentStatus.fromCode(statusCode());
  }

  /**
   * Starts an empty {@code PaymentStatusResult} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link PaymentStatusResult}. */
  public static final class Builder extends ImmutablePaymentStatusResult.Builder {}
}
