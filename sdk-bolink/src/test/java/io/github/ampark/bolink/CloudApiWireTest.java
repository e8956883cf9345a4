package io.github.ampark.bolink;

import static io.github.ampark.bolink.Wire.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.bolink.model.*;
import io.github.ampark.core.ApiException;
import io.github.ampark.core.ResponseFormatException;
import io.github.ampark.core.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import mockwebserver3.MockResponse;
import io.github.ampark.core.testing.MockServerTest;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The cloud host: Base64 bodies signed with the park key, signed answers, and 3.11's two transports. */
class CloudApiWireTest extends MockServerTest<BolinkClient> {
  @Override
  protected BolinkClient newClient(MockWebServer server) {
    return client(url(server)).build();
  }

  static MockResponse cloudAnswer(String data, String key) {
    return new MockResponse.Builder().setHeader("Content-Type", "text/plain").body(base64(envelope(data, key))).build();
  }

  static PayNoticeRequest notice() {
    return PayNoticeRequest.builder().parkId(PARK).carNumber("晋QQ1234").type(PayNoticeType.PLATFORM)
        .orderId("A1_2C1717754731").tradeNo("T2024061100000001").payTime(NOW)
        .payableYuan(new BigDecimal("10")).actTotalYuan(new BigDecimal("8.00")).reduceYuan(new BigDecimal("2"))
        .deductionMinutes(30L).build();
  }

  static ChargingDiscountRequest bv3() {
    return ChargingDiscountRequest.builder().parkId(PARK).platform(ChargingPlatform.AUTOSUN).carNumber("晋SS0000")
        .startChargeSeq("2021110300012").calculationMethod(CalculationMethod.BY_DURATION)
        .duration(new BigDecimal("50")).outTime(Instant.ofEpochSecond(1635911040)).build();
  }

  @Test
  void payNoticeIsBase64OfTheEnvelopeSignedWithTheParkKey() throws Exception {
    server.enqueue(cloudAnswer("{\"message\":\"通知成功\",\"state\":1}", CKEY));
    BolinkAck ack = client.cloud().payNoticeToPark(notice());
    assertThat(ack.message()).isEqualTo("通知成功");
    RecordedRequest r = take(server);
    assertThat(r.getUrl().encodedPath()).isEqualTo("/zld/openservice/paynoticetopark");
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo("text/plain; charset=utf-8");
    String data = "{\"comid\":\"dlytest_no\",\"union_id\":\"200666\",\"car_number\":\"晋QQ1234\",\"type\":1,"
        + "\"order_id\":\"A1_2C1717754731\",\"trade_no\":\"T2024061100000001\",\"pay_time\":1717760000,"
        + "\"payable\":\"10.00\",\"act_total\":\"8.00\",\"reduce_amount\":\"2.00\",\"deduction_time\":30}";
    assertThat(body(r)).isEqualTo(base64(envelope(data, CKEY)));
  }

  @Test
  void aCloudAnswerWithABadSignatureIsRefused() {
    server.enqueue(cloudAnswer("{\"message\":\"通知成功\",\"state\":1}", "SOMEONEELSESKEY"));
    assertThatThrownBy(() -> client.cloud().payNoticeToPark(notice()))
        .isInstanceOf(ResponseFormatException.class).hasMessageContaining("signature");
  }

  @Test
  void aCloudAnswerWithoutASignatureIsRefused() {
    server.enqueue(new MockResponse.Builder().body(base64("{\"data\":{\"message\":\"ok\",\"state\":1}}")).build());
    assertThatThrownBy(() -> client.cloud().payNoticeToPark(notice()))
        .isInstanceOf(ResponseFormatException.class).hasMessageContaining("signature");
  }

  @Test
  void aSignedCloudRefusalIsAnApiException() {
    server.enqueue(cloudAnswer("{\"message\":\"订单不存在\",\"state\":0}", CKEY));
    assertThatThrownBy(() -> client.cloud().payNoticeToPark(notice()))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.vendorCode()).isEqualTo("0");
          assertThat(e.vendorMessage()).isEqualTo("订单不存在");
        });
  }

  @Test
  void aPlainErrorFromTheCloudGatewayIsAnApiExceptionButAPlainSuccessIsNotBelieved() {
    server.enqueue(json("{\"state\":0,\"errmsg\":\"车场不存在\"}"));
    assertThatThrownBy(() -> client.cloud().payNoticeToPark(notice())).isInstanceOf(ApiException.class).hasMessageContaining("车场不存在");
    server.enqueue(json("{\"state\":1,\"errmsg\":\"ok\"}"));
    assertThatThrownBy(() -> client.cloud().payNoticeToPark(notice())).isInstanceOf(ResponseFormatException.class);
  }

  @Test
  void aGarbageAnswerIsAFormatError() {
    server.enqueue(new MockResponse.Builder().body("%%%not base64%%%").build());
    assertThatThrownBy(() -> client.cloud().payNoticeToPark(notice())).isInstanceOf(ResponseFormatException.class);
  }

  static final String BV3_DATA = "{\"union_id\":200666,\"park_id\":\"dlytest_no\",\"platform_id\":2,\"car_number\":\"晋SS0000\","
      + "\"start_charge_seq\":\"2021110300012\",\"calculation_method\":1,\"duration\":50,\"out_time\":1635911040}";

  @Test
  void chargingDiscountDefaultsToFamilyBBase64SignedWithTheParkKey() throws Exception {
    server.enqueue(cloudAnswer("{\"message\":\"上传成功\",\"state\":1}", CKEY));
    assertThat(client.cloud().uploadChargingDiscount(bv3()).message()).isEqualTo("上传成功");
    RecordedRequest r = take(server);
    assertThat(r.getUrl().encodedPath()).isEqualTo("/zld/openservice/uploaddurationinfo");
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo("text/plain; charset=utf-8");
    assertThat(body(r)).isEqualTo(base64(envelope(BV3_DATA, CKEY)));
  }

  @Test
  void chargingDiscountSwitchedToPlainJsonReproducesBv3() throws Exception {
    try (BolinkClient bv3Key = BolinkClient.builder().unionId(200666).ukey("0123456789ABCDEF").baseUrl(url(server))
        .chargingDiscountTransport(OpenServiceTransport.PLAIN_JSON_UKEY).build()) {
      server.enqueue(json("{\"state\":1,\"errmsg\":\"上传成功\"}"));
      bv3Key.cloud().uploadChargingDiscount(bv3());
      assertThat(body(take(server))).isEqualTo("{\"data\":" + BV3_DATA + ",\"sign\":\"3CA75CAF602F53FEE13C854592FD634F\"}");
    }
  }

  @Test
  void chargingDiscountByAmountWritesReduceAmountAsYuanTextAndAnUnlistedPlatformAsANumber() throws Exception {
    server.enqueue(cloudAnswer("{\"message\":\"ok\",\"state\":1}", CKEY));
    client.cloud().uploadChargingDiscount(ChargingDiscountRequest.builder().parkId(PARK).platformCode("7")
        .carNumber("京A12345").startChargeSeq("202008170000011120").calculationMethod(CalculationMethod.BY_AMOUNT)
        .reduceYuan(new BigDecimal("1.25")).outTime(Instant.ofEpochSecond(1562318113)).build());
    String data = "{\"union_id\":200666,\"park_id\":\"dlytest_no\",\"platform_id\":7,\"car_number\":\"京A12345\","
        + "\"start_charge_seq\":\"202008170000011120\",\"calculation_method\":2,\"reduce_amount\":\"1.25\",\"out_time\":1562318113}";
    assertThat(unbase64(body(take(server)))).isEqualTo(envelope(data, CKEY));
  }

  @Test
  void payNoticeCanBeSwitchedToPlainJson() throws Exception {
    try (BolinkClient plain = client(url(server)).openServiceTransport(OpenServiceTransport.PLAIN_JSON_UKEY).build()) {
      server.enqueue(ok());
      plain.cloud().payNoticeToPark(notice());
      assertThat(body(take(server))).startsWith("{\"data\":{\"comid\":\"dlytest_no\"").endsWith("\"}");
    }
  }

  @Test
  void monthCarPriceReproducesBv6AndReadsTheSignedAnswer() throws Exception {
    try (BolinkClient bv6 = BolinkClient.builder().unionId(200279).ukey(UKEY).parkKey("kytest2020032501", "MAVXUU3C2545G9K1")
        .baseUrl(url(server)).build()) {
      server.enqueue(cloudAnswer("{\"price\":\"300.00\",\"car_number\":\"晋QQ1234\",\"state\":1,\"comid\":\"kytest2020032501\","
          + "\"message\":\"查询成功\",\"card_id\":\"190757\"}", "MAVXUU3C2545G9K1"));
      MonthCarPriceResult r = bv6.cloud().monthCarPrice(MonthCarPriceRequest.builder().parkId("kytest2020032501")
          .startTime(Instant.ofEpochSecond(1618899136)).cardId("190757").months(100).pid("1093").build());
      assertThat(r.priceYuan()).isEqualByComparingTo("300.00");
      assertThat(r.carNumber()).isEqualTo("晋QQ1234");
      assertThat(r.message()).isEqualTo("查询成功");
      RecordedRequest req = take(server);
      assertThat(req.getUrl().encodedPath()).isEqualTo("/zld/openservice/getmonthcarprice");
      assertThat(unbase64(body(req))).isEqualTo("{\"data\":{\"comid\":\"kytest2020032501\",\"union_id\":\"200279\","
          + "\"start_time\":\"1618899136\",\"card_id\":\"190757\",\"months\":\"100\",\"pid\":\"1093\"},"
          + "\"sign\":\"233ED724637EF953C5C43063D0A7FE33\"}");
    }
  }

  @Test
  void outParkAndPrepayOrderSendComidUnionIdThenTheCallersFields() throws Exception {
    server.enqueue(cloudAnswer("{\"message\":\"ok\",\"state\":1}", CKEY));
    server.enqueue(cloudAnswer("{\"message\":\"ok\",\"state\":1}", CKEY));
    CloudRequest req = CloudRequest.builder().parkId(PARK).putExtraFields("car_number", JsonScalar.text("晋QQ1234"))
        .putExtraFields("out_time", JsonScalar.number(1717760000)).build();
    client.cloud().outPark(req);
    client.cloud().prepayOrder(req);
    String data = "{\"comid\":\"dlytest_no\",\"union_id\":\"200666\",\"car_number\":\"晋QQ1234\",\"out_time\":1717760000}";
    RecordedRequest out = take(server);
    assertThat(out.getUrl().encodedPath()).isEqualTo("/zld/openservice/outpark");
    assertThat(body(out)).isEqualTo(base64(envelope(data, CKEY)));
    RecordedRequest pre = take(server);
    assertThat(pre.getUrl().encodedPath()).isEqualTo("/zld/openservice/prepayorder");
    assertThat(body(pre)).isEqualTo(base64(envelope(data, CKEY)));
  }

  @Test
  void aParkWithoutACkeyIsRefusedBeforeSending() {
    try (BolinkClient noParks = BolinkClient.builder().unionId(UNION_ID).ukey(UKEY).baseUrl(url(server)).build()) {
      assertThatThrownBy(() -> noParks.cloud().payNoticeToPark(notice()))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("parkId"));
      assertThatThrownBy(() -> noParks.cloud().uploadChargingDiscount(bv3()))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("parkId"));
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void unionAndCloudHostsCanDiffer() throws Exception {
    try (MockWebServer cloudHost = server();
        BolinkClient split = BolinkClient.builder().unionId(UNION_ID).ukey(UKEY).parkKey(PARK, CKEY)
            .unionBaseUrl(url(server)).cloudBaseUrl(url(cloudHost)).build()) {
      cloudHost.enqueue(cloudAnswer("{\"message\":\"ok\",\"state\":1}", CKEY));
      server.enqueue(ok());
      split.cloud().payNoticeToPark(notice());
      split.parks().parkSetup(ParkSetupRequest.builder().parkId("1").smsVerification(true).build());
      assertThat(take(cloudHost).getUrl().encodedPath()).isEqualTo("/zld/openservice/paynoticetopark");
      assertThat(take(server).getUrl().encodedPath()).isEqualTo("/unionapi/newpark/setUp");
    }
  }

  @Test
  void environmentsNameBolinksHosts() {
    assertThat(BolinkEnvironment.TEST.unionBaseUrl()).isEqualTo("https://beta.bolink.club/");
    assertThat(BolinkEnvironment.TEST.cloudBaseUrl()).isEqualTo("https://test.bolink.club/");
    assertThat(BolinkEnvironment.PRODUCTION.unionBaseUrl()).isEqualTo("https://s.bolink.club/");
    assertThat(BolinkEnvironment.PRODUCTION.cloudBaseUrl()).isEqualTo("https://yun.bolink.club/");
  }
}
