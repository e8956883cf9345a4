package io.github.ampark.bolink.model;

import io.github.ampark.bolink.internal.Validation;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import io.github.ampark.core.time.TimeFormat;
import java.time.Instant;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A search of uploaded orders (4.1 查询历史订单, {@code /unionapi/neworder/queryorders}).
 *
 * <pre>{@code
 * OrderPage page = client.orders().queryOrders(QueryOrdersRequest.builder()
 *     .parkId("1001")
 *     .startTime(Instant.parse("2024-06-01T00:00:00Z")).endTime(Instant.parse("2024-06-30T00:00:00Z"))
 *     .page(1).size(50)
 *     .build());
 * }</pre>
 *
 * <p>At least one of {@code parkId}, {@code orderId}, {@code carNumber} is required. The window
 * from {@code startTime} to {@code endTime} may span at most one natural month (counted in
 * Asia/Shanghai: 15 May 10:00 → 15 June 10:00 is the longest window starting then); {@code size}
 * is at most 100.
 */
@Value.Immutable
@AmparkStyle
public abstract class QueryOrdersRequest {
  /** Largest page Bolink serves. */
  public static final int MAX_SIZE = 100;

  /**
   * The car park's id ({@code park_id}). Optional: {@code null} (the default) leaves it out.
   *
   * @return the car park's id, or {@code null}
   */
  public abstract @Nullable String parkId();

  /**
   * The order number of the stay ({@code order_id}). Optional: {@code null} (the default) leaves it
   * out.
   *
   * @return the order number of the stay, or {@code null}
   */
  public abstract @Nullable String orderId();

  /**
   * The licence plate ({@code car_number}). Optional: {@code null} (the default) leaves it out.
   *
   * @return the licence plate, or {@code null}
   */
  public abstract @Nullable String carNumber();

  /**
   * The start of the time range ({@code start_time}); sent as epoch seconds. The range spans at
   * most one natural month.
   *
   * @return the start of the time range
   */
  public abstract Instant startTime();

  /**
   * The end of the time range ({@code end_time}); sent as epoch seconds.
   *
   * @return the end of the time range
   */
  public abstract Instant endTime();

  /**
   * {@code page}, from 1 (default 1).
   *
   * @return {@code page}, from 1 (default 1)
   */
  @Value.Default
  public int page() {
    return 1;
  }

  /**
   * {@code size}, 1 to 100 (default 20).
   *
   * @return {@code size}, 1 to 100 (default 20)
   */
  @Value.Default
  public int size() {
    return 20;
  }

  /**
   * Fields the document does not list, sent after the documented ones in this order.
   *
   * @return fields the document does not list, sent after the documented ones in this order
   */
  public abstract Map<String, JsonScalar> extraFields();

  @Value.Check
  void check() {
    Validation.extraFields(extraFields());
    Validation.time("startTime", startTime());
    Validation.time("endTime", endTime());
    if (Validation.blank(parkId()) && Validation.blank(orderId()) && Validation.blank(carNumber())) {
      throw new ValidationException("parkId", "one of parkId, orderId or carNumber is required");
    }
    if (endTime().isBefore(startTime())) {
      throw new ValidationException("endTime", "must not be before startTime");
    }
    Instant limit = startTime().atZone(TimeFormat.SHANGHAI).plusMonths(1).toInstant();
    if (endTime().isAfter(limit)) {
      throw new ValidationException("endTime", "must be at most one natural month after startTime (at most " + limit + ")");
    }
    Checks.between("page", page(), 1, Integer.MAX_VALUE);
    Checks.between("size", size(), 1, MAX_SIZE);
  }

  /**
   * Starts an empty {@code QueryOrdersRequest} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link QueryOrdersRequest}. */
  public static final class Builder extends ImmutableQueryOrdersRequest.Builder {}
}
