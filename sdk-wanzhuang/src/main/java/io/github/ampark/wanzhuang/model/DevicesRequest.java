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
   * The devices, wire {@code device_nums}: at least one, at most 1000 device numbers, each 1–64 printable
   * ASCII characters without spaces.
   *
   * @return the device numbers
   */
  public abstract List<String> deviceNums();

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
    Rules.extraFields(extraFields(), FIELDS);
  }

  /**
   * A request for the given devices, without extra fields.
   *
   * @param deviceNums 1 to 1000 device numbers
   * @return the request
   * @throws io.github.ampark.core.ValidationException when none is given, more than 1000 are, or one is
   *     malformed
   */
  public static DevicesRequest of(String... deviceNums) {
    return builder().addDeviceNums(deviceNums).build();
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

  /** Builds a {@link DevicesRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutableDevicesRequest.Builder {}
}
