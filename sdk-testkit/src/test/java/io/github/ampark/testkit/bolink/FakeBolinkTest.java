package io.github.ampark.testkit.bolink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.ampark.testkit.CallbackSender;
import io.github.ampark.testkit.Fault;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake, spoken to in raw HTTP with hand-signed bodies (the testkit never depends on the SDK). */
class FakeBolinkTest {
  static final String UKEY = "UKEY0123456789AB";
  static final String CKEY = "MAVXUU3C2545G9K1";
  static final long OUT = 1717760000L;

  FakeBolink fake;
  OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

  @BeforeEach
  void start() {
    fake = FakeBolink.start(200666, UKEY).park("kytest2020032501", CKEY);
  }

  @AfterEach
  void stop() {
    fake.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  String post(String path, String body, String type) throws IOException {
    Request r = new Request.Builder().url(fake.url(path)).post(RequestBody.create(body.getBytes(StandardCharsets.UTF_8), MediaType.get(type))).build();
    try (Response response = http.newCall(r).execute()) {
      return response.body().string();
    }
  }

  String postJson(String path, String body) throws IOException {
    return post(path, body, "application/json; charset=utf-8");
  }

  static String signed(String dataText, String key) {
    return "{\"data\":" + dataText + ",\"sign\":\"" + FakeBolink.md5(dataText + "key=" + key) + "\"}";
  }

  static String exitOrderData(String orderId, String pay) {
    return "{\"park_id\":\"1001\",\"union_id\":200666,\"car_number\":\"京A12345\",\"out_time\":" + OUT
        + ",\"pay_type\":\"" + pay + "\",\"empty_plot\":5,\"total\":\"12.50\",\"order_id\":\"" + orderId
        + "\",\"outpark_img\":\"https://img.example.com/a/b.jpg?x=1&y=2\"}";
  }

  @Test
  void acceptsTheTextFastjsonReEmitsAndKeepsTheOrder() throws IOException {
    String answer = postJson(FakeBolink.EXIT_ORDER, signed(exitOrderData("A1", "wallet"), UKEY));
    assertThat(answer).isEqualTo("{\"state\":1,\"errmsg\":\"上传成功\"}");
    assertThat(fake.order("A1").orElseThrow()).containsEntry("car_number", "京A12345")
        .containsEntry("outpark_img", "https://img.example.com/a/b.jpg?x=1&y=2")
        .containsEntry("total", "12.50").containsKey("trade_no");
    assertThat(fake.received(FakeBolink.EXIT_ORDER)).hasSize(1);
  }

  @Test
  void refusesASignatureOverEscapedTextBecauseFastjsonReEmitsItRaw() throws IOException {
    String escapedPlate = "{\"park_id\":\"1001\",\"union_id\":200666,\"car_number\":\"\\u4eacA12345\"}";
    assertThat(postJson(FakeBolink.PARK_SETUP, signed(escapedPlate, UKEY))).contains("\"state\":0").contains("签名错误");
    String escapedSlash = "{\"park_id\":\"1001\",\"union_id\":200666,\"img\":\"https:\\/\\/a.cn\"}";
    assertThat(postJson(FakeBolink.PARK_SETUP, signed(escapedSlash, UKEY))).contains("签名错误");
    String exponent = "{\"park_id\":\"1001\",\"union_id\":200666,\"x\":1.25e0}";
    assertThat(postJson(FakeBolink.PARK_SETUP, signed(exponent, UKEY))).contains("签名错误");
    String nullMember = "{\"park_id\":\"1001\",\"union_id\":200666,\"remark\":null}";
    assertThat(postJson(FakeBolink.PARK_SETUP, signed(nullMember, UKEY))).contains("签名错误");
    assertThat(fake.received(FakeBolink.PARK_SETUP)).isEmpty();
  }

  @Test
  void refusesMissingSignWrongKeyAndForeignUnionId() throws IOException {
    String data = "{\"park_id\":\"1001\",\"union_id\":200666}";
    assertThat(postJson(FakeBolink.PARK_SETUP, "{\"data\":" + data + "}")).contains("缺少sign");
    assertThat(postJson(FakeBolink.PARK_SETUP, signed(data, "OTHERKEY"))).contains("签名错误");
    assertThat(postJson(FakeBolink.PARK_SETUP, signed("{\"park_id\":\"1001\",\"union_id\":1}", UKEY))).contains("union_id不存在");
    String lower = "{\"data\":" + data + ",\"sign\":\"" + FakeBolink.md5(data + "key=" + UKEY).toLowerCase() + "\"}";
    assertThat(postJson(FakeBolink.PARK_SETUP, lower)).as("compared case-sensitively like Bolink").contains("签名错误");
  }

  @Test
  void topLevelUnionIdEndpointsReadItNextToSign() throws IOException {
    String data = "{\"park_id\":\"1001\",\"trade_no\":\"T2024061100000001\",\"amount\":\"0.01\",\"title\":\"停车费\",\"pay_type\":0,\"channel\":\"weixin\"}";
    String body = "{\"union_id\":200666,\"data\":" + data + ",\"sign\":\"" + FakeBolink.md5(data + "key=" + UKEY) + "\"}";
    assertThat(postJson(FakeBolink.PREPAY, body)).contains("\"state\":1").contains("pay/T2024061100000001");
    assertThat(postJson(FakeBolink.PREPAY, body)).contains("trade_no重复");
    assertThat(postJson(FakeBolink.PREPAY, signed(data, UKEY))).contains("union_id不存在(顶层)");
  }

  @Test
  void queryOrdersFiltersPagesAndEnforcesTheMonthAndSizeLimits() throws IOException {
    for (int i = 1; i <= 3; i++) {
      postJson(FakeBolink.EXIT_ORDER, signed(exitOrderData("A" + i, "cash"), UKEY));
    }
    String q = "{\"union_id\":200666,\"park_id\":\"1001\",\"start_time\":" + (OUT - 86400) + ",\"end_time\":" + (OUT + 86400) + ",\"page\":2,\"size\":2}";
    String answer = postJson(FakeBolink.QUERY_ORDERS, signed(q, UKEY));
    assertThat(answer).startsWith("{\"state\":1,\"errmsg\":\"查询成功\",\"count\":3,\"page\":2,\"data\":[{\"park_id\":\"1001\"")
        .contains("\"order_id\":\"A3\"").doesNotContain("\"order_id\":\"A1\"");
    String tooLong = "{\"union_id\":200666,\"park_id\":\"1001\",\"start_time\":1717171200,\"end_time\":1719849601,\"page\":1,\"size\":2}";
    assertThat(postJson(FakeBolink.QUERY_ORDERS, signed(tooLong, UKEY))).contains("不能超过一个自然月");
    String tooBig = "{\"union_id\":200666,\"park_id\":\"1001\",\"start_time\":" + OUT + ",\"end_time\":" + OUT + ",\"page\":1,\"size\":101}";
    assertThat(postJson(FakeBolink.QUERY_ORDERS, signed(tooBig, UKEY))).contains("\"state\":0");
  }

  @Test
  void refundsNeverExceedWhatWasPaid() throws IOException {
    postJson(FakeBolink.EXIT_ORDER, signed(exitOrderData("A9", "wallet"), UKEY));
    String tradeNo = (String) fake.order("A9").orElseThrow().get("trade_no");
    String refund = "{\"union_id\":200666,\"park_id\":\"1001\",\"trade_no\":\"" + tradeNo + "\",\"end_time\":" + OUT + ",\"refund_money\":\"10.00\"}";
    assertThat(postJson(FakeBolink.REFUND, signed(refund, UKEY))).contains("退款成功");
    assertThat(postJson(FakeBolink.REFUND, signed(refund, UKEY))).contains("退款金额超过可退金额");
    assertThat(fake.order("A9").orElseThrow()).containsEntry("refunded", "10.00");
    String unknown = refund.replace(tradeNo, "NOPE");
    assertThat(postJson(FakeBolink.REFUND, signed(unknown, UKEY))).contains("交易不存在");
  }

  @Test
  void cloudModeAnswersInBase64SignedWithTheParkKey() throws IOException {
    String data = "{\"comid\":\"kytest2020032501\",\"union_id\":\"200666\",\"car_number\":\"晋QQ1234\",\"type\":1,"
        + "\"order_id\":\"O1\",\"trade_no\":\"T1\",\"pay_time\":1717760000}";
    String body = Base64.getEncoder().encodeToString(signed(data, CKEY).getBytes(StandardCharsets.UTF_8));
    String answer = post(FakeBolink.PAY_NOTICE, body, "text/plain; charset=utf-8");
    String decoded = new String(Base64.getDecoder().decode(answer), StandardCharsets.UTF_8);
    String answerData = "{\"message\":\"通知成功\",\"state\":1}";
    assertThat(decoded).isEqualTo(signed(answerData, CKEY));
    String wrongKey = Base64.getEncoder().encodeToString(signed(data, UKEY).getBytes(StandardCharsets.UTF_8));
    String refused = new String(Base64.getDecoder().decode(post(FakeBolink.PAY_NOTICE, wrongKey, "text/plain")), StandardCharsets.UTF_8);
    assertThat(refused).contains("\"state\":0").contains("签名错误");
    assertThat(fake.received(FakeBolink.PAY_NOTICE)).hasSize(1);
  }

  @Test
  void plainOpenServiceRequestsAreSignedWithTheVendorKey() throws IOException {
    String data = "{\"union_id\":200666,\"park_id\":\"dlytest_no\",\"platform_id\":2,\"car_number\":\"晋SS0000\","
        + "\"start_charge_seq\":\"2021110300012\",\"calculation_method\":1,\"duration\":2.12,\"out_time\":1635911040}";
    assertThat(postJson(FakeBolink.CHARGING_DISCOUNT, signed(data, UKEY))).isEqualTo("{\"state\":1,\"errmsg\":\"上传成功\"}");
    assertThat(fake.received(FakeBolink.CHARGING_DISCOUNT).get(0).get("duration")).hasToString("2.12");
  }

  @Test
  void faultsAreInheritedProcessThenDisconnectKeepsTheOrder() {
    fake.faults().on("POST", FakeBolink.EXIT_ORDER, Fault.processThenDisconnect());
    assertThatThrownBy(() -> postJson(FakeBolink.EXIT_ORDER, signed(exitOrderData("A7", "cash"), UKEY)))
        .isInstanceOf(IOException.class);
    assertThat(fake.order("A7")).isPresent();
  }

  @Test
  void callbacksAreSignedWithTheVendorKeyAndResentUntilStateOne() throws IOException {
    List<String> bodies = new ArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/bolink", ex -> {
      bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      byte[] reply = (calls.incrementAndGet() == 1 ? "{\"state\":0,\"errmsg\":\"busy\"}" : "{\"state\":1,\"errmsg\":\"ok\"}")
          .getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(200, reply.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(reply);
      }
    });
    receiver.start();
    try {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("service_name", "prepay_order");
      data.put("park_id", "1001");
      data.put("car_number", "京A12345");
      CallbackSender.Delivery d = fake.sendCallback("http://127.0.0.1:" + receiver.getAddress().getPort() + "/bolink", data);
      assertThat(d.acknowledged()).isTrue();
      assertThat(d.attempts()).isEqualTo(2);
      String text = "{\"service_name\":\"prepay_order\",\"park_id\":\"1001\",\"car_number\":\"京A12345\"}";
      assertThat(bodies.get(0)).isEqualTo(signed(text, UKEY));
    } finally {
      receiver.stop(0);
    }
  }

  @Test
  void anEntryIsKeptUntilTheCarLeaves() throws IOException {
    String entry = "{\"car_number\":\"京A12345\",\"in_time\":1717754731,\"order_id\":\"E1\",\"empty_plot\":55,"
        + "\"park_id\":\"1001\",\"union_id\":200666}";
    assertThat(postJson(FakeBolink.ENTRY_ORDER, signed(entry, UKEY))).contains("\"state\":1");
    assertThat(fake.entry("E1").orElseThrow()).containsEntry("car_number", "京A12345");
    postJson(FakeBolink.EXIT_ORDER, signed(exitOrderData("E1", "cash"), UKEY));
    assertThat(fake.entry("E1")).isEmpty();
    assertThat(fake.order("E1")).isPresent();
  }

  @Test
  void monthCardPaymentsAnswerAPayUrlAndAreFoundByQueryOrderState() throws IOException {
    String pay = "{\"park_id\":\"1001\",\"amount\":\"300.00\",\"card_id\":\"190757\",\"trade_no\":\"2024061100000000001\","
        + "\"pay_channel\":\"weixin\",\"time_temp\":1717760000}";
    String body = "{\"union_id\":200666,\"data\":" + pay + ",\"sign\":\"" + FakeBolink.md5(pay + "key=" + UKEY) + "\"}";
    assertThat(postJson(FakeBolink.PAY_MONTH_CARD, body)).contains("\"payurl\":").contains("\"trade_no\":\"2024061100000000001\"");
    String q = "{\"park_id\":\"1001\",\"union_id\":200666,\"query_type\":1,\"trade_no\":\"2024061100000000001\"}";
    assertThat(postJson(FakeBolink.QUERY_ORDER_STATE, signed(q, UKEY))).contains("\"trade_no\":\"2024061100000000001\"");
  }

  @Test
  void monthCarPriceAnswersSignedInBase64WithThePrice() throws IOException {
    String data = "{\"comid\":\"kytest2020032501\",\"union_id\":\"200666\",\"start_time\":\"1618899136\","
        + "\"card_id\":\"190757\",\"months\":\"2\",\"pid\":\"1093\"}";
    String body = Base64.getEncoder().encodeToString(signed(data, CKEY).getBytes(StandardCharsets.UTF_8));
    String decoded = new String(Base64.getDecoder().decode(post(FakeBolink.MONTH_CAR_PRICE, body, "text/plain")), StandardCharsets.UTF_8);
    assertThat(decoded).isEqualTo(signed("{\"message\":\"查询成功\",\"state\":1,\"price\":\"200.00\","
        + "\"comid\":\"kytest2020032501\",\"card_id\":\"190757\"}", CKEY));
  }
}
