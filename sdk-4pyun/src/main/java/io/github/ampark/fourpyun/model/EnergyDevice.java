package io.github.ampark.fourpyun.model;

import io.github.ampark.core.ValidationException;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A charging device and its connectors, as synced to P云 ({@code POST
 * energy/internal/device/sync}, JSON + {@code Authorization}). Device type and state codes are
 * listed in the 4pyun openapi appendix ({@code device_type}, {@code device_state}).
 *
 * <pre>{@code
 * client.syncEnergyDevices(EnergyDevice.builder().stationUuid(station).no("TEST250911100001")
 *     .name("测试设备").type(0).state(1).stateDesc("可用").energyCode(EnergyCode.AC)
 *     .putMetadata("DEVICE_PROTOCOL_VERSION", "ykc1.6")
 *     .addPorts(EnergyPort.builder().no("TEST01").state(1).stateDesc("空闲").alias("A").build())
 *     .build());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class EnergyDevice {
  /**
   * Charging station UUID ({@code station_uuid}).
   *
   * @return charging station UUID
   */
  public abstract String stationUuid();

  /**
   * Local device number ({@code no}).
   *
   * @return local device number
   */
  public abstract String no();

  /**
   * Device name ({@code name}).
   *
   * @return device name
   */
  public abstract String name();

  /**
   * Device type code ({@code type}).
   *
   * @return device type code
   */
  public abstract int type();

  /**
   * Device state code ({@code state}).
   *
   * @return device state code
   */
  public abstract int state();

  /**
   * Description of the state ({@code state_desc}).
   *
   * @return description of the state
   */
  public abstract String stateDesc();

  /**
   * Charging type ({@code energy_code}).
   *
   * @return charging type
   */
  public abstract EnergyCode energyCode();

  /**
   * Connectors (at least one); {@code ports} on the wire.
   *
   * @return connectors (at least one)
   */
  public abstract List<EnergyPort> ports();

  /**
   * Device metadata, e.g. {@code DEVICE_PROTOCOL_VERSION} ({@code metadata}).
   *
   * @return device metadata, e.g. {@code DEVICE_PROTOCOL_VERSION}
   */
  public abstract Map<String, String> metadata();

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
    Checks.notBlank("no", no());
    Checks.notBlank("name", name());
    Checks.notBlank("stateDesc", stateDesc());
    ModelChecks.known("energyCode", energyCode());
    if (ports().isEmpty()) {
      throw new ValidationException("ports", "must not be empty");
    }
  }

  /**
   * Starts an empty {@code EnergyDevice} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link EnergyDevice}. */
  public static final class Builder extends ImmutableEnergyDevice.Builder {}
}
