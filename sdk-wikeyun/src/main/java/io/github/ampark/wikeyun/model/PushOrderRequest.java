package io.github.ampark.wikeyun.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import io.github.ampark.wikeyun.internal.Rules;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Places an electricity recharge ({@code rest/Power/pushOrder}). {@link #orderNo()} is your key:
 * after an ambiguous failure the client asks Wikeyun about it before anything else, and never
 * sends it twice unless you opted in and two queries agree it is absent (see {@code
 * WikeyunPower.pushOrder}).
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
 * <p>On the wire: {@code store_id, cardId, order_no, amount, recharge_type[, notify_url][,
 * change]}, then {@link #extraFields()}.
 *
 * <p><b>Unit:</b> the vendor writes "充值金额(100的倍数)" without a unit; the values the Go SDK lists
 * (100 … 1000) imply whole yuan. This is an inference, not a documented fact.
 */
@Value.Immutable
@AmparkStyle
public abstract class PushOrderRequest {
  PushOrderRequest() {}

  /**
   * The recharge card ({@code cardId}, camelCase on the wire), from {@link Card#id()}.
   *
   * @return the recharge card ({@code cardId}, camelCase on the wire), from {@link Card#id()}
   */
  public abstract long cardId();

  /**
   * Your order number ({@code order_no}): 1 to 64 letters, digits, {@code _} or {@code -}. This is
   * the SDK's own rule for numbers you choose (Wikeyun publishes none); it keeps the key intact in
   * form bodies, callbacks and logs.
   *
   * @return your order number ({@code order_no}): 1 to 64 letters, digits, {@code _} or {@code -}
   */
  public abstract String orderNo();

  /**
   * The amount in whole yuan ({@code amount}): positive and a multiple of 100.
   *
   * @return the amount in whole yuan ({@code amount}): positive and a multiple of 100
   */
  public abstract long amountYuan();

  /**
   * The recharge type's code as sent ({@code recharge_type}); default {@code "0"} ({@link
   * RechargeType#SLOW}, as the vendor asks). Set it with {@code rechargeType(RechargeType)}, or
   * {@code rechargeTypeCode("…")} for a code this SDK does not know.
   *
   * @return the recharge type's code as sent
   */
  @Value.Default
  public String rechargeTypeCode() {
    return RechargeType.SLOW.code();
  }

  /**
   * The recharge type; {@link RechargeType#UNKNOWN} for a code this SDK does not know.
   *
   * @return the recharge type
   */
  public RechargeType rechargeType() {
    return RechargeType.of(rechargeTypeCode());
  }

  /**
   * Where Wikeyun POSTs the result ({@code notify_url}): an absolute http(s) URL without control
   * characters; {@code null} (the default) leaves it out of the request, to poll with {@code
   * queryOrder} instead (the vendor's documents mark it required, the Go SDK optional).
   *
   * @return the callback URL, or {@code null} when not sent
   */
  public abstract @Nullable String notifyUrl();

  /**
   * Whether Wikeyun may retry through another channel when one fails ({@code change}, sent as
   * {@code 1} or {@code 0}); {@code null} (the default) leaves it out and Wikeyun decides.
   *
   * @return whether another channel may be tried, or {@code null} when not sent
   */
  public abstract @Nullable Boolean changeChannelOnFailure();

  /**
   * Fields the vendor's documents do not list, sent (and signed) after the documented ones in the
   * order you added them; empty by default. Names: at most 128 characters, not a documented or
   * system field; values: at most 1024 characters; neither with control characters.
   *
   * @return fields the vendor's documents do not list, sent (and signed) after the documented ones
   *     in the order you added them
   */
  public abstract Map<String, String> extraFields();

  @Value.Check
  void check() {
    Rules.cardId("cardId", cardId());
    Rules.merchantOrderNo("orderNo", orderNo());
    Rules.amountYuan(amountYuan());
    Rules.code("rechargeTypeCode", rechargeTypeCode());
    String notifyUrl = notifyUrl();
    if (notifyUrl != null) {
      Rules.url("notifyUrl", notifyUrl);
    }
    Rules.extraFields(extraFields(), "store_id", "cardId", "order_no", "amount", "recharge_type", "notify_url", "change");
  }

  /**
   * Starts an empty builder; {@code build()} validates the values and names the field at fault.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this request's values.
   *
   * @return a builder holding this request's values
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link PushOrderRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutablePushOrderRequest.Builder {
    /**
     * Sets a known recharge type (for another code use {@code rechargeTypeCode}).
     *
     * @param type a known recharge type (for another code use {@code rechargeTypeCode})
     * @return this
     */
    public Builder rechargeType(RechargeType type) {
      return rechargeTypeCode(RechargeType.codeOf("rechargeType", type));
    }
  }
}
