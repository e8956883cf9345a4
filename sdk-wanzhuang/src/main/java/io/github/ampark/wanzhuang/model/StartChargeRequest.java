package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.wanzhuang.internal.Rules;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Starts a charge ({@code POST /open/charge/start}, JSON). {@link #chargeId()} is your key: unique
 * per charge, it is what the client reconciles on after an ambiguous failure, never sending the
 * same charge twice by itself.
 *
 * <pre>{@code
 * StartChargeResult r = client.charging().startCharge(StartChargeRequest.builder()
 *     .deviceNum("18000001").devicePort(1).chargeId(1751254762038L)
 *     .chargeMode(ChargeMode.TIME_2).totalFeeFen(100).build());
 * }</pre>
 *
 * <p>Checked before sending: positive port and charge id; a mode of 0, 1, 2, 7, 8, 9 or 11; a
 * non-negative {@code total_fee}; in an energy mode (1, 8) a {@code total_fee} of at most 3000 fen —
 * the seed says "充电金额不能大于30元" (the charge amount may not exceed 30 yuan) under the energy
 * modes without naming the field; the charge amount of a charge is {@code total_fee}, so that is the
 * field bounded ({@code max_pay_fee} of saveMode is not). When {@link #deviceType()} is given, the
 * mode must fit it (car piles 12/13 take only mode 11).
 */
@Value.Immutable
@AmparkStyle
public abstract class StartChargeRequest {
  /** The wire names of this request's documented fields, in wire order. */
  public static final List<String> FIELDS = Collections.unmodifiableList(Arrays.asList("device_num", "device_port", "charge_id", "charge_mode", "total_fee"));

  StartChargeRequest() {}

  /**
   * {@code device_num}.
   *
   * @return {@code device_num}
   */
  public abstract String deviceNum();

  /**
   * {@code device_port}, positive (a JSON number).
   *
   * @return {@code device_port}, positive (a JSON number)
   */
  public abstract long devicePort();

  /**
   * {@code charge_id}: your unique, positive id of this charge (a JSON number).
   *
   * @return {@code charge_id}: your unique, positive id of this charge (a JSON number)
   */
  public abstract long chargeId();

  /**
   * {@code charge_mode}: 0, 1, 2, 7, 8, 9 or 11.
   *
   * @return {@code charge_mode}: 0, 1, 2, 7, 8, 9 or 11
   */
  public abstract ChargeMode chargeMode();

  /**
   * {@code total_fee} in fen; at most 3000 in an energy mode.
   *
   * @return {@code total_fee} in fen; at most 3000 in an energy mode
   */
  public abstract long totalFeeFen();

  /**
   * The device type if you know it (never sent): checks that the mode fits it.
   *
   * @return the device type if you know it (never sent): checks that the mode fits it, or {@code null} when absent
   */
  public abstract @Nullable Integer deviceType();

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
    if (chargeMode() == ChargeMode.UNKNOWN) {
      throw new ValidationException("chargeMode", "must be one of 0, 1, 2, 7, 8, 9, 11");
    }
    Checks.notNegative("totalFeeFen", totalFeeFen());
    if (chargeMode().isEnergy() && totalFeeFen() > 3000) {
      throw new ValidationException("totalFeeFen", "is at most 3000 fen (30 yuan) in " + chargeMode() + " (was " + totalFeeFen() + ")");
    }
    if (deviceType() != null && !chargeMode().fitsDeviceType(deviceType())) {
      throw new ValidationException("chargeMode", chargeMode() + " does not match device type " + deviceType()
          + " (it matches " + chargeMode().deviceTypes() + ")");
    }
    Rules.extraFields(extraFields(), FIELDS);
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

  /** Builds a {@link StartChargeRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutableStartChargeRequest.Builder {}
}
