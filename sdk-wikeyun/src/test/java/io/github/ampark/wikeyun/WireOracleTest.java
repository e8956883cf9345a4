package io.github.ampark.wikeyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The wire tests' independent signature oracle reproduces the spec's literal vectors W1 and W2. */
class WireOracleTest {
  @Test
  void theOracleReproducesW1() {
    assertThat(Wire.oracleSign(SpecVectors.SECRET, SpecVectors.w1())).isEqualTo(SpecVectors.W1_SIGN);
  }

  @Test
  void theOracleReproducesW2AndIgnoresSign() {
    Map<String, String> p = SpecVectors.w2();
    p.put("sign", "ANYTHING");
    assertThat(Wire.oracleSign(SpecVectors.SECRET, p)).isEqualTo(SpecVectors.W2_SIGN);
  }

  @Test
  void theOracleDecoderReadsPlusAndPercentEscapes() {
    assertThat(Wire.decodeForm("a=x+y%20z&b=%E4%B8%AD&c")).containsExactly(
        Map.entry("a", "x y z"), Map.entry("b", "中"), Map.entry("c", ""));
  }
}
