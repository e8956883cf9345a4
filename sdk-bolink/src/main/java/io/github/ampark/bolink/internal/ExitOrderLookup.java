package io.github.ampark.bolink.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.bolink.model.BolinkAck;
import io.github.ampark.bolink.model.ExitOrderRequest;
import io.github.ampark.bolink.model.QueryOrdersRequest;
import io.github.ampark.core.Checks;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.Reconciliation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * What a 4.1 answer proves about one exit order after its upload's answer was lost.
 *
 * <p>The lookup asks for this {@code order_id} in this park, page 1 of size 100, in a window of one
 * day either side of the order's {@code out_time} (4.1 filters by the order's time, and the order
 * was uploaded with that {@code out_time}). Only a well-formed answer proves absence: a {@code
 * data} list present, a {@code count} present and equal to the list's length (so the answer is the
 * whole result, not a partial page), page 1, and no order in it. Anything else — a missing list or
 * count, a count that disagrees with the list, another page, an item that is not an object or names
 * another order, the same order with another park, plate or amount — is "unknown".
 */
public final class ExitOrderLookup {
  private ExitOrderLookup() {}

  /**
   * @param request the exit order
   * @return the 4.1 question about its key
   */
  public static QueryOrdersRequest query(ExitOrderRequest request) {
    Instant out = request.outTime();
    return QueryOrdersRequest.builder().parkId(request.parkId()).orderId(request.orderId())
        .startTime(out.minus(Duration.ofDays(1))).endTime(out.plus(Duration.ofDays(1)))
        .page(1).size(QueryOrdersRequest.MAX_SIZE).build();
  }

  /**
   * @param env the accepted ({@code state} 1) 4.1 envelope
   * @param request the exit order looked up
   * @return found, absent (only as described in the class comment) or unknown
   */
  public static Reconciliation<BolinkAck> reconcile(JsonNode env, ExitOrderRequest request) {
    JsonNode data = env.get("data");
    if (data == null || !data.isArray()) {
      return Reconciliation.unknown("the 4.1 answer has no order list ('data')");
    }
    Long count = wholeNumber(env.get("count"));
    if (count == null) {
      return Reconciliation.unknown("the 4.1 answer has no whole-number 'count'");
    }
    Long page = wholeNumber(env.get("page"));
    if (page == null || page != 1) {
      return Reconciliation.unknown("the 4.1 answer is not page 1 (page " + Checks.echo(text(env.get("page"))) + ")");
    }
    if (count != data.size()) {
      return Reconciliation.unknown("the 4.1 answer has count " + count + " but " + data.size() + " orders in its list");
    }
    Reconciliation<BolinkAck> found = null;
    for (JsonNode item : data) {
      if (!item.isObject()) {
        return Reconciliation.unknown("an item of the 4.1 list is not an object");
      }
      String orderId = text(item.get("order_id"));
      if (!request.orderId().equals(orderId)) {
        return Reconciliation.unknown("the 4.1 answer names another order " + Checks.echo(orderId));
      }
      String mismatch = mismatch(item, request);
      if (mismatch != null) {
        return Reconciliation.unknown("the 4.1 answer names this order with " + mismatch);
      }
      found = Reconciliation.found(BolinkAck.builder().reconciled(true)
          .message("answer lost; Bolink has order " + request.orderId()).build());
    }
    return found != null ? found : Reconciliation.<BolinkAck>absent();
  }

  private static @Nullable String mismatch(JsonNode item, ExitOrderRequest request) {
    String park = text(item.get("park_id"));
    if (park != null && !park.equals(request.parkId())) {
      return "another park " + Checks.echo(park);
    }
    String car = text(item.get("car_number"));
    if (car != null && !car.equals(request.carNumber())) {
      return "another plate " + Checks.echo(car);
    }
    String total = text(item.get("total"));
    if (total != null) {
      try {
        if (new BigDecimal(total.trim()).compareTo(request.totalYuan()) != 0) {
          return "another total " + Checks.echo(total);
        }
      } catch (NumberFormatException e) {
        return "a total that is not an amount " + Checks.echo(total);
      }
    }
    return null;
  }

  private static @Nullable Long wholeNumber(@Nullable JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isIntegralNumber() && n.canConvertToLong()) {
      return n.longValue();
    }
    if (n.isTextual() && n.asText().matches("[0-9]{1,18}")) {
      return Long.parseLong(n.asText());
    }
    return null;
  }

  private static @Nullable String text(@Nullable JsonNode n) {
    return n == null || n.isNull() || !n.isValueNode() ? null : n.asText();
  }
}
