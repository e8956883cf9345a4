package io.github.ampark.bolink;

import static io.github.ampark.bolink.Wire.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.bolink.model.*;
import io.github.ampark.core.ApiException;
import io.github.ampark.core.Idempotency;
import io.github.ampark.core.LogLevel;
import io.github.ampark.core.http.RawRequest;
import io.github.ampark.core.http.RawResponse;
import io.github.ampark.core.testing.CapturingLogs;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The raw escape hatch for families A, B and C, and what logs, exceptions and toString() show. */
class RawAndLoggingTest {
  MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = server();
    CapturingLogs.clear();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static final String ESCAPE_DATA = "{\"park_id\":\"123\",\"car_number\":\"苏DTTT18\"}";

  @Test
  void theUnionHelperPutsUnionIdFirstAndTheTagPlacesItAsAsked() throws Exception {
    try (BolinkClient client = client(url(server)).build()) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("park_id", "123");
      data.put("car_number", "苏DTTT18");
      server.enqueue(json("{\"state\":1,\"errmsg\":\"ok\",\"data\":[]}"));
      RawResponse r = client.raw().union("unionapi/neworder/querywithDrawList", data);
      assertThat(r.data().path("errmsg").asText()).isEqualTo("ok");
      RecordedRequest first = take(server);
      assertThat(first.getUrl().encodedPath()).isEqualTo("/unionapi/neworder/querywithDrawList");
      assertThat(body(first)).isEqualTo(envelope("{\"union_id\":200666,\"park_id\":\"123\",\"car_number\":\"苏DTTT18\"}", UKEY));

      server.enqueue(ok());
      client.raw().execute(RawRequest.post("unionapi/checkparkstatus").json(ESCAPE_DATA).idempotency(Idempotency.SAFE)
          .tag(RawSigning.class, RawSigning.union(UnionIdPlacement.TOP_LEVEL)).build());
      assertThat(body(take(server))).isEqualTo(topLevelEnvelope(ESCAPE_DATA, UKEY));

      server.enqueue(ok());
      client.raw().execute(RawRequest.post("unionapi/checkparkstatus").json(ESCAPE_DATA).build());
      assertThat(body(take(server))).as("no tag: data exactly as given").isEqualTo(envelope(ESCAPE_DATA, UKEY));

      server.enqueue(json("{\"state\":0,\"errmsg\":\"无逃单\"}"));
      assertThatThrownBy(() -> client.raw().execute(RawRequest.post("unionapi/x").json(ESCAPE_DATA).operation("queryEscape").build()))
          .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.operation()).isEqualTo("queryEscape"));
    }
  }

  @Test
  void theAppletOrderExtraInfoVariantCarriesTypeUnionIdAndUnixTsAtTheTopLevel() throws Exception {
    try (BolinkClient client = client(url(server)).build()) {
      String info = "{\"orderId\":\"A1\",\"plate\":\"京A12345\"}";
      server.enqueue(ok());
      client.raw().executeAsync(RawRequest.post("unionapi/binternal/applet/orderExtraInfo").json(info)
          .tag(RawSigning.class, RawSigning.appletOrderExtraInfo()).build()).get();
      RecordedRequest r = take(server);
      assertThat(r.getUrl().encodedPath()).isEqualTo("/unionapi/binternal/applet/orderExtraInfo");
      assertThat(body(r)).isEqualTo("{\"data\":" + info + ",\"sign\":\"" + md5(info + "key=" + UKEY)
          + "\",\"type\":\"MD5\",\"unionId\":200666,\"unixTs\":" + NOW.getEpochSecond() + "}");
    }
  }

  @Test
  void rawLegacyRequestsCarryTheFamilyCSignatureBv5() throws Exception {
    try (BolinkClient client = BolinkClient.builder().unionId(10001).ukey(Vectors.BV5_KEY).baseUrl(url(server)).build()) {
      server.enqueue(ok());
      client.raw().execute(RawRequest.post("unionapi/park/addpark").json(BolinkSigner.dataJson(Vectors.bv5Params()))
          .tag(RawSigning.class, RawSigning.legacy()).build());
      assertThat(body(take(server))).isEqualTo("{\"park_id\":\"1001\",\"name\":\"北京上地三街9号院停车场\",\"address\":\"北京上地三街9号\","
          + "\"phone\":\"13899884433\",\"lng\":\"123.994449\",\"lat\":\"32.466666\",\"total_plot\":90,\"empty_plot\":56,"
          + "\"union_id\":10001,\"rand\":\"0.20354312785198048\",\"type\":\"\",\"sign\":\"82A4EA10F60AEE4172AE4F3C774156EB\"}");
    }
  }

  @Test
  void rawCloudRequestsUseTheParksKeyAndVerifyTheAnswer() throws Exception {
    try (BolinkClient client = BolinkClient.builder().unionId(200279).ukey(UKEY).parkKey("kytest2020032501", "MAVXUU3C2545G9K1")
        .baseUrl(url(server)).build()) {
      Map<String, Object> lock = new LinkedHashMap<>();
      lock.put("comid", "kytest2020032501");
      lock.put("union_id", "200279");
      lock.put("car_number", "晋QQ1234");
      lock.put("lock_status", 1);
      server.enqueue(new MockResponse.Builder().body(base64(envelope("{\"message\":\"锁车成功\",\"state\":1}", "MAVXUU3C2545G9K1"))).build());
      RawResponse r = client.raw().execute(RawRequest.post("zld/openservice/lockcar").json(BolinkSigner.dataJson(lock))
          .tag(RawSigning.class, RawSigning.cloud("kytest2020032501")).build());
      assertThat(r.data().path("message").asText()).isEqualTo("锁车成功");
      assertThat(body(take(server))).startsWith("eyJkYXRhIjp7ImNvbWlkIjoia3l0ZXN0MjAyMDAzMjUwMSIsInVuaW9uX2lkIjoiMjAwMjc5IiwiY2FyX251bWJlciI6IuaZi1FRMTIzNCIsImx");
    }
  }

  @Test
  void logsShowDecodedCloudBodiesButNeverKeysOrSignatures() throws Exception {
    try (BolinkClient client = client(url(server)).logLevel(LogLevel.BODY).build()) {
      server.enqueue(new MockResponse.Builder().body(base64(envelope("{\"message\":\"ok\",\"state\":1}", CKEY))).build());
      client.cloud().payNoticeToPark(PayNoticeRequest.builder().parkId(PARK).carNumber("晋QQ1234").type(PayNoticeType.PLATFORM)
          .orderId("O1").tradeNo("T1").payTime(NOW).build());
      server.enqueue(ok());
      client.orders().exitOrder(ExitOrderRequest.builder().parkId("1").orderId("O2").carNumber("京A12345").outTime(NOW)
          .payType(PayType.SWEEPCODE).authCode("281206734901602933").totalYuan(BigDecimal.ONE).emptyPlot(1).build());
    }
    String logs = CapturingLogs.text();
    assertThat(logs).contains("(decoded)").contains("晋QQ1234").contains("京A12345");
    assertThat(logs).doesNotContain(UKEY).doesNotContain(CKEY).doesNotContain("281206734901602933");
    String exitSign = md5("{\"park_id\":\"1\",\"union_id\":200666,\"car_number\":\"京A12345\",\"out_time\":1717760000,"
        + "\"pay_type\":\"sweepcode\",\"empty_plot\":1,\"total\":\"1.00\",\"order_id\":\"O2\",\"auth_code\":\"281206734901602933\"}key=" + UKEY);
    assertThat(logs).doesNotContain(exitSign);
  }

  @Test
  void exceptionsAndToStringNeverShowSecrets() {
    server.enqueue(json("{\"state\":0,\"errmsg\":\"签名错误 key=" + UKEY + "\"}"));
    try (BolinkClient client = client(url(server)).build()) {
      assertThat(client.toString()).doesNotContain(UKEY).doesNotContain(CKEY);
      assertThatThrownBy(() -> client.parks().parkSetup(ParkSetupRequest.builder().parkId("1").smsVerification(true).build()))
          .isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getMessage()).doesNotContain(UKEY);
            assertThat(e.body()).doesNotContain(UKEY);
          });
    }
    PaymentRequest p = PaymentRequest.builder().parkId("1").tradeNo("t").title("x").amountYuan(BigDecimal.ONE)
        .method(PaymentMethod.SCANNER).channel(PaymentChannel.ALIPAY).authCode("281206734901602933").build();
    assertThat(p.toString()).doesNotContain("281206734901602933").contains("****");
  }
}
