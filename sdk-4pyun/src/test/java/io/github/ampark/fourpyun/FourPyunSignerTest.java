package io.github.ampark.fourpyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spec vectors PV1, PV3 and PV4 of ../shared/spec/4pyun.md, byte for byte. */
class FourPyunSignerTest {
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
    assertThat(FourPyunSigner.formStringToSign(p, "XXX")).isEqualTo(
        "app_id=op88641899bd20661&car_type=1&enter_time=1563242533431&park_uuid=40e06b24-7320-4a61-8d97-7ebccb364a87"
            + "&plate=粤B660PP&sign_type=MD5&timestamp=1563242932357&app_secret=XXX");
    assertThat(FourPyunSigner.formSign(p, "XXX")).isEqualTo("C983693C5F603AEF30514920FA3158FF");
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
    assertThat(FourPyunSigner.formStringToSign(p, "123")).isEqualTo(
        "enter_time=1625154147313&free_value=0&gate_id=1&gate_name=通道1号&park_uuid=49f0cc52-e8c7-41e3-b54d-af666b8cc11a"
            + "&parking_serial=111112&parking_time=2000&pay_partner=11111114&pay_value=10&plate=京A00001&total_value=10"
            + "&app_secret=123");
    assertThat(FourPyunSigner.formSign(p, "123")).isEqualTo("570DD318C1CB9649E458C3FC2B7757F4");
  }

  @Test
  void formSignatureLeavesOutSignNullAndEmptyValuesAndKeepsValuesRaw() {
    Map<String, String> p = new HashMap<>();
    p.put("plate", "粤B12345");
    p.put("enter_image", "https://t7.baidu.com/it/u=1595072465,3644073269&fm=193");
    p.put("sign", "OLD");
    p.put("gate_id", "");
    p.put("card_no", null);
    assertThat(FourPyunSigner.formStringToSign(p, "s")).isEqualTo(
        "enter_image=https://t7.baidu.com/it/u=1595072465,3644073269&fm=193&plate=粤B12345&app_secret=s");
  }

  @Test
  void pv4JsonVectorOverTheFastjsonOrderedBody() {
    assertThat(FourPyunSigner.jsonSign(PV4_FASTJSON_BODY, "12323232323")).isEqualTo("D2D60115A3C37358EFA294362FE84470");
    assertThat(FourPyunSigner.jsonSign(PV4_FASTJSON_BODY.getBytes(StandardCharsets.UTF_8), "12323232323"))
        .isEqualTo("D2D60115A3C37358EFA294362FE84470");
  }

  @Test
  void pv4JsonVectorOverTheSortedRowBody() {
    assertThat(FourPyunSigner.jsonSign(PV4_SORTED_BODY, "12323232323")).isEqualTo("A21F5ACB889CA3F2DD7F69E290CE0D90");
  }

  @Test
  void fileHashIsTheUpperCaseMd5OfTheBytes() {
    assertThat(FourPyunSigner.fileHash("abc".getBytes(StandardCharsets.UTF_8))).isEqualTo("900150983CD24FB0D6963F7D28E17F72");
  }
}
