package io.github.ampark.bolink.model;

import io.github.ampark.bolink.internal.Validation;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import org.immutables.value.Value;

/**
 * Asks Bolink whether a car may enter (入场判定, {@code /unionapi/neworder/uploadData} with
 * {@code service_name} {@code park_check}).
 *
 * <pre>{@code
 * ParkCheckResult r = client.parkCheck(ParkCheckRequest.builder()
 *     .parkId("1001").carNumber("粤B12345").licenseColor(LicenseColor.BLUE).build());
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class ParkCheckRequest {
  /** {@code park_id}. */
  public abstract String parkId();

  /** {@code car_number}. */
  public abstract String carNumber();

  /** {@code license_color}, optional. */
  public abstract @Nullable LicenseColor licenseColor();

  @Value.Check
  void check() {
    Checks.notBlank("parkId", parkId());
    Checks.notBlank("carNumber", carNumber());
    Validation.known("licenseColor", licenseColor());
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ParkCheckRequest}. */
  public static final class Builder extends ImmutableParkCheckRequest.Builder {}
}
