package io.github.ampark.bolink.model;

import io.github.ampark.core.AmparkStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code query_price} (5.1 查询实时订单金额): what does this stay cost now? A question: answered
 * every time, never filtered as a duplicate. Answer with {@link BolinkReply#success} and the
 * amounts your page agreed with Bolink.
 *
 * <pre>{@code
 * public BolinkReply onQueryPrice(QueryPriceEvent e) {
 *   return BolinkReply.success("查到啦").withText("order_id", e.orderId()).withNumber("total", price(e));
 * }
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class QueryPriceEvent implements BolinkEvent {
  @Override
  public abstract String serviceName();

  @Override
  public abstract String rawData();

  @Override
  @Value.Auxiliary
  public abstract Map<String, String> fields();

  /**
   * Starts an empty {@code QueryPriceEvent} builder, for tests of your own code.
   *
   * @return a new builder (for tests; the SDK builds events from verified callbacks)
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link QueryPriceEvent}. */
  public static final class Builder extends ImmutableQueryPriceEvent.Builder {}
}
