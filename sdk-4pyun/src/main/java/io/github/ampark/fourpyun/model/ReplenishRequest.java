package io.github.ampark.fourpyun.model;

import java.util.Map;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A charging session ended: report it so P云 can grant the parking discount of the charging
 * station's park ({@code POST energy/internal/replenish}, form, openapi common parameters). P云
 * grants one discount per {@code replenishOrder}, however often it is reported.
 *
 * <pre>{@code
 * client.replenish(ReplenishRequest.builder().stationUuid(station).deviceNo("DEVICE1").portNo("1")
 *     .replenishOrder("R-20240601-0001").startTime(started).endTime(ended)
 *     .vin("粤B12345").plate("粤B12345").energyWh(12_500)
 *     .energyValueFen(800).feeValueFen(200).totalValueFen(1000).energyCode(EnergyCode.AC).build());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class ReplenishRequest {
  /**
   * Charging station UUID created on the PP platform ({@code station_uuid}).
   *
   * @return charging station UUID created on the PP platform
   */
  public abstract String stationUuid();

  /**
   * Local device number ({@code device_no}).
   *
   * @return local device number
   */
  public abstract String deviceNo();

  /**
   * Local connector (gun) number ({@code port_no}).
   *
   * @return local connector (gun) number
   */
  public abstract String portNo();

  /**
   * Local charging order number ({@code replenish_order}).
   *
   * @return local charging order number
   */
  public abstract String replenishOrder();

  /**
   * Start of charging ({@code start_time}, UTC ISO).
   *
   * @return start of charging (UTC ISO on the wire)
   */
  public abstract Instant startTime();

  /**
   * End of charging ({@code end_time}, UTC ISO).
   *
   * @return end of charging (UTC ISO on the wire)
   */
  public abstract Instant endTime();

  /**
   * Vehicle identification; for the parking discount P云 wants the plate here ({@code vin}).
   *
   * @return vehicle identification
   */
  public abstract String vin();

  /**
   * Licence plate ({@code plate}).
   *
   * @return licence plate
   */
  public abstract String plate();

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
   * Total, in fen ({@code total_value}).
   *
   * @return total, in fen
   */
  public abstract long totalValueFen();

  /**
   * Charging type ({@code energy_code}).
   *
   * @return charging type
   */
  public abstract EnergyCode energyCode();

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
    Checks.notBlank("deviceNo", deviceNo());
    Checks.notBlank("portNo", portNo());
    Checks.notBlank("replenishOrder", replenishOrder());
    Checks.notBlank("vin", vin());
    Checks.notBlank("plate", plate());
    Checks.notNegative("energyWh", energyWh());
    Checks.notNegative("energyValueFen", energyValueFen());
    Checks.notNegative("feeValueFen", feeValueFen());
    Checks.notNegative("totalValueFen", totalValueFen());
    ModelChecks.known("energyCode", energyCode());
    if (endTime().isBefore(startTime())) {
      throw new ValidationException("endTime", "must not be before startTime");
    }
  }

  /**
   * Starts an empty {@code ReplenishRequest} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ReplenishRequest}. */
  public static final class Builder extends ImmutableReplenishRequest.Builder {}
}
