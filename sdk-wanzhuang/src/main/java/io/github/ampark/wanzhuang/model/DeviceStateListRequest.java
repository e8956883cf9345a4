package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import io.github.ampark.wanzhuang.internal.Rules;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Reads several devices' states ({@code GET /open/device/state/list}, marked 开发中 by the vendor):
 * {@code device_nums[]} and {@code port_fields[]} as repeated query keys.
 *
 * <pre>{@code
 * List<DeviceState> all = client.states().deviceStates(DeviceStateListRequest.builder()
 *     .addDeviceNums("18000001", "18000002").addPortFields("state", "charge_id", "current_power").build());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class DeviceStateListRequest {
  /** The wire names of this request's documented fields, in wire order. */
  public static final List<String> FIELDS = Collections.unmodifiableList(Arrays.asList("device_nums[]", "port_fields[]"));

  DeviceStateListRequest() {}

  /**
   * {@code device_nums[]}: at least one device.
   *
   * @return {@code device_nums[]}: at least one device
   */
  public abstract List<String> deviceNums();

  /**
   * {@code port_fields[]}: e.g. state, charge_id, rate_power, current_power, start_time, rev_time.
   *
   * @return {@code port_fields[]}: e.g
   */
  public abstract List<String> portFields();

  /**
   * Fields Wanzhuang accepts that this SDK does not name; sent as text after the documented ones, before {@code app_id, timestamp, sign}.
   *
   * @return fields Wanzhuang accepts that this SDK does not name; sent as text after the documented ones, before {@code app_id, timestamp, sign}
   */
  public abstract Map<String, String> extraFields();

  @Value.Check
  void check() {
    Rules.deviceNums("deviceNums", deviceNums(), false);
    for (String f : portFields()) {
      Checks.matches("portFields", f, java.util.regex.Pattern.compile("[a-z_]{1,32}"), "a lower-case field name");
    }
    Rules.extraFields(extraFields(), FIELDS);
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

  /** Builds a {@link DeviceStateListRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutableDeviceStateListRequest.Builder {}
}
