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
   * The raw {@code charge_mode} / {@code chargeMode} code, or {@code null} when absent.
   *
   * @return the raw {@code charge_mode} / {@code chargeMode} code, or {@code null} when absent
   */
  public abstract @Nullable String chargeModeCode();

  /**
   * The mode; {@link ChargeMode#UNKNOWN} for an unknown or absent code.
   *
   * @return the mode; {@link ChargeMode#UNKNOWN} for an unknown or absent code
   */
  @Value.Derived
  public ChargeMode chargeMode() {
    return ChargeMode.of(chargeModeCode());
  }

  /**
   * The raw {@code chargeType} text, or {@code null}.
   *
   * @return the raw {@code chargeType} text, or {@code null} when absent
   */
  public abstract @Nullable String chargeTypeCode();

  /**
   * {@code fixed}/{@code custom}; {@link ChargeType#UNKNOWN} otherwise.
   *
   * @return {@code fixed}/{@code custom}; {@link ChargeType#UNKNOWN} otherwise
   */
  @Value.Derived
  public ChargeType chargeType() {
    return ChargeType.of(chargeTypeCode());
  }

  /**
   * {@code paymentValue}: per-tier totals in fen, as the strings received.
   *
   * @return {@code paymentValue}: per-tier totals in fen, as the strings received
   */
  public abstract List<String> paymentValues();

  /**
   * {@code timeValue}: per-tier times in seconds, as the strings received.
   *
   * @return {@code timeValue}: per-tier times in seconds, as the strings received
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
   * Every field of {@code mode} as text.
   *
   * @return every field of {@code mode} as text
   */
  public abstract Map<String, String> fields();

  /**
   * A new builder (the client builds these; use it in tests of your own code).
   *
   * @return a new builder (the client builds these; use it in tests of your own code)
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ModeSettings}. */
  public static final class Builder extends ImmutableModeSettings.Builder {}
}
