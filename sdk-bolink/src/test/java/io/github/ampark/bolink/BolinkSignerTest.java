package io.github.ampark.bolink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The spec's test vectors BV1, BV3, BV4 and BV5, byte for byte. */
class BolinkSignerTest {
  static final String BV1_KEY = "NQ0eSXs720170114";
  static final String BV3_KEY = "0123456789ABCDEF";

  @Test
  void bv1OfficialNewApiExampleSignsTheDataTextInWrittenOrder() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("park_id", "1001");
    data.put("name", "北京上地三街9号院停车场");
    data.put("address", "北京上地三街9号");
    data.put("phone", "139000334443");
    data.put("lng", "123.994449");
    data.put("city_id", 110000);
    data.put("lat", "332.466666");
    data.put("total_plot", 90);
    data.put("empty_plot", 56);
    data.put("union_id", 10001);
    data.put("price_desc", "2元每小时");
    data.put("rand", "0.210354312785198048");
    String text = BolinkSigner.dataJson(data);
    assertThat(text).isEqualTo("{\"park_id\":\"1001\",\"name\":\"北京上地三街9号院停车场\",\"address\":\"北京上地三街9号\","
        + "\"phone\":\"139000334443\",\"lng\":\"123.994449\",\"city_id\":110000,\"lat\":\"332.466666\",\"total_plot\":90,"
        + "\"empty_plot\":56,\"union_id\":10001,\"price_desc\":\"2元每小时\",\"rand\":\"0.210354312785198048\"}");
    assertThat(BolinkSigner.of(BV1_KEY).sign(text)).isEqualTo("F2BA9A4E4362E2C41676FC720B14290C");
  }

  @Test
  void bv3ChargingDiscountInDocumentOrder() {
    String text = "{\"union_id\":200666,\"park_id\":\"dlytest_no\",\"platform_id\":2,\"car_number\":\"晋SS0000\","
        + "\"start_charge_seq\":\"2021110300012\",\"calculation_method\":1,\"duration\":50,\"out_time\":1635911040}";
    assertThat(BolinkSigner.of(BV3_KEY).sign(text)).isEqualTo("3CA75CAF602F53FEE13C854592FD634F");
  }

  @Test
  void bv3TheSameMapInHashMapOrderIsAnotherValidSignature() {
    String text = "{\"duration\":50,\"out_time\":1635911040,\"calculation_method\":1,\"car_number\":\"晋SS0000\","
        + "\"union_id\":200666,\"park_id\":\"dlytest_no\",\"platform_id\":2,\"start_charge_seq\":\"2021110300012\"}";
    assertThat(BolinkSigner.of(BV3_KEY).sign(text)).isEqualTo("C05DCE58F10358058DBFA227D89AA4C9");
  }

  @Test
  void bv3AmountVariantWritesTheReductionAsYuanText() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("union_id", 200666);
    data.put("park_id", "dlytest_no");
    data.put("platform_id", 1);
    data.put("car_number", "京A12345");
    data.put("start_charge_seq", "202008170000011120");
    data.put("calculation_method", 2);
    data.put("reduce_amount", "1.25");
    data.put("out_time", 1562318113);
    String text = BolinkSigner.dataJson(data);
    assertThat(BolinkSigner.of(BV3_KEY).sign(text)).isEqualTo("C4C1E766C3DF65E41327F54AC35D740D");
  }

  @Test
  void bv4CloudBodyIsBase64OfTheEnvelopeSignedWithTheParkKey() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("comid", "kytest2020032501");
    data.put("union_id", "200279");
    data.put("car_number", "晋QQ1234");
    data.put("lock_status", 1);
    String text = BolinkSigner.dataJson(data);
    assertThat(BolinkSigner.of("MAVXUU3C2545G9K1").sign(text)).isEqualTo("4973765089F20FCFE45868796F81278A");
    String body = BolinkSigner.of("MAVXUU3C2545G9K1").cloudBody(text);
    assertThat(body).startsWith("eyJkYXRhIjp7ImNvbWlkIjoia3l0ZXN0MjAyMDAzMjUwMSIsInVuaW9uX2lkIjoiMjAwMjc5IiwiY2FyX251bWJlciI6IuaZi1FRMTIzNCIsImx");
    assertThat(new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8))
        .isEqualTo("{\"data\":" + text + ",\"sign\":\"4973765089F20FCFE45868796F81278A\"}");
  }

  @Test
  void bv5LegacySortsDropsBlankAndNullAndAppendsTheKeyWithoutAmpersand() {
    Map<String, Object> p = Vectors.bv5Params();
    p.put("state", "null");
    p.put("sign", "ignored");
    assertThat(BolinkSigner.legacyCanonical(p)).isEqualTo(
        "address=北京上地三街9号&empty_plot=56&lat=32.466666&lng=123.994449&name=北京上地三街9号院停车场"
            + "&park_id=1001&phone=13899884433&rand=0.20354312785198048&total_plot=90&union_id=10001");
    assertThat(BolinkSigner.of(BV1_KEY).signLegacy(p)).isEqualTo("82A4EA10F60AEE4172AE4F3C774156EB");
  }

  @Test
  void dataJsonWritesWhatFastjsonReEmits() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("k", "v");
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("url", "https://a.cn/p?x=1&y=<2>'");
    data.put("plate", "粤B·12345");
    data.put("ctl", "a\"b\\c\b\t\n\f\r\u0001\u007f\u0085\u00a0\u2028\u2029");
    data.put("skipped", null);
    data.put("amount", new BigDecimal("1E+1"));
    data.put("nested", nested);
    data.put("list", java.util.Arrays.asList(1, null, "x"));
    data.put("flag", true);
    assertThat(BolinkSigner.dataJson(data)).isEqualTo("{\"url\":\"https://a.cn/p?x=1&y=<2>'\",\"plate\":\"粤B·12345\","
        + "\"ctl\":\"a\\\"b\\\\c\\b\\t\\n\\f\\r\\u0001\\u007F\\u0085\u00a0\\u2028\\u2029\",\"amount\":10,"
        + "\"nested\":{\"k\":\"v\"},\"list\":[1,null,\"x\"],\"flag\":true}");
  }

  @Test
  void floatingPointNumbersAreRefused() {
    assertThatThrownBy(() -> BolinkSigner.dataJson(java.util.Collections.singletonMap("amount", 0.1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BigDecimal");
  }

  @Test
  void verifyIsCaseInsensitiveAndFalseForMissingOrWrongSigns() {
    String text = "{\"a\":1}";
    BolinkSigner k1 = BolinkSigner.of("k1");
    String sign = k1.sign(text);
    assertThat(k1.verify(text, sign)).isTrue();
    assertThat(k1.verify(text, sign.toLowerCase())).isTrue();
    assertThat(BolinkSigner.of("k2").verify(text, sign)).isFalse();
    assertThat(k1.verify("{\"a\":2}", sign)).isFalse();
    assertThat(k1.verify(text, null)).isFalse();
    assertThat(k1.verify(text, "")).isFalse();
    assertThat(k1.stringToSign(text)).isEqualTo("{\"a\":1}key=k1");
    assertThat(k1.toString()).doesNotContain("k1}").contains("****");
  }

  @Test
  void bv6CloudMonthCarPrice() {
    String text = "{\"comid\":\"kytest2020032501\",\"union_id\":\"200279\",\"start_time\":\"1618899136\",\"card_id\":\"190757\","
        + "\"months\":\"100\",\"pid\":\"1093\"}";
    assertThat(BolinkSigner.of("MAVXUU3C2545G9K1").sign(text)).isEqualTo("233ED724637EF953C5C43063D0A7FE33");
  }
}
