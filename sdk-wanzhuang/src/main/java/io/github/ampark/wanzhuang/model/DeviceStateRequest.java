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
   * The device to read (设备编号), wire {@code device_num}: required, 1–64 printable ASCII characters without
   * spaces.
   *
   * @return the device number
   */
  public abstract String deviceNum();

  /**
   * The port fields wanted, wire {@code port_fields} (sent as one repeated query key per field), each a
   * lower-case name of at most 32 characters, e.g. {@code state}, {@code charge_mode}, {@code pay_amount},
   * {@code pay_used}, {@code time_total}, {@code time_used}, {@code charge_id}, {@code eq_used}. Empty (the
   * default) sends none.
   *
   * @return the field names, possibly empty
   */
  public abstract List<String> portFields();

  /**
   * Fields Wanzhuang accepts that this SDK does not name, sent as text after the documented fields and
   * before {@code app_id}, {@code timestamp} and {@code sign}, in their insertion order, and signed like
   * the rest. Names are 1–64 letters, digits, {@code _} or {@code []}; a name of a documented field or
   * of {@code app_id}, {@code timestamp}, {@code sign} is a {@code ValidationException}. Empty by default.
   *
   * @return the extra fields by wire name, possibly empty
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
   * A request for every port of one device, sending no {@code port_fields} and no extra fields.
   *
   * @param deviceNum the device number, 1–64 printable ASCII characters without spaces
   * @return the request
   * @throws io.github.ampark.core.ValidationException when {@code deviceNum} is blank or malformed
   */
  public static DeviceStateRequest of(String deviceNum) {
    return builder().deviceNum(deviceNum).build();
  }

  /**
   * Starts a request; {@code build()} checks it and throws {@code ValidationException} naming the
   * first bad field.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from this request's values, to derive a changed copy.
   *
   * @return a new builder holding every value of this request
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link DeviceStateRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutableDeviceStateRequest.Builder {}
}
