package io.github.ampark.fourpyun;

import io.github.ampark.fourpyun.model.RequestIgnoredException;
import static io.github.ampark.fourpyun.WireSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ApiException;
import io.github.ampark.core.LogLevel;
import io.github.ampark.core.ResponseFormatException;
import io.github.ampark.core.testing.CapturingLogs;
import io.github.ampark.fourpyun.model.CarType;
import io.github.ampark.fourpyun.model.LeaveRequest;
import io.github.ampark.fourpyun.model.PlateColor;
import io.github.ampark.fourpyun.model.PrepayRequest;
import io.github.ampark.fourpyun.model.Receipt;
import io.github.ampark.fourpyun.model.ReleaseRequest;
import io.github.ampark.fourpyun.model.ReleaseType;
import io.github.ampark.fourpyun.model.SyncBatch;
import io.github.ampark.fourpyun.model.UpdateRequest;
import java.time.Duration;
import java.util.Collections;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Per-endpoint success codes, the ignored-on-hint rule, error envelopes, and secrets kept out of everything printed. */
class EnvelopeAndRedactionTest extends WireTest {
  /** What P云 answers an entry whose signature failed, echoing the string-to-sign (here with the secret itself). */
  static final String IGNORED = "{\"code\":\"200\",\"message\":\"已忽略当前请求\",\"hint\":\"签名验证不通过[car_desc=临停"
      + "&enter_time=1625154147313&park_uuid=" + PARK + "&parking_serial=E1&plate=粤B12345&app_secret=" + SECRET + "]\","
      + "\"seqno\":\"e820972bdf2eaf19\",\"data_node\":\"CN-South/HS3-3\",\"path\":\"POST /gate/1.0/parking/internal/enter\"}";

  @Override
  FourPyunClient.Builder configure(FourPyunClient.Builder builder) {
    return builder.logLevel(LogLevel.BODY);
  }

  @BeforeEach
  void forgetEarlierLogs() {
    CapturingLogs.clear();
  }

  @Test
  void anEntryAnsweredWithAHintWasIgnoredAndIsAnExceptionWithTheSecretRedacted() {
    server.enqueue(envelope(IGNORED));
    assertThatThrownBy(() -> client.parking().enter(ParkingEndpointsWireTest.entry().build()))
        .isInstanceOfSatisfying(RequestIgnoredException.class, e -> {
          assertThat(e.vendorCode()).isEqualTo("200");
          assertThat(e.requestId()).isEqualTo("e820972bdf2eaf19");
          assertThat(e.vendorMessage()).startsWith("已忽略当前请求 (hint: 签名验证不通过[car_desc=临停");
          assertThat(e.vendorMessage()).contains("app_secret=****");
          assertThat(e.getMessage()).contains("已忽略当前请求").doesNotContain(SECRET);
          assertThat(e.body()).contains("e820972bdf2eaf19").doesNotContain(SECRET);
          assertThat(e.operation()).isEqualTo("enter");
        });
    assertThat(CapturingLogs.text()).contains("parking/internal/enter").doesNotContain(SECRET);
  }

  @Test
  void exitsAndReleasesFollowTheSameHintRule() {
    server.enqueue(envelope(IGNORED));
    server.enqueue(envelope(IGNORED.replace("\"200\"", "\"1001\"")));
    LeaveRequest.Builder leave = LeaveRequest.builder();
    leave.parkingSerial("E1").plateColor(PlateColor.BLUE).enterTime(T0).carType(CarType.TEMPORARY).carDesc("临停")
        .chargeType("1").leaveTime(T0);
    assertThatThrownBy(() -> client.parking().leave(leave.build())).isInstanceOf(RequestIgnoredException.class);
    assertThatThrownBy(() -> client.parking().release(ReleaseRequest.builder().releaseType(ReleaseType.ENTER).parkingSerial("E1")
        .plate("粤B1").build())).isInstanceOf(RequestIgnoredException.class);
  }

  @Test
  void aHintBesideSuccessIsInformationalOnEndpointsWithoutThatRule() {
    server.enqueue(envelope("{\"code\":\"1001\",\"message\":\"OK\",\"hint\":\"已存在\",\"seqno\":\"u1\"}"));
    Receipt r = client.parking().update(UpdateRequest.builder().flowNo("F").parkingSerial("E").plate("粤B1").build());
    assertThat(r.code()).isEqualTo("1001");
  }

  @Test
  void aSuccessCodeOfAnotherEndpointIsAnError() {
    server.enqueue(envelope("{\"code\":\"200\",\"message\":\"OK\",\"seqno\":\"x\"}"));
    assertThatThrownBy(() -> client.syncs().sendVipRenewals(SyncBatch.of(Collections.singletonList(SyncEndpointsWireTest.pv4Renewal()))))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.vendorCode()).isEqualTo("200"));
  }

  @Test
  void anErrorEnvelopeCarriesCodeMessageHintAndSeqno() {
    server.enqueue(envelope("{\"code\":\"400\",\"message\":\"请求参数错误\",\"hint\":\"参数`enter_time`未传递\","
        + "\"seqno\":\"48bf04ea4caa479c\",\"data_node\":\"CN-South/HS3-2\",\"path\":\"POST /gate/1.0/parking/internal/enter\"}"));
    assertThatThrownBy(() -> client.parking().enter(ParkingEndpointsWireTest.entry().build()))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e).isNotInstanceOf(RequestIgnoredException.class);
          assertThat(e.vendor()).isEqualTo("4pyun");
          assertThat(e.httpStatus()).isEqualTo(200);
          assertThat(e.vendorCode()).isEqualTo("400");
          assertThat(e.vendorMessage()).isEqualTo("请求参数错误 (hint: 参数`enter_time`未传递)");
          assertThat(e.requestId()).isEqualTo("48bf04ea4caa479c");
        });
  }

  @Test
  void anHttpErrorStatusStillReadsTheEnvelope() {
    server.enqueue(new MockResponse.Builder().code(500).setHeader("Content-Type", "application/json")
        .body("{\"code\":\"500\",\"message\":\"服务器内部错误\",\"seqno\":\"48bf04ea4caa479c\"}").build());
    assertThatThrownBy(() -> client.parking().update(UpdateRequest.builder().flowNo("F").parkingSerial("E").plate("粤B1").build()))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(500);
          assertThat(e.vendorCode()).isEqualTo("500");
          assertThat(e.requestId()).isEqualTo("48bf04ea4caa479c");
        });
  }

  @Test
  void aBodyThatIsNotAnEnvelopeIsAFormatError() {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html").body("<html>502</html>").build());
    server.enqueue(envelope("{\"message\":\"no code\"}"));
    server.enqueue(envelope("[1,2]"));
    UpdateRequest u = UpdateRequest.builder().flowNo("F").parkingSerial("E").plate("粤B1").build();
    assertThatThrownBy(() -> client.parking().update(u)).isInstanceOf(ResponseFormatException.class).hasMessageContaining("not JSON");
    assertThatThrownBy(() -> client.parking().update(u)).isInstanceOf(ResponseFormatException.class).hasMessageContaining("'code'");
    assertThatThrownBy(() -> client.parking().update(u)).isInstanceOf(ResponseFormatException.class).hasMessageContaining("object");
  }

  @Test
  void bodyLogsMaskSignaturesAuthorizationSecretsAndPersonalData() throws Exception {
    server.enqueue(ok1001());
    server.enqueue(envelope("{\"code\":\"1001\",\"seqno\":\"s\"}"));
    client.syncs().sendVips(SyncBatch.of(Collections.singletonList(io.github.ampark.fourpyun.model.Vip.builder().plate("粤X1")
        .plateColor(PlateColor.BLUE).chargeType("1").chargeDesc("月卡").status(io.github.ampark.fourpyun.model.RecordStatus.ACTIVE)
        .createTime(T0).expireTime(T0).type(io.github.ampark.fourpyun.model.VipType.MONTHLY).balance(1).realname("张三")
        .mobile("13800138000").idCard("110101199003077777").build())));
    client.payments().prepay(PrepayRequest.builder().plate("京A1").enterTime(T0).parkingSerial("1").payPartner("P1").totalValueFen(1)
        .freeValueFen(0).payValueFen(1).parkingTime(Duration.ofSeconds(1)).authCode("135790356217418970").build());
    String json = body(take(server));
    String authorization = md5(json + "&app_secret=" + SECRET);
    String formSign = form(take(server)).get("sign");
    String logs = CapturingLogs.text();
    assertThat(logs).contains("parking/internal/vip", "parking/internal/prepay", "\"plate\":\"粤X1\"");
    assertThat(logs).doesNotContain(SECRET, authorization, formSign, "13800138000", "110101199003077777", "135790356217418970");
  }

  @Test
  void theClientPrintsNeitherSecretNorSignature() {
    assertThat(client.toString()).doesNotContain(SECRET).contains(PARK);
  }
}
