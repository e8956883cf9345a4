package io.github.ampark.wanzhuang;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.wanzhuang.model.Acknowledgement;
import io.github.ampark.wanzhuang.model.ChargeMode;
import io.github.ampark.wanzhuang.model.ChargeType;
import io.github.ampark.wanzhuang.model.DataRecord;
import io.github.ampark.wanzhuang.model.DeviceRequest;
import io.github.ampark.wanzhuang.model.DevicesRequest;
import io.github.ampark.wanzhuang.model.ModeSettings;
import io.github.ampark.wanzhuang.model.OnlineLogPage;
import io.github.ampark.wanzhuang.model.OnlineLogRequest;
import io.github.ampark.wanzhuang.model.SaveModeRequest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact bytes of the device info, mode and log endpoints (D1–D9, D18). */
class DeviceEndpointsWireTest extends WireTestBase {
  static final String TAIL = "app_id=3aa6943fd3e78e&timestamp=1744285110";

  static SaveModeRequest timeMode2() {
    return SaveModeRequest.builder()
        .chargeMode(ChargeMode.TIME_2).deviceNum("18000001").chargeType(ChargeType.CUSTOM).addChargeValues("1")
        .maxPower(1000).startFeeFen(100).maxPayFeeFen(1000)
        .addPaymentValuesFen(100L, 200L).addTimeValuesSeconds(3600L, 7200L)
        .notDisturb(false).notDisturbStart("22:00").notDisturbEnd("07:00").notDisturbVolume(3)
        .outageForbidden(false).autoOffWaitTime(60).autoOffLowerPower(5)
        .floatingChargeTime("30").floatingChargePower(10)
        .refundable(true).freeCharge(false).detectTime(5)
        .putExtraFields("memo", "x")
        .build();
  }

  @Test
  void saveMode_isMultipartInTheSeedsOrderWithExtrasThenAppIdTimestampSign() throws Exception {
    answer("{\"code\":1,\"message\":\"SUCCESS\",\"data\":{\"result\":true},\"timestamp\":1636005752}");
    Acknowledgement ack = client.devices().saveMode(timeMode2());
    assertMultipart(take(), "/open/device/saveMode",
        fields("charge_mode", "7", "device_num", "18000001", "charge_type", "custom", "charge_value", "[\"1\"]",
            "max_power", "1000", "start_fee", "100", "max_pay_fee", "1000",
            "payment_value", "[\"100\",\"200\"]", "time_value", "[\"3600\",\"7200\"]",
            "is_not_disturb", "0", "not_disturb_start", "22:00", "not_disturb_end", "07:00", "not_disturb_volume", "3",
            "is_outage", "0", "auto_off_wait_time", "60", "auto_off_lower_power", "5",
            "floating_charge_time", "30", "floating_charge_power", "10", "whether_refund", "1", "is_free_charge", "0",
            "detect_time", "5", "memo", "x"),
        "app_id=3aa6943fd3e78e&auto_off_lower_power=5&auto_off_wait_time=60&charge_mode=7&charge_type=custom&charge_value=[\"1\"]&detect_time=5&device_num=18000001&floating_charge_power=10&floating_charge_time=30&is_free_charge=0&is_not_disturb=0&is_outage=0&max_pay_fee=1000&max_power=1000&memo=x&not_disturb_end=07:00&not_disturb_start=22:00&not_disturb_volume=3&payment_value=[\"100\",\"200\"]&start_fee=100&time_value=[\"3600\",\"7200\"]&timestamp=1744285110&whether_refund=1");
    assertThat(ack.result()).isTrue();
    assertThat(ack.message()).isEqualTo("SUCCESS");
    assertThat(ack.serverTime()).isEqualTo(Instant.ofEpochSecond(1636005752));
  }

  @Test
  void saveMode_sendsEveryOptionalSeedFieldWhenGiven() throws Exception {
    answer(OK);
    client.devices().saveMode(SaveModeRequest.builder()
        .chargeMode(ChargeMode.ENERGY_2).deviceNum("18000001").chargeType(ChargeType.FIXED).addChargeValues("1", "2")
        .maxPower(2000).startFeeFen(0).maxPayFeeFen(3000).workChargeTenThousandthYuanPerKwh(12000L)
        .addPowerValues("0-200", "200-400").addPriceValues("100", "150").checkTime(30L).incTime(60L)
        .settingType(1).countMode(2L).displayDelaySeconds(10L)
        .notDisturb(true).notDisturbStart("23:00").notDisturbEnd("06:00").notDisturbVolume(0)
        .outageForbidden(true).autoOffWaitTime(120).autoOffLowerPower(3)
        .floatingChargeTime("15").floatingChargePower(8).refundable(false).freeCharge(true).detectTime(10)
        .build());
    assertMultipart(take(), "/open/device/saveMode",
        fields("charge_mode", "8", "device_num", "18000001", "charge_type", "fixed", "charge_value", "[\"1\",\"2\"]",
            "max_power", "2000", "start_fee", "0", "max_pay_fee", "3000", "work_charge_fourdigit", "12000",
            "power_value", "[\"0-200\",\"200-400\"]", "price_value", "[\"100\",\"150\"]", "check_time", "30",
            "inc_time", "60", "type", "1", "count_mode", "2", "display_delay", "10",
            "is_not_disturb", "1", "not_disturb_start", "23:00", "not_disturb_end", "06:00", "not_disturb_volume", "0",
            "is_outage", "1", "auto_off_wait_time", "120", "auto_off_lower_power", "3",
            "floating_charge_time", "15", "floating_charge_power", "8", "whether_refund", "0", "is_free_charge", "1",
            "detect_time", "10"),
        "app_id=3aa6943fd3e78e&auto_off_lower_power=3&auto_off_wait_time=120&charge_mode=8&charge_type=fixed&charge_value=[\"1\",\"2\"]&check_time=30&count_mode=2&detect_time=10&device_num=18000001&display_delay=10&floating_charge_power=8&floating_charge_time=15&inc_time=60&is_free_charge=1&is_not_disturb=1&is_outage=1&max_pay_fee=3000&max_power=2000&not_disturb_end=06:00&not_disturb_start=23:00&not_disturb_volume=0&power_value=[\"0-200\",\"200-400\"]&price_value=[\"100\",\"150\"]&start_fee=0&timestamp=1744285110&type=1&whether_refund=0&work_charge_fourdigit=12000");
  }

  @Test
  void getMode_isAGetWithTheSignedFieldsInTheQuery() throws Exception {
    answer("{\"code\":1,\"message\":\"success\",\"data\":{\"mode\":{\"charge_mode\":7,\"chargeType\":\"custom\","
        + "\"paymentValue\":[\"100\",\"200\"],\"timeValue\":[\"3600\",\"7200\"],\"startFee\":\"100\",\"maxPayFee\":1000,\"maxPower\":1000}}}");
    ModeSettings mode = client.devices().getMode(DeviceRequest.of("18000001"));
    assertGet(take(), "/open/device/getMode?device_num=18000001&" + TAIL, "app_id=3aa6943fd3e78e&device_num=18000001&timestamp=1744285110");
    assertThat(mode.chargeMode()).isEqualTo(ChargeMode.TIME_2);
    assertThat(mode.chargeType()).isEqualTo(ChargeType.CUSTOM);
    assertThat(mode.paymentValues()).containsExactly("100", "200");
    assertThat(mode.timeValues()).containsExactly("3600", "7200");
    assertThat(mode.startFeeFen()).isEqualTo(100L);
    assertThat(mode.maxPayFeeFen()).isEqualTo(1000L);
    assertThat(mode.fields()).containsEntry("maxPower", "1000");
  }

  @Test
  void getMode_keepsAnUnknownModeCode() throws Exception {
    answer("{\"code\":1,\"message\":\"success\",\"data\":{\"mode\":{\"charge_mode\":42}}}");
    ModeSettings mode = client.devices().getMode(DeviceRequest.of("18000001"));
    assertThat(mode.chargeMode()).isEqualTo(ChargeMode.UNKNOWN);
    assertThat(mode.chargeModeCode()).isEqualTo("42");
  }

  @Test
  void getMode_absentOrNonNumericFeesAreNull() throws Exception {
    answer("{\"code\":1,\"message\":\"success\",\"data\":{\"mode\":{\"charge_mode\":7,\"startFee\":\"abc\"}}}");
    ModeSettings mode = client.devices().getMode(DeviceRequest.of("18000001"));
    assertThat(mode.startFeeFen()).isNull();
    assertThat(mode.maxPayFeeFen()).isNull();
    assertThat(mode.fields()).containsEntry("startFee", "abc");
  }

  @Test
  void theFourModeSettingQueries_areSignedGets() throws Exception {
    String canonical = "app_id=3aa6943fd3e78e&device_num=18000001&timestamp=1744285110";
    answer("{\"code\":1,\"message\":\"success\",\"data\":{\"chargeType\":\"fixed\",\"maxPower\":1000}}");
    DataRecord time = client.devices().timeModeInfo(DeviceRequest.of("18000001"));
    assertGet(take(), "/open/device/getDeviceModeTimeInfo?device_num=18000001&" + TAIL, canonical);
    assertThat(time.number("maxPower")).contains(1000L);
    answer(OK);
    client.devices().energyModeInfo(DeviceRequest.of("18000001"));
    assertGet(take(), "/open/device/getDeviceModeWorkInfo?device_num=18000001&" + TAIL, canonical);
    answer(OK);
    client.devices().powerModeInfo(DeviceRequest.of("18000001"));
    assertGet(take(), "/open/device/getDeviceModePowerInfo?device_num=18000001&" + TAIL, canonical);
    answer(OK);
    client.devices().offlineCardInfo(DeviceRequest.of("18000001"));
    assertGet(take(), "/open/device/getDeviceSettingOfflineCardInfo?device_num=18000001&" + TAIL, canonical);
  }

  @Test
  void findOne_isASignedGetAndKeepsEveryField() throws Exception {
    answer("{\"code\":1,\"message\":\"success\",\"data\":{\"device_num\":\"18000001\",\"device_type\":4,\"ports\":[1,2]}}");
    DataRecord d = client.devices().findOne(DeviceRequest.builder().deviceNum("18000001").putExtraFields("with_ports", "1").build());
    assertGet(take(), "/open/device/findOne?device_num=18000001&with_ports=1&" + TAIL,
        "app_id=3aa6943fd3e78e&device_num=18000001&timestamp=1744285110&with_ports=1");
    assertThat(d.fields()).containsEntry("device_type", "4").containsEntry("ports", "[1,2]");
  }

  @Test
  void findMultiDevices_isMultipartWithTheDeviceListAsOneTextField() throws Exception {
    answer("{\"code\":1,\"message\":\"success\",\"data\":[{\"device_num\":\"18000001\"},{\"device_num\":\"18000002\"}]}");
    List<DataRecord> found = client.devices().findMultiDevices(DevicesRequest.of("18000001", "18000002"));
    assertMultipart(take(), "/open/device/findMultiDevices", fields("device_nums", "[\"18000001\",\"18000002\"]"),
        "app_id=3aa6943fd3e78e&device_nums=[\"18000001\",\"18000002\"]&timestamp=1744285110");
    assertThat(found).extracting(r -> r.fields().get("device_num")).containsExactly("18000001", "18000002");
  }

  @Test
  void addDevice_isJsonWithTheSignedFieldsLast() throws Exception {
    answer(OK);
    client.devices().addDevice(DeviceRequest.of("18000001"));
    assertJson(take(), "/open/device/add",
        "{\"device_num\":\"18000001\",\"app_id\":\"3aa6943fd3e78e\",\"timestamp\":1744285110,\"sign\":\"%SIGN%\"}",
        "app_id=3aa6943fd3e78e&device_num=18000001&timestamp=1744285110");
  }

  @Test
  void onlineLog_isASignedGetAndReadsCountAndLogs() throws Exception {
    answer("{\"code\":1,\"message\":\"success\",\"data\":{\"count\":\"2\",\"logs\":[{\"timestamp\":1744285000,\"type\":\"online\"},{\"timestamp\":1744285100,\"type\":\"offline\"}]}}");
    OnlineLogPage page = client.devices().onlineLog(OnlineLogRequest.of("18000001", 1, 20));
    assertGet(take(), "/open/device/log/online_log?device_num=18000001&page=1&limit=20&" + TAIL,
        "app_id=3aa6943fd3e78e&device_num=18000001&limit=20&page=1&timestamp=1744285110");
    assertThat(page.count()).isEqualTo(2);
    assertThat(page.logs()).hasSize(2);
    assertThat(page.logs().get(0).number("timestamp")).contains(1744285000L);
  }
}
