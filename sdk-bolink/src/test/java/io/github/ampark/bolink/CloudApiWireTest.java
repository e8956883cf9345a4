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
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cloud host: Base64 bodies signed with the park key, signed answers, and 3.11's two transports. */
class CloudApiWireTest {
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
    BolinkAck ack = client.payNoticeToPark(notice());
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
    assertThatThrownBy(() -> client.payNoticeToPark(notice()))
        .isInstanceOf(ResponseFormatException.class).hasMessageContaining("signature");
  }

  @Test
  void aCloudAnswerWithoutASignatureIsRefused() {
    server.enqueue(new MockResponse.Builder().body(base64("{\"data\":{\"message\":\"ok\",\"state\":1}}")).build());
    assertThatThrownBy(() -> client.payNoticeToPark(notice()))
        .isInstanceOf(ResponseFormatException.class).hasMessageContaining("signature");
  }

  @Test
  void aSignedCloudRefusalIsAnApiException() {
    server.enqueue(cloudAnswer("{\"message\":\"订单不存在\",\"state\":0}", CKEY));
    assertThatThrownBy(() -> client.payNoticeToPark(notice()))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.vendorCode()).isEqualTo("0");
          assertThat(e.vendorMessage()).isEqualTo("订单不存在");
        });
  }

  @Test
  void aPlainErrorFromTheCloudGatewayIsAnApiExceptionButAPlainSuccessIsNotBelieved() {
    server.enqueue(json("{\"state\":0,\"errmsg\":\"车场不存在\"}"));
    assertThatThrownBy(() -> client.payNoticeToPark(notice())).isInstanceOf(ApiException.class).hasMessageContaining("车场不存在");
    server.enqueue(json("{\"state\":1,\"errmsg\":\"ok\"}"));
    assertThatThrownBy(() -> client.payNoticeToPark(notice())).isInstanceOf(ResponseFormatException.class);
  }

  @Test
  void aGarbageAnswerIsAFormatError() {
    server.enqueue(new MockResponse.Builder().body("%%%not base64%%%").build());
    assertThatThrownBy(() -> client.payNoticeToPark(notice())).isInstanceOf(ResponseFormatException.class);
  }

  @Test
  void chargingDiscountDefaultsToTheDocumentExamplePlainJsonWithTheVendorKeyAndReproducesBv3() throws Exception {
    server.enqueue(json("{\"state\":1,\"errmsg\":\"上传成功\"}"));
    client.uploadChargingDiscount(bv3());
    RecordedRequest r = take(server);
    assertThat(r.getUrl().encodedPath()).isEqualTo("/zld/openservice/uploaddurationinfo");
    String data = "{\"union_id\":200666,\"park_id\":\"dlytest_no\",\"platform_id\":2,\"car_number\":\"晋SS0000\","
        + "\"start_charge_seq\":\"2021110300012\",\"calculation_method\":1,\"duration\":50,\"out_time\":1635911040}";
    assertThat(body(r)).isEqualTo(envelope(data, UKEY));
    try (BolinkClient bv3Key = BolinkClient.builder().unionId(200666).ukey("0123456789ABCDEF").baseUrl(url(server)).build()) {
      server.enqueue(ok());
      bv3Key.uploadChargingDiscount(bv3());
      assertThat(body(take(server))).isEqualTo("{\"data\":" + data + ",\"sign\":\"3CA75CAF602F53FEE13C854592FD634F\"}");
    }
  }

  @Test
  void chargingDiscountByAmountWritesReduceAmountAsYuanText() throws Exception {
    server.enqueue(ok());
    client.uploadChargingDiscount(ChargingDiscountRequest.builder().parkId(PARK).platform(ChargingPlatform.TELD)
        .carNumber("京A12345").startChargeSeq("202008170000011120").calculationMethod(CalculationMethod.BY_AMOUNT)
        .reduceYuan(new BigDecimal("1.25")).outTime(Instant.ofEpochSecond(1562318113)).build());
    String data = "{\"union_id\":200666,\"park_id\":\"dlytest_no\",\"platform_id\":1,\"car_number\":\"京A12345\","
        + "\"start_charge_seq\":\"202008170000011120\",\"calculation_method\":2,\"reduce_amount\":\"1.25\",\"out_time\":1562318113}";
    assertThat(body(take(server))).isEqualTo(envelope(data, UKEY));
  }

  @Test
  void chargingDiscountCanBeSwitchedToTheCloudRule() throws Exception {
    try (BolinkClient cloud = client(url(server)).chargingDiscountTransport(OpenServiceTransport.CLOUD_BASE64_CKEY).build()) {
      server.enqueue(cloudAnswer("{\"message\":\"上传成功\",\"state\":1}", CKEY));
      assertThat(cloud.uploadChargingDiscount(bv3()).message()).isEqualTo("上传成功");
      String data = "{\"union_id\":200666,\"park_id\":\"dlytest_no\",\"platform_id\":2,\"car_number\":\"晋SS0000\","
          + "\"start_charge_seq\":\"2021110300012\",\"calculation_method\":1,\"duration\":50,\"out_time\":1635911040}";
      assertThat(unbase64(body(take(server)))).isEqualTo(envelope(data, CKEY));
    }
  }

  @Test
  void payNoticeCanBeSwitchedToPlainJson() throws Exception {
    try (BolinkClient plain = client(url(server)).payNoticeTransport(OpenServiceTransport.PLAIN_JSON_UKEY).build()) {
      server.enqueue(ok());
      plain.payNoticeToPark(notice());
      assertThat(body(take(server))).startsWith("{\"data\":{\"comid\":\"dlytest_no\"").endsWith("\"}");
    }
  }

  @Test
  void aParkWithoutACkeyIsRefusedBeforeSending() {
    try (BolinkClient noParks = BolinkClient.builder().unionId(UNION_ID).ukey(UKEY).baseUrl(url(server)).build()) {
      assertThatThrownBy(() -> noParks.payNoticeToPark(notice()))
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
      split.payNoticeToPark(notice());
      split.parkSetup(ParkSetupRequest.builder().parkId("1").smsVerification(true).build());
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
