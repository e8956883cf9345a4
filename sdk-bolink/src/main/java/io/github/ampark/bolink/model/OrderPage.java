package io.github.ampark.bolink.model;

import io.github.ampark.core.AmparkStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * One page of {@link io.github.ampark.bolink.BolinkOrders#queryOrders} (4.1).
 *
 * <pre>{@code
 * OrderPage page = client.orders().queryOrders(query);
 * log.info("{} orders in all, page {}: {}", page.count(), page.page(), page.orders().size());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class OrderPage {
  /**
   * Orders matching the query, all pages together ({@code count}).
   *
   * @return orders matching the query, all pages together
   */
  public abstract long count();

  /**
   * This page's number ({@code page}).
   *
   * @return this page's number
   */
  public abstract int page();

  /**
   * The orders on this page ({@code data}).
   *
   * @return the orders on this page
   */
  public abstract List<HistoryOrder> orders();

  /**
   * Starts an empty {@code OrderPage} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link OrderPage}. */
  public static final class Builder extends ImmutableOrderPage.Builder {}
}
