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
   * {@code charge_mode} (required): 0, 1, 2, 7, 8 or 9.
   *
   * @return {@code charge_mode} (required): 0, 1, 2, 7, 8 or 9
   */
  public abstract ChargeMode chargeMode();

  /**
   * {@code device_num} (required).
   *
   * @return {@code device_num} (required)
   */
  public abstract String deviceNum();

  /**
   * {@code charge_type} (required): fixed or custom.
   *
   * @return {@code charge_type} (required): fixed or custom
   */
  public abstract ChargeType chargeType();

  /**
   * {@code charge_value} (required, "收费类型 数组"), at least one value.
   *
   * @return {@code charge_value} (required, "收费类型 数组"), at least one value
   */
  public abstract List<String> chargeValues();

  /**
   * {@code max_power} (required), the maximum power (unit not documented; presumably W).
   *
   * @return {@code max_power} (required), the maximum power (unit not documented; presumably W)
   */
  public abstract long maxPower();

  /**
   * {@code start_fee} (required), 起充金额 in fen.
   *
   * @return {@code start_fee} (required), 起充金额 in fen
   */
  public abstract long startFeeFen();

  /**
   * {@code max_pay_fee} (required), the maximum amount in fen.
   *
   * @return {@code max_pay_fee} (required), the maximum amount in fen
   */
  public abstract long maxPayFeeFen();

  /**
   * {@code payment_value} (optional; time mode 2): the total of each tier in fen, each 1–1000.
   *
   * @return {@code payment_value} (optional; time mode 2): the total of each tier in fen, each 1–1000
   */
  public abstract List<Long> paymentValuesFen();

  /**
   * {@code time_value} (optional; time mode 2): the time of each tier in seconds, each 60–43200.
   *
   * @return {@code time_value} (optional; time mode 2): the time of each tier in seconds, each 60–43200
   */
  public abstract List<Long> timeValuesSeconds();

  /**
   * {@code work_charge} (optional; energy modes): fen per kWh. Never together with the four-digit price.
   *
   * @return {@code work_charge} (optional; energy modes): fen per kWh, or {@code null} when absent
   */
  public abstract @Nullable Long workChargeFenPerKwh();

  /**
   * {@code work_charge_fourdigit} (optional; energy modes 1 and 8): 毫 per kWh, i.e. 0.0001 yuan per
   * kWh ({@code 10000} = 1 yuan/kWh). Sent instead of {@code work_charge}, never both.
   *
   * @return {@code work_charge_fourdigit} (optional; energy modes 1 and 8): 毫 per kWh, i.e, or {@code null} when absent
   */
  public abstract @Nullable Long workChargeTenThousandthYuanPerKwh();

  /**
   * {@code power_value} (optional; power modes), 功率时间段.
   *
   * @return {@code power_value} (optional; power modes), 功率时间段
   */
  public abstract List<String> powerValues();

  /**
   * {@code price_value} (optional; power modes), 支付金额段.
   *
   * @return {@code price_value} (optional; power modes), 支付金额段
   */
  public abstract List<String> priceValues();

  /**
   * {@code check_time} (optional), 功率检测时间.
   *
   * @return {@code check_time} (optional), 功率检测时间, or {@code null} when absent
   */
  public abstract @Nullable Long checkTime();

  /**
   * {@code inc_time} (optional), 结算进位时间.
   *
   * @return {@code inc_time} (optional), 结算进位时间, or {@code null} when absent
   */
  public abstract @Nullable Long incTime();

  /**
   * {@code type} (optional; power modes): 0 basic setting, 1 advanced.
   *
   * @return {@code type} (optional; power modes): 0 basic setting, 1 advanced, or {@code null} when absent
   */
  public abstract @Nullable Integer settingType();

  /**
   * {@code count_mode} (optional), 功率模式计费模式.
   *
   * @return {@code count_mode} (optional), 功率模式计费模式, or {@code null} when absent
   */
  public abstract @Nullable Long countMode();

  /**
   * {@code display_delay} (optional; power mode 2): seconds, 0 = no delay, at most 60.
   *
   * @return {@code display_delay} (optional; power mode 2): seconds, 0 = no delay, at most 60, or {@code null} when absent
   */
  public abstract @Nullable Long displayDelaySeconds();

  /**
   * {@code is_not_disturb} (required): do-not-disturb set.
   *
   * @return whether {@code is_not_disturb} (required): do-not-disturb set
   */
  public abstract boolean notDisturb();

  /**
   * {@code not_disturb_start} (required), as text (format not documented).
   *
   * @return {@code not_disturb_start} (required), as text (format not documented)
   */
  public abstract String notDisturbStart();

  /**
   * {@code not_disturb_end} (required), as text.
   *
   * @return {@code not_disturb_end} (required), as text
   */
  public abstract String notDisturbEnd();

  /**
   * {@code not_disturb_volume} (required).
   *
   * @return {@code not_disturb_volume} (required)
   */
  public abstract long notDisturbVolume();

  /**
   * {@code is_outage} (required): whether cutting the power is forbidden (是否禁止断电).
   *
   * @return whether {@code is_outage} (required): whether cutting the power is forbidden (是否禁止断电)
   */
  public abstract boolean outageForbidden();

  /**
   * {@code auto_off_wait_time} (required), 断电等待时间.
   *
   * @return {@code auto_off_wait_time} (required), 断电等待时间
   */
  public abstract long autoOffWaitTime();

  /**
   * {@code auto_off_lower_power} (required), 断电下限功率.
   *
   * @return {@code auto_off_lower_power} (required), 断电下限功率
   */
  public abstract long autoOffLowerPower();

  /**
   * {@code floating_charge_time} (required, text), 浮充时间.
   *
   * @return {@code floating_charge_time} (required, text), 浮充时间
   */
  public abstract String floatingChargeTime();

  /**
   * {@code floating_charge_power} (required), 浮充功率.
   *
   * @return {@code floating_charge_power} (required), 浮充功率
   */
  public abstract long floatingChargePower();

  /**
   * {@code whether_refund} (required): whether refunds are possible.
   *
   * @return whether {@code whether_refund} (required): whether refunds are possible
   */
  public abstract boolean refundable();

  /**
   * {@code is_free_charge} (required): free charging.
   *
   * @return whether {@code is_free_charge} (required): free charging
   */
  public abstract boolean freeCharge();

  /**
   * {@code detect_time} (required), 端口预检测时间.
   *
   * @return {@code detect_time} (required), 端口预检测时间
   */
  public abstract long detectTime();

  /**
   * The device type if you know it (never sent): checks that {@link #chargeMode()} fits it.
   *
   * @return the device type if you know it (never sent): checks that {@link #chargeMode()} fits it, or {@code null} when absent
   */
  public abstract @Nullable Integer deviceType();

  /**
   * Fields Wanzhuang accepts that this SDK does not name; sent as text after the documented ones.
   *
   * @return fields Wanzhuang accepts that this SDK does not name; sent as text after the documented ones
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
   * A new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this request's values.
   *
   * @return a builder holding this request's values
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link SaveModeRequest}; {@code build()} validates it. */
  public static final class Builder extends ImmutableSaveModeRequest.Builder {}
}
