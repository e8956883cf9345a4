package io.github.ampark.wikeyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The wire tests' independent signature oracle reproduces the spec's literal vectors W1 and W2. */
class WireOracleTest {
  static Map<String, String> system() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("app_key", "1000001");
    p.put("client", "127.0.0.1");
    p.put("format", "json");
    p.put("timestamp", "1700000000");
    p.put("v", "1.0");
    return p;
  }

  @Test
  void theOracleReproducesW1() {
    Map<String, String> p = system();
    p.put("store_id", "12345");
    p.put("cardId", "67890");
    p.put("order_no", "T202401010001");
    p.put("amount", "100");
    p.put("recharge_type", "0");
    p.put("notify_url", "https://example.com/notify");
    assertThat(Wire.oracleSign("testsecret", p)).isEqualTo("3D4F9FB77B05285AFFFED29AF9E3DA66");
  }

  @Test
  void theOracleReproducesW2AndIgnoresSign() {
    Map<String, String> p = system();
    p.put("card_id", "67890");
    p.put("sign", "ANYTHING");
    assertThat(Wire.oracleSign("testsecret", p)).isEqualTo("5BA561D9B1DBA6F60E7AEBC30EA54990");
  }

  @Test
  void theOracleDecoderReadsPlusAndPercentEscapes() {
    assertThat(Wire.decodeForm("a=x+y%20z&b=%E4%B8%AD&c")).containsExactly(
        Map.entry("a", "x y z"), Map.entry("b", "中"), Map.entry("c", ""));
  }
}
