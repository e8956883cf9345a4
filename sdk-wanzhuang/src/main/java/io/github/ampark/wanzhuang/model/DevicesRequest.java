package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.wanzhuang.internal.Rules;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Several devices ({@code device_nums}), for findMultiDevices (one multipart text field, written
 * with the client's {@link ListEncoding}) and state/offline (a JSON array of strings).
 *
 * <pre>{@code
 * client.states().setOffline(DevicesRequest.of("18000001", "18000002"));
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class DevicesRequest {
  /** The wire names of this request's documented fields, in wire order. */
  public static final List<String> FIELDS = Collections.unmodifiableList(Arrays.asList("device_nums"));

  DevicesRequest() {}

  /**
   * {@code device_nums}: at least one, at most 1000 device numbers.
   *
   * @return {@code device_nums}: at least one, at most 1000 device numbers
   */
  public abstract List<String> deviceNums();

  /**
   * Fields Wanzhuang accepts that this SDK does not name; sent as text after the documented ones, before {@code app_id, timestamp, sign}.
   *
   * @return fields Wanzhuang accepts that this SDK does not name; sent as text after the documented ones, before {@code app_id, timestamp, sign}
   */
  public abstract Map<String, String> extraFields();

  @Value.Check
  void check() {
    Rules.deviceNums("deviceNums", deviceNums(), false);
    Rules.extraFields(extraFields(), FIELDS);
  }

  /**
   * @param deviceNums device numbers
   * @return the request
   */
  public static DevicesRequest of(String... deviceNums) {
    return builder().addDeviceNums(deviceNums).build();
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

  /** Builds a {@link DevicesRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutableDevicesRequest.Builder {}
}
