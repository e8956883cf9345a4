package io.github.ampark.bolink.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import java.math.BigDecimal;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The cloud's answer to {@code getmonthcarprice}: {@code data{price, car_number, state, comid,
 * message, card_id, …}} (signed with the park's {@code ckey} and checked before it is believed).
 *
 * <pre>{@code
 * BigDecimal yuan = client.cloud().monthCarPrice(q).priceYuan();
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class MonthCarPriceResult {
  /**
   * The price in yuan ({@code price}), or {@code null}.
   *
   * @return the price in yuan, or {@code null}
   */
  public abstract @Nullable BigDecimal priceYuan();

  /**
   * The licence plate ({@code car_number}), or {@code null}.
   *
   * @return the licence plate, or {@code null}
   */
  public abstract @Nullable String carNumber();

  /**
   * The monthly card's id ({@code card_id}), or {@code null}.
   *
   * @return the monthly card's id, or {@code null}
   */
  public abstract @Nullable String cardId();

  /**
   * Bolink's message ({@code message}), or {@code null}.
   *
   * @return Bolink's message, or {@code null}
   */
  public abstract @Nullable String message();

  /**
   * Every member of the answer as text (scalars as written, objects and lists as their JSON text).
   *
   * @return every member of the answer as text (scalars as written, objects and lists as their JSON
   *     text)
   */
  @Value.Auxiliary
  public abstract Map<String, String> fields();

  /**
   * Starts an empty {@code MonthCarPriceResult} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MonthCarPriceResult}. */
  public static final class Builder extends ImmutableMonthCarPriceResult.Builder {}
}
