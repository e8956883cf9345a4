package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.wanzhuang.internal.Rules;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One device ({@code device_num}), for the device endpoints that take nothing else: getMode, the
 * mode-setting queries, findOne (query string) and add (JSON body).
 *
 * <pre>{@code
 * ModeSettings mode = client.devices().getMode(DeviceRequest.of("18000001"));
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class DeviceRequest {
  /** The wire names of this request's documented fields, in wire order. */
  public static final List<String> FIELDS = Collections.unmodifiableList(Arrays.asList("device_num"));

  DeviceRequest() {}

  /**
   * The device number (设备编号), wire {@code device_num}: required, 1–64 printable ASCII characters without
   * spaces.
   *
   * @return the device number
   */
  public abstract String deviceNum();

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
    Rules.extraFields(extraFields(), FIELDS);
  }

  /**
   * A request for one device, without extra fields.
   *
   * @param deviceNum the device number, 1–64 printable ASCII characters without spaces
   * @return the request
   * @throws io.github.ampark.core.ValidationException when {@code deviceNum} is blank or malformed
   */
  public static DeviceRequest of(String deviceNum) {
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

  /** Builds a {@link DeviceRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutableDeviceRequest.Builder {}
}
