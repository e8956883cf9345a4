package io.github.ampark.fourpyun.model;

import java.util.Map;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A car is at an entrance: ask P云 whether to let it in ({@code POST parking/internal/enter/before}).
 *
 * <pre>{@code
 * PreEnterResult r = client.preEnter(PreEnterRequest.builder()
 *     .plate("粤B12345").plateColor(PlateColor.BLUE).gateTime(Instant.now())
 *     .gateId("001").gateName("东门入口").build());
 * if (r.decision() == PreEnterDecision.DENY) showOnLed(r.statusDesc());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class PreEnterRequest {
  /**
   * Park UUID; {@code null} for the client's default.
   *
   * @return park UUID
   */
  public abstract @Nullable String parkUuid();

  /**
   * Licence plate ({@code plate}).
   *
   * @return licence plate
   */
  public abstract String plate();

  /**
   * Plate colour ({@code plate_color}).
   *
   * @return plate colour
   */
  public abstract PlateColor plateColor();

  /**
   * When the car reached the gate ({@code gate_time}, epoch milliseconds).
   *
   * @return when the car reached the gate (epoch milliseconds on the wire)
   */
  public abstract Instant gateTime();

  /**
   * Gate id ({@code gate_id}).
   *
   * @return gate id
   */
  public abstract String gateId();

  /**
   * Gate name ({@code gate_name}).
   *
   * @return gate name
   */
  public abstract String gateName();

  /**
   * URL of the current capture ({@code capture_image}).
   * Optional: {@code null} (the default) leaves it out.
   *
   * @return URL of the current capture, or {@code null}
   */
  public abstract @Nullable String captureImage();

  /**
   * Vehicle size ({@code vehicle_type}). Optional: {@code null} (the default) leaves it out.
   *
   * @return vehicle size, or {@code null}
   */
  public abstract @Nullable VehicleType vehicleType();

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
    ModelChecks.optionalNotBlank("parkUuid", parkUuid());
    Checks.notBlank("plate", plate());
    ModelChecks.known("plateColor", plateColor());
    Checks.notBlank("gateId", gateId());
    Checks.notBlank("gateName", gateName());
    ModelChecks.known("vehicleType", vehicleType());
  }

  /**
   * Starts an empty {@code PreEnterRequest} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link PreEnterRequest}. */
  public static final class Builder extends ImmutablePreEnterRequest.Builder {}
}
