package io.github.ampark.wikeyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import io.github.ampark.wikeyun.internal.Rules;
import org.immutables.value.Value;

/**
 * Places an electricity recharge ({@code rest/Power/pushOrder}). {@link #orderNo()} is your key:
 * after an ambiguous failure the client asks Wikeyun about it before sending anything again, so one
 * order number is never recharged twice by the SDK.
 *
 * <pre>{@code
 * PushOrderResult r = client.power().pushOrder(PushOrderRequest.builder()
 *     .cardId(67890)
 *     .orderNo("T202401010001")
 *     .amountYuan(100)
 *     .notifyUrl("https://example.com/wikeyun/notify")
 *     .build());
 * }</pre>
 *
 * <p><b>Unit:</b> the vendor writes "充值金额(100的倍数)" without a unit; the values the Go SDK lists
 * (100 … 1000) imply whole yuan. This is an inference, not a documented fact.
 */
@Value.Immutable
@AmparkStyle
public abstract class PushOrderRequest {
  PushOrderRequest() {}

  /** The recharge card ({@code cardId}, camelCase on the wire), from {@link Card#id()}. */
  public abstract long cardId();

  /** Your order number ({@code order_no}): 1 to 64 letters, digits, {@code _} or {@code -}. */
  public abstract String orderNo();

  /** The amount in whole yuan ({@code amount}): positive and a multiple of 100. */
  public abstract long amountYuan();

  /** Slow or fast recharge ({@code recharge_type}); default {@link RechargeType#SLOW}, as the vendor asks. */
  @Value.Default
  public RechargeType rechargeType() {
    return RechargeType.SLOW;
  }

  /**
   * Where Wikeyun POSTs the result ({@code notify_url}), an absolute http(s) URL, or {@code null}
   * to poll with {@code queryOrder} instead (the vendor's documents mark it required, the Go SDK
   * optional; it is left out of the request when {@code null}).
   */
  public abstract @Nullable String notifyUrl();

  /**
   * Whether Wikeyun may retry through another channel when one fails ({@code change}: 1 or 0), or
   * {@code null} to leave it out.
   */
  public abstract @Nullable Boolean changeChannelOnFailure();

  @Value.Check
  void check() {
    Rules.cardId("cardId", cardId());
    Rules.orderNumber("orderNo", orderNo());
    Rules.amountYuan(amountYuan());
    if (notifyUrl() != null) {
      Checks.httpUrl("notifyUrl", notifyUrl());
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's values. */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link PushOrderRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutablePushOrderRequest.Builder {}
}
