package io.github.ampark.fourpyun.model;

import java.util.Map;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A correction of a stay already reported: plate, car type or times changed by an operator
 * ({@code POST parking/internal/update}). P云 ignores a repeated {@code flowNo}.
 *
 * <pre>{@code
 * client.update(UpdateRequest.builder().flowNo("FLOW000001").parkingSerial("E20240601-0001")
 *     .plate("粤B12346").operateTime(Instant.now()).operator("张三").reason("车牌识别错误").build());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class UpdateRequest {
  /**
   * Park UUID; {@code null} for the client's default.
   *
   * @return park UUID
   */
  public abstract @Nullable String parkUuid();

  /**
   * The park's id of this change, unique per park ({@code flow_no}).
   *
   * @return the park's id of this change, unique per park
   */
  public abstract String flowNo();

  /**
   * The park's id of the stay ({@code parking_serial}).
   *
   * @return the park's id of the stay
   */
  public abstract String parkingSerial();

  /**
   * Licence plate (corrected); {@code plate} on the wire.
   *
   * @return licence plate (corrected)
   */
  public abstract String plate();

  /**
   * Plate colour ({@code plate_color}). Optional: {@code null} (the default) leaves it out.
   *
   * @return plate colour, or {@code null}
   */
  public abstract @Nullable PlateColor plateColor();

  /**
   * How the park treats the car ({@code car_type}). Optional: {@code null} (the default) leaves it
   * out.
   *
   * @return how the park treats the car, or {@code null}
   */
  public abstract @Nullable CarType carType();

  /**
   * Description of the car type ({@code car_desc}). Optional: {@code null} (the default) leaves it
   * out.
   *
   * @return description of the car type, or {@code null}
   */
  public abstract @Nullable String carDesc();

  /**
   * Entry time ({@code enter_time}, UTC ISO). Optional: {@code null} (the default) leaves it out.
   *
   * @return entry time (UTC ISO on the wire), or {@code null}
   */
  public abstract @Nullable Instant enterTime();

  /**
   * Exit time ({@code leave_time}, UTC ISO). Optional: {@code null} (the default) leaves it out.
   *
   * @return exit time (UTC ISO on the wire), or {@code null}
   */
  public abstract @Nullable Instant leaveTime();

  /**
   * When the change was made ({@code operate_time}, UTC ISO). Optional: {@code null} (the default)
   * leaves it out.
   *
   * @return when the change was made (UTC ISO on the wire), or {@code null}
   */
  public abstract @Nullable Instant operateTime();

  /**
   * Who made it ({@code operator}). Optional: {@code null} (the default) leaves it out.
   *
   * @return who made it, or {@code null}
   */
  public abstract @Nullable String operator();

  /**
   * Why ({@code reason}). Optional: {@code null} (the default) leaves it out.
   *
   * @return why, or {@code null}
   */
  public abstract @Nullable String reason();

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
    Checks.notBlank("flowNo", flowNo());
    Checks.notBlank("parkingSerial", parkingSerial());
    Checks.notBlank("plate", plate());
    ModelChecks.known("plateColor", plateColor());
    ModelChecks.known("carType", carType());
  }

  /**
   * Starts an empty {@code UpdateRequest} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link UpdateRequest}. */
  public static final class Builder extends ImmutableUpdateRequest.Builder {}
}
