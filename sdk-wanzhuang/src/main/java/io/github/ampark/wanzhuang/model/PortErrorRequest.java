package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.wanzhuang.internal.Rules;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Marks a port faulty or clears it ({@code POST /open/device/state/port/error}, JSON). {@code
 * device_port} is sent as a JSON <em>string</em> and {@code is_error} as the string {@code "1"} or
 * {@code "0"}, as the API page types them (the guide's example shows {@code is_error=true}; this SDK
 * follows the endpoint page).
 *
 * <pre>{@code
 * client.states().setPortError(PortErrorRequest.of("18000001", 2, true));
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class PortErrorRequest {
  /** The wire names of this request's documented fields, in wire order. */
  public static final List<String> FIELDS = Collections.unmodifiableList(Arrays.asList("device_num", "device_port", "is_error"));

  PortErrorRequest() {}

  /**
   * {@code device_num}.
   *
   * @return {@code device_num}
   */
  public abstract String deviceNum();

  /**
   * {@code device_port}, positive (a string on the wire).
   *
   * @return {@code device_port}, positive (a string on the wire)
   */
  public abstract long devicePort();

  /**
   * {@code is_error}: {@code true} to mark the port faulty ({@code "1"}), {@code false} to clear it ({@code "0"}).
   *
   * @return whether {@code is_error}: {@code true} to mark the port faulty ({@code "1"}), {@code false} to clear it ({@code "0"})
   */
  public abstract boolean error();

  /**
   * Fields Wanzhuang accepts that this SDK does not name; sent as text after the documented ones, before {@code app_id, timestamp, sign}.
   *
   * @return fields Wanzhuang accepts that this SDK does not name; sent as text after the documented ones, before {@code app_id, timestamp, sign}
   */
  public abstract Map<String, String> extraFields();

  @Value.Check
  void check() {
    Rules.deviceNum("deviceNum", deviceNum());
    Rules.port("devicePort", devicePort());
    Rules.extraFields(extraFields(), FIELDS);
  }

  /**
   * @param deviceNum device
   * @param devicePort port
   * @param error faulty or not
   * @return the request
   */
  public static PortErrorRequest of(String deviceNum, long devicePort, boolean error) {
    return builder().deviceNum(deviceNum).devicePort(devicePort).error(error).build();
  }

  /**
   * A new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this request's values.
   *
   * @return a builder holding this request's values
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link PortErrorRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutablePortErrorRequest.Builder {}
}
