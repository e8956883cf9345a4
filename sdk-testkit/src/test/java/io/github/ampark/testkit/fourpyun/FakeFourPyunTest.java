package io.github.ampark.testkit.fourpyun;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ampark.core.signing.Digests;
import io.github.ampark.core.signing.HexCase;
import io.github.ampark.testkit.Fault;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake 4pyun, spoken to in raw HTTP: signatures, envelopes, stores, stays, faults. */
class FakeFourPyunTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
  static final String PARK = FakeFourPyun.DEFAULT_PARK_UUID;
  static final String SECRET = FakeFourPyun.DEFAULT_APP_SECRET;
  static final byte[] GIF = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAUEBAAAACwAAAAAAQABAAACAkQBADs=");

  final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).readTimeout(5, TimeUnit.SECONDS).build();
  FakeFourPyun fake;

  @BeforeEach
  void start() {
    fake = FakeFourPyun.start();
  }

  @AfterEach
  void stop() {
    fake.close();
    http.dispatcher().executorService().shutdown();
  }

  // -- the test's own signing --

  static String md5(byte[] bytes) {
    return Digests.md5Hex(bytes, HexCase.UPPER);
  }


  static String md5(String s) {
    return md5(s.getBytes(StandardCharsets.UTF_8));
  }

  static String sign(Map<String, String> params, String secret) {
    StringBuilder sb = new StringBuilder();
    new TreeMap<>(params).forEach((k, v) -> sb.append(k).append('=').append(v).append('&'));
    return md5(sb + "app_secret=" + secret);
  }

  JsonNode send(Request request) throws IOException {
    try (Response r = http.newCall(request).execute()) {
      return JSON.readTree(r.body().string());
    }
  }

  JsonNode form(String path, Map<String, String> params, boolean signed) throws IOException {
    FormBody.Builder b = new FormBody.Builder();
    params.forEach(b::add);
    b.add("sign", signed ? sign(params, SECRET) : "0123456789ABCDEF0123456789ABCDEF");
    return send(new Request.Builder().url(fake.url(path)).post(b.build()).build());
  }

  JsonNode json(String path, String body, String authorization) throws IOException {
    Request.Builder b = new Request.Builder().url(fake.url(path)).post(RequestBody.create(body, JSON_TYPE));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return send(b.build());
  }

  static Map<String, String> entry(String serial) {
    Map<String, String> p = new TreeMap<>();
    p.put("park_uuid", PARK);
    p.put("parking_serial", serial);
    p.put("plate", "粤X77777");
    p.put("plate_color", "1");
    p.put("enter_time", "1624874732253");
    p.put("car_type", "1");
    p.put("car_desc", "临时车");
    p.put("charge_type", "1");
    return p;
  }

  JsonNode multipartEnter(Map<String, String> params, byte[] image, String hash, boolean signed) throws IOException {
    Map<String, String> all = new TreeMap<>(params);
    all.put("enter_image_hash", hash);
    MultipartBody.Builder b = new MultipartBody.Builder().setType(MultipartBody.FORM);
    all.forEach((k, v) -> b.addPart(MultipartBody.Part.createFormData(k, null,
        RequestBody.create(v, MediaType.get("text/plain; charset=UTF-8")))));
    b.addFormDataPart("sign", signed ? sign(all, SECRET) : "BAD");
    b.addFormDataPart("enter_image_file", "", RequestBody.create(image, MediaType.get("application/octet-stream")));
    return send(new Request.Builder().url(fake.url("parking/internal/enter")).post(b.build()).build());
  }

  // -- signatures --

  @Test
  void theFakesOwnSignersReproducePv3AndPv5() {
    Map<String, String> pv3 = new TreeMap<>(Map.of("plate", "京A00001", "enter_time", "1625154147313", "free_value", "0",
        "park_uuid", "49f0cc52-e8c7-41e3-b54d-af666b8cc11a", "parking_serial", "111112", "parking_time", "2000",
        "pay_partner", "11111114", "pay_value", "10", "total_value", "10", "gate_id", "1"));
    pv3.put("gate_name", "通道1号");
    assertThat(FakeFourPyun.formSign(pv3, "123")).isEqualTo("570DD318C1CB9649E458C3FC2B7757F4");
    Map<String, String> pv5 = new TreeMap<>(Map.of("charset", "UTF-8", "park_uuid", "3bad72c0-6204-4b65-90aa-4323ddd1fb5a",
        "parking_order", "201811301049350025", "parking_serial", "8c598afd-2cb8-4cec-8f73-4fd4391d2fc6", "pay_origin", "4",
        "pay_origin_desc", "支付宝", "pay_serial", "20181130105240075500112137", "pay_source", "支付宝",
        "pay_time", "20181130105250", "service", "service.parking.payment.result"));
    pv5.put("value", "500");
    pv5.put("version", "1.0");
    assertThat(FakeFourPyun.gatewaySign(pv5, "DEMO")).isEqualTo("95835E1917E330AD4A1F1CFC7D0F115D");
  }

  @Test
  void aPv4RenewalBodyIsAcceptedWithItsAuthorizationAndStored() throws IOException {
    try (FakeFourPyun pv4 = FakeFourPyun.builder().appSecret("12323232323").start()) {
      String body = "{\"park_uuid\":\"49f0cc52-e8c7-41e3-b54d-af666b8cc11a\",\"row\":[{\"charge_type\":\"101\","
          + "\"plate_color\":\"1\",\"quantity\":\"1\",\"pay_value\":\"10000\",\"plate\":\"粤X33333\",\"card_id\":\"ID000001\","
          + "\"operator\":\"张三\",\"pay_time\":\"1625068799000\",\"card_no\":\"ID000001\",\"vip_type\":\"1\","
          + "\"pay_partner\":\"pay_partner_1234567890\",\"pay_type\":\"1\",\"value\":\"30\"}]}";
      JsonNode answer = send(new Request.Builder().url(pv4.url("gate/1.0/parking/internal/vip/recharge"))
          .header("Authorization", "D2D60115A3C37358EFA294362FE84470").post(RequestBody.create(body, JSON_TYPE)).build());
      assertThat(answer.get("code").asText()).isEqualTo("1001");
      assertThat(answer.get("seqno").asText()).isNotEmpty();
      assertThat(pv4.vipRenewals()).containsOnlyKeys("pay_partner_1234567890");
      assertThat(pv4.vipRenewals().get("pay_partner_1234567890")).containsEntry("plate", "粤X33333");
    }
  }

  @Test
  void aJsonSyncWithoutOrWithAWrongAuthorizationIsRefused() throws IOException {
    String body = "{\"complete\":\"0\",\"park_uuid\":\"" + PARK + "\",\"row\":[{\"plate\":\"粤A1\",\"plate_color\":\"1\"}]}";
    assertThat(json("parking/internal/vip", body, null).get("code").asText()).isEqualTo("401");
    assertThat(json("parking/internal/vip", body, md5(body + "&app_secret=wrong")).get("code").asText()).isEqualTo("401");
    assertThat(json("parking/internal/vip", body, md5(body + "&app_secret=" + SECRET).toLowerCase()).get("code").asText())
        .isEqualTo("1001");
    assertThat(fake.vips()).containsOnlyKeys("粤A1");
  }

  @Test
  void aBadlySignedEntryIsIgnoredWithAHintLikeTheVendorDoes() throws IOException {
    JsonNode answer = form("parking/internal/enter", entry("E1"), false);
    assertThat(answer.get("code").asText()).isEqualTo("200");
    assertThat(answer.get("message").asText()).isEqualTo("已忽略当前请求");
    assertThat(answer.get("hint").asText()).startsWith("签名验证不通过[car_desc=临时车&car_type=1").endsWith("&app_secret=***]");
    assertThat(fake.stays()).isEmpty();
    try (FakeFourPyun leaky = FakeFourPyun.builder().hintEchoesSecret(true).start()) {
      FormBody.Builder b = new FormBody.Builder();
      entry("E1").forEach(b::add);
      JsonNode leaked = send(new Request.Builder().url(leaky.url("parking/internal/enter")).post(b.add("sign", "X").build()).build());
      assertThat(leaked.get("hint").asText()).endsWith("&app_secret=" + SECRET + "]");
    }
  }

  @Test
  void otherEndpointsAnswer401ToABadSignature() throws IOException {
    Map<String, String> p = new TreeMap<>(Map.of("park_uuid", PARK, "flow_no", "F1", "parking_serial", "E1", "plate", "粤B1"));
    JsonNode answer = form("parking/internal/update", p, false);
    assertThat(answer.get("code").asText()).isEqualTo("401");
    assertThat(answer.get("path").asText()).isEqualTo("POST /parking/internal/update");
    assertThat(fake.updates()).isEmpty();
    assertThat(form("parking/internal/update", p, true).get("code").asText()).isEqualTo("1001");
    assertThat(fake.updates()).containsOnlyKeys("F1");
  }

  // -- stays and charges --

  @Test
  void aMultipartEntryIsVerifiedIncludingTheImageHashAndOpensAStay() throws IOException {
    assertThat(multipartEnter(entry("E1"), GIF, "0".repeat(32), true).get("hint").asText()).contains("enter_image_hash");
    assertThat(multipartEnter(entry("E1"), GIF, md5(GIF), false).get("message").asText()).isEqualTo("已忽略当前请求");
    assertThat(fake.stays()).isEmpty();
    assertThat(multipartEnter(entry("E1"), GIF, md5(GIF), true).get("code").asText()).isEqualTo("200");
    assertThat(multipartEnter(entry("E1"), GIF, md5(GIF), true).get("code").asText()).isEqualTo("200");
    assertThat(fake.stays()).hasSize(1);
    assertThat(fake.stay("E1").orElseThrow().plate()).isEqualTo("粤X77777");
    assertThat(fake.stay("E1").orElseThrow().left()).isFalse();
  }

  @Test
  void aChargeNeedsAStayAndAFreshPayPartner() throws IOException {
    Map<String, String> charge = new TreeMap<>(Map.of("park_uuid", PARK, "plate", "粤X77777", "enter_time", "1624874732253",
        "parking_serial", "E1", "pay_partner", "P1", "total_value", "10", "free_value", "0", "pay_value", "10",
        "parking_time", "2000"));
    assertThat(form("parking/internal/prepay", charge, true).get("message").asText()).isEqualTo("未匹配到停车记录");
    form("parking/internal/enter", entry("E1"), true);
    JsonNode paid = form("parking/internal/prepay", charge, true);
    assertThat(paid.get("code").asText()).isEqualTo("1001");
    assertThat(paid.get("pay_serial").asText()).isNotEmpty();
    assertThat(form("parking/internal/prepay", charge, true).get("message").asText()).isEqualTo("扣款订单号重复");

    HttpUrl.Builder url = HttpUrl.get(fake.url("parking/internal/payment")).newBuilder()
        .addQueryParameter("park_uuid", PARK).addQueryParameter("pay_partner", "P1");
    url.addQueryParameter("sign", sign(Map.of("park_uuid", PARK, "pay_partner", "P1"), SECRET));
    JsonNode status = send(new Request.Builder().url(url.build()).get().build());
    assertThat(status.get("code").asText()).isEqualTo("1001");
    assertThat(status.get("status").asText()).isEqualTo("1");
    assertThat(status.get("pay_serial").asText()).isEqualTo(paid.get("pay_serial").asText());
  }

  @Test
  void anAcceptedChargeRunsUntilSettled() throws IOException {
    form("parking/internal/enter", entry("E2"), true);
    fake.prepayBehaviour(FakeFourPyun.PrepayBehaviour.ACCEPTED);
    Map<String, String> charge = new TreeMap<>(Map.of("park_uuid", PARK, "plate", "粤X77777", "enter_time", "1",
        "parking_serial", "E2", "pay_partner", "P2", "total_value", "10", "free_value", "0", "pay_value", "10",
        "parking_time", "1"));
    assertThat(form("parking/internal/prepay", charge, true).get("code").asText()).isEqualTo("1000");
    assertThat(fake.payments().get("P2")).containsEntry("status", "0");
    fake.settlePayment("P2", true);
    assertThat(fake.payments().get("P2")).containsEntry("status", "1").containsKey("pay_serial");
  }

  @Test
  void anExitClosesTheStay() throws IOException {
    form("parking/internal/enter", entry("E3"), true);
    Map<String, String> exit = entry("E3");
    exit.put("leave_time", "1624878332253");
    exit.put("payment_list", "[{\"pay_type\":\"1\",\"value\":\"500\"}]");
    assertThat(form("parking/internal/leave", exit, true).get("code").asText()).isEqualTo("200");
    assertThat(fake.stay("E3").orElseThrow().left()).isTrue();
    assertThat(fake.stay("E3").orElseThrow().leave()).containsEntry("payment_list", "[{\"pay_type\":\"1\",\"value\":\"500\"}]");
  }

  @Test
  void preEntryRefusesBlacklistedCarsAndKnowsVips() throws IOException {
    String body = "{\"complete\":\"1\",\"park_uuid\":\"" + PARK + "\",\"row\":[{\"plate\":\"粤B66666\",\"plate_color\":\"1\","
        + "\"status\":\"1\"}]}";
    json("parking/internal/blacklist", body, md5(body + "&app_secret=" + SECRET));
    Map<String, String> p = new TreeMap<>(Map.of("park_uuid", PARK, "plate", "粤B66666", "plate_color", "1",
        "gate_time", "1", "gate_id", "1", "gate_name", "东门"));
    JsonNode denied = form("parking/internal/enter/before", p, true);
    assertThat(denied.get("status").asInt()).isEqualTo(-1);
    p.put("plate", "粤B00000");
    assertThat(form("parking/internal/enter/before", p, true).get("code").asText()).isEqualTo("1002");
  }

  // -- syncs --

  @Test
  void completeOneReplacesTheStoreAndCompleteZeroAddsToIt() throws IOException {
    String first = "{\"complete\":\"0\",\"park_uuid\":\"" + PARK + "\",\"row\":[{\"plate\":\"粤A1\",\"plate_color\":\"1\"},"
        + "{\"plate\":\"粤A2\",\"plate_color\":\"1\"}]}";
    String full = "{\"complete\":\"1\",\"park_uuid\":\"" + PARK + "\",\"row\":[{\"plate\":\"粤A3\",\"plate_color\":\"1\"}]}";
    String more = "{\"complete\":0,\"park_uuid\":\"" + PARK + "\",\"row\":[{\"plate\":\"粤A4\",\"plate_color\":\"2\"}]}";
    json("parking/internal/vip", first, md5(first + "&app_secret=" + SECRET));
    assertThat(fake.vips()).containsOnlyKeys("粤A1", "粤A2");
    json("parking/internal/vip", full, md5(full + "&app_secret=" + SECRET));
    assertThat(fake.vips()).containsOnlyKeys("粤A3");
    json("parking/internal/vip", more, md5(more + "&app_secret=" + SECRET));
    assertThat(fake.vips()).containsOnlyKeys("粤A3", "粤A4");
    assertThat(fake.completeFlags()).containsExactly("parking/internal/vip 0", "parking/internal/vip 1", "parking/internal/vip 0");
  }

  @Test
  void aRowWithoutItsKeyIsRefusedAndNothingIsStored() throws IOException {
    String body = "{\"complete\":\"1\",\"park_uuid\":\"" + PARK + "\",\"row\":[{\"plate\":\"粤A1\",\"plate_color\":\"1\","
        + "\"pay_partner\":\"R1\"},{\"plate\":\"粤A2\",\"plate_color\":\"1\"}]}";
    JsonNode answer = json("parking/internal/vip/recharge", body, md5(body + "&app_secret=" + SECRET));
    assertThat(answer.get("code").asText()).isEqualTo("400");
    assertThat(answer.get("hint").asText()).contains("row.pay_partner");
    assertThat(fake.vipRenewals()).isEmpty();
  }

  // -- faults, planned errors, latency, paths --

  @Test
  void aPlannedErrorAnswersWithoutActing() throws IOException {
    fake.failNext("parking/internal/update", "503", "服务暂不可用");
    Map<String, String> p = new TreeMap<>(Map.of("park_uuid", PARK, "flow_no", "F1", "parking_serial", "E1", "plate", "粤B1"));
    assertThat(form("parking/internal/update", p, true).get("code").asText()).isEqualTo("503");
    assertThat(fake.updates()).isEmpty();
    assertThat(form("parking/internal/update", p, true).get("code").asText()).isEqualTo("1001");
  }

  @Test
  void injectedFaultsComeFromTheBaseServer() throws IOException {
    fake.faults().on("POST", "/parking/internal/update", Fault.processThenDisconnect());
    Map<String, String> p = new TreeMap<>(Map.of("park_uuid", PARK, "flow_no", "F1", "parking_serial", "E1", "plate", "粤B1"));
    try {
      form("parking/internal/update", p, true);
      throw new AssertionError("the connection should have dropped");
    } catch (IOException expected) {
      // the answer was lost, but the fake acted on the request
    }
    assertThat(fake.updates()).containsOnlyKeys("F1");
  }

  @Test
  void latencyDelaysEveryAnswerByAtLeastTheSetTime() throws IOException {
    fake.latency(Duration.ofMillis(60));
    long start = System.nanoTime();
    form("parking/internal/update", new TreeMap<>(Map.of("park_uuid", PARK, "flow_no", "F9", "parking_serial", "E", "plate", "B")), true);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(60));
  }

  @Test
  void everyPathIsAlsoServedUnderGate10() throws IOException {
    Map<String, String> p = new TreeMap<>(Map.of("park_uuid", PARK, "flow_no", "F1", "parking_serial", "E1", "plate", "粤B1"));
    assertThat(form("gate/1.0/parking/internal/update", p, true).get("code").asText()).isEqualTo("1001");
    assertThat(fake.journal("POST", "/gate/1.0/parking/internal/update")).hasSize(1);
  }

  @Test
  void energyCallsNeedTheOpenApiCommonParameters() throws IOException {
    form("parking/internal/enter", entry("E5"), true);
    Map<String, String> p = new TreeMap<>(Map.of("station_uuid", "S", "device_no", "D", "port_no", "1",
        "replenish_order", "R1", "vin", "粤X77777", "plate", "粤X77777", "energy_code", "CN_AC", "quantity", "1000",
        "energy_value", "1", "fee_value", "1"));
    p.put("total_value", "2");
    p.put("start_time", "2023-04-10T04:00:00Z");
    p.put("end_time", "2023-04-10T05:00:00Z");
    assertThat(form("energy/internal/replenish", p, true).get("code").asText()).isEqualTo("401");
    p.put("app_id", FakeFourPyun.DEFAULT_APP_ID);
    p.put("timestamp", "1700000000000");
    p.put("sign_type", "MD5");
    assertThat(form("energy/internal/replenish", p, true).get("code").asText()).isEqualTo("1001");
    assertThat(fake.replenishes()).containsOnlyKeys("R1");
    p.put("plate", "粤Z00000");
    p.put("replenish_order", "R2");
    assertThat(form("energy/internal/replenish", p, true).get("code").asText()).isEqualTo("1002");
  }

  @Test
  void callbacksCanBeSignedOverGbkBytesLikePYunsSampleGatewayOnAChineseWindowsJvm() throws IOException {
    Map<String, String> f = new java.util.TreeMap<>(Map.of("pay_origin_desc", "微信", "pay_serial", "P1"));
    try (FakeFourPyun gbk = FakeFourPyun.builder().callbackCharset(java.nio.charset.Charset.forName("GBK")).start()) {
      JsonNode body = JSON.readTree(gbk.signedGatewayBody("service.parking.payment.result", f));
      Map<String, String> fields = new java.util.TreeMap<>();
      body.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
      StringBuilder plain = new StringBuilder();
      for (Map.Entry<String, String> e : fields.entrySet()) {
        if (!e.getKey().equals("sign")) {
          plain.append(plain.length() == 0 ? "" : "&").append(e.getKey()).append('=').append(e.getValue());
        }
      }
      plain.append("&key=DEMO");
      String gbkSign = md5(plain.toString().getBytes(java.nio.charset.Charset.forName("GBK")));
      assertThat(fields.get("sign")).isEqualTo(gbkSign).isNotEqualTo(md5(plain.toString()));
    }
  }
}
