package io.github.ampark.wikeyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ValidationException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The spec's vectors W1 and W2, byte for byte, and the algorithm's edge rules. */
class WikeyunSignerTest {
  final WikeyunSigner signer = WikeyunSigner.of(io.github.ampark.core.Secret.of("appSecret", "testsecret"));

  static Map<String, String> system() {
    return WikeyunSigner.systemParameters("1000001", 1700000000L, "127.0.0.1");
  }

  @Test
  void reproducesVectorW1ForPushOrder() {
    Map<String, String> p = SpecVectors.w1();
    assertThat(signer.stringToSign(p)).isEqualTo(
        "testsecretamount100app_key1000001cardId67890client127.0.0.1formatjsonnotify_urlhttps://example.com/notify"
            + "order_noT202401010001recharge_type0store_id12345timestamp1700000000v1.0testsecret");
    assertThat(signer.sign(p)).isEqualTo("3D4F9FB77B05285AFFFED29AF9E3DA66");
  }

  @Test
  void reproducesVectorW2ForCardInfo() {
    Map<String, String> p = SpecVectors.w2();
    assertThat(signer.stringToSign(p))
        .isEqualTo("testsecretapp_key1000001card_id67890client127.0.0.1formatjsontimestamp1700000000v1.0testsecret");
    assertThat(signer.sign(p)).isEqualTo("5BA561D9B1DBA6F60E7AEBC30EA54990");
  }

  @Test
  void theSystemParametersHelperGivesTheVectorsInputs() {
    assertThat(system()).isEqualTo(SpecVectors.system());
  }

  @Test
  void systemParametersComeInQueryStringOrder() {
    assertThat(system()).containsExactly(
        Map.entry("app_key", "1000001"), Map.entry("timestamp", "1700000000"), Map.entry("client", "127.0.0.1"),
        Map.entry("format", "json"), Map.entry("v", "1.0"));
  }

  @Test
  void anEmptyValueIsSignedAsTheKeyAlone() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("notify_url", "");
    p.put("order_no", "T1");
    assertThat(signer.stringToSign(p)).isEqualTo("testsecretnotify_urlorder_noT1testsecret");
    Map<String, String> withNull = new LinkedHashMap<>();
    withNull.put("notify_url", null);
    withNull.put("order_no", "T1");
    assertThat(signer.sign(withNull)).isEqualTo(signer.sign(p));
  }

  @Test
  void signItselfNeverTakesPart() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("card_id", "67890");
    p.putAll(system());
    String without = signer.sign(p);
    p.put("sign", "5BA561D9B1DBA6F60E7AEBC30EA54990");
    assertThat(signer.sign(p)).isEqualTo(without);
  }

  @Test
  void keysSortCaseSensitivelyInByteOrder() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("a", "3");
    p.put("_", "2");
    p.put("B", "1");
    p.put("cardId", "4");
    p.put("card_id", "5");
    assertThat(signer.stringToSign(p)).isEqualTo("testsecretB1_2a3cardId4card_id5testsecret");
  }

  @Test
  void nonAsciiValuesAreHashedAsUtf8AndTheHexIsUpperCase() throws Exception {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("province", "江苏省");
    p.put("city", "南京市");
    String text = "testsecretcity南京市province江苏省testsecret";
    String expected = String.format("%032X", new BigInteger(1,
        MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8))));
    assertThat(signer.stringToSign(p)).isEqualTo(text);
    assertThat(signer.sign(p)).isEqualTo(expected).matches("[0-9A-F]{32}");
  }

  @Test
  void theSecretIsNeverPrintedAndMustNotBeBlank() {
    assertThat(signer.toString()).doesNotContain("testsecret");
    assertThatThrownBy(() -> WikeyunSigner.of(" "))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("appSecret"));
  }

  @Test
  void signedAddsTheW2SignatureLastAndVerifyAcceptsExactlyThat() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("card_id", "67890");
    p.putAll(system());
    Map<String, String> signed = signer.signed(p);
    assertThat(signed).containsEntry("sign", "5BA561D9B1DBA6F60E7AEBC30EA54990");
    assertThat(signed.keySet()).last().isEqualTo("sign");
    assertThat(p).doesNotContainKey("sign");
    assertThat(signer.verify(signed)).isTrue();
    signed.put("sign", "5ba561d9b1dba6f60e7aebc30ea54990");
    assertThat(signer.verify(signed)).as("hex case is not significant").isTrue();
    signed.put("sign", "5BA561D9B1DBA6F60E7AEBC30EA54991");
    assertThat(signer.verify(signed)).isFalse();
    signed.put("sign", "");
    assertThat(signer.verify(signed)).isFalse();
    signed.remove("sign");
    assertThat(signer.verify(signed)).isFalse();
    assertThat(WikeyunSigner.of("other").verify(signer.signed(p))).isFalse();
  }

  @Test
  void nullInputsAreValidationErrors() {
    assertThatThrownBy(() -> signer.sign(null)).isInstanceOf(ValidationException.class);
    Map<String, String> withNullName = new java.util.HashMap<>();
    withNullName.put(null, "x");
    assertThatThrownBy(() -> signer.verify(withNullName)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> WikeyunSigner.of((io.github.ampark.core.Secret) null)).isInstanceOf(ValidationException.class);
  }
}
