package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.wanzhuang.internal.Rules;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Stops a charge ({@code POST /open/charge/stop}, JSON: {@code device_num} as a string, {@code
 * device_port} and {@code charge_id} as numbers). Safe to send again: stopping a stopped charge changes nothing.
 *
 * <pre>{@code
 * client.charging().stopCharge(StopChargeRequest.of("18000001", 1, 1751254762038L));
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class StopChargeRequest {
  /** The wire names of this request's documented fields, in wire order. */
  public static final List<String> FIELDS = Collections.unmodifiableList(Arrays.asList("device_num", "device_port", "charge_id"));

  StopChargeRequest() {}

  /**
   * The device, wire {@code device_num} (a JSON string): required, 1–64 printable ASCII characters
   * without spaces.
   *
   * @return the device number
   */
  public abstract String deviceNum();

  /**
   * The port, wire {@code device_port}: 1–9999; required.
   *
   * @return the port number
   */
  public abstract long devicePort();

  /**
   * Your id of the charge to stop, wire {@code charge_id}: positive; required.
   *
   * @return the charge id
   */
  public abstract long chargeId();

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
    Rules.chargeId("chargeId", chargeId());
    Rules.extraFields(extraFields(), FIELDS);
  }

  /**
   * A request to stop one charge, without extra fields.
   *
   * @param deviceNum the device number
   * @param devicePort the port, 1–9999
   * @param chargeId your {@code charge_id}, positive
   * @return the request
   * @throws io.github.ampark.core.ValidationException when a value is malformed or out of range
   */
  public static StopChargeRequest of(String deviceNum, long devicePort, long chargeId) {
    return builder().deviceNum(deviceNum).devicePort(devicePort).chargeId(chargeId).build();
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

  /** Builds a {@link StopChargeRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutableStopChargeRequest.Builder {}
}
