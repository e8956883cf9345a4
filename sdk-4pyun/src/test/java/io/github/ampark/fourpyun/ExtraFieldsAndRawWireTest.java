package io.github.ampark.fourpyun;

import static io.github.ampark.fourpyun.WireSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ValidationException;
import io.github.ampark.core.http.RawRequest;
import io.github.ampark.core.spi.MultipartPart;
import io.github.ampark.fourpyun.model.PayType;
import io.github.ampark.fourpyun.model.PlateColor;
import io.github.ampark.fourpyun.model.PrepayRequest;
import io.github.ampark.fourpyun.model.SyncBatch;
import io.github.ampark.fourpyun.model.UpdateRequest;
import io.github.ampark.fourpyun.model.VipRenewal;
import io.github.ampark.fourpyun.model.VipType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Extra fields (signed and sent like the rest, in a stable position) and the raw hatch, exact
 * bytes on the wire. Expected signatures are MD5 of strings written out here.
 */
class ExtraFieldsAndRawWireTest extends WireTest {
  @Test
  void formExtraFieldsTakeTheirNamePlaceAmongTheFieldsAndAreSignedWithSignLast() throws Exception {
    server.enqueue(envelope("{\"code\":\"1001\",\"seqno\":\"s\"}"));
    client.payments().prepay(PrepayRequest.builder().plate("京A00001").enterTime(java.time.Instant.ofEpochMilli(1625154147313L))
        .parkingSerial("111112").payPartner("11111114").totalValueFen(10).freeValueFen(0).payValueFen(10)
        .parkingTime(Duration.ofSeconds(2000)).putExtraFields("zz_lane_no", "L1").putExtraFields("inpark_img", "a/b&c=d")
        .build());
    RecordedRequest r = take(server);
    String plain = "enter_time=1625154147313&free_value=0&inpark_img=a/b&c=d&park_uuid=" + PARK
        + "&parking_serial=111112&parking_time=2000&pay_partner=11111114&pay_value=10&plate=京A00001&total_value=10"
        + "&zz_lane_no=L1&app_secret=" + SECRET;
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(body(r)).isEqualTo("enter_time=1625154147313&free_value=0&inpark_img=a%2Fb%26c%3Dd&park_uuid=" + PARK
        + "&parking_serial=111112&parking_time=2000&pay_partner=11111114&pay_value=10&plate=%E4%BA%ACA00001"
        + "&total_value=10&zz_lane_no=L1&sign=" + md5(plain));
  }

  @Test
  void anUpdateIsSentAsExactFormBytesWithSignLast() throws Exception {
    server.enqueue(ok1001());
    client.parking().update(UpdateRequest.builder().flowNo("F1").parkingSerial("E1").plate("粤B1").operator("张三").build());
    RecordedRequest r = take(server);
    String plain = "flow_no=F1&operator=张三&park_uuid=" + PARK + "&parking_serial=E1&plate=粤B1&app_secret=" + SECRET;
    assertThat(body(r)).isEqualTo("flow_no=F1&operator=%E5%BC%A0%E4%B8%89&park_uuid=" + PARK
        + "&parking_serial=E1&plate=%E7%B2%A4B1&sign=" + md5(plain));
  }

  @Test
  void multipartExtraFieldsAreTextPartsInNameOrderAndTheSignPartComesLast() throws Exception {
    server.enqueue(envelope("{\"code\":\"200\",\"message\":\"OK\",\"seqno\":\"s\"}"));
    client.parking().enter(ParkingEndpointsWireTest.entry().putExtraFields("lane_no", "3").build());
    RecordedRequest r = take(server);
    List<MultipartPart> parts = parts(r);
    String plain = "car_desc=临停&car_type=1&charge_type=1&enter_time=1625154147313&lane_no=3&park_uuid=" + PARK
        + "&parking_serial=E20210701-0001&plate=粤B12345&plate_color=1&app_secret=" + SECRET;
    assertThat(parts).extracting(MultipartPart::name).containsExactly("car_desc", "car_type", "charge_type", "enter_time",
        "lane_no", "park_uuid", "parking_serial", "plate", "plate_color", "sign");
    assertThat(parts.get(parts.size() - 1).text()).isEqualTo(md5(plain));
  }

  @Test
  void jsonRowExtraFieldsFollowTheTypedFieldsInNameOrder() throws Exception {
    server.enqueue(ok1001());
    client.syncs().sendVipRenewals(SyncBatch.of(java.util.Collections.singletonList(VipRenewal.builder().plate("粤X1")
        .plateColor(PlateColor.BLUE).chargeType("101").vipType(VipType.MONTHLY).quantity(1).payPartner("P1")
        .payType(PayType.CASH).putExtraFields("z_note", "续费").putExtraFields("a_channel", "200102").build())));
    RecordedRequest r = take(server);
    String expected = "{\"complete\":\"0\",\"park_uuid\":\"" + PARK + "\",\"row\":[{\"charge_type\":\"101\","
        + "\"pay_partner\":\"P1\",\"pay_type\":\"1\",\"plate\":\"粤X1\",\"plate_color\":\"1\",\"quantity\":\"1\","
        + "\"vip_type\":\"1\",\"a_channel\":\"200102\",\"z_note\":\"续费\"}]}";
    assertThat(body(r)).isEqualTo(expected);
    assertThat(r.getHeaders().get("Authorization")).isEqualTo(md5(expected + "&app_secret=" + SECRET));
  }

  @Test
  void anExtraFieldMayNotRepeatATypedFieldNorBeNamedSign() {
    assertThatThrownBy(() -> client.parking().update(UpdateRequest.builder().flowNo("F1").parkingSerial("E1").plate("粤B1")
        .putExtraFields("plate", "粤B2").build()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("extraFields[plate]"));
    assertThatThrownBy(() -> UpdateRequest.builder().flowNo("F1").parkingSerial("E1").plate("粤B1").putExtraFields("sign", "x").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("extraFields"));
    assertThatThrownBy(() -> UpdateRequest.builder().flowNo("F1").parkingSerial("E1").plate("粤B1").putExtraFields("a b\n", "x").build())
        .isInstanceOf(ValidationException.class).hasMessageNotContaining("\n");
    assertThatThrownBy(() -> client.syncs().sendVipRenewals(SyncBatch.of(java.util.Collections.singletonList(
        VipRenewal.builder().plate("粤X1").plateColor(PlateColor.BLUE).chargeType("101").vipType(VipType.MONTHLY).quantity(1)
            .payPartner("P1").payType(PayType.CASH).putExtraFields("plate", "x").build()))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("extraFields[plate]"));
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void rawFormSignsTheFieldsItIsGivenAndSendsSignLast() throws Exception {
    server.enqueue(ok1001());
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("plate", "粤B1");
    fields.put("park_uuid", PARK);
    fields.put("empty", "");
    client.raw().form("parking/internal/vip/delete", fields);
    RecordedRequest r = take(server);
    assertThat(r.getUrl().encodedPath()).isEqualTo("/gate/1.0/parking/internal/vip/delete");
    String plain = "park_uuid=" + PARK + "&plate=粤B1&app_secret=" + SECRET;
    assertThat(body(r)).isEqualTo("park_uuid=" + PARK + "&plate=%E7%B2%A4B1&sign=" + md5(plain));
  }

  @Test
  void rawExecuteAddsTheSignToAGetsQuery() throws Exception {
    server.enqueue(ok1001());
    client.raw().execute(RawRequest.get("parking/internal/charge_type/list").queryParameter("park_uuid", PARK)
        .queryParameter("page", "1").build());
    RecordedRequest r = take(server);
    assertThat(r.getMethod()).isEqualTo("GET");
    String sign = md5("page=1&park_uuid=" + PARK + "&app_secret=" + SECRET);
    assertThat(r.getUrl().encodedQuery()).isEqualTo("park_uuid=" + PARK + "&page=1&sign=" + sign);
  }

  @Test
  void rawExecuteRefusesAFormBodyWithoutItsSignAndSendsOneThatHasIt() throws Exception {
    Map<String, String> fields = new TreeMap<>();
    fields.put("park_uuid", PARK);
    assertThatThrownBy(() -> client.raw().execute(RawRequest.post("parking/internal/vip/delete").form(fields).build()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("request"));
    assertThat(server.getRequestCount()).isZero();

    server.enqueue(ok1001());
    Map<String, String> signed = new LinkedHashMap<>(fields);
    signed.put("sign", md5("park_uuid=" + PARK + "&app_secret=" + SECRET));
    client.raw().executeAsync(RawRequest.post("parking/internal/vip/delete").form(signed).build()).get();
    assertThat(new String(take(server).getBody().toByteArray(), StandardCharsets.UTF_8))
        .isEqualTo("park_uuid=" + PARK + "&sign=" + signed.get("sign"));
  }

  @Test
  void codesThisSdkDoesNotNameAreKeptAndSentAsTheyAre() throws Exception {
    server.enqueue(ok1001());
    client.parking().update(UpdateRequest.builder().flowNo("F1").parkingSerial("E1").plate("粤B1")
        .plateColor(PlateColor.of("6")).carType(io.github.ampark.fourpyun.model.CarType.of("9")).build());
    RecordedRequest r = take(server);
    String plain = "car_type=9&flow_no=F1&park_uuid=" + PARK + "&parking_serial=E1&plate=粤B1&plate_color=6&app_secret=" + SECRET;
    assertThat(body(r)).isEqualTo(formBytes(plain));

    server.enqueue(ok1001());
    client.syncs().sendVipRenewals(SyncBatch.of(java.util.Collections.singletonList(VipRenewal.builder().plate("粤X1")
        .plateColor(PlateColor.BLUE).chargeType("101").vipType(VipType.of("8")).quantity(1).payPartner("P1")
        .payType(PayType.of("9")).build())));
    assertThat(body(take(server))).contains("\"pay_type\":\"9\"").contains("\"vip_type\":\"8\"");

    assertThat(PlateColor.of("1")).isSameAs(PlateColor.BLUE);
    assertThat(PlateColor.of("6").isKnown()).isFalse();
    assertThat(PlateColor.fromCode("6")).isEqualTo(PlateColor.of("6")).hasToString("PlateColor(6)");
    assertThat(PlateColor.fromCode(null)).isNull();
  }
}
