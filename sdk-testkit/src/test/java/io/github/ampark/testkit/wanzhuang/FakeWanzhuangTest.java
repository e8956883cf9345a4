package io.github.ampark.testkit.wanzhuang;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ampark.testkit.CallbackSender.Delivery;
import io.github.ampark.testkit.Fault;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake on its own, driven with hand-signed JSON requests: signatures, states, envelopes, callbacks. */
class FakeWanzhuangTest {
  static final ObjectMapper JSON = new ObjectMapper();
  final OkHttpClient http = new OkHttpClient();
  FakeWanzhuang fake;
  MockWebServer receiver;

  @BeforeEach
  void start() throws Exception {
    receiver = new MockWebServer();
    receiver.start(InetAddress.getByName("127.0.0.1"), 0);
    fake = FakeWanzhuang.builder().callbackBase("http://127.0.0.1:" + receiver.getPort() + "/wz/cb")
        .callbackInterval(Duration.ofMillis(5)).start();
    fake.seedDevice("18000001", 4, 2);
  }

  @AfterEach
  void stop() {
    fake.close();
    receiver.close();
  }

  static String sign(Map<String, Object> params, boolean hmac) throws Exception {
    StringBuilder s = new StringBuilder();
    for (Map.Entry<String, Object> e : new TreeMap<>(params).entrySet()) {
      s.append(s.length() == 0 ? "" : "&").append(e.getKey()).append('=').append(e.getValue());
    }
    byte[] d;
    if (hmac) {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(FakeWanzhuang.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      d = mac.doFinal(s.toString().getBytes(StandardCharsets.UTF_8));
    } else {
      d = MessageDigest.getInstance("SHA-256").digest((s + FakeWanzhuang.SECRET).getBytes(StandardCharsets.UTF_8));
    }
    StringBuilder hex = new StringBuilder();
    for (byte b : d) {
      hex.append(String.format("%02x", b & 0xff));
    }
    return hex.toString();
  }

  JsonNode post(String path, Map<String, Object> body, boolean hmac, String signOverride) throws Exception {
    Map<String, Object> p = new LinkedHashMap<>(body);
    p.put("app_id", FakeWanzhuang.APP_ID);
    p.put("timestamp", 1744285110L);
    p.put("sign", signOverride != null ? signOverride : sign(p, hmac));
    Request r = new Request.Builder().url(fake.url(path))
        .post(RequestBody.create(JSON.writeValueAsBytes(p), MediaType.get("application/json"))).build();
    try (Response resp = http.newCall(r).execute()) {
      return JSON.readTree(resp.body().string());
    }
  }

  JsonNode get(String path, String query, boolean hmac) throws Exception {
    Map<String, Object> p = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      String[] kv = pair.split("=", 2);
      p.put(kv[0], kv[1]);
    }
    p.put("app_id", FakeWanzhuang.APP_ID);
    p.put("timestamp", "1744285110");
    String url = fake.url(path) + "?" + query + "&app_id=" + FakeWanzhuang.APP_ID + "&timestamp=1744285110&sign=" + sign(p, hmac);
    try (Response resp = http.newCall(new Request.Builder().url(url).build()).execute()) {
      return JSON.readTree(resp.body().string());
    }
  }

  static Map<String, Object> start(long chargeId) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("device_num", "18000001");
    b.put("device_port", 1);
    b.put("charge_id", chargeId);
    b.put("charge_mode", 7);
    b.put("total_fee", 100);
    return b;
  }

  @Test
  void aWrongOrMissingSignatureIsRefusedWithItsCode() throws Exception {
    assertThat(post("/open/charge/start", start(1), true, "0".repeat(64)).path("code").asInt()).isEqualTo(FakeWanzhuang.SIGN_ERROR);
    assertThat(post("/open/charge/start", start(1), false, null).path("code").asInt()).as("other hash").isEqualTo(FakeWanzhuang.SIGN_ERROR);
    assertThat(fake.portState("18000001", 1)).contains(0);
    assertThat(fake.startsAccepted()).isZero();
  }

  @Test
  void eitherHashCanBeTheOneChecked() throws Exception {
    fake.hash(FakeWanzhuang.Hash.SHA256_APPENDED);
    assertThat(post("/open/charge/start", start(1), false, null).path("code").asInt()).isEqualTo(1);
    assertThat(post("/open/charge/start", start(2), true, null).path("code").asInt()).isEqualTo(FakeWanzhuang.SIGN_ERROR);
  }

  @Test
  void aChargeMovesThePortThroughItsStatesAndSendsBothCallbacksUntilAcknowledged() throws Exception {
    receiver.enqueue(new MockResponse.Builder().code(500).body("no").build());
    receiver.enqueue(new MockResponse.Builder().body("{\"code\":1,\"message\":\"success\"}").build());
    assertThat(post("/open/charge/start", start(7), true, null).path("code").asInt()).isEqualTo(1);
    assertThat(fake.portState("18000001", 1)).contains(2);
    Delivery started = fake.deliveries().get(0).get(5, TimeUnit.SECONDS);
    assertThat(started.acknowledged()).isTrue();
    assertThat(started.attempts()).isEqualTo(2);
    RecordedRequest first = receiver.takeRequest(5, TimeUnit.SECONDS);
    assertThat(first.getTarget()).isEqualTo("/wz/cb/start_power");
    assertThat(first.getBody().utf8()).isEqualTo("state=1&device_num=18000001&device_port=1&charge_id=7");
    receiver.takeRequest(5, TimeUnit.SECONDS);

    assertThat(post("/open/charge/start", start(8), true, null).path("code").asInt()).as("port busy").isEqualTo(FakeWanzhuang.PORT_UNAVAILABLE);
    assertThat(post("/open/charge/start", start(7), true, null).path("code").asInt()).as("charge id used").isEqualTo(FakeWanzhuang.CHARGE_ID_USED);

    receiver.enqueue(new MockResponse.Builder().body("success").build());
    fake.finishCharge("18000001", 1, 80, 2).get().get(5, TimeUnit.SECONDS);
    assertThat(fake.portState("18000001", 1)).contains(5);
    assertThat(receiver.takeRequest(5, TimeUnit.SECONDS).getBody().utf8())
        .isEqualTo("device_num=18000001&device_port=1&charge_id=7&charge_mode=7&pay_amount=100&pay_used=80&stop_reason=2");
    JsonNode log = get("/open/callback/log", "charge_id=7", true);
    assertThat(log.path("data")).hasSize(2);
    assertThat(log.path("data").get(1).path("type").asText()).isEqualTo("finish_order");
  }

  @Test
  void stoppingIsSafeToRepeatAndAFaultEndsACharge() throws Exception {
    receiver.enqueue(new MockResponse.Builder().body("success").build());
    receiver.enqueue(new MockResponse.Builder().body("success").build());
    post("/open/charge/start", start(9), true, null);
    Map<String, Object> stop = new LinkedHashMap<>();
    stop.put("device_num", "18000001");
    stop.put("device_port", 1);
    stop.put("charge_id", 9);
    assertThat(post("/open/charge/stop", stop, true, null).path("code").asInt()).isEqualTo(1);
    assertThat(post("/open/charge/stop", stop, true, null).path("code").asInt()).isEqualTo(1);
    assertThat(fake.portState("18000001", 1)).contains(5);
    fake.faultPort("18000001", 2);
    assertThat(fake.portState("18000001", 2)).contains(6);
    assertThat(post("/open/charge/start", start(10), true, null).path("code").asInt()).isEqualTo(1);
    assertThat(get("/open/device/state", "device_num=18000001", true).path("data").path("ports").get(0).path("charge_id").asLong()).isEqualTo(10);
  }

  @Test
  void faultsFromTheBaseServerApply() throws Exception {
    fake.faults().on("POST", FakeWanzhuang.START, Fault.processThenDisconnect());
    try {
      post("/open/charge/start", start(11), true, null);
    } catch (java.io.IOException expected) {
      // the answer was lost
    }
    assertThat(fake.portState("18000001", 1)).contains(2);
    assertThat(fake.chargeIds()).containsExactly(11L);
  }

  @Test
  void offlineProfitReportsAreMultipart() throws Exception {
    receiver.enqueue(new MockResponse.Builder().body("success").build());
    assertThat(fake.reportOfflineProfit("18000001", 1200, 300, 1744285110L).get().get(5, TimeUnit.SECONDS).acknowledged()).isTrue();
    RecordedRequest r = receiver.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r.getTarget()).isEqualTo("/wz/cb/offline_profit");
    assertThat(r.getHeaders().get("Content-Type")).startsWith("multipart/form-data; boundary=");
    assertThat(r.getBody().utf8()).contains("name=\"coin\"\r\n\r\n1200\r\n");
  }

  @Test
  void unknownDevicesAreAnErrorEnvelope() throws Exception {
    JsonNode r = get("/open/device/findOne", "device_num=404", true);
    assertThat(r.path("code").asInt()).isEqualTo(FakeWanzhuang.NOT_FOUND);
    assertThat(r.path("message").asText()).isNotBlank();
  }
}
