package io.github.ampark.fourpyun.model;

import java.util.Map;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * The state of one charging session, reported while charging, at the end, or when it failed to
 * start ({@code POST energy/internal/replenish/sync}, JSON + {@code Authorization}). State and
 * device type codes are listed in the 4pyun openapi appendix ({@code replenish_state},
 * {@code device_type}).
 *
 * <pre>{@code
 * client.syncReplenishments(Replenishment.builder().stationUuid(station).order("20250917151408743549")
 *     .startTime(started).endTime(ended).plate("川A660N11").energyWh(1000).energyValueFen(800)
 *     .feeValueFen(200).state(3).stateDesc("SOC已充满").deviceNo("TEST250911100001").deviceType(0)
 *     .portNo("1").energyCode(EnergyCode.AC).soc(100).mobile("13800138001").build());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class Replenishment {
  /**
   * Charging station UUID ({@code station_uuid}).
   *
   * @return charging station UUID
   */
  public abstract String stationUuid();

  /**
   * Local charging order number ({@code order}).
   *
   * @return local charging order number
   */
  public abstract String order();

  /**
   * Start of charging ({@code start_time}, UTC ISO).
   *
   * @return start of charging (UTC ISO on the wire)
   */
  public abstract Instant startTime();

  /**
   * End of charging, or now while charging ({@code end_time}, UTC ISO).
   *
   * @return end of charging, or now while charging (UTC ISO on the wire)
   */
  public abstract Instant endTime();

  /**
   * Vehicle identification number ({@code vin}). Optional: {@code null} (the default) leaves it
   * out.
   *
   * @return vehicle identification number, or {@code null}
   */
  public abstract @Nullable String vin();

  /**
   * Licence plate ({@code plate}). Optional: {@code null} (the default) leaves it out.
   *
   * @return licence plate, or {@code null}
   */
  public abstract @Nullable String plate();

  /**
   * Energy delivered in watt-hours (the wire's 0.001 kWh unit; {@code quantity}).
   *
   * @return energy delivered in watt-hours
   */
  public abstract long energyWh();

  /**
   * Electricity fee, in fen ({@code energy_value}).
   *
   * @return electricity fee, in fen
   */
  public abstract long energyValueFen();

  /**
   * Service fee, in fen ({@code fee_value}).
   *
   * @return service fee, in fen
   */
  public abstract long feeValueFen();

  /**
   * Charging state code ({@code state}).
   *
   * @return charging state code
   */
  public abstract int state();

  /**
   * Description of the state ({@code state_desc}).
   *
   * @return description of the state
   */
  public abstract String stateDesc();

  /**
   * Local device number ({@code device_no}).
   *
   * @return local device number
   */
  public abstract String deviceNo();

  /**
   * Device type code ({@code device_type}).
   *
   * @return device type code
   */
  public abstract int deviceType();

  /**
   * Local connector number ({@code port_no}).
   *
   * @return local connector number
   */
  public abstract String portNo();

  /**
   * Charging type ({@code energy_code}).
   *
   * @return charging type
   */
  public abstract EnergyCode energyCode();

  /**
   * State of charge in percent ({@code soc}). Optional: {@code null} (the default) leaves it out.
   *
   * @return state of charge in percent, or {@code null}
   */
  public abstract @Nullable Integer soc();

  /**
   * Driver's mobile number (or a local user id when none is known); {@code mobile} on the wire;
   * redacted.
   *
   * @return driver's mobile number (or a local user id when none is known)
   */
  @Value.Redacted
  public abstract String mobile();

  /**
   * Fields this SDK has no typed property for (real traffic carries more than the documents):
   * wire name → raw text, signed and sent like the rest — among a form's fields in name order;
   * after the typed fields of
   * a JSON object, in name order. Names are 1–64 of {@code [A-Za-z0-9_.-]}, never {@code sign} nor
   * a field the request already sets. Empty by default.
   *
   * @return fields this SDK has no typed property for (real traffic carries more than the
   *     documents): wire name → raw text, signed and sent like the rest — among a form's fields in
   *     name order
   */
  public abstract Map<String, String> extraFields();

  @Value.Check
  void check() {
    ModelChecks.extraFields(extraFields());
    Checks.notBlank("stationUuid", stationUuid());
    Checks.notBlank("order", order());
    Checks.notNegative("energyWh", energyWh());
    Checks.notNegative("energyValueFen", energyValueFen());
    Checks.notNegative("feeValueFen", feeValueFen());
    Checks.notBlank("stateDesc", stateDesc());
    Checks.notBlank("deviceNo", deviceNo());
    Checks.notBlank("portNo", portNo());
    ModelChecks.known("energyCode", energyCode());
    Checks.notBlank("mobile", mobile());
    if (soc() != null) {
      Checks.between("soc", soc(), 0, 100);
    }
    if (endTime().isBefore(startTime())) {
      throw new ValidationException("endTime", "must not be before startTime");
    }
  }

  /**
   * Starts an empty {@code Replenishment} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Replenishment}. */
  public static final class Builder extends ImmutableReplenishment.Builder {}
}
