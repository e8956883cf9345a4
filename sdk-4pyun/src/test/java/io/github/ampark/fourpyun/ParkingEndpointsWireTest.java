package io.github.ampark.fourpyun;

import static io.github.ampark.fourpyun.WireSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.core.spi.MultipartPart;
import io.github.ampark.fourpyun.model.CarColor;
import io.github.ampark.fourpyun.model.CarType;
import io.github.ampark.fourpyun.model.EnterRequest;
import io.github.ampark.fourpyun.model.ImageFile;
import io.github.ampark.fourpyun.model.LeavePayment;
import io.github.ampark.fourpyun.model.LeaveRequest;
import io.github.ampark.fourpyun.model.PayType;
import io.github.ampark.fourpyun.model.PlateColor;
import io.github.ampark.fourpyun.model.PreEnterDecision;
import io.github.ampark.fourpyun.model.PreEnterRequest;
import io.github.ampark.fourpyun.model.PreEnterResult;
import io.github.ampark.fourpyun.model.Receipt;
import io.github.ampark.fourpyun.model.ReleaseMethod;
import io.github.ampark.fourpyun.model.ReleaseRequest;
import io.github.ampark.fourpyun.model.ReleaseType;
import io.github.ampark.fourpyun.model.UpdateRequest;
import io.github.ampark.fourpyun.model.VehicleType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Entries, pre-entries, exits, releases and corrections: the exact request on the wire. */
class ParkingEndpointsWireTest extends WireTest {
  static final byte[] GIF = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAUEBAAAACwAAAAAAQABAAACAkQBADs=");

  static EnterRequest.Builder entry() {
    EnterRequest.Builder b = EnterRequest.builder();
    b.parkingSerial("E20210701-0001").plate("粤B12345").plateColor(PlateColor.BLUE).enterTime(T0)
        .carType(CarType.TEMPORARY).carDesc("临停").chargeType("1");
    return b;
  }

  @Test
  void enterIsAMultipartPostWhoseImageIsUploadedUnsignedAndItsHashSigned() throws Exception {
    server.enqueue(envelope("{\"code\":\"200\",\"message\":\"OK\",\"seqno\":\"abc6c253b93cc940\",\"vehicle_violation_count\":0}"));
    EnterRequest.Builder b = entry();
    b.enterGate("东门入口").carColor(CarColor.SILVER).vehicleType(VehicleType.SMALL).remainParkingSpace(10)
        .totalParkingSpace(100).enterImage(ImageFile.builder().content(GIF).fileName("enter.gif").contentType("image/gif").build());
    Receipt receipt = client.parking().enter(b.build());

    assertThat(receipt.code()).isEqualTo("200");
    assertThat(receipt.seqno()).isEqualTo("abc6c253b93cc940");
    RecordedRequest r = take(server);
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/gate/1.0/parking/internal/enter");
    assertThat(r.getUrl().encodedQuery()).isNull();
    assertThat(r.getHeaders().get("Content-Type")).startsWith("multipart/form-data; boundary=");
    assertThat(r.getHeaders().get("Authorization")).isNull();

    String hash = md5(GIF);
    String plain = "car_color=6&car_desc=临停&car_type=1&charge_type=1&enter_gate=东门入口&enter_image_hash=" + hash
        + "&enter_time=1625154147313&park_uuid=" + PARK + "&parking_serial=E20210701-0001&plate=粤B12345&plate_color=1"
        + "&remain_parking_space=10&total_parking_space=100&vehicle_type=1&app_secret=" + SECRET;
    Map<String, String> text = textParts(r);
    assertThat(text).containsEntry("enter_image_hash", hash).containsEntry("sign", md5(plain))
        .containsEntry("plate", "粤B12345").containsEntry("enter_time", "1625154147313").hasSize(15);
    List<MultipartPart> parts = parts(r);
    MultipartPart file = parts.stream().filter(p -> p.fileName() != null).findFirst().orElseThrow();
    assertThat(file.name()).isEqualTo("enter_image_file");
    assertThat(file.fileName()).isEqualTo("enter.gif");
    assertThat(file.contentType()).isEqualTo("image/gif");
    assertThat(file.content()).isEqualTo(GIF);
    assertThat(parts.stream().filter(p -> p.fileName() == null).map(MultipartPart::contentType))
        .allMatch(t -> t.equals("text/plain; charset=UTF-8"));
  }

  @Test
  void preEnterPostsASignedFormAndReadsTheDecision() throws Exception {
    server.enqueue(envelope("{\"code\":\"1001\",\"message\":\"OK\",\"seqno\":\"s1\",\"status\":-1,"
        + "\"status_desc\":\"黑名单车辆禁止通行\",\"unknown_field\":{\"x\":1}}"));
    PreEnterResult result = client.parking().preEnter(PreEnterRequest.builder().plate("粤B12345").plateColor(PlateColor.BLUE)
        .gateTime(T0).gateId("001").gateName("东门 入口&1").build());

    assertThat(result.found()).isTrue();
    assertThat(result.decision()).isEqualTo(PreEnterDecision.DENY);
    assertThat(result.statusCode()).isEqualTo("-1");
    assertThat(result.statusDesc()).isEqualTo("黑名单车辆禁止通行");
    RecordedRequest r = take(server);
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/gate/1.0/parking/internal/enter/before");
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    String plain = "gate_id=001&gate_name=东门 入口&1&gate_time=1625154147313&park_uuid=" + PARK
        + "&plate=粤B12345&plate_color=1&app_secret=" + SECRET;
    assertThat(body(r)).isEqualTo("gate_id=001&gate_name=%E4%B8%9C%E9%97%A8+%E5%85%A5%E5%8F%A3%261"
        + "&gate_time=1625154147313&park_uuid=" + PARK + "&plate=%E7%B2%A4B12345&plate_color=1&sign=" + md5(plain));
  }

  @Test
  void preEnterWithoutAnAnswerIsALocalDecision() {
    server.enqueue(envelope("{\"code\":\"1002\",\"message\":\"查询无结果\",\"seqno\":\"s2\"}"));
    PreEnterResult result = client.parking().preEnter(PreEnterRequest.builder().plate("粤B1").plateColor(PlateColor.BLUE)
        .gateTime(T0).gateId("1").gateName("A").build());
    assertThat(result.found()).isFalse();
    assertThat(result.decision()).isEqualTo(PreEnterDecision.LOCAL);
  }

  @Test
  void leaveSendsTheExitFeesAndThePaymentListAsSignedJsonText() throws Exception {
    server.enqueue(envelope("{\"code\":\"200\",\"message\":\"OK\",\"seqno\":\"47ac4e615fa7d439\"}"));
    LeaveRequest.Builder b = LeaveRequest.builder();
    b.parkingSerial("E20210701-0001").plate("粤B12345").plateColor(PlateColor.BLUE).enterTime(T0)
        .carType(CarType.TEMPORARY).carDesc("临停").chargeType("1")
        .leaveTime(T0.plus(Duration.ofMinutes(90))).leaveGate("西门出口").totalValueFen(1000L).freeValueFen(100L)
        .cashValueFen(500L).onlineValueFen(400L)
        .addPayments(LeavePayment.builder().payType(PayType.CASH).valueFen(500).freeValueFen(100L).changeValueFen(0L)
            .payTime(T0.plus(Duration.ofMinutes(89))).parkingOrder("PO-1").payOriginDesc("现金").operator("张三").build())
        .addPayments(LeavePayment.builder().payType(PayType.ONLINE).valueFen(400).parkingOrder("PO-2").build());
    client.parking().leave(b.build());

    RecordedRequest r = take(server);
    assertThat(r.getUrl().encodedPath()).isEqualTo("/gate/1.0/parking/internal/leave");
    Map<String, String> text = textParts(r);
    String payments = "[{\"change_value\":\"0\",\"free_value\":\"100\",\"operator\":\"张三\",\"parking_order\":\"PO-1\","
        + "\"pay_origin_desc\":\"现金\",\"pay_time\":\"1625159487313\",\"pay_type\":\"1\",\"value\":\"500\"},"
        + "{\"parking_order\":\"PO-2\",\"pay_type\":\"2\",\"value\":\"400\"}]";
    assertThat(text).containsEntry("payment_list", payments).containsEntry("leave_time", "1625159547313")
        .containsEntry("total_value", "1000").containsEntry("free_value", "100");
    String plain = "car_desc=临停&car_type=1&cash_value=500&charge_type=1&enter_time=1625154147313&free_value=100"
        + "&leave_gate=西门出口&leave_time=1625159547313&online_value=400&park_uuid=" + PARK
        + "&parking_serial=E20210701-0001&payment_list=" + payments + "&plate=粤B12345&plate_color=1&total_value=1000"
        + "&app_secret=" + SECRET;
    assertThat(text.get("sign")).isEqualTo(md5(plain));
    assertThat(parts(r)).noneMatch(p -> p.fileName() != null);
  }

  @Test
  void releaseSendsUtcIsoTimeAndCodes() throws Exception {
    server.enqueue(ok1001());
    client.parking().release(ReleaseRequest.builder().releaseType(ReleaseType.LEAVE).parkingSerial("E1").plate("粤B12345")
        .releaseTime(T0).releaseMethod(ReleaseMethod.MANUAL).operator("张三").reason("设备异常").build());
    RecordedRequest r = take(server);
    assertThat(r.getUrl().encodedPath()).isEqualTo("/gate/1.0/parking/internal/release");
    Map<String, String> f = form(r);
    String plain = "operator=张三&park_uuid=" + PARK + "&parking_serial=E1&plate=粤B12345&reason=设备异常"
        + "&release_method=1&release_time=2021-07-01T15:42:27Z&release_type=2&app_secret=" + SECRET;
    assertThat(f).containsEntry("release_time", "2021-07-01T15:42:27Z").containsEntry("sign", md5(plain)).hasSize(9);
    assertThat(body(r)).isEqualTo(formBytes(plain));
  }

  @Test
  void updateSendsTheCorrectionWithItsFlowNumber() throws Exception {
    server.enqueue(ok1001());
    Receipt receipt = client.parking().update(UpdateRequest.builder().flowNo("FLOW000001").parkingSerial("E1").plate("粤B12346")
        .operateTime(T0).operator("张三").reason("车牌识别错误").build());
    assertThat(receipt.code()).isEqualTo("1001");
    RecordedRequest r = take(server);
    assertThat(r.getUrl().encodedPath()).isEqualTo("/gate/1.0/parking/internal/update");
    String plain = "flow_no=FLOW000001&operate_time=2021-07-01T15:42:27Z&operator=张三&park_uuid=" + PARK
        + "&parking_serial=E1&plate=粤B12346&reason=车牌识别错误&app_secret=" + SECRET;
    assertThat(form(r)).containsEntry("sign", md5(plain)).hasSize(8);
    assertThat(body(r)).isEqualTo(formBytes(plain));
  }

  @Test
  void anApiTypeAddsAppIdAndApiTypeToParkSideCalls() throws Exception {
    server.enqueue(ok1001());
    try (FourPyunClient withApp = client(server).appId("op1234567723122").apiType("XXX-SERVICE").build()) {
      withApp.parking().update(UpdateRequest.builder().flowNo("F1").parkingSerial("E1").plate("粤B1").build());
    }
    RecordedRequest r = take(server);
    Map<String, String> f = form(r);
    assertThat(f).containsEntry("app_id", "op1234567723122").containsEntry("api_type", "XXX-SERVICE");
    String plain = "api_type=XXX-SERVICE&app_id=op1234567723122&flow_no=F1&park_uuid=" + PARK
        + "&parking_serial=E1&plate=粤B1&app_secret=" + SECRET;
    assertThat(f.get("sign")).isEqualTo(md5(plain));
    assertThat(body(r)).isEqualTo(formBytes(plain));
  }

  @Test
  void aMerchantNumberMayStandInForTheParkUuid() throws Exception {
    server.enqueue(envelope("{\"code\":\"200\",\"seqno\":\"x\"}"));
    try (FourPyunClient noPark = FourPyunClient.builder().appSecret(SECRET).baseUrl(url(server)).build()) {
      EnterRequest.Builder b = entry();
      noPark.parking().enter(b.merchant("62626601").build());
    }
    Map<String, String> text = textParts(take(server));
    assertThat(text).containsEntry("merchant", "62626601").doesNotContainKey("park_uuid");
    assertThat(new String(text.get("plate").getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo("粤B12345");
  }
}
