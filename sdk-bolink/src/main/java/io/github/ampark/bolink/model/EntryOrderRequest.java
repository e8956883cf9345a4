package io.github.ampark.bolink.model;

import io.github.ampark.bolink.internal.Validation;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import io.github.ampark.core.Nullable;
import java.time.Instant;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A car entering a car park (3.1 提交停车进场纪录, {@code /unionapi/neworder/addorder}): the entry
 * half of the parking flow whose exit is {@link ExitOrderRequest}.
 *
 * <pre>{@code
 * client.orders().entryOrder(EntryOrderRequest.builder()
 *     .parkId("1001").orderId("A1_2C1717754731").carNumber("京A12345")
 *     .inTime(Instant.ofEpochSecond(1717754731)).emptyPlot(55)
 *     .build());
 * }</pre>
 *
 * <p>The fields and their order are those of the document example (car_number, in_time, order_id,
 * empty_plot, park_id, union_id, remark) plus the optional {@code inpark_img}; the client adds
 * {@code union_id}. Use the same {@code orderId} for the exit.
 */
@Value.Immutable
@AmparkStyle
public abstract class EntryOrderRequest {
  /**
   * The plate ({@code car_number}).
   *
   * @return the plate
   */
  public abstract String carNumber();

  /**
   * When the car entered ({@code in_time}); sent as epoch seconds, between 1970 and 9999.
   *
   * @return when the car entered
   */
  public abstract Instant inTime();

  /**
   * Your order number for this stay ({@code order_id}).
   *
   * @return your order number for this stay
   */
  public abstract String orderId();

  /**
   * Free spaces left after the car entered ({@code empty_plot}).
   *
   * @return free spaces left after the car entered
   */
  public abstract int emptyPlot();

  /**
   * The car park's id ({@code park_id}), as published with {@code addPark}.
   *
   * @return the car park's id
   */
  public abstract String parkId();

  /**
   * Free remarks, sent as a JSON object ({@code remark}); left out when empty.
   *
   * @return free remarks, sent as a JSON object
   */
  public abstract Map<String, String> remark();

  /**
   * URL of the entry picture ({@code inpark_img}). Optional: {@code null} (the default) leaves it
   * out.
   *
   * @return URL of the entry picture, optional, or {@code null}
   */
  public abstract @Nullable String inParkImageUrl();

  /**
   * Fields the document does not list, sent after the documented ones in this order.
   *
   * @return fields the document does not list, sent after the documented ones in this order
   */
  public abstract Map<String, JsonScalar> extraFields();

  @Value.Check
  void check() {
    Checks.notBlank("carNumber", carNumber());
    Validation.time("inTime", inTime());
    Checks.notBlank("orderId", orderId());
    Checks.notNegative("emptyPlot", emptyPlot());
    Checks.notBlank("parkId", parkId());
    if (inParkImageUrl() != null) {
      Checks.httpUrl("inParkImageUrl", inParkImageUrl());
    }
    Validation.extraFields(extraFields());
  }

  /**
   * Starts an empty {@code EntryOrderRequest} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link EntryOrderRequest}. */
  public static final class Builder extends ImmutableEntryOrderRequest.Builder {}
}
