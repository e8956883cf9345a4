package io.github.ampark.fourpyun;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.core.Secret;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spec vectors PV1, PV1b, PV3, PV4 and PV5 of ../shared/spec/4pyun.md, byte for byte. */
class FourPyunSignerTest {
  static FourPyunSigner signer(String secret) {
    return FourPyunSigner.of(Secret.of("appSecret", secret));
  }

  static final String PV4_FASTJSON_BODY =
      "{\"park_uuid\":\"49f0cc52-e8c7-41e3-b54d-af666b8cc11a\",\"row\":[{\"charge_type\":\"101\",\"plate_color\":\"1\","
          + "\"quantity\":\"1\",\"pay_value\":\"10000\",\"plate\":\"粤X33333\",\"card_id\":\"ID000001\",\"operator\":\"张三\","
          + "\"pay_time\":\"1625068799000\",\"card_no\":\"ID000001\",\"vip_type\":\"1\","
          + "\"pay_partner\":\"pay_partner_1234567890\",\"pay_type\":\"1\",\"value\":\"30\"}]}";
  static final String PV4_SORTED_BODY =
      "{\"park_uuid\":\"49f0cc52-e8c7-41e3-b54d-af666b8cc11a\",\"row\":[{\"card_id\":\"ID000001\",\"card_no\":\"ID000001\","
          + "\"charge_type\":\"101\",\"operator\":\"张三\",\"pay_partner\":\"pay_partner_1234567890\","
          + "\"pay_time\":\"1625068799000\",\"pay_type\":\"1\",\"pay_value\":\"10000\",\"plate\":\"粤X33333\","
          + "\"plate_color\":\"1\",\"quantity\":\"1\",\"value\":\"30\",\"vip_type\":\"1\"}]}";

  @Test
  void pv1OpenApiFormVectorFromTheOfficialReadme() {
    Map<String, String> p = new HashMap<>();
    p.put("app_id", "op88641899bd20661");
    p.put("car_type", "1");
    p.put("enter_time", "1563242533431");
    p.put("park_uuid", "40e06b24-7320-4a61-8d97-7ebccb364a87");
    p.put("plate", "粤B660PP");
    p.put("sign_type", "MD5");
    p.put("timestamp", "1563242932357");
    assertThat(signer("XXX").formStringToSign(p)).isEqualTo(
        "app_id=op88641899bd20661&car_type=1&enter_time=1563242533431&park_uuid=40e06b24-7320-4a61-8d97-7ebccb364a87"
            + "&plate=粤B660PP&sign_type=MD5&timestamp=1563242932357&app_secret=XXX");
    assertThat(signer("XXX").formSign(p)).isEqualTo("C983693C5F603AEF30514920FA3158FF");
  }

  static Map<String, String> pv1Fields() {
    Map<String, String> p = new HashMap<>();
    p.put("app_id", "op88641899bd20661");
    p.put("car_type", "1");
    p.put("enter_time", "1563242533431");
    p.put("park_uuid", "40e06b24-7320-4a61-8d97-7ebccb364a87");
    p.put("plate", "粤B660PP");
    p.put("sign_type", "MD5");
    p.put("timestamp", "1563242932357");
    return p;
  }

  @Test
  void pv1bTheFirstVectorWithARealPublishedSecret() {
    FourPyunSigner signer = signer("29b72e85f56f9d20b2303d5289fe78c9");
    assertThat(signer.formStringToSign(pv1Fields())).isEqualTo(
        "app_id=op88641899bd20661&car_type=1&enter_time=1563242533431&park_uuid=40e06b24-7320-4a61-8d97-7ebccb364a87"
            + "&plate=粤B660PP&sign_type=MD5&timestamp=1563242932357&app_secret=29b72e85f56f9d20b2303d5289fe78c9");
    assertThat(signer.formSign(pv1Fields())).isEqualTo("1A6FE20BDD05B654F8FD33A299D75DF3");

    // the same fields as an openapi push P云 would send: verified, in either hex case, with an unknown extra field too
    Map<String, String> push = new HashMap<>(pv1Fields());
    push.put("sign", "1a6fe20bdd05b654f8fd33a299d75df3");
    assertThat(signer.verifyForm(push)).isTrue();
    push.put("sign", "1A6FE20BDD05B654F8FD33A299D75DF3");
    assertThat(signer.verifyForm(push)).isTrue();
    assertThat(signer("XXX").verifyForm(push)).isFalse();
  }

  @Test
  void theJsonStringToSignIsTheBodyThenTheSecret() {
    assertThat(signer("12323232323").jsonStringToSign("{}")).isEqualTo("{}&app_secret=12323232323");
  }

  @Test
  void pv5GatewayVectorSignsAndVerifiesWithTheSameClass() {
    Map<String, String> f = new HashMap<>();
    f.put("charset", "UTF-8");
    f.put("park_uuid", "3bad72c0-6204-4b65-90aa-4323ddd1fb5a");
    f.put("parking_order", "201811301049350025");
    f.put("parking_serial", "8c598afd-2cb8-4cec-8f73-4fd4391d2fc6");
    f.put("pay_origin", "4");
    f.put("pay_origin_desc", "支付宝");
    f.put("pay_serial", "20181130105240075500112137");
    f.put("pay_source", "支付宝");
    f.put("pay_time", "20181130105250");
    f.put("service", "service.parking.payment.result");
    f.put("value", "500");
    f.put("version", "1.0");
    FourPyunSigner demo = signer("DEMO");
    assertThat(demo.gatewaySign(f)).isEqualTo("95835E1917E330AD4A1F1CFC7D0F115D");
    f.put("sign", "95835E1917E330AD4A1F1CFC7D0F115D");
    assertThat(demo.verifyGateway(f)).isTrue();
    f.put("sign", "");
    assertThat(demo.verifyGateway(f)).isFalse();
    f.remove("sign");
    assertThat(demo.verifyGateway(f)).isFalse();
  }

  @Test
  void theSecretNeverShowsInToString() {
    assertThat(signer("29b72e85f56f9d20b2303d5289fe78c9").toString()).doesNotContain("29b72e85");
  }

  @Test
  void pv3PrepayFormVector() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("plate", "京A00001");
    p.put("enter_time", "1625154147313");
    p.put("free_value", "0");
    p.put("park_uuid", "49f0cc52-e8c7-41e3-b54d-af666b8cc11a");
    p.put("parking_serial", "111112");
    p.put("parking_time", "2000");
    p.put("pay_partner", "11111114");
    p.put("pay_value", "10");
    p.put("total_value", "10");
    p.put("gate_id", "1");
    p.put("gate_name", "通道1号");
    assertThat(signer("123").formStringToSign(p)).isEqualTo(
        "enter_time=1625154147313&free_value=0&gate_id=1&gate_name=通道1号&park_uuid=49f0cc52-e8c7-41e3-b54d-af666b8cc11a"
            + "&parking_serial=111112&parking_time=2000&pay_partner=11111114&pay_value=10&plate=京A00001&total_value=10"
            + "&app_secret=123");
    assertThat(signer("123").formSign(p)).isEqualTo("570DD318C1CB9649E458C3FC2B7757F4");
  }

  @Test
  void formSignatureLeavesOutSignNullAndEmptyValuesAndKeepsValuesRaw() {
    Map<String, String> p = new HashMap<>();
    p.put("plate", "粤B12345");
    p.put("enter_image", "https://t7.baidu.com/it/u=1595072465,3644073269&fm=193");
    p.put("sign", "OLD");
    p.put("gate_id", "");
    p.put("card_no", null);
    assertThat(signer("s").formStringToSign(p)).isEqualTo(
        "enter_image=https://t7.baidu.com/it/u=1595072465,3644073269&fm=193&plate=粤B12345&app_secret=s");
  }

  @Test
  void pv4JsonVectorOverTheFastjsonOrderedBody() {
    assertThat(signer("12323232323").jsonSign(PV4_FASTJSON_BODY)).isEqualTo("D2D60115A3C37358EFA294362FE84470");
    assertThat(signer("12323232323").jsonSign(PV4_FASTJSON_BODY.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("D2D60115A3C37358EFA294362FE84470");
  }

  @Test
  void pv4JsonVectorOverTheSortedRowBody() {
    assertThat(signer("12323232323").jsonSign(PV4_SORTED_BODY)).isEqualTo("A21F5ACB889CA3F2DD7F69E290CE0D90");
  }

  @Test
  void fileHashIsTheUpperCaseMd5OfTheBytes() {
    assertThat(FourPyunSigner.fileHash("abc".getBytes(StandardCharsets.UTF_8))).isEqualTo("900150983CD24FB0D6963F7D28E17F72");
  }
}
