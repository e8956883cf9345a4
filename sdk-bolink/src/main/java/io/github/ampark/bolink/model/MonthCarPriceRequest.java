package io.github.ampark.bolink.model;

import io.github.ampark.bolink.internal.Validation;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import java.time.Instant;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What renewing a monthly card costs, asked of the car park's cloud ({@code
 * /zld/openservice/getmonthcarprice}, family B: Base64, signed with the park's {@code ckey}).
 *
 * <pre>{@code
 * MonthCarPriceResult price = client.cloud().monthCarPrice(MonthCarPriceRequest.builder()
 *     .parkId("kytest2020032501").startTime(Instant.ofEpochSecond(1618899136))
 *     .cardId("190757").months(1).pid("1093")
 *     .build());
 * }</pre>
 *
 * <p>Sent as the document's example (vector BV6): {@code comid, union_id, start_time, card_id,
 * months, pid}, every value as text. {@code pid} is passed as given (the document does not define
 * it beyond its example).
 */
@Value.Immutable
@AmparkStyle
public abstract class MonthCarPriceRequest {
  /**
   * The car park ({@code comid}); its {@code ckey} signs the request.
   *
   * @return the car park
   */
  public abstract String parkId();

  /**
   * When the renewal starts (epoch seconds, as text); {@code start_time} on the wire.
   *
   * @return when the renewal starts (epoch seconds, as text)
   */
  public abstract Instant startTime();

  /**
   * The monthly card's id ({@code card_id}).
   *
   * @return the monthly card's id
   */
  public abstract String cardId();

  /**
   * How many months, 1 to 1200 ({@code months}).
   *
   * @return how many months, 1 to 1200
   */
  public abstract int months();

  /**
   * {@code pid}, as in the document's example.
   *
   * @return {@code pid}, as in the document's example
   */
  public abstract String pid();

  /**
   * Fields the document does not list, sent after the documented ones in this order.
   *
   * @return fields the document does not list, sent after the documented ones in this order
   */
  public abstract Map<String, JsonScalar> extraFields();

  @Value.Check
  void check() {
    Checks.notBlank("parkId", parkId());
    Validation.time("startTime", startTime());
    Checks.notBlank("cardId", cardId());
    Checks.between("months", months(), 1, 1200);
    Checks.notBlank("pid", pid());
    Validation.extraFields(extraFields());
  }

  /**
   * Starts an empty {@code MonthCarPriceRequest} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link MonthCarPriceRequest}. */
  public static final class Builder extends ImmutableMonthCarPriceRequest.Builder {}
}
