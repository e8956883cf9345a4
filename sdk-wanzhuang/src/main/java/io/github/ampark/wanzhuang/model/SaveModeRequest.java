package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import io.github.ampark.core.Checks;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.wanzhuang.internal.Rules;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Saves a device's charging mode ({@code POST /open/device/saveMode}, multipart form), with every
 * field of the seed and its required flag. Amounts are fen; flags are booleans sent as {@code 0}/{@code 1}.
 *
 * <pre>{@code
 * SaveModeRequest r = SaveModeRequest.builder()
 *     .deviceNum("18000001").chargeMode(ChargeMode.TIME_2).chargeType(ChargeType.CUSTOM)
 *     .addChargeValues("1").maxPower(1000).startFeeFen(100).maxPayFeeFen(1000)
 *     .addPaymentValuesFen(100L, 200L).addTimeValuesSeconds(3600L, 7200L)
 *     .notDisturb(false).notDisturbStart("22:00").notDisturbEnd("07:00").notDisturbVolume(3)
 *     .outageForbidden(false).autoOffWaitTime(60).autoOffLowerPower(5)
 *     .floatingChargeTime("30").floatingChargePower(10)
 *     .refundable(true).freeCharge(false).detectTime(5)
 *     .deviceType(4)                        // optional, never sent: checks the mode fits
 *     .build();
 * }</pre>
 *
 * <p>Checked before sending: the mode is one saveMode takes (0, 1, 2, 7, 8, 9) and, when {@link
 * #deviceType()} is given, fits it (the seed's table; type 12/13 piles take only mode 11); each
 * {@code payment_value} tier is 1–1000 fen; each {@code time_value} tier is 60 s–12 h; {@code
 * display_delay} is 0–60 s; {@code work_charge} and {@code work_charge_fourdigit} are never both
 * given, and the four-digit price only with an energy mode (1, 8); {@code type} is 0 or 1.
 *
 * <p>Wire order: the seed's field order, then {@link #extraFields()} in their order, then {@code
 * app_id}, {@code timestamp}, {@code sign}. Absent optional fields are not sent. Lists are written
 * into their text field with the client's {@link ListEncoding}.
 */
@Value.Immutable
@AmparkStyle
public abstract class SaveModeRequest {
  /** The wire names of this request's documented fields, in the seed's order. */
  public static final List<String> FIELDS = Collections.unmodifiableList(Arrays.asList(
      "charge_mode", "device_num", "charge_type", "charge_value", "max_power", "start_fee", "max_pay_fee",
      "payment_value", "time_value", "work_charge", "work_charge_fourdigit", "power_value", "price_value",
      "check_time", "inc_time", "type", "count_mode", "display_delay", "is_not_disturb", "not_disturb_start",
      "not_disturb_end", "not_disturb_volume", "is_outage", "auto_off_wait_time", "auto_off_lower_power",
      "floating_charge_time", "floating_charge_power", "whether_refund", "is_free_charge", "detect_time"));

  SaveModeRequest() {}

  /**
   * The charging mode to save (充电模式), wire {@code charge_mode}; required. saveMode takes 0 (time),
   * 1 (energy), 2 (power), 7 (time 2), 8 (energy 2) or 9 (power 2); any other mode is a {@code
   * ValidationException} before sending.
   *
   * @return the mode to save
   */
  public abstract ChargeMode chargeMode();

  /**
   * The device number (设备编号) whose mode is saved, wire {@code device_num}; required, 1–64 printable
   * ASCII characters without spaces.
   *
   * @return the device number
   */
  public abstract String deviceNum();

  /**
   * Whether the charging options are the platform's fixed ones or your own (设备充电类型), wire {@code
   * charge_type}; required, {@link ChargeType#FIXED} or {@link ChargeType#CUSTOM}.
   *
   * @return the charge type
   */
  public abstract ChargeType chargeType();

  /**
   * The charging options offered (收费类型 数组), wire {@code charge_value}; required, at least one value.
   * Sent as one text field written with the client's {@link ListEncoding}; the meaning of each value
   * follows the mode and is not documented further.
   *
   * @return the charging options, as the texts to send
   */
  public abstract List<String> chargeValues();

  /**
   * The maximum power (最大功率), wire {@code max_power}; required, not negative. Unit not documented
   * (presumably watts).
   *
   * @return the maximum power
   */
  public abstract long maxPower();

  /**
   * The minimum amount to start a charge (起充金额), in fen, wire {@code start_fee}; required, not
   * negative.
   *
   * @return the start fee in fen
   */
  public abstract long startFeeFen();

  /**
   * The maximum amount one charge may cost (最大金额), in fen, wire {@code max_pay_fee}; required, not
   * negative.
   *
   * @return the maximum fee in fen
   */
  public abstract long maxPayFeeFen();

  /**
   * The total price of each tier in fen (每档总的金额), wire {@code payment_value}; used by time mode 2,
   * each 1–1000 fen (0.01–10 yuan). Empty (the default) leaves the field out.
   *
   * @return the tier prices in fen, possibly empty
   */
  public abstract List<Long> paymentValuesFen();

  /**
   * The charging time of each tier in seconds (每档总的时间), wire {@code time_value}; used by time mode
   * 2, each 60–43200 s (1 minute to 12 hours). Empty (the default) leaves the field out.
   *
   * @return the tier times in seconds, possibly empty
   */
  public abstract List<Long> timeValuesSeconds();

  /**
   * The electricity price in fen per kWh (电费 n分/度), wire {@code work_charge}; for the energy modes.
   * Never together with {@link #workChargeTenThousandthYuanPerKwh()}.
   *
   * @return fen per kWh, or {@code null} (the default) to leave the field out
   */
  public abstract @Nullable Long workChargeFenPerKwh();

  /**
   * The electricity price in 毫 per kWh, i.e. 0.0001 yuan per kWh ({@code 10000} = 1 yuan/kWh), wire
   * {@code work_charge_fourdigit}; only with energy modes 1 and 8, and sent instead of {@code
   * work_charge}, never both.
   *
   * @return 0.0001 yuan per kWh, or {@code null} (the default) to leave the field out
   */
  public abstract @Nullable Long workChargeTenThousandthYuanPerKwh();

  /**
   * The power bands of the power modes (功率时间段), wire {@code power_value}, as the texts to send
   * (format not documented). Empty (the default) leaves the field out.
   *
   * @return the power bands, possibly empty
   */
  public abstract List<String> powerValues();

  /**
   * The price bands of the power modes (支付金额段), wire {@code price_value}, as the texts to send
   * (format not documented). Empty (the default) leaves the field out.
   *
   * @return the price bands, possibly empty
   */
  public abstract List<String> priceValues();

  /**
   * The power-check time of the power modes (功率检测时间), wire {@code check_time}; unit not documented.
   *
   * @return the check time, or {@code null} (the default) to leave the field out
   */
  public abstract @Nullable Long checkTime();

  /**
   * The billing round-up time of the power modes (结算进位时间), wire {@code inc_time}; unit not
   * documented.
   *
   * @return the round-up time, or {@code null} (the default) to leave the field out
   */
  public abstract @Nullable Long incTime();

  /**
   * The power modes' setting type (设置类型), wire {@code type}: 0 basic, 1 advanced; anything else is
   * a {@code ValidationException}.
   *
   * @return 0 or 1, or {@code null} (the default) to leave the field out
   */
  public abstract @Nullable Integer settingType();

  /**
   * The power modes' billing mode (功率模式计费模式), wire {@code count_mode}; values not documented.
   *
   * @return the billing mode, or {@code null} (the default) to leave the field out
   */
  public abstract @Nullable Long countMode();

  /**
   * How long power mode 2 delays the display (延迟显示时间), in seconds, wire {@code display_delay}: 0
   * means no delay, at most 60.
   *
   * @return the delay in seconds, or {@code null} (the default) to leave the field out
   */
  public abstract @Nullable Long displayDelaySeconds();

  /**
   * Whether do-not-disturb is set (是否设置免打扰), wire {@code is_not_disturb}, sent as {@code 1}/{@code
   * 0}; required.
   *
   * @return {@code true} to set do-not-disturb
   */
  public abstract boolean notDisturb();

  /**
   * When do-not-disturb starts (免打扰开始时间), wire {@code not_disturb_start}; required, sent as
   * given (format not documented; the seed's example suggests {@code HH:mm}).
   *
   * @return the start time as text
   */
  public abstract String notDisturbStart();

  /**
   * When do-not-disturb ends (免打扰结束时间), wire {@code not_disturb_end}; required, sent as given
   * (format not documented).
   *
   * @return the end time as text
   */
  public abstract String notDisturbEnd();

  /**
   * The speaker volume during do-not-disturb (免打扰音量), wire {@code not_disturb_volume}; required,
   * scale not documented.
   *
   * @return the volume
   */
  public abstract long notDisturbVolume();

  /**
   * Whether cutting the power is forbidden (是否禁止断电), wire {@code is_outage}, sent as {@code 1}
   * (forbidden) or {@code 0}; required.
   *
   * @return {@code true} to forbid cutting the power
   */
  public abstract boolean outageForbidden();

  /**
   * How long the device waits before cutting the power (断电等待时间), wire {@code auto_off_wait_time};
   * required, unit not documented (presumably seconds).
   *
   * @return the wait time
   */
  public abstract long autoOffWaitTime();

  /**
   * The power below which the device cuts the power (断电下限功率), wire {@code auto_off_lower_power};
   * required, unit not documented (presumably watts).
   *
   * @return the lower power limit
   */
  public abstract long autoOffLowerPower();

  /**
   * The trickle-charge time (浮充时间), wire {@code floating_charge_time}; required, text sent as given
   * (unit not documented).
   *
   * @return the trickle-charge time as text
   */
  public abstract String floatingChargeTime();

  /**
   * The trickle-charge power (浮充功率), wire {@code floating_charge_power}; required, unit not
   * documented (presumably watts).
   *
   * @return the trickle-charge power
   */
  public abstract long floatingChargePower();

  /**
   * Whether a charge can be refunded (是否可退款), wire {@code whether_refund}, sent as {@code 1}/{@code
   * 0}; required.
   *
   * @return {@code true} when refunds are possible
   */
  public abstract boolean refundable();

  /**
   * Whether charging is free (是否免费充电), wire {@code is_free_charge}, sent as {@code 1}/{@code 0};
   * required.
   *
   * @return {@code true} for free charging
   */
  public abstract boolean freeCharge();

  /**
   * The port pre-check time (端口预检测时间), wire {@code detect_time}; required, unit not documented.
   *
   * @return the pre-check time
   */
  public abstract long detectTime();

  /**
   * The device type code, if you know it; never sent. When given, the SDK checks before sending that
   * {@link #chargeMode()} fits it (the seed's table; types 12 and 13 take only mode 11, which saveMode
   * does not take).
   *
   * @return the device type, or {@code null} (the default) to skip the check
   */
  public abstract @Nullable Integer deviceType();

  /**
   * Fields Wanzhuang accepts that this SDK does not name, sent as text after the documented fields and
   * before {@code app_id}, {@code timestamp} and {@code sign}, in their insertion order, and signed like
   * the rest. Names are 1–64 letters, digits, {@code _} or {@code []}; a name of a documented field or
   * of {@code app_id}, {@code timestamp}, {@code sign} is a {@code ValidationException}. Empty by default.
   *
   * @return the extra fields by wire name, possibly empty
   */
  public abstract Map<String, String> extraFields();

  @Value.Check
  void check() {
    if (!chargeMode().savable()) {
      throw new ValidationException("chargeMode", "saveMode takes modes 0, 1, 2, 7, 8 or 9 (was " + chargeMode() + ")");
    }
    Rules.deviceNum("deviceNum", deviceNum());
    if (chargeType() == ChargeType.UNKNOWN) {
      throw new ValidationException("chargeType", "must be FIXED or CUSTOM");
    }
    if (chargeValues().isEmpty()) {
      throw new ValidationException("chargeValues", "is required: at least one value");
    }
    Checks.notNegative("maxPower", maxPower());
    Checks.notNegative("startFeeFen", startFeeFen());
    Checks.notNegative("maxPayFeeFen", maxPayFeeFen());
    for (long tier : paymentValuesFen()) {
      Checks.between("paymentValuesFen", tier, 1, 1000);
    }
    for (long tier : timeValuesSeconds()) {
      Checks.between("timeValuesSeconds", tier, 60, 43_200);
    }
    if (workChargeFenPerKwh() != null && workChargeTenThousandthYuanPerKwh() != null) {
      throw new ValidationException("workChargeTenThousandthYuanPerKwh", "is sent instead of work_charge: give one of the two, not both");
    }
    if (workChargeFenPerKwh() != null) {
      Checks.notNegative("workChargeFenPerKwh", workChargeFenPerKwh());
    }
    if (workChargeTenThousandthYuanPerKwh() != null) {
      Checks.notNegative("workChargeTenThousandthYuanPerKwh", workChargeTenThousandthYuanPerKwh());
      if (!chargeMode().isEnergy()) {
        throw new ValidationException("workChargeTenThousandthYuanPerKwh", "is for energy mode and energy mode 2 only (was " + chargeMode() + ")");
      }
    }
    if (settingType() != null) {
      Rules.flag("settingType", settingType());
    }
    if (displayDelaySeconds() != null) {
      Checks.between("displayDelaySeconds", displayDelaySeconds(), 0, 60);
    }
    Checks.notNull("notDisturbStart", notDisturbStart());
    Checks.notNull("notDisturbEnd", notDisturbEnd());
    Checks.notNull("floatingChargeTime", floatingChargeTime());
    if (deviceType() != null && !chargeMode().fitsDeviceType(deviceType())) {
      throw new ValidationException("chargeMode", chargeMode() + " does not match device type " + deviceType()
          + " (it matches " + chargeMode().deviceTypes() + ")");
    }
    Rules.extraFields(extraFields(), FIELDS);
  }

  /**
   * Starts a request; {@code build()} checks it and throws {@code ValidationException} naming the
   * first bad field.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from this request's values, to derive a changed copy.
   *
   * @return a new builder holding every value of this request
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link SaveModeRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutableSaveModeRequest.Builder {}
}
