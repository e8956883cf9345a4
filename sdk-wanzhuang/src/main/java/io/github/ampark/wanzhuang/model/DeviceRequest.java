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
   * {@code device_num}.
   *
   * @return {@code device_num}
   */
  public abstract String deviceNum();

  /**
   * Fields Wanzhuang accepts that this SDK does not name; sent as text after the documented ones, before {@code app_id, timestamp, sign}.
   *
   * @return fields Wanzhuang accepts that this SDK does not name; sent as text after the documented ones, before {@code app_id, timestamp, sign}
   */
  public abstract Map<String, String> extraFields();

  @Value.Check
  void check() {
    Rules.deviceNum("deviceNum", deviceNum());
    Rules.extraFields(extraFields(), FIELDS);
  }

  /**
   * @param deviceNum the device number
   * @return the request
   */
  public static DeviceRequest of(String deviceNum) {
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

  /** Builds a {@link DeviceRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutableDeviceRequest.Builder {}
}
