package io.github.ampark.bolink;

import static io.github.ampark.bolink.Wire.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.bolink.model.*;
import io.github.ampark.core.ApiException;
import io.github.ampark.core.ResponseFormatException;
import java.math.BigDecimal;
import java.time.Instant;
import io.github.ampark.core.testing.MockServerTest;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Every union-API endpoint: the exact bytes on the wire and the decoding of its answers. */
class UnionApiWireTest extends MockServerTest<BolinkClient> {
  @Override
  protected BolinkClient newClient(MockWebServer server) {
    return client(url(server)).build();
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
    BolinkAck ack = client.orders().exitOrder(ExitOrderRequest.builder()
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
    client.orders().exitOrder(ExitOrderRequest.builder().parkId("1001").orderId("O1").carNumber("粤B12345")
        .outTime(NOW).payType(PayType.CASH).totalYuan(BigDecimal.ZERO).emptyPlot(0).build());
    String data = "{\"park_id\":\"1001\",\"union_id\":200666,\"car_number\":\"粤B12345\",\"out_time\":1717760000,"
        + "\"pay_type\":\"cash\",\"empty_plot\":0,\"total\":\"0.00\",\"order_id\":\"O1\"}";
    expectPost("/unionapi/neworder/updateorder", envelope(data, UKEY));
  }

  @Test
  void stateZeroIsAnApiExceptionWithStateAndErrmsg() {
    server.enqueue(json("{\"state\":0,\"errmsg\":\"车场不存在\"}"));
    assertThatThrownBy(() -> client.orders().exitOrder(ExitOrderRequest.builder().parkId("9").orderId("O1").carNumber("粤B12345")
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
    assertThatThrownBy(() -> client.parks().parkSetup(ParkSetupRequest.builder().parkId("1").smsVerification(true).build()))
        .isInstanceOf(ResponseFormatException.class).hasMessageContaining("no 'state'");
  }

  @Test
  void queryOrdersSendsTheWindowInEpochSecondsAndDecodesThePage() throws Exception {
    server.enqueue(json("{\"state\":1,\"errmsg\":\"查询成功\",\"count\":41,\"page\":2,\"data\":[{\"order_id\":\"A1\","
        + "\"park_id\":\"1001\",\"car_number\":\"京A12345\",\"trade_no\":\"BL1\",\"in_time\":1717754731,\"out_time\":\"1717760000\","
        + "\"total\":\"12.50\",\"pay_type\":\"wallet\",\"pay_time\":1717760001},{\"order_id\":\"A2\",\"pay_type\":\"bitcoin\"}]}"));
    OrderPage page = client.orders().queryOrders(QueryOrdersRequest.builder().parkId("1001").carNumber("京A12345")
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
    assertThat(first.fields()).containsEntry("pay_time", "1717760001").containsEntry("order_id", "A1");
    assertThat(page.orders().get(1).payType()).isEqualTo(PayType.UNKNOWN);
    assertThat(page.orders().get(1).payTypeCode()).isEqualTo("bitcoin");
  }

  @Test
  void queryOrdersWithAnAmountThatIsNotANumberIsAFormatErrorNotANull() {
    server.enqueue(json("{\"state\":1,\"count\":1,\"page\":1,\"data\":[{\"order_id\":\"A1\",\"total\":\"free\"}]}"));
    assertThatThrownBy(() -> client.orders().queryOrders(QueryOrdersRequest.builder().orderId("A1")
        .startTime(NOW).endTime(NOW).build()))
        .isInstanceOf(ResponseFormatException.class).hasMessageContaining("'total'");
  }

  @Test
  void refundSendsYuanTextAndTheDemoFields() throws Exception {
    server.enqueue(json("{\"state\":1,\"errmsg\":\"退款成功\"}"));
    BolinkAck ack = client.orders().refund(RefundRequest.builder().parkId("56399").tradeNo("138202508101459482709383")
        .endTime(Instant.ofEpochSecond(1754805276)).refundYuan(new BigDecimal("0.1"))
        .subsidyCancelYuan(new BigDecimal("0.02")).refundReason("重复缴费").build());
    assertThat(ack.message()).isEqualTo("退款成功");
    String data = "{\"union_id\":200666,\"park_id\":\"56399\",\"trade_no\":\"138202508101459482709383\","
        + "\"end_time\":1754805276,\"refund_money\":0.10,\"subsidy_cancel_money\":\"0.02\",\"refund_reason\":\"重复缴费\"}";
    expectPost("/unionapi/neworder/refund", envelope(data, UKEY));
  }

  @Test
  void queryOrderStateKeepsTheWholeAnswer() throws Exception {
    server.enqueue(json("{\"state\":1,\"errmsg\":\"ok\",\"data\":{\"pay_state\":1}}"));
    OrderState s = client.orders().queryOrderState(QueryOrderStateRequest.builder().parkId("hxy2022072202")
        .tradeNo("20226210000000011658735118525").queryType(2).build());
    String data = "{\"park_id\":\"hxy2022072202\",\"union_id\":200666,\"query_type\":2,\"trade_no\":\"20226210000000011658735118525\"}";
    expectPost("/unionapi/neworder/queryOrderState", envelope(data, UKEY));
    assertThat(s.tradeNo()).isEqualTo("20226210000000011658735118525");
    assertThat(s.payState()).isEqualTo("1");
    assertThat(s.fields()).containsEntry("pay_state", "1");
  }

  @Test
  void prepayPutsUnionIdAtTheTopLevelAndStampsTimeTemp() throws Exception {
    server.enqueue(json("{\"state\":1,\"errmsg\":\"下单成功\",\"data\":{\"url\":\"https://pay.example.com/x?y=1\"}}"));
    PaymentResult r = client.payments().prepay(PaymentRequest.builder().parkId("123456").tradeNo("20226210000000011655692629")
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
    assertThat(r.url()).isEqualTo("https://pay.example.com/x?y=1");
  }

  @Test
  void unifiedPayGoesToTheUnifiedEndpointWithTheAuthCode() throws Exception {
    server.enqueue(ok());
    client.payments().unifiedPay(PaymentRequest.builder().parkId("123456").tradeNo("1234567820210401").amountYuan(new BigDecimal("0.01"))
        .title("停车费").method(PaymentMethod.SCANNER).channel(PaymentChannel.WECHAT).authCode("281206734901602933").build());
    String data = "{\"park_id\":\"123456\",\"trade_no\":\"1234567820210401\",\"amount\":\"0.01\",\"title\":\"停车费\","
        + "\"pay_type\":2,\"channel\":\"weixin\",\"auth_code\":\"281206734901602933\",\"time_temp\":1717760000}";
    expectPost("/unionapi/bolinkunified", topLevelEnvelope(data, UKEY));
  }

  @Test
  void etcPayPutsUnionIdAtTheTopLevelOnly() throws Exception {
    server.enqueue(json("{\"state\":1,\"errmsg\":\"扣费成功\"}"));
    client.payments().etcPay(EtcPayRequest.builder().parkId("123").orderId("order1658996957").carNumber("京A00001")
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
    RedPacketChangeResult r = client.payments().redPacketChange(RedPacketChangeRequest.builder().parkId("123")
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
    assertThatThrownBy(() -> client.payments().redPacketChange(RedPacketChangeRequest.builder().parkId("123").orderId("O")
        .carNumber("陕SD9999").tradeNo("1230912903121661478152").amountYuan(BigDecimal.TEN)
        .notifyUrl("https://p.example.com/n").build()))
        .isInstanceOf(ResponseFormatException.class).hasMessageContaining("data.url");
  }

  @Test
  void parkCheckSendsTheServiceNameAndReadsTheStatus() throws Exception {
    server.enqueue(json("{\"state\":1,\"errmsg\":\"允许入场\",\"status\":1,\"data\":{\"x\":1}}"));
    ParkCheckResult r = client.parks().parkCheck(ParkCheckRequest.builder().parkId("1001").carNumber("粤B12345")
        .licenseColor(LicenseColor.YELLOW).build());
    String data = "{\"service_name\":\"park_check\",\"union_id\":200666,\"park_id\":\"1001\",\"car_number\":\"粤B12345\",\"license_color\":1}";
    expectPost("/unionapi/neworder/uploadData", envelope(data, UKEY));
    assertThat(r.status()).isEqualTo("1");
    assertThat(r.message()).isEqualTo("允许入场");
    assertThat(r.fields()).containsEntry("data", "{\"x\":1}");
  }

  @Test
  void parkSetupSendsTheNestedConfigWithTextFlags() throws Exception {
    server.enqueue(ok());
    client.parks().parkSetup(ParkSetupRequest.builder().parkId("123456").smsVerification(false).build());
    String data = "{\"park_id\":\"123456\",\"union_id\":200666,\"nolience_config\":{\"is_verify\":\"0\"}}";
    expectPost("/unionapi/newpark/setUp", envelope(data, UKEY));
  }

  @Test
  void asyncCallsSendTheSameBytes() throws Exception {
    server.enqueue(json("{\"state\":1,\"errmsg\":\"ok\",\"count\":0,\"page\":1,\"data\":[]}"));
    OrderPage page = client.orders().queryOrdersAsync(QueryOrdersRequest.builder().orderId("A1").startTime(NOW).endTime(NOW).build()).get();
    assertThat(page.orders()).isEmpty();
    String data = "{\"union_id\":200666,\"order_id\":\"A1\",\"start_time\":1717760000,\"end_time\":1717760000,\"page\":1,\"size\":20}";
    expectPost("/unionapi/neworder/queryorders", envelope(data, UKEY));
  }

  @Test
  void exitOrderCarriesRealTrafficExtrasAfterTheDocumentedFieldsAndAnUnlistedPayType() throws Exception {
    server.enqueue(ok());
    client.orders().exitOrder(ExitOrderRequest.builder().parkId("1001").orderId("O1").carNumber("京A12345")
        .outTime(NOW).payType(PayType.HM).totalYuan(new BigDecimal("10")).emptyPlot(5)
        .putExtraFields("inpark_img", JsonScalar.text("https://img.example.com/in.jpg?a=1&b=/2"))
        .putExtraFields("parking_time", JsonScalar.number(5332))
        .putExtraFields("total_original", JsonScalar.text("12.00"))
        .putExtraFields("lane_no", JsonScalar.text("A2"))
        .putExtraFields("in_channel_id", JsonScalar.text("入口1"))
        .build());
    String data = "{\"park_id\":\"1001\",\"union_id\":200666,\"car_number\":\"京A12345\",\"out_time\":1717760000,"
        + "\"pay_type\":\"hm\",\"empty_plot\":5,\"total\":\"10.00\",\"order_id\":\"O1\","
        + "\"inpark_img\":\"https://img.example.com/in.jpg?a=1&b=/2\",\"parking_time\":5332,\"total_original\":\"12.00\","
        + "\"lane_no\":\"A2\",\"in_channel_id\":\"入口1\"}";
    expectPost("/unionapi/neworder/updateorder", envelope(data, UKEY));
    server.enqueue(ok());
    client.orders().exitOrder(ExitOrderRequest.builder().parkId("1001").orderId("O2").carNumber("京A12345")
        .outTime(NOW).payTypeCode("etc_new").licenseColorCode("9").totalYuan(BigDecimal.ONE).emptyPlot(5).build());
    expectPost("/unionapi/neworder/updateorder", envelope("{\"park_id\":\"1001\",\"union_id\":200666,\"car_number\":\"京A12345\","
        + "\"out_time\":1717760000,\"pay_type\":\"etc_new\",\"empty_plot\":5,\"total\":\"1.00\",\"order_id\":\"O2\","
        + "\"license_color\":9}", UKEY));
  }

  @Test
  void anExtraFieldThatRepeatsADocumentedOneIsRefusedBeforeSending() {
    assertThatThrownBy(() -> client.orders().exitOrder(ExitOrderRequest.builder().parkId("1001").orderId("O1").carNumber("京A1")
        .outTime(NOW).payType(PayType.CASH).totalYuan(BigDecimal.ONE).emptyPlot(5)
        .putExtraFields("total", JsonScalar.text("0.01")).build()))
        .isInstanceOfSatisfying(io.github.ampark.core.ValidationException.class, e -> assertThat(e.field()).isEqualTo("extraFields"));
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void entryOrderSendsTheDocumentExampleFieldsInOrder() throws Exception {
    server.enqueue(json("{\"state\":1,\"errmsg\":\"上传成功\"}"));
    BolinkAck ack = client.orders().entryOrder(EntryOrderRequest.builder().carNumber("京A12345")
        .inTime(Instant.ofEpochSecond(1717754731)).orderId("A1_2C1717754731").emptyPlot(55).parkId("1001")
        .putRemark("note", "夜间").inParkImageUrl("https://img.example.com/in.jpg").build());
    assertThat(ack.message()).isEqualTo("上传成功");
    String data = "{\"car_number\":\"京A12345\",\"in_time\":1717754731,\"order_id\":\"A1_2C1717754731\",\"empty_plot\":55,"
        + "\"park_id\":\"1001\",\"union_id\":200666,\"remark\":{\"note\":\"夜间\"},\"inpark_img\":\"https://img.example.com/in.jpg\"}";
    expectPost("/unionapi/neworder/addorder", envelope(data, UKEY));
  }

  @Test
  void addParkReproducesBv1TheOfficialExample() throws Exception {
    try (BolinkClient bv1 = BolinkClient.builder().unionId(10001).ukey("NQ0eSXs720170114").baseUrl(url(server)).build()) {
      server.enqueue(json("{\"state\":1,\"errmsg\":\"发布成功\",\"park_id\":\"1001\",\"username\":\"u1001\"}"));
      ParkResult r = bv1.parks().addPark(ParkInfoRequest.builder().parkId("1001").name("北京上地三街9号院停车场")
          .address("北京上地三街9号").phone("139000334443").lng(new BigDecimal("123.994449")).cityId(110000L)
          .lat(new BigDecimal("332.466666")).totalPlot(90).emptyPlot(56).priceDesc("2元每小时").rand("0.210354312785198048").build());
      assertThat(r.parkId()).isEqualTo("1001");
      assertThat(r.username()).isEqualTo("u1001");
      String data = "{\"park_id\":\"1001\",\"name\":\"北京上地三街9号院停车场\",\"address\":\"北京上地三街9号\","
          + "\"phone\":\"139000334443\",\"lng\":\"123.994449\",\"city_id\":110000,\"lat\":\"332.466666\",\"total_plot\":90,"
          + "\"empty_plot\":56,\"union_id\":10001,\"price_desc\":\"2元每小时\",\"rand\":\"0.210354312785198048\"}";
      expectPost("/unionapi/newpark/addpark", "{\"data\":" + data + ",\"sign\":\"F2BA9A4E4362E2C41676FC720B14290C\"}");
    }
  }

  @Test
  void updateParkSendsTheTypeLast() throws Exception {
    server.enqueue(ok());
    client.parks().updatePark(ParkInfoRequest.builder().parkId("1001").name("上地").emptyPlot(3).updateType(2).build());
    expectPost("/unionapi/newpark/updatepark", envelope("{\"park_id\":\"1001\",\"name\":\"上地\",\"empty_plot\":3,"
        + "\"union_id\":200666,\"type\":2}", UKEY));
  }

  @Test
  void payMonthCardPutsUnionIdAtTheTopLevelAndReturnsThePayUrl() throws Exception {
    server.enqueue(json("{\"state\":1,\"payurl\":\"https://pay.example.com/m?t=1\",\"trade_no\":\"2024061100000000001\"}"));
    MonthCardPayResult r = client.payments().payMonthCard(MonthCardPayRequest.builder().parkId("1001").amountYuan(new BigDecimal("300"))
        .cardId("190757").tradeNo("2024061100000000001").notifyUrl("https://p.example.com/bolink/mc").carNumber("京A12345")
        .putAttach("room", "3-201").channel(MonthCardChannel.WECHAT).build());
    assertThat(r.payUrl()).isEqualTo("https://pay.example.com/m?t=1");
    assertThat(r.reconciled()).isFalse();
    String data = "{\"park_id\":\"1001\",\"amount\":\"300.00\",\"card_id\":\"190757\",\"trade_no\":\"2024061100000000001\","
        + "\"notify_url\":\"https://p.example.com/bolink/mc\",\"car_number\":\"京A12345\",\"attach\":{\"room\":\"3-201\"},"
        + "\"pay_channel\":\"weixin\",\"time_temp\":1717760000}";
    expectPost("/unionapi/paymonthcard", topLevelEnvelope(data, UKEY));
  }

  @Test
  void etcPayCarriesTheDemosLaneNo() throws Exception {
    server.enqueue(ok());
    client.payments().etcPay(EtcPayRequest.builder().parkId("123").orderId("o1").carNumber("京A00001")
        .inTime(Instant.ofEpochSecond(1658996957)).outTime(NOW).payType(EtcPayType.JYYH).laneNo("3")
        .totalOriginalYuan(new BigDecimal("0.01")).totalYuan(new BigDecimal("0.01")).build());
    String data = "{\"park_id\":\"123\",\"car_number\":\"京A00001\",\"in_time\":1658996957,\"out_time\":1717760000,"
        + "\"pay_type\":\"jyyh\",\"total_original\":\"0.01\",\"total\":\"0.01\",\"order_id\":\"o1\",\"lane_no\":\"3\"}";
    expectPost("/unionapi/etcPayApi", topLevelEnvelope(data, UKEY));
  }
}
