package io.github.ampark.bolink.model;

import io.github.ampark.bolink.internal.Validation;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Asks Bolink whether a car may enter (入场判定, {@code /unionapi/neworder/uploadData} with
 * {@code service_name} {@code park_check}).
 *
 * <pre>{@code
 * ParkCheckResult r = client.parks().parkCheck(ParkCheckRequest.builder()
 *     .parkId("1001").carNumber("粤B12345").licenseColor(LicenseColor.BLUE).build());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class ParkCheckRequest {
  /**
   * The car park's id ({@code park_id}), as published with {@code addPark}.
   *
   * @return the car park's id
   */
  public abstract String parkId();

  /**
   * The licence plate ({@code car_number}), e.g. {@code 京A12345}.
   *
   * @return the licence plate
   */
  public abstract String carNumber();

  /**
   * The plate colour ({@code license_color}) as sent (a number); open: any code Bolink defines,
   * optional.
   * Optional: {@code null} (the default) leaves it out.
   *
   * @return the plate colour as sent (a number), or {@code null}
   */
  public abstract @Nullable String licenseColorCode();

  /**
   * The plate colour ({@code license_color}) as a constant; {@link LicenseColor#UNKNOWN} for a code
   * this SDK does not
   * list ({@code null} when absent).
   *
   * @return the plate colour as a constant
   */
  public final @Nullable LicenseColor licenseColor() {
    return licenseColorCode() == null ? null : LicenseColor.of(licenseColorCode());
  }

  /**
   * Fields the document does not list, sent after the documented ones in this order.
   *
   * @return fields the document does not list, sent after the documented ones in this order
   */
  public abstract Map<String, JsonScalar> extraFields();

  @Value.Check
  void check() {
    Validation.extraFields(extraFields());
    Checks.notBlank("parkId", parkId());
    Checks.notBlank("carNumber", carNumber());
    Validation.code("licenseColorCode", licenseColorCode(), true);
  }

  /**
   * Starts an empty {@code ParkCheckRequest} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ParkCheckRequest}. */
  public static final class Builder extends ImmutableParkCheckRequest.Builder {
    /**
     * Sets the plate colour from a listed constant (not UNKNOWN); sent as its code ({@code
     * license_color}).
     *
     * @param value a listed constant (not UNKNOWN)
     * @return this
     */
    public Builder licenseColor(LicenseColor value) {
      licenseColorCode(Validation.codeOf("licenseColor", value));
      return this;
    }
  }
}
