package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import org.immutables.value.Value;

/**
 * The outcome of a contactless charge ({@code parking/internal/prepay}): paid ({@code 1001}), or
 * accepted and still running ({@code 1000}). After an ambiguous failure (the answer was lost) the
 * client asks {@code paymentStatus} instead of charging again; such a result is
 * {@link #reconciled()} and may also be {@link PrepayOutcome#FAILED}.
 *
 * <pre>{@code
 * PrepayResult r = client.prepay(request);
 * if (r.outcome() == PrepayOutcome.PAID) openBarrier(); else waitForPaymentResultCallback();
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class PrepayResult {
  /**
   * What became of the charge.
   *
   * @return what became of the charge
   */
  public abstract PrepayOutcome outcome();

  /**
   * The answer's code: {@code 1001} or {@code 1000}; for a reconciled result, the payment status
   * code.
   *
   * @return the answer's code: {@code 1001} or {@code 1000}
   */
  public abstract String code();

  /**
   * P云's message ({@code message}). {@code null} when P云 leaves it out.
   *
   * @return P云's message, or {@code null}
   */
  public abstract @Nullable String message();

  /**
   * P云's payment result id ({@code pay_id}). {@code null} when P云 leaves it out.
   *
   * @return P云's payment result id, or {@code null}
   */
  public abstract @Nullable String payId();

  /**
   * P云's payment serial ({@code pay_serial}); present once paid.
   * {@code null} when P云 leaves it out.
   *
   * @return P云's payment serial, or {@code null}
   */
  public abstract @Nullable String paySerial();

  /**
   * Where the money went (code); {@code pay_origin} on the wire. {@code null} when P云 leaves it
   * out.
   *
   * @return where the money went (code), or {@code null}
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
   * P云's log id ({@code seqno}). {@code null} when P云 leaves it out.
   *
   * @return P云's log id, or {@code null}
   */
  public abstract @Nullable String seqno();

  /**
   * Whether this comes from a {@code paymentStatus} query after a lost answer, not from the charge
   * itself.
   *
   * @return whether this comes from a {@code paymentStatus} query after a lost answer, not from the
   *     charge itself
   */
  @Value.Default
  public boolean reconciled() {
    return false;
  }

  /**
   * Starts an empty {@code PrepayResult} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link PrepayResult}. */
  public static final class Builder extends ImmutablePrepayResult.Builder {}
}
