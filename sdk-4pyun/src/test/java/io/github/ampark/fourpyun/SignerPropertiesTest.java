package io.github.ampark.fourpyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ampark.core.CallbackVerificationException;
import io.github.ampark.core.Secret;
import io.github.ampark.core.callback.CallbackRequest;
import io.github.ampark.core.signing.Digests;
import io.github.ampark.core.signing.HexCase;
import io.github.ampark.fourpyun.model.GatewayEvent;
import io.github.ampark.fourpyun.model.OpenApiPush;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of every 4pyun signature rule and callback verifier, 1,000 tries each: the order of
 * the fields never matters; sign-then-verify round-trips on arbitrary Unicode, empty values, {@code
 * &}, {@code =}, {@code /}, {@code "} and newlines; changing any one signed field, or the sign,
 * fails; a missing or empty sign fails closed; the caller's data is never modified. Expected
 * signatures come from an independent implementation written here (string building + MD5), never
 * from the production signer.
 */
class SignerPropertiesTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String SECRET = "s3cr3t/&=密钥";
  static final FourPyunSigner SIGNER = FourPyunSigner.of(Secret.of("secret", SECRET));
  static final FourPyunCallbacks CALLBACKS = FourPyunCallbacks.builder().gatewayKey(SECRET).appSecret(SECRET).build();

  // ---- the independent implementation ----

  static String md5(String s) {
    return Digests.md5Hex(s.getBytes(StandardCharsets.UTF_8), HexCase.UPPER);
  }

  /** The form rule: non-empty fields but sign, sorted, k=v&…, then &app_secret=. */
  static String formOracle(Map<String, String> fields) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : new TreeMap<>(fields).entrySet()) {
      if (!e.getKey().equals("sign") && e.getValue() != null && !e.getValue().isEmpty()) {
        sb.append(e.getKey()).append('=').append(e.getValue()).append('&');
      }
    }
    return md5(sb + "app_secret=" + SECRET);
  }

  /** The gateway rule: every field but sign (empty kept), sorted, joined by &, then &key=. */
  static String gatewayOracle(Map<String, String> fields) {
    List<String> pairs = new ArrayList<>();
    for (Map.Entry<String, String> e : new TreeMap<>(fields).entrySet()) {
      if (!e.getKey().equals("sign")) {
        pairs.add(e.getKey() + "=" + (e.getValue() == null ? "" : e.getValue()));
      }
    }
    return md5(String.join("&", pairs) + "&key=" + SECRET);
  }

  // ---- generators ----

  /** Values with anything a value can hold: CJK, emoji, empty, &, =, /, ", newline, CR, %, +. */
  static Arbitrary<String> values() {
    Arbitrary<String> specials = Arbitraries.of("", "&", "=", "/", "\"", "\n", "\r\n", "%", "+", " ", "a=b&c=d", "微信", "😀", "\\");
    Arbitrary<String> unicode = Arbitraries.strings().withCharRange('\u0001', '\uD7FF').ofMaxLength(12);
    Arbitrary<String> mixed = Arbitraries.strings().withChars("&=/\"\n 支付宝ab1%+").ofMaxLength(8);
    return Arbitraries.oneOf(specials, unicode, mixed);
  }

  /** Field names: never {@code sign}, nor the push fields the verifier reads as typed values. */
  static Arbitrary<String> names() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars('_').ofMinLength(1).ofMaxLength(10)
        .filter(n -> !n.equals("sign") && !n.equals("timestamp") && !n.equals("app_id") && !n.equals("service"));
  }

  @Provide
  Arbitrary<Map<String, String>> fields() {
    return Arbitraries.maps(names(), values()).ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<Map<String, String>> nonEmptyFields() {
    return Arbitraries.maps(names(), values().filter(v -> !v.isEmpty())).ofMinSize(1).ofMaxSize(8);
  }

  static Map<String, String> shuffled(Map<String, String> fields, Random random) {
    List<Map.Entry<String, String>> entries = new ArrayList<>(fields.entrySet());
    Collections.shuffle(entries, random);
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : entries) {
      out.put(e.getKey(), e.getValue());
    }
    return out;
  }

  static String formBody(Map<String, String> fields) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : fields.entrySet()) {
      sb.append(sb.length() == 0 ? "" : "&").append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    return sb.toString();
  }

  static CallbackRequest formPush(Map<String, String> fields) {
    return CallbackRequest.builder().contentType("application/x-www-form-urlencoded").body(formBody(fields)).build();
  }

  static CallbackRequest gatewayCall(Map<String, String> fields) throws Exception {
    return CallbackRequest.builder().contentType("application/json;charset=UTF-8").body(JSON.writeValueAsString(fields)).build();
  }

  static Map<String, String> withService(Map<String, String> fields) {
    Map<String, String> all = new TreeMap<>(fields);
    all.put("service", "service.parking.realtime");
    return all;
  }

  // ---- form rule (requests and openapi pushes) ----

  @Property(tries = 1000)
  void formSignatureIsTheIndependentOnesAndIgnoresOrder(@ForAll("fields") Map<String, String> fields, @ForAll Random random) {
    Map<String, String> copy = new TreeMap<>(fields);
    assertThat(SIGNER.formSign(shuffled(fields, random))).isEqualTo(formOracle(fields)).isEqualTo(SIGNER.formSign(fields));
    assertThat(fields).isEqualTo(copy);
  }

  @Property(tries = 1000)
  void aSignedPushRoundTripsThroughTheVerifierUnchanged(@ForAll("fields") Map<String, String> fields, @ForAll Random random) {
    Map<String, String> signed = shuffled(fields, random);
    signed.put("sign", formOracle(fields));
    Map<String, String> before = new LinkedHashMap<>(signed);
    assertThat(SIGNER.verifyForm(signed)).isTrue();
    assertThat(signed).isEqualTo(before);

    CallbackRequest request = formPush(signed);
    String body = request.bodyText();
    OpenApiPush push = CALLBACKS.parseOpenApiPush(request);
    assertThat(push.fields()).isEqualTo(new TreeMap<>(fields));
    assertThat(request.bodyText()).isEqualTo(body);
  }

  @Property(tries = 1000)
  void changingAnyOneSignedFieldOrTheSignFailsTheFormRule(
      @ForAll("nonEmptyFields") Map<String, String> fields, @ForAll Random random) {
    Map<String, String> signed = new TreeMap<>(fields);
    signed.put("sign", formOracle(fields));
    List<String> names = new ArrayList<>(fields.keySet());
    String victim = names.get(random.nextInt(names.size()));
    Map<String, String> tampered = new TreeMap<>(signed);
    tampered.put(victim, fields.get(victim) + "x");
    assertThat(SIGNER.verifyForm(tampered)).isFalse();
    assertThatThrownBy(() -> CALLBACKS.parseOpenApiPush(formPush(tampered))).isInstanceOf(CallbackVerificationException.class);

    Map<String, String> badSign = new TreeMap<>(signed);
    char[] sign = signed.get("sign").toCharArray();
    int at = random.nextInt(sign.length);
    sign[at] = sign[at] == '0' ? '1' : '0';
    badSign.put("sign", new String(sign));
    assertThat(SIGNER.verifyForm(badSign)).isFalse();
  }

  @Property(tries = 1000)
  void aMissingOrEmptySignFailsClosedInTheFormRule(@ForAll("fields") Map<String, String> fields) {
    Map<String, String> unsigned = new TreeMap<>(fields);
    assertThat(SIGNER.verifyForm(unsigned)).isFalse();
    assertThatThrownBy(() -> CALLBACKS.parseOpenApiPush(formPush(unsigned))).isInstanceOf(CallbackVerificationException.class);
    unsigned.put("sign", "");
    assertThat(SIGNER.verifyForm(unsigned)).isFalse();
    assertThatThrownBy(() -> CALLBACKS.parseOpenApiPush(formPush(unsigned))).isInstanceOf(CallbackVerificationException.class);
  }

  // ---- gateway rule (P云 → park callbacks) ----

  @Property(tries = 1000)
  void gatewaySignatureIsTheIndependentOnesAndIgnoresOrder(@ForAll("fields") Map<String, String> fields, @ForAll Random random) {
    Map<String, String> copy = new TreeMap<>(fields);
    assertThat(SIGNER.gatewaySign(shuffled(fields, random))).isEqualTo(gatewayOracle(fields)).isEqualTo(SIGNER.gatewaySign(fields));
    assertThat(fields).isEqualTo(copy);
  }

  @Property(tries = 1000)
  void aSignedGatewayCallRoundTripsThroughTheVerifierUnchanged(
      @ForAll("fields") Map<String, String> fields, @ForAll Random random) throws Exception {
    Map<String, String> all = withService(fields);
    Map<String, String> signed = shuffled(all, random);
    signed.put("sign", gatewayOracle(all));
    Map<String, String> before = new LinkedHashMap<>(signed);
    assertThat(SIGNER.verifyGateway(signed)).isTrue();
    assertThat(signed).isEqualTo(before);

    CallbackRequest request = gatewayCall(signed);
    String body = request.bodyText();
    GatewayEvent event = CALLBACKS.parse(request);
    assertThat(event.fields()).isEqualTo(all);
    assertThat(request.bodyText()).isEqualTo(body);
  }

  @Property(tries = 1000)
  void changingAnyOneFieldOrTheSignFailsTheGatewayRule(@ForAll("fields") Map<String, String> fields, @ForAll Random random)
      throws Exception {
    Map<String, String> all = withService(fields);
    Map<String, String> signed = new TreeMap<>(all);
    signed.put("sign", gatewayOracle(all));
    List<String> names = new ArrayList<>(all.keySet());
    String victim = names.get(random.nextInt(names.size()));
    Map<String, String> tampered = new TreeMap<>(signed);
    tampered.put(victim, all.get(victim) + "x");   // even an empty value is signed by this rule
    assertThat(SIGNER.verifyGateway(tampered)).isFalse();
    assertThatThrownBy(() -> CALLBACKS.parse(gatewayCall(tampered))).isInstanceOf(CallbackVerificationException.class);

    Map<String, String> badSign = new TreeMap<>(signed);
    char[] sign = signed.get("sign").toCharArray();
    int at = random.nextInt(sign.length);
    sign[at] = sign[at] == 'A' ? 'B' : 'A';
    badSign.put("sign", new String(sign));
    assertThat(SIGNER.verifyGateway(badSign)).isFalse();
    assertThatThrownBy(() -> CALLBACKS.parse(gatewayCall(badSign))).isInstanceOf(CallbackVerificationException.class);
  }

  @Property(tries = 1000)
  void aMissingOrEmptySignFailsClosedInTheGatewayRule(@ForAll("fields") Map<String, String> fields) throws Exception {
    Map<String, String> unsigned = withService(fields);
    assertThat(SIGNER.verifyGateway(unsigned)).isFalse();
    assertThatThrownBy(() -> CALLBACKS.parse(gatewayCall(unsigned))).isInstanceOf(CallbackVerificationException.class);
    unsigned.put("sign", "");
    assertThat(SIGNER.verifyGateway(unsigned)).isFalse();
    assertThatThrownBy(() -> CALLBACKS.parse(gatewayCall(unsigned))).isInstanceOf(CallbackVerificationException.class);
  }

  // ---- JSON rule (requests) ----

  @Property(tries = 1000)
  void theJsonSignatureIsTheIndependentOneOverTheExactBytes(@ForAll("fields") Map<String, String> fields) throws Exception {
    String body = JSON.writeValueAsString(fields);
    String expected = md5(body + "&app_secret=" + SECRET);
    assertThat(SIGNER.jsonSign(body)).isEqualTo(expected);
    assertThat(SIGNER.jsonSign(body.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
    assertThat(SIGNER.jsonStringToSign(body)).isEqualTo(body + "&app_secret=" + SECRET);
    // one more byte (whitespace a re-serialisation would add) is another signature
    assertThat(SIGNER.jsonSign(body + " ")).isNotEqualTo(expected);
  }
}
