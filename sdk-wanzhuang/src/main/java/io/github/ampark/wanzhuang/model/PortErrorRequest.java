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
   * The device, wire {@code device_num}: required, 1–64 printable ASCII characters without spaces.
   *
   * @return the device number
   */
  public abstract String deviceNum();

  /**
   * The port, wire {@code device_port} (a JSON string on the wire): 1–9999.
   *
   * @return the port number
   */
  public abstract long devicePort();

  /**
   * Whether to mark the port faulty, wire {@code is_error}: {@code true} sends {@code "1"} (faulty), {@code
   * false} sends {@code "0"} (cleared).
   *
   * @return {@code true} to mark the port faulty, {@code false} to clear it
   */
  public abstract boolean error();

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
    Rules.port("devicePort", devicePort());
    Rules.extraFields(extraFields(), FIELDS);
  }

  /**
   * A request to mark one port faulty or clear it, without extra fields.
   *
   * @param deviceNum the device number
   * @param devicePort the port, 1–9999
   * @param error {@code true} to mark the port faulty, {@code false} to clear it
   * @return the request
   * @throws io.github.ampark.core.ValidationException when a value is malformed or out of range
   */
  public static PortErrorRequest of(String deviceNum, long devicePort, boolean error) {
    return builder().deviceNum(deviceNum).devicePort(devicePort).error(error).build();
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

  /** Builds a {@link PortErrorRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutablePortErrorRequest.Builder {}
}
