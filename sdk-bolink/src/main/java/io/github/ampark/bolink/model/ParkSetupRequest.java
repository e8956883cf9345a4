package io.github.ampark.bolink.model;

import io.github.ampark.bolink.internal.Validation;
import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Car-park settings (2.5 无牌车入场设置短信验证, {@code /unionapi/newpark/setUp}): whether a car
 * without a plate must confirm its driver's phone by SMS before entering.
 *
 * <pre>{@code
 * client.parks().parkSetup(ParkSetupRequest.builder().parkId("123456").smsVerification(false).build());
 * }</pre>
 *
 * <p>Sent as {@code nolience_config: {is_verify: "1" | "0"}} (Bolink's spelling and types).
 */
@Value.Immutable
@AmparkStyle
public abstract class ParkSetupRequest {
  /**
   * The car park's id ({@code park_id}), as published with {@code addPark}.
   *
   * @return the car park's id
   */
  public abstract String parkId();

  /**
   * Whether plate-less cars need an SMS code to enter ({@code nolience_config.is_verify}).
   *
   * @return whether plate-less cars need an SMS code
   */
  public abstract boolean smsVerification();

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
  }

  /**
   * Starts an empty {@code ParkSetupRequest} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ParkSetupRequest}. */
  public static final class Builder extends ImmutableParkSetupRequest.Builder {}
}
