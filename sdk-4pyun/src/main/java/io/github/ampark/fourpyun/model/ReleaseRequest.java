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
  /** Entrance or exit. */
  public abstract ReleaseType releaseType();

  /** Park UUID; {@code null} for the client's default. */
  public abstract @Nullable String parkUuid();

  /** The park's id of the stay. */
  public abstract String parkingSerial();

  /** Licence plate. */
  public abstract String plate();

  /** Plate colour. */
  public abstract @Nullable PlateColor plateColor();

  /** When the barrier opened (UTC {@code yyyy-MM-dd'T'HH:mm:ss'Z'} on the wire). */
  public abstract @Nullable Instant releaseTime();

  /** URL of the capture ({@code capture_image}). */
  public abstract @Nullable String captureImage();

  /** Gate name. */
  public abstract @Nullable String gateName();

  /** Gate id. */
  public abstract @Nullable String gateId();

  /** How the park treats the car. */
  public abstract @Nullable CarType carType();

  /** Description of the car type. */
  public abstract @Nullable String carDesc();

  /** Operator who opened it. */
  public abstract @Nullable String operator();

  /** Why. */
  public abstract @Nullable String reason();

  /** How it was opened. */
  public abstract @Nullable ReleaseMethod releaseMethod();

  /** Description of how, e.g. {@code 遥控开闸}. */
  public abstract @Nullable String releaseMethodDesc();

  /**
   * Fields this SDK has no typed property for (real traffic carries more than the documents):
   * wire name → raw text, signed and sent like the rest — among a form's fields in name order; after the typed fields of
   * a JSON object, in name order. Names are 1–64 of {@code [A-Za-z0-9_.-]}, never {@code sign} nor
   * a field the request already sets. Empty by default.
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

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ReleaseRequest}. */
  public static final class Builder extends ImmutableReleaseRequest.Builder {}
}
