package io.github.ampark.core.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormFieldsTest {
  @Test
  void decodesPlusAsSpaceAndPercentEscapesInTheGivenCharset() {
    Map<String, String> f = FormFields.parse("a=1&b=%E4%B8%AD+x&c%5B0%5D=y%2b");
    assertThat(f).containsExactly(
        Map.entry("a", "1"), Map.entry("b", "中 x"), Map.entry("c[0]", "y+"));
  }

  @Test
  void keepsOrderLetsTheFirstValueWinAndReadsNamesWithoutValue() {
    Map<String, String> f = FormFields.parse("z=1&a&z=2&&=e&m=");
    assertThat(new ArrayList<>(f.keySet())).containsExactly("z", "a", "", "m");
    assertThat(f).containsEntry("z", "1").containsEntry("a", "").containsEntry("", "e").containsEntry("m", "");
  }

  @Test
  void leavesMalformedEscapesAsTheyAre() {
    assertThat(FormFields.parse("a=%&b=%4&c=%zz1&d=x%4&e=%41")).containsExactly(
        Map.entry("a", "%"), Map.entry("b", "%4"), Map.entry("c", "%zz1"), Map.entry("d", "x%4"), Map.entry("e", "A"));
  }

  @Test
  void decodesRawBytesAndEscapesInTheBodyCharset() {
    Charset gbk = Charset.forName("GBK");
    byte[] raw = concat("n=".getBytes(StandardCharsets.US_ASCII), "中".getBytes(gbk), "&m=%D6%D0+".getBytes(StandardCharsets.US_ASCII));
    assertThat(FormFields.parse(raw, gbk)).containsExactly(Map.entry("n", "中"), Map.entry("m", "中 "));
    assertThat(FormFields.parse("n=中文".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).containsEntry("n", "中文");
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
