package io.github.ampark.bolink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ampark.bolink.model.BolinkEvent;
import io.github.ampark.core.CallbackVerificationException;
import io.github.ampark.core.callback.CallbackRequest;
import io.github.ampark.testkit.bolink.FakeBolink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of every Bolink signature rule and of the callback verifier, 1,000 tries each, over
 * arbitrary Unicode, empty values and the characters that break naive encoders ({@code & = / " \}
 * and control characters). Expected values come from independent code: MD5 written in {@link Wire},
 * Jackson for parsing back, and the testkit's own fastjson-like writer ({@link FakeBolink#signedBody}).
 */
class BolinkSignerPropertiesTest {
  static final String KEY = "UKEY0123456789AB";
  static final BolinkSigner SIGNER = BolinkSigner.of(KEY);
  static final BolinkCallbacks CALLBACKS = BolinkCallbacks.builder().ukey(KEY).build();
  static final ObjectMapper JSON = new ObjectMapper();

  /** Any text UTF-8 can carry (an unpaired surrogate is refused: see the example test below). */
  static boolean encodable(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(20).filter(BolinkSignerPropertiesTest::encodable),
        Arbitraries.strings().withChars("&=/\\\"\n\r\t\u0000\u007f\u2028 ?<>'%+中文京").ofMaxLength(12),
        Arbitraries.of("\uD83D\uDE00", "京A·12345", "\uD842\uDFB7"),
        Arbitraries.just(""));
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.oneOf(
        Arbitraries.strings().alpha().numeric().withChars("_").ofMinLength(1).ofMaxLength(12),
        Arbitraries.strings().all().ofMinLength(1).ofMaxLength(6))
        .filter(n -> !"sign".equals(n) && !"service_name".equals(n) && encodable(n));
  }

  @Provide
  Arbitrary<Map<String, String>> fields() {
    return Arbitraries.maps(names(), values()).ofMinSize(1).ofMaxSize(8).map(LinkedHashMap::new);
  }

  @net.jqwik.api.Example
  void textUtf8CannotCarryIsRefusedRatherThanSignedDifferentlyFromWhatIsSent() {
    assertThatThrownBy(() -> BolinkSigner.dataJson(Collections.singletonMap("a", "x\uD800y")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("surrogate");
  }

  static CallbackRequest callback(String body) {
    return CallbackRequest.builder().method("POST").header("Content-Type", "application/json").body(body).build();
  }

  // ---- families A / B: the data text ---------------------------------------------------------

  @Property(tries = 1000)
  void theSignatureIsTheIndependentMd5OfTheTextAndKey(@ForAll("fields") Map<String, String> fields) {
    String text = BolinkSigner.dataJson(fields);
    assertThat(SIGNER.sign(text)).isEqualTo(Wire.md5(text + "key=" + KEY));
  }

  @Property(tries = 1000)
  void anyTextAndKeyIsSignedAsTheIndependentMd5OfTheirJoinedUtf8(@ForAll String text,
      @ForAll @net.jqwik.api.constraints.NotBlank String key) {
    // unpaired surrogates included: the joined text is what is hashed, as UTF-8
    BolinkSigner signer = BolinkSigner.of(key);
    assertThat(signer.sign(text)).isEqualTo(Wire.md5(text + "key=" + key));
    assertThat(signer.envelope(text)).isEqualTo("{\"data\":" + text + ",\"sign\":\"" + Wire.md5(text + "key=" + key) + "\"}");
  }

  @Property(tries = 1000)
  void theDataTextIsWhatBolinksFastjsonReEmitsSoBothVerifiersAgree(@ForAll("fields") Map<String, String> fields) {
    assertThat(SIGNER.signedCallback(fields)).isEqualTo(FakeBolink.signedBody(fields, KEY));
  }

  @Property(tries = 1000)
  void theDataTextParsesBackToTheSameValuesInTheSameOrder(@ForAll("fields") Map<String, String> fields) throws Exception {
    JsonNode back = JSON.readTree(BolinkSigner.dataJson(fields));
    List<String> names = new ArrayList<>();
    back.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactlyElementsOf(fields.keySet());
    fields.forEach((k, v) -> assertThat(back.get(k).asText()).isEqualTo(v));
  }

  @Property(tries = 1000)
  void keyOrderIsPartOfTheSignedTextAndASignatureOnlyVerifiesTheTextItWasMadeFor(
      @ForAll("fields") Map<String, String> fields, @ForAll long seed) {
    List<Map.Entry<String, String>> entries = new ArrayList<>(fields.entrySet());
    Collections.shuffle(entries, new Random(seed));
    Map<String, String> shuffled = new LinkedHashMap<>();
    entries.forEach(e -> shuffled.put(e.getKey(), e.getValue()));
    String text = BolinkSigner.dataJson(fields);
    String other = BolinkSigner.dataJson(shuffled);
    assertThat(SIGNER.verify(other, SIGNER.sign(text))).isEqualTo(other.equals(text));
    assertThat(SIGNER.verify(other, SIGNER.sign(other))).isTrue();
  }

  @Property(tries = 1000)
  void changingAnyOneValueFailsVerification(@ForAll("fields") Map<String, String> fields, @ForAll("values") String replacement,
      @ForAll int pick) {
    List<String> keys = new ArrayList<>(fields.keySet());
    String key = keys.get(Math.floorMod(pick, keys.size()));
    Assume.that(!fields.get(key).equals(replacement));
    String sign = SIGNER.sign(BolinkSigner.dataJson(fields));
    Map<String, String> changed = new LinkedHashMap<>(fields);
    changed.put(key, replacement);
    assertThat(SIGNER.verify(BolinkSigner.dataJson(changed), sign)).isFalse();
  }

  @Property(tries = 1000)
  void theCloudBodyIsBase64OfTheSignedEnvelope(@ForAll("fields") Map<String, String> fields) {
    String text = BolinkSigner.dataJson(fields);
    String decoded = new String(java.util.Base64.getDecoder().decode(SIGNER.cloudBody(text)), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(decoded).isEqualTo("{\"data\":" + text + ",\"sign\":\"" + Wire.md5(text + "key=" + KEY) + "\"}");
  }

  @Property(tries = 1000)
  void signingNeverChangesTheCallersMap(@ForAll("fields") Map<String, String> fields) {
    Map<String, String> before = new LinkedHashMap<>(fields);
    SIGNER.signedCallback(fields);
    SIGNER.legacyStringToSign(fields);
    SIGNER.signLegacy(fields);
    assertThat(fields).containsExactlyEntriesOf(before);
  }

  // ---- family C: sorted k=v, order-free ------------------------------------------------------

  @Property(tries = 1000)
  void legacyParameterOrderNeverChangesTheSignature(@ForAll("fields") Map<String, String> fields, @ForAll long seed) {
    List<Map.Entry<String, String>> entries = new ArrayList<>(fields.entrySet());
    Collections.shuffle(entries, new Random(seed));
    Map<String, String> shuffled = new LinkedHashMap<>();
    entries.forEach(e -> shuffled.put(e.getKey(), e.getValue()));
    assertThat(SIGNER.signLegacy(shuffled)).isEqualTo(SIGNER.signLegacy(fields));
  }

  /** The sample jqwik once found: a supplementary key sorts after U+E000 by code point. */
  @net.jqwik.api.Example
  void legacyOrdersSupplementaryKeysByCodePointNotByUtf16Unit() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("\uE000", "!");
    fields.put("\uD800\uDC09", "v");
    legacyIsTheIndependentSortedJoinWithBlanksAndNullTextDropped(fields);
    assertThat(BolinkSigner.legacyCanonical(fields)).isEqualTo("\uE000=!&\uD800\uDC09=v");
  }

  @Property(tries = 1000)
  void legacyIsTheIndependentSortedJoinWithBlanksAndNullTextDropped(@ForAll("fields") Map<String, String> fields) {
    List<String> keys = new ArrayList<>(fields.keySet());
    // The documented order is by code point, i.e. the byte order of the keys' UTF-8 encodings (it
    // differs from String.compareTo only for supplementary characters against U+E000..U+FFFF).
    keys.sort((a, b) -> java.util.Arrays.compareUnsigned(
        a.getBytes(java.nio.charset.StandardCharsets.UTF_8), b.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    StringBuilder sb = new StringBuilder();
    for (String k : keys) {
      String v = fields.get(k);
      if (v.trim().isEmpty() || "null".equals(v)) {
        continue;
      }
      sb.append(sb.length() == 0 ? "" : "&").append(k).append('=').append(v);
    }
    assertThat(SIGNER.signLegacy(fields)).isEqualTo(Wire.md5(sb + "key=" + KEY));
  }

  @Property(tries = 1000)
  void changingOneSignedLegacyValueChangesTheSignature(@ForAll("fields") Map<String, String> fields, @ForAll int pick) {
    List<String> keys = new ArrayList<>(fields.keySet());
    String key = keys.get(Math.floorMod(pick, keys.size()));
    Assume.that(!fields.get(key).trim().isEmpty() && !"null".equals(fields.get(key)));
    Map<String, String> changed = new LinkedHashMap<>(fields);
    changed.put(key, fields.get(key) + "x");
    assertThat(SIGNER.signLegacy(changed)).isNotEqualTo(SIGNER.signLegacy(fields));
  }

  // ---- the callback verifier -------------------------------------------------------------------

  static Map<String, String> withService(Map<String, String> fields) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("service_name", "prepay_order");
    data.putAll(fields);
    return data;
  }

  @Property(tries = 1000)
  void aSignedCallbackRoundTripsThroughTheVerifierWithEveryField(@ForAll("fields") Map<String, String> fields) {
    Map<String, String> data = withService(fields);
    String body = SIGNER.signedCallback(data);
    assertThat(SIGNER.verifiedData(body)).isEqualTo(BolinkSigner.dataJson(data));
    BolinkEvent event = CALLBACKS.parse(callback(body));
    assertThat(event.serviceName()).isEqualTo("prepay_order");
    assertThat(event.fields()).containsExactlyEntriesOf(data);
    assertThat(event.rawData()).isEqualTo(BolinkSigner.dataJson(data));
  }

  @Property(tries = 1000)
  void aTamperedValueOrSignOrAMissingOrEmptySignIsRefused(@ForAll("fields") Map<String, String> fields, @ForAll int pick) {
    Map<String, String> data = withService(fields);
    String text = BolinkSigner.dataJson(data);
    String sign = Wire.md5(text + "key=" + KEY);
    List<String> keys = new ArrayList<>(fields.keySet());
    Map<String, String> changed = new LinkedHashMap<>(data);
    String key = keys.get(Math.floorMod(pick, keys.size()));
    changed.put(key, fields.get(key) + "1");
    String tampered = "{\"data\":" + BolinkSigner.dataJson(changed) + ",\"sign\":\"" + sign + "\"}";
    String flipped = sign.charAt(0) == 'A' ? "B" + sign.substring(1) : "A" + sign.substring(1);
    for (String body : new String[] {tampered, "{\"data\":" + text + ",\"sign\":\"" + flipped + "\"}",
        "{\"data\":" + text + "}", "{\"data\":" + text + ",\"sign\":\"\"}", "{\"data\":" + text + ",\"sign\":null}"}) {
      assertThatThrownBy(() -> CALLBACKS.parse(callback(body))).isInstanceOf(CallbackVerificationException.class);
      assertThat(CALLBACKS.handle(callback(body), Handlers.every(e -> {
        throw new AssertionError("a refused callback reached the handler");
      })).acknowledges()).isFalse();
    }
  }

  @Property(tries = 1000)
  void anUnsignedTopLevelServiceNameNeverRoutes(@ForAll("fields") Map<String, String> fields) {
    String body = SIGNER.signedCallback(fields);
    String replay = "{\"service_name\":\"prepay_order\"," + body.substring(1);
    assertThatThrownBy(() -> CALLBACKS.parse(callback(replay))).isInstanceOf(CallbackVerificationException.class);
  }

  @Property(tries = 1000)
  void verifyingNeverChangesTheRequest(@ForAll("fields") Map<String, String> fields) {
    String body = SIGNER.signedCallback(withService(fields));
    CallbackRequest req = callback(body);
    byte[] before = req.body();
    CALLBACKS.parse(req);
    assertThat(req.body()).isEqualTo(before);
    assertThat(req.bodyText()).isEqualTo(body);
  }
}
