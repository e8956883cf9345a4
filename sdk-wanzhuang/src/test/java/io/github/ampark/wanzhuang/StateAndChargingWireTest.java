package io.github.ampark.wanzhuang;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.wanzhuang.model.CallbackLogEntry;
import io.github.ampark.wanzhuang.model.ChargeIdRequest;
import io.github.ampark.wanzhuang.model.ChargeMode;
import io.github.ampark.wanzhuang.model.DeviceState;
import io.github.ampark.wanzhuang.model.DeviceStateListRequest;
import io.github.ampark.wanzhuang.model.DeviceStateRequest;
import io.github.ampark.wanzhuang.model.DevicesRequest;
import io.github.ampark.wanzhuang.model.PortErrorRequest;
import io.github.ampark.wanzhuang.model.PortStatus;
import io.github.ampark.wanzhuang.model.StartChargeRequest;
import io.github.ampark.wanzhuang.model.StartChargeResult;
import io.github.ampark.wanzhuang.model.StopChargeRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact bytes of the device-state, charging and callback-tool endpoints (D10–D17). */
class StateAndChargingWireTest extends WireTestBase {
  static final String TAIL = "app_id=3aa6943fd3e78e&timestamp=1744285110";

  @Test
  void setOffline_sendsTheDevicesAsAJsonArray() throws Exception {
    answer(OK);
    client.states().setOffline(DevicesRequest.of("18000001", "18000002"));
    assertJson(take(), "/open/device/state/offline",
        "{\"device_nums\":[\"18000001\",\"18000002\"],\"app_id\":\"3aa6943fd3e78e\",\"timestamp\":1744285110,\"sign\":\"%SIGN%\"}",
        "app_id=3aa6943fd3e78e&device_nums=[\"18000001\",\"18000002\"]&timestamp=1744285110");
  }

  @Test
  void setPortError_sendsThePortAndTheFlagAsStrings() throws Exception {
    answer(OK);
    client.states().setPortError(PortErrorRequest.of("19285526", 2, true));
    assertJson(take(), "/open/device/state/port/error",
        "{\"device_num\":\"19285526\",\"device_port\":\"2\",\"is_error\":\"1\",\"app_id\":\"3aa6943fd3e78e\",\"timestamp\":1744285110,\"sign\":\"%SIGN%\"}",
        "app_id=3aa6943fd3e78e&device_num=19285526&device_port=2&is_error=1&timestamp=1744285110");
    answer(OK);
    client.states().setPortError(PortErrorRequest.of("19285526", 2, false));
    assertThat(take().getBody().utf8()).contains("\"is_error\":\"0\"");
  }

  @Test
  void deviceState_repeatsPortFieldsAndSignsThemAsOneArray() throws Exception {
    answer("{\"code\":1,\"message\":\"success\",\"data\":{\"device_num\":\"18000001\",\"ports\":["
        + "{\"port\":1,\"state\":2,\"charge_id\":\"1751254762038\"},{\"port\":2,\"state\":0,\"charge_id\":0}]}}");
    DeviceState s = client.states().deviceState(DeviceStateRequest.builder().deviceNum("18000001")
        .addPortFields("state", "charge_id").build());
    assertGet(take(), "/open/device/state?device_num=18000001&port_fields=state&port_fields=charge_id&" + TAIL,
        "app_id=3aa6943fd3e78e&device_num=18000001&port_fields=[\"state\",\"charge_id\"]&timestamp=1744285110");
    assertThat(s.portsRecognised()).isTrue();
    assertThat(s.port(1).get().status()).isEqualTo(PortStatus.CHARGING);
    assertThat(s.port(1).get().status().canContinue(s.port(1).get().chargeId(), 1751254762038L)).isTrue();
    assertThat(s.port(2).get().status().canStart()).isTrue();
  }

  @Test
  void deviceState_readsPortsKeyedByNumberAndKeepsUnknownStates() throws Exception {
    answer("{\"code\":1,\"message\":\"success\",\"data\":{\"1\":{\"state\":99,\"charge_id\":5}}}");
    DeviceState s = client.states().deviceState(DeviceStateRequest.of("18000001"));
    take();
    assertThat(s.port(1).get().status()).isEqualTo(PortStatus.UNKNOWN);
    assertThat(s.port(1).get().stateCode()).isEqualTo("99");
  }

  @Test
  void deviceStates_usesRepeatedBracketKeys() throws Exception {
    answer("{\"code\":1,\"message\":\"success\",\"data\":[{\"device_num\":\"18000001\",\"ports\":[{\"port\":1,\"state\":0}]}]}");
    List<DeviceState> states = client.states().deviceStates(DeviceStateListRequest.builder()
        .addDeviceNums("18000001", "18000002").addPortFields("state").build());
    assertGet(take(), "/open/device/state/list?device_nums%5B%5D=18000001&device_nums%5B%5D=18000002&port_fields%5B%5D=state&" + TAIL,
        "app_id=3aa6943fd3e78e&device_nums[]=[\"18000001\",\"18000002\"]&port_fields[]=[\"state\"]&timestamp=1744285110");
    assertThat(states).hasSize(1);
    assertThat(states.get(0).deviceNum()).isEqualTo("18000001");
  }

  @Test
  void startCharge_isTheSpecVectorZ2ByteForByte() throws Exception {
    answer("{\"code\":1,\"message\":\"success\",\"data\":{}}");
    StartChargeResult r = client.charging().startCharge(StartChargeRequest.builder()
        .deviceNum("18000001").devicePort(1).chargeId(1).chargeMode(ChargeMode.TIME_2).totalFeeFen(100).build());
    assertThat(take().getBody().utf8()).isEqualTo(
        "{\"device_num\":\"18000001\",\"device_port\":1,\"charge_id\":1,\"charge_mode\":7,\"total_fee\":100,"
            + "\"app_id\":\"3aa6943fd3e78e\",\"timestamp\":1744285110,"
            + "\"sign\":\"7568b5d9f54903996fb124039e24828556368f021ee3d3ae62a8b9fcb617ddf1\"}");
    assertThat(r.reconciled()).isFalse();
    assertThat(r.chargeId()).isEqualTo(1);
  }

  @Test
  void startCharge_underTheOtherHashIsZ2sSha256Value() throws Exception {
    try (WanzhuangClient other = WanzhuangClient.builder(Independent.APP_ID, Independent.SECRET, io.github.ampark.core.testing.MockServers.baseUrl(server))
        .clock(java.time.Clock.fixed(java.time.Instant.ofEpochSecond(Independent.NOW), java.time.ZoneOffset.UTC))
        .signer(s -> s.withHash(WanzhuangSigner.Hash.SHA256_WITH_SECRET_APPENDED)).build()) {
      answer(OK);
      other.charging().startCharge(StartChargeRequest.builder()
          .deviceNum("18000001").devicePort(1).chargeId(1).chargeMode(ChargeMode.TIME_2).totalFeeFen(100).build());
      assertThat(take().getBody().utf8()).endsWith("\"sign\":\"fffaaebe543733991b6dd093f4c302b9b41411d6256cc531214107d50ce119d0\"}");
    }
  }

  @Test
  void startCharge_sendsExtraFieldsAfterTheDocumentedOnes() throws Exception {
    answer(OK);
    client.charging().startCharge(StartChargeRequest.builder()
        .deviceNum("18000001").devicePort(1).chargeId(1751254762038L).chargeMode(ChargeMode.STANDARD_ENERGY).totalFeeFen(500)
        .putExtraFields("user_id", "u-1").build());
    assertJson(take(), "/open/charge/start",
        "{\"device_num\":\"18000001\",\"device_port\":1,\"charge_id\":1751254762038,\"charge_mode\":11,\"total_fee\":500,"
            + "\"user_id\":\"u-1\",\"app_id\":\"3aa6943fd3e78e\",\"timestamp\":1744285110,\"sign\":\"%SIGN%\"}",
        "app_id=3aa6943fd3e78e&charge_id=1751254762038&charge_mode=11&device_num=18000001&device_port=1&timestamp=1744285110&total_fee=500&user_id=u-1");
  }

  @Test
  void stopCharge_isJsonWithNumbers() throws Exception {
    answer(OK);
    client.charging().stopCharge(StopChargeRequest.of("18000001", 1, 1751254762038L));
    assertJson(take(), "/open/charge/stop",
        "{\"device_num\":\"18000001\",\"device_port\":1,\"charge_id\":1751254762038,\"app_id\":\"3aa6943fd3e78e\",\"timestamp\":1744285110,\"sign\":\"%SIGN%\"}",
        "app_id=3aa6943fd3e78e&charge_id=1751254762038&device_num=18000001&device_port=1&timestamp=1744285110");
  }

  @Test
  void callbackLog_isASignedGetAndReadsReqInAnyShape() throws Exception {
    answer("{\"code\":1,\"message\":\"success\",\"data\":["
        + "{\"id\":1,\"type\":\"start_power\",\"req\":\"{\\\"charge_id\\\":1751254762038,\\\"device_num\\\":\\\"18000001\\\",\\\"state\\\":1}\"},"
        + "{\"id\":2,\"type\":\"finish_order\",\"req\":\"device_num=18000001&device_port=1&charge_id=1751254762038\"},"
        + "{\"id\":3,\"req\":{\"charge_id\":\"1751254762038\"}}]}");
    List<CallbackLogEntry> log = client.charging().callbackLog(ChargeIdRequest.of(1751254762038L));
    assertGet(take(), "/open/callback/log?charge_id=1751254762038&" + TAIL,
        "app_id=3aa6943fd3e78e&charge_id=1751254762038&timestamp=1744285110");
    assertThat(log).hasSize(3).allSatisfy(e -> assertThat(e.chargeId()).isEqualTo(1751254762038L));
    assertThat(log.get(1).request()).containsEntry("device_port", "1");
    assertThat(log.get(0).fields()).containsEntry("type", "start_power");
  }

  @Test
  void retryFinishOrder_sendsTheChargeIdAsAString() throws Exception {
    answer(OK);
    client.charging().retryFinishOrder(ChargeIdRequest.of(1751254762038L));
    assertJson(take(), "/open/callback/retry/finish_order",
        "{\"charge_id\":\"1751254762038\",\"app_id\":\"3aa6943fd3e78e\",\"timestamp\":1744285110,\"sign\":\"%SIGN%\"}",
        "app_id=3aa6943fd3e78e&charge_id=1751254762038&timestamp=1744285110");
  }
}
