package io.github.ampark.bolink.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import io.github.ampark.core.spi.Reconciliation;
import io.github.ampark.core.spi.Redactor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference for {@link Responses}: how answers were read before it read them by hand — the
 * envelope tree bound by Jackson ({@code mapper.treeToValue}) into the public-field wire classes
 * below, then mapped to the model. Kept verbatim (only renamed) so that {@code
 * ResponsesMatchJackson} can compare the two on generated answers.
 *
 * <p>As it was: the envelope tree is read by Jackson into the wire classes below, which are mapped
 * to the model. A field present with a value of the
 * wrong kind (an amount {@code "free"}, an object where text belongs) is a {@link
 * ResponseFormatException}, never a silent {@code null}. Every result also keeps the members as
 * text ({@code fields()}).
 */
final class JacksonResponses {
  private final ObjectMapper mapper;
  private final Redactor redactor;

  /**
   * @param mapper the runtime's mapper
   * @param redactor masks secrets in the bodies exceptions carry
   */
  JacksonResponses(ObjectMapper mapper, Redactor redactor) {
    this.mapper = mapper;
    this.redactor = redactor;
  }

  // ---- wire classes (Jackson) ------------------------------------------------------------------

  /** {@code {state, errmsg | message, …}}. */
  public static class AckWire {
    @JsonProperty("errmsg") public @Nullable String errmsg;
    @JsonProperty("message") public @Nullable String message;
  }

  /** 4.1. */
  public static final class PageWire {
    @JsonProperty("count") public @Nullable Long count;
    @JsonProperty("page") public @Nullable Integer page;
    @JsonProperty("data") public @Nullable List<OrderWire> data;
  }

  /** One 4.1 item (names as uploaded with 3.2, plus {@code trade_no}). */
  public static final class OrderWire {
    @JsonProperty("order_id") public @Nullable String orderId;
    @JsonProperty("park_id") public @Nullable String parkId;
    @JsonProperty("car_number") public @Nullable String carNumber;
    @JsonProperty("trade_no") public @Nullable String tradeNo;
    @JsonProperty("in_time") public @Nullable Long inTime;
    @JsonProperty("out_time") public @Nullable Long outTime;
    @JsonProperty("total") public @Nullable BigDecimal total;
    @JsonProperty("pay_type") public @Nullable String payType;
  }

  /** A 4.3 item. */
  public static final class StateWire {
    @JsonProperty("trade_no") public @Nullable String tradeNo;
    @JsonProperty("pay_state") public @Nullable String payState;
    @JsonProperty("pay_type") public @Nullable String payType;
  }

  /** Payment answers: {@code data.url} in the demo. */
  public static final class UrlWire {
    @JsonProperty("url") public @Nullable String url;
  }

  /** 3.3. */
  public static final class MonthCardWire {
    @JsonProperty("payurl") public @Nullable String payUrl;
    @JsonProperty("trade_no") public @Nullable String tradeNo;
  }

  /** park_check. */
  public static final class ParkCheckWire extends AckWire {
    @JsonProperty("status") public @Nullable String status;
  }

  /** 2.1 / 2.2. */
  public static final class ParkWire extends AckWire {
    @JsonProperty("park_id") public @Nullable String parkId;
    @JsonProperty("username") public @Nullable String username;
  }

  /** getmonthcarprice {@code data}. */
  public static final class PriceWire extends AckWire {
    @JsonProperty("price") public @Nullable BigDecimal price;
    @JsonProperty("car_number") public @Nullable String carNumber;
    @JsonProperty("card_id") public @Nullable String cardId;
  }

  // ---- mapping ---------------------------------------------------------------------------------

  /** @param op operation @param env a {@code state} 1 envelope @return the ack */
  public BolinkAck ack(String op, JsonNode env) {
    AckWire w = read(op, env, env, AckWire.class);
    return BolinkAck.builder().message(w.errmsg != null ? w.errmsg : w.message).build();
  }

  /** @param op operation @param env 4.1 envelope @return the page */
  public OrderPage orderPage(String op, JsonNode env) {
    PageWire w = read(op, env, env, PageWire.class);
    OrderPage.Builder b = OrderPage.builder();
    JsonNode items = env.path("data");
    List<OrderWire> orders = w.data == null ? Collections.<OrderWire>emptyList() : w.data;
    for (int i = 0; i < orders.size(); i++) {
      OrderWire o = orders.get(i);
      if (o == null || !items.get(i).isObject()) {
        throw error(op, env, "an order in 'data' is not an object", null);
      }
      b.addOrders(HistoryOrder.builder().orderId(o.orderId).parkId(o.parkId).carNumber(o.carNumber).tradeNo(o.tradeNo)
          .inTime(instant(op, env, o.inTime)).outTime(instant(op, env, o.outTime)).totalYuan(o.total).payTypeCode(o.payType)
          .fields(fields(items.get(i))).build());
    }
    return b.count(w.count != null ? w.count : orders.size()).page(w.page != null ? w.page : 1).build();
  }

  /** @param op operation @param tradeNo asked about @param env 4.3 envelope @return the state */
  public OrderState orderState(String op, String tradeNo, JsonNode env) {
    AckWire a = read(op, env, env, AckWire.class);
    JsonNode item = stateItem(env);
    StateWire s = item.isObject() ? read(op, env, item, StateWire.class) : new StateWire();
    return OrderState.builder().tradeNo(tradeNo).message(a.errmsg).payState(s.payState).payTypeCode(s.payType)
        .fields(item.isObject() ? fields(item) : Collections.<String, String>emptyMap()).build();
  }

  /** @param op operation @param tradeNo the payment @param env envelope @param reconciled from 4.3 @return the result */
  public PaymentResult payment(String op, String tradeNo, JsonNode env, boolean reconciled) {
    JsonNode data = env.path("data");
    UrlWire u = data.isObject() ? read(op, env, data, UrlWire.class) : new UrlWire();
    return PaymentResult.builder().tradeNo(tradeNo).reconciled(reconciled).url(u.url).fields(fields(env)).build();
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
    JsonNode data = env.path("data");
    MonthCardWire w = read(op, env, data.isObject() ? data : env, MonthCardWire.class);
    return MonthCardPayResult.builder().tradeNo(tradeNo).reconciled(false).payUrl(w.payUrl).fields(fields(env)).build();
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
    JsonNode data = env.path("data");
    String url = data.isObject() ? read(op, env, data, UrlWire.class).url : null;
    if (url == null || url.isEmpty()) {
      throw error(op, env, "answer has no data.url", null);
    }
    return RedPacketChangeResult.builder().url(url).build();
  }

  /** @param op operation @param env park_check envelope @return the verdict */
  public ParkCheckResult parkCheck(String op, JsonNode env) {
    ParkCheckWire w = read(op, env, env, ParkCheckWire.class);
    return ParkCheckResult.builder().status(w.status).message(w.errmsg).fields(fields(env)).build();
  }

  /** @param op operation @param env 2.1 / 2.2 envelope @return the result */
  public ParkResult park(String op, JsonNode env) {
    ParkWire w = read(op, env, env, ParkWire.class);
    return ParkResult.builder().parkId(w.parkId).username(w.username).message(w.errmsg).fields(fields(env)).build();
  }

  /** @param op operation @param data the verified cloud {@code data} @return the price */
  public MonthCarPriceResult monthCarPrice(String op, JsonNode data) {
    PriceWire w = read(op, data, data, PriceWire.class);
    return MonthCarPriceResult.builder().priceYuan(w.price).carNumber(w.carNumber).cardId(w.cardId)
        .message(w.message != null ? w.message : w.errmsg).fields(fields(data)).build();
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

  private <T> T read(String op, JsonNode env, JsonNode node, Class<T> type) {
    try {
      return mapper.treeToValue(node, type);
    } catch (JsonMappingException e) {
      String field = e.getPath().isEmpty() ? "?" : e.getPath().get(e.getPath().size() - 1).getFieldName();
      throw error(op, env, "'" + field + "' has a value of the wrong kind", e);
    } catch (JsonProcessingException e) {
      throw error(op, env, "the answer cannot be read", e);
    }
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
