package io.github.ampark.wikeyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.CodedEnum;
import io.github.ampark.core.spi.CodedEnums;

/**
 * The status of a Wikeyun electricity order ({@code status} in {@code rest/Power/query} answers and
 * in callbacks), codes 0–12 as the Go SDK lists them (the vendor's own documents list only 0–4, 6
 * and 7).
 *
 * <p>Only what the sources say is classified: {@link #SUCCESS} is final success; {@link #FAILED}
 * and {@link #REFUNDED} are failures; {@link #RECHARGING}, {@link #AWAITING_RECHARGE}, {@link
 * #MATCHED} and {@link #STORED} are in progress. The remaining codes ({@code 0, 5, 9, 10, 11, 12})
 * are not classified by any source, so {@link #isFinal()} is {@code false} for them: look at the
 * constant itself if your flow depends on them. A code this SDK does not know maps to {@link
 * #UNKNOWN}; the raw code stays on the model ({@code PowerOrder.statusCode()}).
 *
 * <pre>{@code
 * PowerOrder order = client.power().queryOrder(QueryOrderRequest.byOrderNo("T2024..."));
 * if (order.status().isSuccess()) { markPaid(order.orderNo()); }
 * else if (order.status().isFailure()) { refundCustomer(order.orderNo(), order.failureReason()); }
 * }</pre>
 */
public enum OrderStatus implements CodedEnum {
  /** 0 — 待支付, awaiting payment. */
  AWAITING_PAYMENT("0"),
  /** 1 — 已付/充值中, paid and recharging. */
  RECHARGING("1"),
  /** 2 — 充值成功, recharged: final success. */
  SUCCESS("2"),
  /** 3 — 充值失败, recharge failed and needs a refund: failure. */
  FAILED("3"),
  /** 4 — 退款成功, refunded: failure. */
  REFUNDED("4"),
  /** 5 — 已超时, timed out (not classified by the sources). */
  TIMED_OUT("5"),
  /** 6 — 待充值, awaiting recharge. */
  AWAITING_RECHARGE("6"),
  /** 7 — 已匹配, matched. */
  MATCHED("7"),
  /** 8 — 已存单, order stored. */
  STORED("8"),
  /** 9 — 已取消, cancelled (not classified by the sources). */
  CANCELLED("9"),
  /** 10 — 返销, reversed (not classified by the sources). */
  REVERSED("10"),
  /** 11 — 部分到账, partly credited (not classified by the sources). */
  PARTLY_CREDITED("11"),
  /** 12 — 取消中, cancelling (not classified by the sources). */
  CANCELLING("12"),
  /** A code this SDK version does not know; the raw code is kept on the model. */
  UNKNOWN(null);

  private final @Nullable String code;

  OrderStatus(@Nullable String code) {
    this.code = code;
  }

  /**
   * The constant for a vendor code as received; {@link #UNKNOWN} for {@code null} or a code this
   * SDK does not know.
   *
   * @param code the vendor's code as received ({@code "2"}, {@code " 2 "}), possibly {@code null}
   * @return the constant, or {@link #UNKNOWN}
   */
  public static OrderStatus of(@Nullable String code) {
    return CodedEnums.fromCode(OrderStatus.class, code, UNKNOWN);
  }

  /**
   * The vendor's code, e.g. {@code "2"}; {@code null} for {@link #UNKNOWN}.
   *
   * @return the vendor's code, e.g. {@code "2"}
   */
  @Override
  public @Nullable String code() {
    return code;
  }

  /**
   * Whether the recharge succeeded (code 2).
   *
   * @return whether the recharge succeeded (code 2)
   */
  public boolean isSuccess() {
    return this == SUCCESS;
  }

  /**
   * Whether the recharge failed (code 3, needs a refund) or was refunded (code 4).
   *
   * @return whether the recharge failed (code 3, needs a refund) or was refunded (code 4)
   */
  public boolean isFailure() {
    return this == FAILED || this == REFUNDED;
  }

  /**
   * Whether the sources say the order is still being worked on (codes 1, 6, 7, 8).
   *
   * @return whether the sources say the order is still being worked on (codes 1, 6, 7, 8)
   */
  public boolean isInProgress() {
    return this == RECHARGING || this == AWAITING_RECHARGE || this == MATCHED || this == STORED;
  }

  /**
   * Whether the outcome is settled as the sources describe it: {@link #isSuccess()} or {@link
   * #isFailure()}.
   *
   * @return whether the outcome is settled as the sources describe it: {@link #isSuccess()} or
   *     {@link #isFailure()}
   */
  public boolean isFinal() {
    return isSuccess() || isFailure();
  }
}
