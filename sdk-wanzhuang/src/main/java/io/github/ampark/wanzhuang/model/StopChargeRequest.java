package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.wanzhuang.internal.Rules;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Stops a charge ({@code POST /open/charge/stop}, JSON: {@code device_num}, {@code device_port}
 * and {@code charge_id} as numbers). Safe to send again: stopping a stopped charge changes nothing.
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
   * {@code device_num}.
   *
   * @return {@code device_num}
   */
  public abstract String deviceNum();

  /**
   * {@code device_port}, positive.
   *
   * @return {@code device_port}, positive
   */
  public abstract long devicePort();

  /**
   * {@code charge_id} of the charge to stop.
   *
   * @return {@code charge_id} of the charge to stop
   */
  public abstract long chargeId();

  /**
   * Fields Wanzhuang accepts that this SDK does not name; sent as text after the documented ones, before {@code app_id, timestamp, sign}.
   *
   * @return fields Wanzhuang accepts that this SDK does not name; sent as text after the documented ones, before {@code app_id, timestamp, sign}
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
   * @param deviceNum device
   * @param devicePort port
   * @param chargeId charge
   * @return the request
   */
  public static StopChargeRequest of(String deviceNum, long devicePort, long chargeId) {
    return builder().deviceNum(deviceNum).devicePort(devicePort).chargeId(chargeId).build();
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

  /** Builds a {@link StopChargeRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutableStopChargeRequest.Builder {}
}
