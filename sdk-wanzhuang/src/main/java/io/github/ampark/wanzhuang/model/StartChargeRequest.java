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
   * The device to charge on, wire {@code device_num}: required, 1–64 printable ASCII characters without
   * spaces.
   *
   * @return the device number
   */
  public abstract String deviceNum();

  /**
   * The port to charge on, wire {@code device_port} (a JSON number): 1–9999; required.
   *
   * @return the port number
   */
  public abstract long devicePort();

  /**
   * Your unique id of this charge, wire {@code charge_id} (a JSON number): positive; required. It is the
   * idempotency key: after an ambiguous failure the client looks for this id on the port and in the callback
   * log before anything else.
   *
   * @return the charge id
   */
  public abstract long chargeId();

  /**
   * The charging mode, wire {@code charge_mode}: 0, 1, 2, 7, 8, 9 or 11; required.
   *
   * @return the mode
   */
  public abstract ChargeMode chargeMode();

  /**
   * The amount to charge for, in fen, wire {@code total_fee}: not negative, and at most 3000 (30 yuan) in an
   * energy mode (1, 8); required.
   *
   * @return the amount in fen
   */
  public abstract long totalFeeFen();

  /**
   * The device type code, if you know it; never sent. When given, the SDK checks before sending that {@link
   * #chargeMode()} fits it (car piles 12 and 13 take only mode 11).
   *
   * @return the device type, or {@code null} (the default) to skip the check
   */
  public abstract @Nullable Integer deviceType();

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

  /** Builds a {@link StartChargeRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutableStartChargeRequest.Builder {}
}
