package io.github.ampark.bolink.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.bolink.model.BolinkAck;
import io.github.ampark.bolink.model.HistoryOrder;
import io.github.ampark.bolink.model.OrderPage;
import io.github.ampark.bolink.model.OrderState;
import io.github.ampark.bolink.model.ParkCheckResult;
import io.github.ampark.bolink.model.PaymentResult;
import io.github.ampark.bolink.model.RedPacketChangeResult;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ResponseFormatException;
import io.github.ampark.core.spi.Reconciliation;
import io.github.ampark.core.spi.Redactor;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Turns accepted envelopes into result types. Shapes Bolink does not publish are kept as received;
 * a field present with a value of the wrong kind is a {@link ResponseFormatException}, never a
 * silent {@code null}.
 */
public final class Responses {
  private final Redactor redactor;

  /** @param redactor masks secrets in the bodies exceptions carry */
  public Responses(Redactor redactor) {
    this.redactor = redactor;
  }

  /** @param env a {@code state} 1 envelope @return the ack */
  public BolinkAck ack(JsonNode env) {
    return BolinkAck.builder().message(text(env, "errmsg") != null ? text(env, "errmsg") : text(env, "message")).build();
  }

  /** @param op operation @param env 4.1 envelope @return the page */
  public OrderPage orderPage(String op, JsonNode env) {
    OrderPage.Builder b = OrderPage.builder();
    JsonNode data = env.path("data");
    if (!data.isMissingNode() && !data.isNull() && !data.isArray()) {
      throw error(op, env, "'data' is not a list of orders", null);
    }
    for (JsonNode item : data) {
      if (!item.isObject()) {
        throw error(op, env, "an order in 'data' is not an object", null);
      }
      b.addOrders(order(op, env, item));
    }
    b.count(longValue(op, env, env, "count", data.size()));
    b.page((int) longValue(op, env, env, "page", 1));
    return b.build();
  }

  private HistoryOrder order(String op, JsonNode env, JsonNode item) {
    return HistoryOrder.builder()
        .orderId(text(item, "order_id"))
        .parkId(text(item, "park_id"))
        .carNumber(text(item, "car_number"))
        .tradeNo(text(item, "trade_no"))
        .inTime(instant(op, env, item, "in_time"))
        .outTime(instant(op, env, item, "out_time"))
        .totalYuan(decimal(op, env, item, "total"))
        .payTypeCode(text(item, "pay_type"))
        .fields(item)
        .build();
  }

  /** @param tradeNo asked about @param env envelope @return the state */
  public OrderState orderState(String tradeNo, JsonNode env) {
    return OrderState.builder().tradeNo(tradeNo).message(text(env, "errmsg")).envelope(env).build();
  }

  /** @param tradeNo the payment @param env envelope @param reconciled from a query @return the result */
  public PaymentResult payment(String tradeNo, JsonNode env, boolean reconciled) {
    return PaymentResult.builder().tradeNo(tradeNo).reconciled(reconciled).envelope(env).build();
  }

  /**
   * What a 4.3 answer proves about a payment whose answer was lost: found only when the answer
   * names this {@code trade_no}; 4.3 documents no "not found" answer, so absence is never proven.
   *
   * @param tradeNo the payment's key
   * @param env the accepted 4.3 envelope
   * @return found or unknown
   */
  public Reconciliation<PaymentResult> paymentLookup(String tradeNo, JsonNode env) {
    JsonNode data = env.path("data");
    JsonNode item = data.isArray() && data.size() == 1 ? data.get(0) : data;
    String named = item.isObject() ? text(item, "trade_no") : null;
    if (tradeNo.equals(named)) {
      return Reconciliation.found(payment(tradeNo, env, true));
    }
    return Reconciliation.unknown(named == null
        ? "the 4.3 answer names no trade_no"
        : "the 4.3 answer names another trade_no " + io.github.ampark.core.Checks.echo(named));
  }

  /** @param op operation @param env 3.10 envelope @return the URL */
  public RedPacketChangeResult redPacket(String op, JsonNode env) {
    String url = text(env.path("data"), "url");
    if (url == null || url.isEmpty()) {
      throw error(op, env, "answer has no data.url", null);
    }
    return RedPacketChangeResult.builder().url(url).build();
  }

  /** @param env park_check envelope @return the verdict */
  public ParkCheckResult parkCheck(JsonNode env) {
    return ParkCheckResult.builder().status(text(env, "status")).message(text(env, "errmsg")).envelope(env).build();
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode n = node.get(field);
    if (n == null || n.isNull() || n.isMissingNode()) {
      return null;
    }
    return n.isValueNode() ? n.asText() : n.toString();
  }

  private long longValue(String op, JsonNode env, JsonNode node, String field, long absent) {
    String t = text(node, field);
    if (t == null || t.isEmpty()) {
      return absent;
    }
    try {
      return Long.parseLong(t.trim());
    } catch (NumberFormatException e) {
      throw error(op, env, "'" + field + "' is not a whole number (was " + t + ")", e);
    }
  }

  private @Nullable Instant instant(String op, JsonNode env, JsonNode node, String field) {
    String t = text(node, field);
    if (t == null || t.isEmpty()) {
      return null;
    }
    return Instant.ofEpochSecond(longValue(op, env, node, field, 0));
  }

  private @Nullable BigDecimal decimal(String op, JsonNode env, JsonNode node, String field) {
    String t = text(node, field);
    if (t == null || t.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(t.trim());
    } catch (NumberFormatException e) {
      throw error(op, env, "'" + field + "' is not an amount (was " + t + ")", e);
    }
  }

  private ResponseFormatException error(String op, JsonNode env, String problem, @Nullable Throwable cause) {
    String body = redactor.redactTree(env.deepCopy()).toString();
    return new ResponseFormatException("bolink", op, 200, problem, body, cause);
  }
}
