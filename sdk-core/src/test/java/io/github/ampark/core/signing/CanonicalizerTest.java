package io.github.ampark.core.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalizerTest {
  static Map<String, Object> params() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("b", "2");
    p.put("a", 1);
    p.put("empty", "");
    p.put("blank", "  ");
    p.put("nil", null);
    p.put("sign", "XYZ");
    p.put("literal", "null");
    p.put("B", "upper");
    return p;
  }

  @Test
  void defaultsSortByByteOrderAndKeepEmptyValues() {
    assertThat(Canonicalizer.builder().build().canonicalize(params()))
        .isEqualTo("B=upper&a=1&b=2&blank=  &empty=&literal=null&nil=&sign=XYZ");
  }

  @Test
  void skipEmptyDropsNullAndEmptyButNotBlank() {
    assertThat(Canonicalizer.builder().skipEmpty(true).exclude("sign").build().canonicalize(params()))
        .isEqualTo("B=upper&a=1&b=2&blank=  &literal=null");
  }

  @Test
  void skipBlankAndSkipValuesDropLegacyNulls() {
    assertThat(Canonicalizer.builder().skipBlank(true).skipValues("null").exclude("sign").build().canonicalize(params()))
        .isEqualTo("B=upper&a=1&b=2");
  }

  @Test
  void separatorsPrefixAndSuffixAreConfigurable() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("v", "1.0");
    p.put("app_key", "1000001");
    p.put("notify_url", "");
    assertThat(Canonicalizer.builder().pairSeparator("").keyValueSeparator("").build().canonicalize(p, "S", "S"))
        .isEqualTo("Sapp_key1000001notify_urlv1.0S");
  }

  @Test
  void camelCaseKeysSortBetweenLowerCaseOnesByByte() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("client", "x");
    p.put("cardId", "1");
    p.put("app_key", "k");
    assertThat(Canonicalizer.builder().build().canonicalize(p)).isEqualTo("app_key=k&cardId=1&client=x");
  }

  @Test
  void codePointOrderEqualsUtf8ByteOrderBeyondTheBmp() {
    // U+FF5E (3 UTF-8 bytes, EF BD 9E) sorts before U+1F600 (4 bytes, F0 ...), unlike UTF-16 order
    assertThat(Canonicalizer.CODE_POINT_ORDER.compare("\uFF5E", "\uD83D\uDE00")).isNegative();
    assertThat("\uFF5E".compareTo("\uD83D\uDE00")).isPositive();
  }
}
