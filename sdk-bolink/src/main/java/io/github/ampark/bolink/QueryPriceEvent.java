package io.github.ampark.bolink;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code query_price} (5.1 查询实时订单金额): Bolink asks what a stay costs now. Answer with
 * {@link BolinkReply#success} and the price fields your integration agreed with Bolink, e.g.
 * {@code total}, {@code price}, {@code duration}, {@code query_order_no}.
 *
 * <pre>{@code
 * if (event instanceof QueryPriceEvent) {
 *   return BolinkReply.success("查到啦").with("order_id", event.orderId()).with("total", "0.01");
 * }
 * }</pre>
 */
public final class QueryPriceEvent extends BolinkEvent {
  QueryPriceEvent(JsonNode data, String raw) {
    super("query_price", data, raw);
  }

  @Override
  boolean notification() {
    return false;
  }
}
