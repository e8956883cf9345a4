package io.github.ampark.fourpyun.model;

import java.util.Map;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A barrier was opened outside the normal flow ({@code POST parking/internal/release}). P云
 * ignores a repeated {@code parkingSerial}.
 *
 * <pre>{@code
 * client.release(ReleaseRequest.builder().releaseType(ReleaseType.LEAVE)
 *     .parkingSerial("E20240601-0001").plate("粤B12345").releaseTime(Instant.now())
 *     .releaseMethod(ReleaseMethod.MANUAL).operator("张三").reason("设备异常").build());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class ReleaseRequest {
  /**
   * Entrance or exit ({@code release_type}).
   *
   * @return entrance or exit
   */
  public abstract ReleaseType releaseType();

  /**
   * Park UUID; {@code null} for the client's default.
   *
   * @return park UUID
   */
  public abstract @Nullable String parkUuid();

  /**
   * The park's id of the stay ({@code parking_serial}).
   *
   * @return the park's id of the stay
   */
  public abstract String parkingSerial();

  /**
   * Licence plate ({@code plate}).
   *
   * @return licence plate
   */
  public abstract String plate();

  /**
   * Plate colour ({@code plate_color}). Optional: {@code null} (the default) leaves it out.
   *
   * @return plate colour, or {@code null}
   */
  public abstract @Nullable PlateColor plateColor();

  /**
   * When the barrier opened (UTC {@code yyyy-MM-dd'T'HH:mm:ss'Z'} on the wire).
   * Optional: {@code null} (the default) leaves it out.
   *
   * @return when the barrier opened (UTC {@code yyyy-MM-dd'T'HH:mm:ss'Z'} on the wire), or {@code
   *     null}
   */
  public abstract @Nullable Instant releaseTime();

  /**
   * URL of the capture ({@code capture_image}).
   * Optional: {@code null} (the default) leaves it out.
   *
   * @return URL of the capture, or {@code null}
   */
  public abstract @Nullable String captureImage();

  /**
   * Gate name ({@code gate_name}). Optional: {@code null} (the default) leaves it out.
   *
   * @return gate name, or {@code null}
   */
  public abstract @Nullable String gateName();

  /**
   * Gate id ({@code gate_id}). Optional: {@code null} (the default) leaves it out.
   *
   * @return gate id, or {@code null}
   */
  public abstract @Nullable String gateId();

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
   * Operator who opened it ({@code operator}). Optional: {@code null} (the default) leaves it out.
   *
   * @return operator who opened it, or {@code null}
   */
  public abstract @Nullable String operator();

  /**
   * Why ({@code reason}). Optional: {@code null} (the default) leaves it out.
   *
   * @return why, or {@code null}
   */
  public abstract @Nullable String reason();

  /**
   * How it was opened ({@code release_method}). Optional: {@code null} (the default) leaves it out.
   *
   * @return how it was opened, or {@code null}
   */
  public abstract @Nullable ReleaseMethod releaseMethod();

  /**
   * Description of how, e.g. {@code 遥控开闸} ({@code release_method_desc}). Optional: {@code null}
   * (the default) leaves it out.
   *
   * @return description of how, e.g. {@code 遥控开闸}, or {@code null}
   */
  public abstract @Nullable String releaseMethodDesc();

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
    ModelChecks.known("releaseType", releaseType());
    ModelChecks.optionalNotBlank("parkUuid", parkUuid());
    Checks.notBlank("parkingSerial", parkingSerial());
    Checks.notBlank("plate", plate());
    ModelChecks.known("plateColor", plateColor());
    ModelChecks.known("carType", carType());
    ModelChecks.known("releaseMethod", releaseMethod());
  }

  /**
   * Starts an empty {@code ReleaseRequest} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ReleaseRequest}. */
  public static final class Builder extends ImmutableReleaseRequest.Builder {}
}
