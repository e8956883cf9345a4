package io.github.ampark.bolink.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.bolink.model.BolinkAck;
import io.github.ampark.bolink.model.HistoryOrder;
import io.github.ampark.bolink.model.MonthCarPriceResult;
import io.github.ampark.bolink.model.MonthCardPayResult;
import io.github.ampark.bolink.model.OrderPage;
import io.github.ampark.bolink.model.OrderState;
import io.github.ampark.bolink.model.ParkCheckResult;
import io.github.ampark.bolink.model.ParkResult;
import io.github.ampark.bolink.model.PaymentResult;
import io.github.ampark.bolink.model.RedPacketChangeResult;
import io.github.ampark.core.Checks;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ResponseFormatException;
import io.github.ampark.core.spi.AnswerFields;
import io.github.ampark.core.spi.Reconciliation;
import io.github.ampark.core.spi.Redactor;
import java.time.Instant;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns accepted envelopes into result types in one path, reading the envelope tree by hand with
 * core's {@link AnswerFields} (no Jackson data binding: no type introspection before the first
 * call, no token stream per answer). Each field reads as Jackson's binding of it to the same Java
 * type would ({@code ResponsesMatchJackson} pins that against the former Jackson wire classes). A
 * field present with a value of the wrong kind (an amount {@code "free"}, an object where text
 * belongs) is a {@link ResponseFormatException} naming it ({@code 'total' has a value of the wrong
 * kind}), never a silent {@code null}; every field a result is read from is checked, used or not.
 * Every result also keeps the members as text ({@code fields()}).
 */
public final class Responses {
  private final Redactor redactor;

  /** @param redactor masks secrets in the bodies exceptions carry */
  public Responses(Redactor redactor) {
    this.redactor = redactor;
  }

  // ---- mapping ---------------------------------------------------------------------------------

  /** @param op operation @param env a {@code state} 1 envelope @return the ack */
  public BolinkAck ack(String op, JsonNode env) {
    try {
      return BolinkAck.builder().message(errmsgOrMessage(env)).build();
    } catch (AnswerFields.Mismatch e) {
      throw wrongKind(op, env, e);
    }
  }

  /** @param op operation @param env 4.1 envelope @return the page */
  public OrderPage orderPage(String op, JsonNode env) {
    try {
      Long count = AnswerFields.wholeNumber(env, "count");
      Integer page = AnswerFields.smallWholeNumber(env, "page");
      JsonNode data = env.get("data");
      OrderPage.Builder b = OrderPage.builder();
      int orders = 0;
      if (data != null && !data.isNull()) {
        if (data.isArray()) {
          for (JsonNode item : data) {
            b.addOrders(order(op, env, item));
            orders++;
          }
        } else if (data.isObject()) {
          // one order where a list belongs: a list of one, as AmparkJson reads single values
          b.addOrders(order(op, env, data));
          orders = 1;
        } else if (!isBlankText(data)) {
          throw new AnswerFields.Mismatch("data", "is not a list of orders");
        }
      }
      return b.count(count != null ? count : orders).page(page != null ? page : 1).build();
    } catch (AnswerFields.Mismatch e) {
      throw wrongKind(op, env, e);
    }
  }

  /** One 4.1 item (names as uploaded with 3.2, plus {@code trade_no}). */
  private HistoryOrder order(String op, JsonNode env, JsonNode item) {
    if (!item.isObject()) {
      throw error(op, env, "an order in 'data' is not an object", null);
    }
    return HistoryOrder.builder()
        .orderId(AnswerFields.text(item, "order_id"))
        .parkId(AnswerFields.text(item, "park_id"))
        .carNumber(AnswerFields.text(item, "car_number"))
        .tradeNo(AnswerFields.text(item, "trade_no"))
        .inTime(instant(op, env, AnswerFields.wholeNumber(item, "in_time")))
        .outTime(instant(op, env, AnswerFields.wholeNumber(item, "out_time")))
        .totalYuan(AnswerFields.decimal(item, "total"))
        .payTypeCode(AnswerFields.text(item, "pay_type"))
        .fields(fields(item))
        .build();
  }

  /** @param op operation @param tradeNo asked about @param env 4.3 envelope @return the state */
  public OrderState orderState(String op, String tradeNo, JsonNode env) {
    try {
      String errmsg = AnswerFields.text(env, "errmsg");
      AnswerFields.text(env, "message");
      JsonNode item = stateItem(env);
      OrderState.Builder b = OrderState.builder().tradeNo(tradeNo).message(errmsg);
      if (item.isObject()) {
        // a 4.3 item: trade_no is checked but the key asked about is the one kept
        AnswerFields.text(item, "trade_no");
        b.payState(AnswerFields.text(item, "pay_state")).payTypeCode(AnswerFields.text(item, "pay_type")).fields(fields(item));
      }
      return b.build();
    } catch (AnswerFields.Mismatch e) {
      throw wrongKind(op, env, e);
    }
  }

  /** @param op operation @param tradeNo the payment @param env envelope @param reconciled from 4.3 @return the result */
  public PaymentResult payment(String op, String tradeNo, JsonNode env, boolean reconciled) {
    try {
      return PaymentResult.builder().tradeNo(tradeNo).reconciled(reconciled).url(dataUrl(env)).fields(fields(env)).build();
    } catch (AnswerFields.Mismatch e) {
      throw wrongKind(op, env, e);
    }
  }

  /**
   * What a 4.3 answer proves about a payment whose answer was lost: found only when the answer
   * names this {@code trade_no}; 4.3 documents no "not found" answer, so absence is never proven.
   *
   * @param op operation
   * @param tradeNo the payment's key
   * @param env the accepted 4.3 envelope
   * @return found or unknown
   */
  public Reconciliation<PaymentResult> paymentLookup(String op, String tradeNo, JsonNode env) {
    String named = namedTradeNo(env);
    if (tradeNo.equals(named)) {
      return Reconciliation.found(payment(op, tradeNo, env, true));
    }
    return unknownTradeNo(named);
  }

  /** @param op operation @param env 3.3 envelope @param tradeNo the key @return the result */
  public MonthCardPayResult monthCardPay(String op, String tradeNo, JsonNode env) {
    try {
      JsonNode data = env.path("data");
      JsonNode from = data.isObject() ? data : env;
      String payUrl = AnswerFields.text(from, "payurl");
      AnswerFields.text(from, "trade_no");
      return MonthCardPayResult.builder().tradeNo(tradeNo).reconciled(false).payUrl(payUrl).fields(fields(env)).build();
    } catch (AnswerFields.Mismatch e) {
      throw wrongKind(op, env, e);
    }
  }

  /** @param op operation @param tradeNo the key @param env 4.3 envelope @return found or unknown (like payments) */
  public Reconciliation<MonthCardPayResult> monthCardLookup(String op, String tradeNo, JsonNode env) {
    String named = namedTradeNo(env);
    if (tradeNo.equals(named)) {
      return Reconciliation.found(MonthCardPayResult.builder().tradeNo(tradeNo).reconciled(true).fields(fields(env)).build());
    }
    return unknownTradeNo(named);
  }

  /** @param op operation @param env 3.10 envelope @return the URL */
  public RedPacketChangeResult redPacket(String op, JsonNode env) {
    String url;
    try {
      url = dataUrl(env);
    } catch (AnswerFields.Mismatch e) {
      throw wrongKind(op, env, e);
    }
    if (url == null || url.isEmpty()) {
      throw error(op, env, "answer has no data.url", null);
    }
    return RedPacketChangeResult.builder().url(url).build();
  }

  /** @param op operation @param env park_check envelope @return the verdict */
  public ParkCheckResult parkCheck(String op, JsonNode env) {
    try {
      String errmsg = AnswerFields.text(env, "errmsg");
      AnswerFields.text(env, "message");
      return ParkCheckResult.builder().status(AnswerFields.text(env, "status")).message(errmsg).fields(fields(env)).build();
    } catch (AnswerFields.Mismatch e) {
      throw wrongKind(op, env, e);
    }
  }

  /** @param op operation @param env 2.1 / 2.2 envelope @return the result */
  public ParkResult park(String op, JsonNode env) {
    try {
      String errmsg = AnswerFields.text(env, "errmsg");
      AnswerFields.text(env, "message");
      return ParkResult.builder().parkId(AnswerFields.text(env, "park_id")).username(AnswerFields.text(env, "username"))
          .message(errmsg).fields(fields(env)).build();
    } catch (AnswerFields.Mismatch e) {
      throw wrongKind(op, env, e);
    }
  }

  /** @param op operation @param data the verified cloud {@code data} @return the price */
  public MonthCarPriceResult monthCarPrice(String op, JsonNode data) {
    try {
      String errmsg = AnswerFields.text(data, "errmsg");
      String message = AnswerFields.text(data, "message");
      return MonthCarPriceResult.builder().priceYuan(AnswerFields.decimal(data, "price"))
          .carNumber(AnswerFields.text(data, "car_number")).cardId(AnswerFields.text(data, "card_id"))
          .message(message != null ? message : errmsg).fields(fields(data)).build();
    } catch (AnswerFields.Mismatch e) {
      throw wrongKind(op, data, e);
    }
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static JsonNode stateItem(JsonNode env) {
    JsonNode data = env.path("data");
    return data.isArray() && data.size() > 0 ? data.get(0) : data;
  }

  private static @Nullable String namedTradeNo(JsonNode env) {
    JsonNode data = env.path("data");
    if (data.isArray() && data.size() != 1) {
      return null;
    }
    JsonNode item = stateItem(env);
    JsonNode n = item.isObject() ? item.get("trade_no") : null;
    return n == null || !n.isValueNode() || n.isNull() ? null : n.asText();
  }

  private static <T> Reconciliation<T> unknownTradeNo(@Nullable String named) {
    return Reconciliation.unknown(named == null
        ? "the 4.3 answer names no single trade_no"
        : "the 4.3 answer names another trade_no " + Checks.echo(named));
  }

  /** {@code errmsg}, else {@code message}: both read, so either of the wrong kind is refused. */
  private static @Nullable String errmsgOrMessage(JsonNode object) {
    String errmsg = AnswerFields.text(object, "errmsg");
    String message = AnswerFields.text(object, "message");
    return errmsg != null ? errmsg : message;
  }

  /** {@code data.url} of a payment answer; {@code null} when {@code data} is not an object. */
  private static @Nullable String dataUrl(JsonNode env) {
    JsonNode data = env.path("data");
    return data.isObject() ? AnswerFields.text(data, "url") : null;
  }

  /** Text that AmparkJson reads as no value where an object or list belongs. */
  private static boolean isBlankText(JsonNode n) {
    return n.isTextual() && n.textValue().trim().isEmpty();
  }

  private ResponseFormatException wrongKind(String op, JsonNode env, AnswerFields.Mismatch e) {
    return error(op, env, "'" + e.field() + "' has a value of the wrong kind", e);
  }

  /**
   * @param node a JSON object
   * @return its members as text: scalars as written, objects and lists as JSON text, nulls left out
   */
  public static Map<String, String> fields(JsonNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      if (!v.isNull()) {
        out.put(e.getKey(), v.isValueNode() ? v.asText() : v.toString());
      }
    }
    return out;
  }

  private @Nullable Instant instant(String op, JsonNode env, @Nullable Long seconds) {
    if (seconds == null) {
      return null;
    }
    if (seconds < 0 || seconds > Validation.MAX_TIME.getEpochSecond()) {
      throw error(op, env, "a time is out of range (" + seconds + ")", null);
    }
    return Instant.ofEpochSecond(seconds);
  }

  private ResponseFormatException error(String op, JsonNode env, String problem, @Nullable Throwable cause) {
    String body = redactor.redactTree(env.deepCopy()).toString();
    return new ResponseFormatException("bolink", op, 200, problem, body, cause);
  }
}
