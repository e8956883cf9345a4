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
   * The devices to read, wire {@code device_nums[]} (one repeated query key per device): at least one, at
   * most 1000, each 1–64 printable ASCII characters without spaces.
   *
   * @return the device numbers
   */
  public abstract List<String> deviceNums();

  /**
   * The port fields wanted, wire {@code port_fields[]} (one repeated query key per field), each a lower-case
   * name of at most 32 characters, e.g. {@code state}, {@code charge_id}, {@code rate_power}, {@code
   * current_power}, {@code start_time}, {@code rev_time}. Empty (the default) sends none.
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
    Rules.deviceNums("deviceNums", deviceNums(), false);
    for (String f : portFields()) {
      Checks.matches("portFields", f, java.util.regex.Pattern.compile("[a-z_]{1,32}"), "a lower-case field name");
    }
    Rules.extraFields(extraFields(), FIELDS);
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

  /** Builds a {@link DeviceStateListRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutableDeviceStateListRequest.Builder {}
}
