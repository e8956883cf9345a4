package io.github.ampark.fourpyun;

import static io.github.ampark.fourpyun.WireSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ApiException;
import io.github.ampark.core.ValidationException;
import io.github.ampark.fourpyun.model.CouponGrantStatus;
import io.github.ampark.fourpyun.model.CouponGrantSync;
import io.github.ampark.fourpyun.model.EnergyCode;
import io.github.ampark.fourpyun.model.EnergyDevice;
import io.github.ampark.fourpyun.model.EnergyPort;
import io.github.ampark.fourpyun.model.ReplenishRequest;
import io.github.ampark.fourpyun.model.Replenishment;
import java.time.Instant;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Energy endpoints (openapi common parameters) and merchant coupon reports on the wire. */
class EnergyAndCouponWireTest extends WireTest {
  static final String APP = "op00961963581daa7";
  static final String STATION = "49f0cc52-e8c7-41e3-b54d-af666b8cc11a";
  static final Instant START = Instant.parse("2025-09-17T06:14:08Z");
  static final Instant END = Instant.parse("2025-09-17T07:14:08Z");

  @Override
  FourPyunClient.Builder configure(FourPyunClient.Builder builder) {
    return builder.appId(APP);
  }

  @Test
  void replenishIsAFormWithTheOpenApiCommonParameters() throws Exception {
    server.enqueue(ok1001());
    client.energy().replenish(ReplenishRequest.builder().stationUuid(STATION).deviceNo("DEVICE1").portNo("1")
        .replenishOrder("R-1").startTime(START).endTime(END).vin("川A660PP").plate("川A660PP").energyWh(1000)
        .energyValueFen(1).feeValueFen(1).totalValueFen(2).energyCode(EnergyCode.AC).build());
    RecordedRequest r = take(server);
    assertThat(r.getUrl().encodedPath()).isEqualTo("/gate/1.0/energy/internal/replenish");
    Map<String, String> f = form(r);
    String plain = "app_id=" + APP + "&device_no=DEVICE1&end_time=2025-09-17T07:14:08Z&energy_code=CN_AC&energy_value=1"
        + "&fee_value=1&plate=川A660PP&port_no=1&quantity=1000&replenish_order=R-1&sign_type=MD5"
        + "&start_time=2025-09-17T06:14:08Z&station_uuid=" + STATION + "&timestamp=1700000000123&total_value=2"
        + "&vin=川A660PP&app_secret=" + SECRET;
    assertThat(f).containsEntry("timestamp", "1700000000123").containsEntry("sign", md5(plain)).hasSize(17);
    assertThat(body(r)).isEqualTo(formBytes(plain));
  }

  @Test
  void noParkingRecordIsAnApiException() {
    server.enqueue(envelope("{\"code\":\"1002\",\"message\":\"停车记录不存在\",\"seqno\":\"e1\"}"));
    assertThatThrownBy(() -> client.energy().replenish(ReplenishRequest.builder().stationUuid(STATION).deviceNo("D").portNo("1")
        .replenishOrder("R-2").startTime(START).endTime(END).vin("川A1").plate("川A1").energyWh(1).energyValueFen(1)
        .feeValueFen(0).totalValueFen(1).energyCode(EnergyCode.DC).build()))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.vendorCode()).isEqualTo("1002"));
  }

  @Test
  void deviceSyncIsJsonInTheDocumentedKeyOrderSignedIntoAuthorization() throws Exception {
    server.enqueue(ok1001());
    client.energy().syncDevice(EnergyDevice.builder().stationUuid(STATION).no("TEST250911100001").name("测试设备").type(0)
        .state(1).stateDesc("可用").energyCode(EnergyCode.AC).putMetadata("DEVICE_PROTOCOL_VERSION", "ykc1.6")
        .addPorts(EnergyPort.builder().no("TEST01").state(1).stateDesc("空闲").alias("A").spaceStatus(0).build())
        .build());
    RecordedRequest r = take(server);
    String expected = "{\"app_id\":\"" + APP + "\",\"timestamp\":1700000000123,\"sign_type\":\"MD5\",\"station_uuid\":\""
        + STATION + "\",\"no\":\"TEST250911100001\",\"name\":\"测试设备\",\"type\":0,\"state\":1,\"state_desc\":\"可用\","
        + "\"energy_code\":\"CN_AC\",\"metadata\":{\"DEVICE_PROTOCOL_VERSION\":\"ykc1.6\"},\"port\":[{\"no\":\"TEST01\","
        + "\"state\":1,\"state_desc\":\"空闲\",\"alias\":\"A\",\"space_status\":0}]}";
    assertThat(r.getUrl().encodedPath()).isEqualTo("/gate/1.0/energy/internal/device/sync");
    assertThat(body(r)).isEqualTo(expected);
    assertThat(r.getHeaders().get("Authorization")).isEqualTo(md5(expected + "&app_secret=" + SECRET));
  }

  @Test
  void replenishmentSyncIsJsonSignedIntoAuthorization() throws Exception {
    server.enqueue(ok1001());
    client.energy().syncReplenishment(Replenishment.builder().stationUuid(STATION).order("20250917151408743549").startTime(START)
        .endTime(END).plate("川A660N11").energyWh(1000).energyValueFen(800).feeValueFen(200).state(3)
        .stateDesc("SOC已充满").deviceNo("TEST250911100001").deviceType(0).portNo("1").energyCode(EnergyCode.AC).soc(100)
        .mobile("13800138001").build());
    RecordedRequest r = take(server);
    String expected = "{\"app_id\":\"" + APP + "\",\"timestamp\":1700000000123,\"sign_type\":\"MD5\",\"station_uuid\":\""
        + STATION + "\",\"order\":\"20250917151408743549\",\"start_time\":\"2025-09-17T06:14:08Z\","
        + "\"end_time\":\"2025-09-17T07:14:08Z\",\"plate\":\"川A660N11\",\"quantity\":1000,\"energy_value\":800,"
        + "\"fee_value\":200,\"state\":3,\"state_desc\":\"SOC已充满\",\"device_no\":\"TEST250911100001\",\"device_type\":0,"
        + "\"port_no\":\"1\",\"energy_code\":\"CN_AC\",\"soc\":100,\"mobile\":\"13800138001\"}";
    assertThat(r.getUrl().encodedPath()).isEqualTo("/gate/1.0/energy/internal/replenish/sync");
    assertThat(body(r)).isEqualTo(expected);
    assertThat(r.getHeaders().get("Authorization")).isEqualTo(md5(expected + "&app_secret=" + SECRET));
  }

  @Test
  void energyEndpointsNeedTheAppIdAndSayWhichField() {
    try (FourPyunClient noApp = client(server).build()) {
      assertThatThrownBy(() -> noApp.energy().syncReplenishment(Replenishment.builder().stationUuid(STATION).order("o")
          .startTime(START).endTime(END).energyWh(1).energyValueFen(1).feeValueFen(1).state(1).stateDesc("充电中")
          .deviceNo("d").deviceType(0).portNo("1").energyCode(EnergyCode.AC).mobile("1").build()))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("appId"));
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anAppliedCouponReportsItsValues() throws Exception {
    server.enqueue(envelope("{\"code\":\"1001\",\"message\":\"核销成功\",\"seqno\":\"05279267317675712045263067083697\"}"));
    client.payments().syncMerchantCouponGrant(CouponGrantSync.builder().grantSerial("6020231117153244").status(CouponGrantStatus.APPLIED)
        .couponValueFen(0L).applyValueFen(100L).applyTime(Instant.parse("2023-11-17T07:32:49Z"))
        .statusTime(Instant.parse("2023-11-17T07:32:49Z")).build());
    RecordedRequest r = take(server);
    assertThat(r.getUrl().encodedPath()).isEqualTo("/gate/1.0/parking/internal/mcoupon/grant/sync");
    String plain = "app_id=" + APP + "&apply_status=1&apply_time=2023-11-17T07:32:49Z&apply_value=100&coupon_value=0"
        + "&grant_serial=6020231117153244&park_uuid=" + PARK + "&status=1&status_time=2023-11-17T07:32:49Z&app_secret=" + SECRET;
    assertThat(form(r)).containsEntry("sign", md5(plain)).hasSize(10);
    assertThat(body(r)).isEqualTo(formBytes(plain));
  }

  @Test
  void anExpiredCouponReportsStatusMinusTwoWithTheAppId() throws Exception {
    server.enqueue(ok1001());
    client.payments().syncMerchantCouponGrant(CouponGrantSync.builder().grantSerial("G1").status(CouponGrantStatus.EXPIRED)
        .statusDesc("已过期").build());
    String plain = "app_id=" + APP + "&grant_serial=G1&park_uuid=" + PARK + "&status=-2&status_desc=已过期&app_secret=" + SECRET;
    RecordedRequest r = take(server);
    assertThat(form(r)).containsEntry("status", "-2").containsEntry("sign", md5(plain)).hasSize(6);
    assertThat(body(r)).isEqualTo(formBytes(plain));
  }
}
