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
 * Reads one device's port states ({@code GET /open/device/state}). {@code port_fields} names the
 * port fields wanted; how several are encoded in the query is UNKNOWN, so each is sent as its own
 * {@code port_fields} parameter (repeated key) — the same shape as state/list's {@code
 * port_fields[]}. Leave it empty to send none.
 *
 * <pre>{@code
 * DeviceState s = client.states().deviceState(DeviceStateRequest.builder()
 *     .deviceNum("18000001").addPortFields("state", "charge_id").build());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class DeviceStateRequest {
  /** The wire names of this request's documented fields, in wire order. */
  public static final List<String> FIELDS = Collections.unmodifiableList(Arrays.asList("device_num", "port_fields"));

  DeviceStateRequest() {}

  /**
   * {@code device_num}.
   *
   * @return {@code device_num}
   */
  public abstract String deviceNum();

  /**
   * {@code port_fields}: e.g. {@code state}, {@code charge_mode}, {@code pay_amount}, {@code pay_used}, {@code time_total}, {@code time_used}, {@code charge_id}, {@code eq_used}.
   *
   * @return {@code port_fields}: e.g
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
    Rules.deviceNum("deviceNum", deviceNum());
    for (String f : portFields()) {
      Checks.matches("portFields", f, java.util.regex.Pattern.compile("[a-z_]{1,32}"), "a lower-case field name");
    }
    Rules.extraFields(extraFields(), FIELDS);
  }

  /**
   * @param deviceNum the device
   * @return a request for all ports, no port_fields sent
   */
  public static DeviceStateRequest of(String deviceNum) {
    return builder().deviceNum(deviceNum).build();
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

  /** Builds a {@link DeviceStateRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutableDeviceStateRequest.Builder {}
}
