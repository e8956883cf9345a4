package io.github.ampark.bolink;

import static io.github.ampark.bolink.Wire.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.bolink.model.*;
import io.github.ampark.core.ApiException;
import io.github.ampark.core.ResponseFormatException;
import java.math.BigDecimal;
import java.time.Instant;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every union-API endpoint: the exact bytes on the wire and the decoding of its answers. */
class UnionApiWireTest {
  MockWebServer server;
  BolinkClient client;

  @BeforeEach
  void start() throws Exception {
    server = server();
    client = client(url(server)).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  RecordedRequest expectPost(String path, String body) throws InterruptedException {
    RecordedRequest r = take(server);
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo(path);
    assertThat(r.getUrl().encodedQuery()).isNull();
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(r.getHeaders().get("User-Agent")).startsWith("ampark-java/");
    assertThat(body(r)).isEqualTo(body);
    return r;
  }

  @Test
  void exitOrderSendsChinesePlateAndUrlRawInDocumentOrderAndSignsThoseCharacters() throws Exception {
    server.enqueue(json("{\"state\":1,\"errmsg\":\"上传成功\"}"));
    BolinkAck ack = client.exitOrder(ExitOrderRequest.builder()
        .parkId("1001").orderId("A1_2C1717754731").carNumber("京A12345")
        .inTime(Instant.ofEpochSecond(1717754731)).outTime(NOW)
        .payType(PayType.SWEEPCODE).authCode("281206734901602933").totalYuan(new BigDecimal("12.5")).emptyPlot(56)
        .putRemark("note", "月卡<过期>&续费")
        .outParkImageUrl("https://img.example.com/c/200217/out.jpg?host=20.2.10.221&url=/c/x.jpg")
        .outChannelId("A2").licenseColor(LicenseColor.NEW_ENERGY)
        .build());
    assertThat(ack.message()).isEqualTo("上传成功");
    assertThat(ack.reconciled()).isFalse();
    String data = "{\"park_id\":\"1001\",\"union_id\":200666,\"car_number\":\"京A12345\",\"in_time\":1717754731,"
        + "\"out_time\":1717760000,\"pay_type\":\"sweepcode\",\"empty_plot\":56,\"total\":\"12.50\","
        + "\"order_id\":\"A1_2C1717754731\",\"auth_code\":\"281206734901602933\",\"remark\":{\"note\":\"月卡<过期>&续费\"},"
        + "\"outpark_img\":\"https://img.example.com/c/200217/out.jpg?host=20.2.10.221&url=/c/x.jpg\","
        + "\"out_channel_id\":\"A2\",\"license_color\":4}";
    expectPost("/unionapi/neworder/updateorder", envelope(data, UKEY));
  }

  @Test
  void exitOrderLeavesOutWhatIsNotSet() throws Exception {
    server.enqueue(ok());
    client.exitOrder(ExitOrderRequest.builder().parkId("1001").orderId("O1").carNumber("粤B12345")
        .outTime(NOW).payType(PayType.CASH).totalYuan(BigDecimal.ZERO).emptyPlot(0).build());
    String data = "{\"park_id\":\"1001\",\"union_id\":200666,\"car_number\":\"粤B12345\",\"out_time\":1717760000,"
        + "\"pay_type\":\"cash\",\"empty_plot\":0,\"total\":\"0.00\",\"order_id\":\"O1\"}";
    expectPost("/unionapi/neworder/updateorder", envelope(data, UKEY));
  }

  @Test
  void stateZeroIsAnApiExceptionWithStateAndErrmsg() {
    server.enqueue(json("{\"state\":0,\"errmsg\":\"车场不存在\"}"));
    assertThatThrownBy(() -> client.exitOrder(ExitOrderRequest.builder().parkId("9").orderId("O1").carNumber("粤B12345")
        .outTime(NOW).payType(PayType.CASH).totalYuan(BigDecimal.ONE).emptyPlot(0).build()))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.vendor()).isEqualTo("bolink");
          assertThat(e.operation()).isEqualTo("exitOrder");
          assertThat(e.vendorCode()).isEqualTo("0");
          assertThat(e.vendorMessage()).isEqualTo("车场不存在");
          assertThat(e.httpStatus()).isEqualTo(200);
        });
    assertThat(server.getRequestCount()).as("an answered refusal is not retried").isEqualTo(1);
  }

  @Test
  void anEnvelopeWithoutStateIsAFormatError() {
    server.enqueue(json("{\"errmsg\":\"?\"}"));
    assertThatThrownBy(() -> client.parkSetup(ParkSetupRequest.builder().parkId("1").smsVerification(true).build()))
        .isInstanceOf(ResponseFormatException.class).hasMessageContaining("no 'state'");
  }

  @Test
  void queryOrdersSendsTheWindowInEpochSecondsAndDecodesThePage() throws Exception {
    server.enqueue(json("{\"state\":1,\"errmsg\":\"查询成功\",\"count\":41,\"page\":2,\"data\":[{\"order_id\":\"A1\","
        + "\"park_id\":\"1001\",\"car_number\":\"京A12345\",\"trade_no\":\"BL1\",\"in_time\":1717754731,\"out_time\":\"1717760000\","
        + "\"total\":\"12.50\",\"pay_type\":\"wallet\",\"pay_time\":1717760001},{\"order_id\":\"A2\",\"pay_type\":\"bitcoin\"}]}"));
    OrderPage page = client.queryOrders(QueryOrdersRequest.builder().parkId("1001").carNumber("京A12345")
        .startTime(Instant.ofEpochSecond(1717171200)).endTime(Instant.ofEpochSecond(1719763200)).page(2).size(20).build());
    String data = "{\"union_id\":200666,\"park_id\":\"1001\",\"car_number\":\"京A12345\",\"start_time\":1717171200,"
        + "\"end_time\":1719763200,\"page\":2,\"size\":20}";
    expectPost("/unionapi/neworder/queryorders", envelope(data, UKEY));
    assertThat(page.count()).isEqualTo(41);
    assertThat(page.page()).isEqualTo(2);
    HistoryOrder first = page.orders().get(0);
    assertThat(first.orderId()).isEqualTo("A1");
    assertThat(first.tradeNo()).isEqualTo("BL1");
    assertThat(first.inTime()).isEqualTo(Instant.ofEpochSecond(1717754731));
    assertThat(first.outTime()).isEqualTo(NOW);
    assertThat(first.totalYuan()).isEqualByComparingTo("12.50");
    assertThat(first.payType()).isEqualTo(PayType.WALLET);
    assertThat(first.fields().path("pay_time").asLong()).isEqualTo(1717760001L);
    assertThat(page.orders().get(1).payType()).isEqualTo(PayType.UNKNOWN);
    assertThat(page.orders().get(1).payTypeCode()).isEqualTo("bitcoin");
  }

  @Test
  void queryOrdersWithAnAmountThatIsNotANumberIsAFormatErrorNotANull() {
    server.enqueue(json("{\"state\":1,\"count\":1,\"page\":1,\"data\":[{\"order_id\":\"A1\",\"total\":\"free\"}]}"));
    assertThatThrownBy(() -> client.queryOrders(QueryOrdersRequest.builder().orderId("A1")
        .startTime(NOW).endTime(NOW).build()))
        .isInstanceOf(ResponseFormatException.class).hasMessageContaining("'total' is not an amount");
  }

  @Test
  void refundSendsYuanTextAndTheDemoFields() throws Exception {
    server.enqueue(json("{\"state\":1,\"errmsg\":\"退款成功\"}"));
    BolinkAck ack = client.refund(RefundRequest.builder().parkId("56399").tradeNo("138202508101459482709383")
        .endTime(Instant.ofEpochSecond(1754805276)).refundYuan(new BigDecimal("0.1"))
        .subsidyCancelYuan(new BigDecimal("0.02")).refundReason("重复缴费").build());
    assertThat(ack.message()).isEqualTo("退款成功");
    String data = "{\"union_id\":200666,\"park_id\":\"56399\",\"trade_no\":\"138202508101459482709383\","
        + "\"end_time\":1754805276,\"refund_money\":\"0.10\",\"subsidy_cancel_money\":\"0.02\",\"refund_reason\":\"重复缴费\"}";
    expectPost("/unionapi/neworder/refund", envelope(data, UKEY));
  }

  @Test
  void queryOrderStateKeepsTheWholeAnswer() throws Exception {
    server.enqueue(json("{\"state\":1,\"errmsg\":\"ok\",\"data\":{\"pay_state\":1}}"));
    OrderState s = client.queryOrderState(QueryOrderStateRequest.builder().parkId("hxy2022072202")
        .tradeNo("20226210000000011658735118525").queryType(2).build());
    String data = "{\"park_id\":\"hxy2022072202\",\"union_id\":200666,\"query_type\":2,\"trade_no\":\"20226210000000011658735118525\"}";
    expectPost("/unionapi/neworder/queryOrderState", envelope(data, UKEY));
    assertThat(s.tradeNo()).isEqualTo("20226210000000011658735118525");
    assertThat(s.envelope().path("data").path("pay_state").asInt()).isEqualTo(1);
  }

  @Test
  void prepayPutsUnionIdAtTheTopLevelAndStampsTimeTemp() throws Exception {
    server.enqueue(json("{\"state\":1,\"errmsg\":\"下单成功\",\"data\":{\"url\":\"https://pay.example.com/x?y=1\"}}"));
    PaymentResult r = client.prepay(PaymentRequest.builder().parkId("123456").tradeNo("20226210000000011655692629")
        .amountYuan(new BigDecimal("0.01")).title("临停缴费停车费测试车场").method(PaymentMethod.QR_CODE)
        .channel(PaymentChannel.ALIPAY).orderId("test202202032200a2").wxOpenId("o_Kpe0nuBvLMdbDXjNxi-cDuyb2M")
        .wxAppId("wx78e05882cbaf38c1").carNumber("新Z00001").callbackUrl("https://www.bolink.club/?a=1")
        .inTime(Instant.ofEpochSecond(1655692629)).build());
    String data = "{\"park_id\":\"123456\",\"trade_no\":\"20226210000000011655692629\",\"amount\":\"0.01\","
        + "\"title\":\"临停缴费停车费测试车场\",\"pay_type\":0,\"channel\":\"alipay\",\"order_id\":\"test202202032200a2\","
        + "\"wx_open_id\":\"o_Kpe0nuBvLMdbDXjNxi-cDuyb2M\",\"wx_app_id\":\"wx78e05882cbaf38c1\",\"car_number\":\"新Z00001\","
        + "\"callback_url\":\"https://www.bolink.club/?a=1\",\"in_time\":1655692629,\"time_temp\":1717760000}";
    expectPost("/unionapi/bolinkparkpay", topLevelEnvelope(data, UKEY));
    assertThat(r.reconciled()).isFalse();
    assertThat(r.envelope().path("data").path("url").asText()).isEqualTo("https://pay.example.com/x?y=1");
  }

  @Test
  void unifiedPayGoesToTheUnifiedEndpointWithTheAuthCode() throws Exception {
    server.enqueue(ok());
    client.unifiedPay(PaymentRequest.builder().parkId("123456").tradeNo("1234567820210401").amountYuan(new BigDecimal("0.01"))
        .title("停车费").method(PaymentMethod.SCANNER).channel(PaymentChannel.WECHAT).authCode("281206734901602933").build());
    String data = "{\"park_id\":\"123456\",\"trade_no\":\"1234567820210401\",\"amount\":\"0.01\",\"title\":\"停车费\","
        + "\"pay_type\":2,\"channel\":\"weixin\",\"auth_code\":\"281206734901602933\",\"time_temp\":1717760000}";
    expectPost("/unionapi/bolinkunified", topLevelEnvelope(data, UKEY));
  }

  @Test
  void etcPayPutsUnionIdAtTheTopLevelOnly() throws Exception {
    server.enqueue(json("{\"state\":1,\"errmsg\":\"扣费成功\"}"));
    client.etcPay(EtcPayRequest.builder().parkId("123").orderId("order1658996957").carNumber("京A00001")
        .inTime(Instant.ofEpochSecond(1658996957)).outTime(NOW).payType(EtcPayType.JYYH).emptyPlot(200)
        .totalOriginalYuan(new BigDecimal("0.01")).totalYuan(new BigDecimal("0.01")).outChannelId("2")
        .licenseColor(LicenseColor.BLUE).build());
    String data = "{\"park_id\":\"123\",\"car_number\":\"京A00001\",\"in_time\":1658996957,\"out_time\":1717760000,"
        + "\"pay_type\":\"jyyh\",\"empty_plot\":200,\"total_original\":\"0.01\",\"total\":\"0.01\","
        + "\"order_id\":\"order1658996957\",\"out_channel_id\":\"2\",\"license_color\":0}";
    expectPost("/unionapi/etcPayApi", topLevelEnvelope(data, UKEY));
  }

  @Test
  void redPacketChangeSendsTheNotifyUrlUnescapedAndReturnsTheUrl() throws Exception {
    server.enqueue(json("{\"state\":1,\"errmsg\":\"ok\",\"data\":{\"url\":\"https://wx.example.com/r?id=1&t=2\"}}"));
    RedPacketChangeResult r = client.redPacketChange(RedPacketChangeRequest.builder().parkId("123")
        .orderId("A1_2C1661478152").carNumber("陕SD9999").tradeNo("1230912903121661478152")
        .amountYuan(BigDecimal.ONE).notifyUrl("https://parking.example.com/bolink/change?park=123&x=<y>").build());
    String data = "{\"union_id\":200666,\"park_id\":\"123\",\"amount\":\"1.00\",\"trade_no\":\"1230912903121661478152\","
        + "\"order_id\":\"A1_2C1661478152\",\"car_number\":\"陕SD9999\",\"timestamp\":1717760000,"
        + "\"notify_url\":\"https://parking.example.com/bolink/change?park=123&x=<y>\"}";
    expectPost("/unionapi/getWxRedPacketUrlNew", envelope(data, UKEY));
    assertThat(r.url()).isEqualTo("https://wx.example.com/r?id=1&t=2");
  }

  @Test
  void redPacketChangeWithoutAUrlIsAFormatError() {
    server.enqueue(ok());
    assertThatThrownBy(() -> client.redPacketChange(RedPacketChangeRequest.builder().parkId("123").orderId("O")
        .carNumber("陕SD9999").tradeNo("1230912903121661478152").amountYuan(BigDecimal.TEN)
        .notifyUrl("https://p.example.com/n").build()))
        .isInstanceOf(ResponseFormatException.class).hasMessageContaining("data.url");
  }

  @Test
  void parkCheckSendsTheServiceNameAndReadsTheStatus() throws Exception {
    server.enqueue(json("{\"state\":1,\"errmsg\":\"允许入场\",\"status\":1,\"data\":{\"x\":1}}"));
    ParkCheckResult r = client.parkCheck(ParkCheckRequest.builder().parkId("1001").carNumber("粤B12345")
        .licenseColor(LicenseColor.YELLOW).build());
    String data = "{\"service_name\":\"park_check\",\"union_id\":200666,\"park_id\":\"1001\",\"car_number\":\"粤B12345\",\"license_color\":1}";
    expectPost("/unionapi/neworder/uploadData", envelope(data, UKEY));
    assertThat(r.status()).isEqualTo("1");
    assertThat(r.message()).isEqualTo("允许入场");
    assertThat(r.envelope().path("data").path("x").asInt()).isEqualTo(1);
  }

  @Test
  void parkSetupSendsTheNestedConfigWithTextFlags() throws Exception {
    server.enqueue(ok());
    client.parkSetup(ParkSetupRequest.builder().parkId("123456").smsVerification(false).build());
    String data = "{\"park_id\":\"123456\",\"union_id\":200666,\"nolience_config\":{\"is_verify\":\"0\"}}";
    expectPost("/unionapi/newpark/setUp", envelope(data, UKEY));
  }

  @Test
  void asyncCallsSendTheSameBytes() throws Exception {
    server.enqueue(json("{\"state\":1,\"errmsg\":\"ok\",\"count\":0,\"page\":1,\"data\":[]}"));
    OrderPage page = client.queryOrdersAsync(QueryOrdersRequest.builder().orderId("A1").startTime(NOW).endTime(NOW).build()).get();
    assertThat(page.orders()).isEmpty();
    String data = "{\"union_id\":200666,\"order_id\":\"A1\",\"start_time\":1717760000,\"end_time\":1717760000,\"page\":1,\"size\":20}";
    expectPost("/unionapi/neworder/queryorders", envelope(data, UKEY));
  }
}
