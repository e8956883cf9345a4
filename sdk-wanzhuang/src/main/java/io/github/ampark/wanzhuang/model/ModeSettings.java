package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Nullable;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A device's charging mode ({@code GET /open/device/getMode}, {@code data.mode}): the mode code (7 =
 * time mode 2), {@code chargeType} ({@code fixed}/{@code custom}), and {@code paymentValue} /
 * {@code timeValue} as lists of strings; every other field of {@code mode} in {@link #fields()}.
 *
 * <p>The energy-mode labels in the seed say {@code maxPayFee} = 起充金额 and {@code startFee} =
 * 最大付款金额, swapped against the time mode and saveMode. Fields are read by name with saveMode's
 * meaning ({@code startFee} = 起充金额, {@code maxPayFee} = maximum); check on the test platform.
 *
 * <pre>{@code
 * ModeSettings m = client.devices().getMode(DeviceRequest.of("18000001"));
 * if (m.chargeMode() == ChargeMode.TIME_2) { m.paymentValues(); m.timeValues(); }
 * }</pre>
 */
@Value.Immutable
@AmparkStyle
public abstract class ModeSettings {
  ModeSettings() {}

  /**
   * The mode code as received, wire {@code charge_mode} (or {@code chargeMode}), e.g. {@code "7"}.
   *
   * @return the raw code, or {@code null} when the answer carries none
   */
  public abstract @Nullable String chargeModeCode();

  /**
   * The charging mode, decoded from {@link #chargeModeCode()}.
   *
   * @return the mode; {@link ChargeMode#UNKNOWN} for an unknown or absent code
   */
  @Value.Derived
  public ChargeMode chargeMode() {
    return ChargeMode.of(chargeModeCode());
  }

  /**
   * The charge type as received, wire {@code chargeType} (or {@code charge_type}), e.g. {@code fixed}.
   *
   * @return the raw text, or {@code null} when the answer carries none
   */
  public abstract @Nullable String chargeTypeCode();

  /**
   * The charge type, decoded from {@link #chargeTypeCode()}.
   *
   * @return {@link ChargeType#FIXED} or {@link ChargeType#CUSTOM}; {@link ChargeType#UNKNOWN} otherwise
   */
  @Value.Derived
  public ChargeType chargeType() {
    return ChargeType.of(chargeTypeCode());
  }

  /**
   * The total price of each tier, in fen, wire {@code paymentValue} (time mode 2 and energy mode 2), as the
   * strings received.
   *
   * @return the tier prices, possibly empty
   */
  public abstract List<String> paymentValues();

  /**
   * The charging time of each tier, in seconds, wire {@code timeValue} (time mode 2), as the strings
   * received.
   *
   * @return the tier times, possibly empty
   */
  public abstract List<String> timeValues();

  /**
   * The minimum amount to start a charge (起充金额), in fen, read from {@code startFee} (or {@code
   * start_fee}); {@code null} when the mode carries no such field or its value is not a whole number.
   *
   * @return the start fee in fen, or {@code null} when absent or not numeric
   */
  public abstract @Nullable Long startFeeFen();

  /**
   * The maximum amount one charge may cost (最大付款金额), in fen, read from {@code maxPayFee} (or
   * {@code max_pay_fee}); {@code null} when the mode carries no such field or its value is not a whole
   * number.
   *
   * @return the maximum fee in fen, or {@code null} when absent or not numeric
   */
  public abstract @Nullable Long maxPayFeeFen();

  /**
   * Every field of {@code data.mode} as text (nested values as compact JSON), including those this SDK does
   * not name, such as {@code whetherRefund} and {@code workCharge}.
   *
   * @return the fields by name, in the order received
   */
  public abstract Map<String, String> fields();

  /**
   * Starts a value by hand: the client builds these from Wanzhuang's answers, so this is for tests of
   * your own code.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ModeSettings} by hand, for tests of your own code.
   */
  public static final class Builder extends ImmutableModeSettings.Builder {}
}
