package io.github.ampark.wanzhuang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ValidationException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The spec's vectors Z1–Z3 (wanzhuang.md §2.5) under both hash readings, and the documented choices. */
class WanzhuangSignerTest {
  private static final WanzhuangSigner HMAC = WanzhuangSigner.of("testsecret");
  private static final WanzhuangSigner APPENDED = HMAC.withHash(WanzhuangSigner.Hash.SHA256_WITH_SECRET_APPENDED);

  static Map<String, Object> z1() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("device_num", "19285526");
    p.put("device_port", "2");
    p.put("is_error", "true");
    p.put("app_id", "3a7030ea45a08d");
    p.put("timestamp", "1644902382");
    return p;
  }

  static Map<String, Object> z2() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("app_id", "3aa6943fd3e78e");
    p.put("timestamp", 1744285110L);
    p.put("device_num", "18000001");
    p.put("device_port", 1);
    p.put("charge_id", 1L);
    p.put("charge_mode", 7);
    p.put("total_fee", 100L);
    return p;
  }

  static Map<String, Object> z3() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("app_id", "3aa6943fd3e78e");
    p.put("timestamp", "1744285110");
    p.put("page", "1");
    p.put("limit", "10");
    return p;
  }

  @Test
  void z1_theGuidesOwnParameters() {
    assertThat(HMAC.stringToSign(z1()))
        .isEqualTo("app_id=3a7030ea45a08d&device_num=19285526&device_port=2&is_error=true&timestamp=1644902382");
    assertThat(HMAC.sign(z1())).isEqualTo("065810621d97c020f412bb28e09303ad918a0cd1df17d8eae45c224965533fee");
    assertThat(APPENDED.sign(z1())).isEqualTo("03d216fb068433e4658337355b00824eda6a290de8facffca9c56b1d3f3e4bd5");
  }

  @Test
  void z1_booleansAndNumbersRenderLikeTheirText() {
    Map<String, Object> typed = z1();
    typed.put("device_port", 2);
    typed.put("is_error", true);
    typed.put("timestamp", 1644902382L);
    assertThat(HMAC.sign(typed)).isEqualTo("065810621d97c020f412bb28e09303ad918a0cd1df17d8eae45c224965533fee");
  }

  @Test
  void z2_chargeStartJsonNumbersArePlainDecimals() {
    assertThat(HMAC.stringToSign(z2()))
        .isEqualTo("app_id=3aa6943fd3e78e&charge_id=1&charge_mode=7&device_num=18000001&device_port=1&timestamp=1744285110&total_fee=100");
    assertThat(HMAC.sign(z2())).isEqualTo("7568b5d9f54903996fb124039e24828556368f021ee3d3ae62a8b9fcb617ddf1");
    assertThat(APPENDED.sign(z2())).isEqualTo("fffaaebe543733991b6dd093f4c302b9b41411d6256cc531214107d50ce119d0");
  }

  @Test
  void z3_renewalListQuery() {
    assertThat(HMAC.stringToSign(z3())).isEqualTo("app_id=3aa6943fd3e78e&limit=10&page=1&timestamp=1744285110");
    assertThat(HMAC.sign(z3())).isEqualTo("1ac335488790698c8702a033fda6924a103cada077179e0248ab960b280dd72d");
    assertThat(APPENDED.sign(z3())).isEqualTo("192945562167a3b2390631668e9265febfa814de473f748a76cf1fc8ebb95c76");
  }

  @Test
  void signIsNeverSignedAndNullsAndFilesAreLeftOut() {
    Map<String, Object> p = z3();
    p.put("sign", "whatever");
    p.put("note", null);
    p.put("upload", new byte[] {1, 2});
    assertThat(HMAC.sign(p)).isEqualTo("1ac335488790698c8702a033fda6924a103cada077179e0248ab960b280dd72d");
  }

  @Test
  void emptyValuesAreKeptByDefaultAndCanBeSkipped() {
    Map<String, Object> p = z3();
    p.put("memo", "");
    assertThat(HMAC.stringToSign(p)).isEqualTo("app_id=3aa6943fd3e78e&limit=10&memo=&page=1&timestamp=1744285110");
    assertThat(HMAC.skippingEmptyValues().stringToSign(p)).isEqualTo("app_id=3aa6943fd3e78e&limit=10&page=1&timestamp=1744285110");
  }

  @Test
  void skippingEmptyValuesKeepsAValueThatOnlyEndsInEquals() {
    Map<String, Object> p = z3();
    p.put("memo", "YWI=");
    p.put("tags", Arrays.asList("eA=="));
    assertThat(HMAC.skippingEmptyValues().stringToSign(p))
        .isEqualTo("app_id=3aa6943fd3e78e&limit=10&memo=YWI=&page=1&tags=[\"eA==\"]&timestamp=1744285110");
    assertThat(HMAC.skippingEmptyValues().withArrayRule(WanzhuangSigner.ArrayRule.REPEATED_PAIRS).stringToSign(p))
        .contains("&tags=eA==&");
  }

  @Test
  void arraysAreJsonTextByDefaultAndTheRuleIsReplaceable() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("device_nums", Arrays.asList("1", "2"));
    p.put("app_id", "a");
    assertThat(HMAC.stringToSign(p)).isEqualTo("app_id=a&device_nums=[\"1\",\"2\"]");
    assertThat(HMAC.withArrayRule(WanzhuangSigner.ArrayRule.REPEATED_PAIRS).stringToSign(p))
        .isEqualTo("app_id=a&device_nums=1&device_nums=2");
    assertThat(HMAC.withArrayRule(WanzhuangSigner.ArrayRule.COMMA_JOINED).stringToSign(p))
        .isEqualTo("app_id=a&device_nums=1,2");
  }

  @Test
  void keysSortInAsciiOrder() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("b", "1");
    p.put("B", "2");
    p.put("a_b", "3");
    p.put("aB", "4");
    assertThat(HMAC.stringToSign(p)).isEqualTo("B=2&aB=4&a_b=3&b=1");
  }

  @Test
  void verifyAcceptsItsOwnSignatureInEitherCaseOnly() {
    assertThat(HMAC.verify(z1(), "065810621D97C020F412BB28E09303AD918A0CD1DF17D8EAE45C224965533FEE")).isTrue();
    assertThat(HMAC.verify(z1(), "03d216fb068433e4658337355b00824eda6a290de8facffca9c56b1d3f3e4bd5")).isFalse();
    assertThat(HMAC.verify(z1(), null)).isFalse();
  }

  @Test
  void neverShowsTheSecret() {
    assertThat(HMAC.toString()).doesNotContain("testsecret").contains("****");
  }

  @Test
  void refusesBadInputWithAValidationException() {
    assertThatThrownBy(() -> WanzhuangSigner.of(" ")).isInstanceOf(ValidationException.class);
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("x", new Object());
    assertThatThrownBy(() -> HMAC.sign(p)).isInstanceOf(ValidationException.class).hasMessageContaining("params");
  }
}
