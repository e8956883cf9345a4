package io.github.ampark.fourpyun.model;

/**
 * What became of a contactless charge ({@code parking/internal/prepay}).
 *
 * <pre>{@code
 * PrepayResult r = client.prepay(request);
 * if (r.outcome() == PrepayOutcome.PAID) openBarrier();
 * }</pre>
 */
public enum PrepayOutcome {
  /** The fee was collected (code {@code 1001}, or payment status {@code 1} after reconciliation). */
  PAID,
  /**
   * The charge was accepted and is still running (code {@code 1000}, or payment status {@code 0}):
   * wait for the {@code service.parking.payment.result} callback or poll {@code paymentStatus}.
   */
  ACCEPTED,
  /**
   * The charge failed. Only reported after reconciliation (payment status {@code -1}); a direct
   * refusal is thrown as an {@link io.github.ampark.core.ApiException}.
   */
  FAILED
}
