package io.github.ampark.core.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of core's signing primitives, each over at least 1,000 generated cases. Expected
 * values come from implementations written here (a TreeMap join, HMAC from its RFC 2104 formula),
 * never from the code under test.
 */
class SigningPrimitivesProperties {
  static final int TRIES = 1000;
  static final Canonicalizer FORM = Canonicalizer.builder().build();
  static final Canonicalizer CONCAT = Canonicalizer.builder().pairSeparator("").keyValueSeparator("").build();

  /** Text with everything that breaks naive signers: Unicode (astral too), empty, & = / " newline. */
  @Provide
  Arbitrary<String> nasty() {
    Arbitrary<String> unicode = Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
        .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
        .list().ofMaxSize(12)
        .map(cps -> cps.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
    Arbitrary<String> specials = Arbitraries.strings().withChars("&=/\"\n\r %+中€\\").ofMaxLength(8);
    return Arbitraries.oneOf(unicode, specials, Arbitraries.just(""));
  }

  @Provide
  Arbitrary<Map<String, String>> params() {
    return Arbitraries.maps(nasty().filter(k -> !k.isEmpty()), nasty()).ofMaxSize(8);
  }

  static String expectedForm(Map<String, String> params) {
    TreeMap<String, String> sorted = new TreeMap<>(SigningPrimitivesProperties::byUtf8Bytes);
    sorted.putAll(params);
    StringBuilder sb = new StringBuilder();
    sorted.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "&").append(k).append('=').append(v));
    return sb.toString();
  }

  /** Independent order: unsigned comparison of UTF-8 bytes. */
  static int byUtf8Bytes(String a, String b) {
    byte[] x = a.getBytes(StandardCharsets.UTF_8);
    byte[] y = b.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = Integer.compare(x[i] & 0xff, y[i] & 0xff);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  static Map<String, String> shuffled(Map<String, String> params, long seed) {
    List<String> keys = new ArrayList<>(params.keySet());
    Collections.shuffle(keys, new Random(seed));
    Map<String, String> out = new LinkedHashMap<>();
    for (String k : keys) {
      out.put(k, params.get(k));
    }
    return out;
  }

  static String hmacSha256ByFormula(byte[] key, byte[] message) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    if (key.length > 64) {
      key = sha.digest(key);
    }
    byte[] k = new byte[64];
    System.arraycopy(key, 0, k, 0, key.length);
    byte[] inner = new byte[64];
    byte[] outer = new byte[64];
    for (int i = 0; i < 64; i++) {
      inner[i] = (byte) (k[i] ^ 0x36);
      outer[i] = (byte) (k[i] ^ 0x5c);
    }
    sha.update(inner);
    byte[] h1 = sha.digest(message);
    sha.update(outer);
    byte[] h2 = sha.digest(h1);
    StringBuilder hex = new StringBuilder();
    for (byte b : h2) {
      hex.append(String.format("%02x", b & 0xff));
    }
    return hex.toString();
  }

  @Property(tries = TRIES)
  void parameterOrderNeverChangesTheStringToSign(@ForAll("params") Map<String, String> params, @ForAll long seed) {
    assertThat(FORM.canonicalize(shuffled(params, seed))).isEqualTo(FORM.canonicalize(params));
    assertThat(CONCAT.canonicalize(shuffled(params, seed), "S", "S")).isEqualTo(CONCAT.canonicalize(params, "S", "S"));
    assertThat(FORM.canonicalize(new HashMap<>(params))).isEqualTo(FORM.canonicalize(params));
  }

  @Property(tries = TRIES)
  void theStringToSignIsTheSortedJoinByteForByte(@ForAll("params") Map<String, String> params) {
    assertThat(FORM.canonicalize(params)).isEqualTo(expectedForm(params));
  }

  @Property(tries = TRIES)
  void signThenVerifyRoundTripsOnAnyText(@ForAll("params") Map<String, String> params, @ForAll("nasty") String secret,
      @ForAll long seed) {
    String signed = Digests.hmacSha256Hex(secret, FORM.canonicalize(params), HexCase.LOWER);
    // the receiver rebuilds the string from the fields in whatever order they arrived
    String recomputed = Digests.hmacSha256Hex(secret, FORM.canonicalize(shuffled(params, seed)), HexCase.UPPER);
    assertThat(ConstantTime.equalsIgnoreCase(recomputed, signed)).isTrue();
  }

  @Property(tries = TRIES)
  void changingAnyOneValueChangesTheStringAndTheSignature(@ForAll("params") Map<String, String> params,
      @ForAll("nasty") String newValue, @ForAll @IntRange(min = 0, max = 7) int which) {
    Assume.that(!params.isEmpty());
    String key = new ArrayList<>(params.keySet()).get(which % params.size());
    Assume.that(!params.get(key).equals(newValue));
    Map<String, String> changed = new LinkedHashMap<>(params);
    changed.put(key, newValue);
    for (Canonicalizer c : new Canonicalizer[] {FORM, CONCAT}) {
      assertThat(c.canonicalize(changed)).isNotEqualTo(c.canonicalize(params));
    }
    assertThat(Digests.hmacSha256Hex("k", FORM.canonicalize(changed), HexCase.LOWER))
        .isNotEqualTo(Digests.hmacSha256Hex("k", FORM.canonicalize(params), HexCase.LOWER));
  }

  @Property(tries = TRIES)
  void hmacMatchesRfc2104ComputedByHand(@ForAll("nasty") String key, @ForAll("nasty") String text) throws Exception {
    byte[] k = key.getBytes(StandardCharsets.UTF_8);
    byte[] m = text.getBytes(StandardCharsets.UTF_8);
    String expected = hmacSha256ByFormula(k, m);
    assertThat(Digests.hmacSha256Hex(key, text, HexCase.LOWER)).isEqualTo(expected);
    assertThat(Digests.hmacSha256Hex(k, m, HexCase.UPPER)).isEqualTo(expected.toUpperCase(java.util.Locale.ROOT));
  }

  @Property(tries = TRIES)
  void digestsHexEncodeTheJdkDigestOfUtf8(@ForAll("nasty") String text) throws Exception {
    byte[] md5 = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
    byte[] sha = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    assertThat(Digests.md5Hex(text, HexCase.LOWER)).isEqualTo(String.format("%032x", new java.math.BigInteger(1, md5)));
    assertThat(Digests.sha256Hex(text, HexCase.UPPER)).isEqualTo(String.format("%064X", new java.math.BigInteger(1, sha)));
  }

  @Property(tries = TRIES)
  void constantTimeEqualsAgreesWithEqualsEvenOnBrokenUtf16(@ForAll String a, @ForAll String b) {
    assertThat(ConstantTime.equals(a, b)).isEqualTo(a.equals(b));
    assertThat(ConstantTime.equals(a, a)).isTrue();
    assertThat(ConstantTime.equals(a, null)).isFalse();
  }

  @Property(tries = TRIES)
  void oneFlippedCharacterOfASignatureFailsVerification(@ForAll("nasty") String text,
      @ForAll @IntRange(min = 0, max = 63) int position) {
    String sign = Digests.hmacSha256Hex("secret", text, HexCase.LOWER);
    char c = sign.charAt(position);
    String forged = sign.substring(0, position) + (c == '0' ? '1' : '0') + sign.substring(position + 1);
    assertThat(ConstantTime.equalsIgnoreCase(sign, forged)).isFalse();
    assertThat(ConstantTime.equalsIgnoreCase(sign, sign.toUpperCase(java.util.Locale.ROOT))).isTrue();
    assertThat(ConstantTime.equalsIgnoreCase(sign, "")).isFalse();
    assertThat(ConstantTime.equalsIgnoreCase(sign, sign.substring(1))).isFalse();
  }
}
