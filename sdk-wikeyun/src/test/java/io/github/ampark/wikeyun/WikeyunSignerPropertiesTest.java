package io.github.ampark.wikeyun;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.core.callback.CallbackRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of {@link WikeyunSigner} and of the callback verifier built on it ({@link
 * CallbackSignatureVerifier#requestRule}), 1,000 tries each, over arbitrary Unicode, empty values
 * and the characters that break naive encoders ({@code & = / " \n}).
 */
class WikeyunSignerPropertiesTest {
  static final WikeyunSigner SIGNER = WikeyunSigner.of("testsecret");
  static final CallbackSignatureVerifier VERIFIER = CallbackSignatureVerifier.requestRule(SIGNER);
  static final CallbackRequest ANY_REQUEST = CallbackRequest.builder().build();

  /**
   * Well-formed Unicode only: a lone surrogate has no UTF-8 form (Java writes {@code ?}), so no
   * vendor could receive it; with it the byte order of the oracle and the code-point order of the
   * signer could differ, which says nothing about real traffic.
   */
  static boolean wellFormed(String s) {
    return s.equals(new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
  }

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(20),
        Arbitraries.strings().withChars("&=/\"\n\r %+中文\uD83D\uDE00").ofMaxLength(12),
        Arbitraries.just(""))
        .filter(WikeyunSignerPropertiesTest::wellFormed);
  }

  @Provide
  Arbitrary<Map<String, String>> fields() {
    Arbitrary<String> names = Arbitraries.oneOf(
        Arbitraries.strings().alpha().numeric().withChars("_").ofMinLength(1).ofMaxLength(12),
        Arbitraries.strings().all().ofMinLength(1).ofMaxLength(8))
        .filter(n -> !n.equals(WikeyunSigner.SIGN) && wellFormed(n));
    return Arbitraries.maps(names, values()).ofMinSize(1).ofMaxSize(8).map(LinkedHashMap::new);
  }

  @Property(tries = 1000)
  void parameterOrderNeverChangesTheSignature(@ForAll("fields") Map<String, String> fields, @ForAll long seed) {
    List<Map.Entry<String, String>> entries = new ArrayList<>(fields.entrySet());
    Collections.shuffle(entries, new java.util.Random(seed));
    Map<String, String> shuffled = new LinkedHashMap<>();
    entries.forEach(e -> shuffled.put(e.getKey(), e.getValue()));
    assertThat(SIGNER.sign(shuffled)).isEqualTo(SIGNER.sign(fields));
  }

  @Property(tries = 1000)
  void signThenVerifyRoundTripsAndTheSignerAgreesWithTheIndependentOracle(@ForAll("fields") Map<String, String> fields) {
    Map<String, String> signed = SIGNER.signed(fields);
    assertThat(SIGNER.verify(signed)).isTrue();
    assertThat(VERIFIER.isAuthentic(Collections.unmodifiableMap(signed), ANY_REQUEST)).isTrue();
    assertThat(signed.get(WikeyunSigner.SIGN)).isEqualTo(Wire.oracleSign("testsecret", fields));
  }

  @Provide
  Arbitrary<Object[]> fieldsAndChange() {
    return Combinators.combine(fields(), Arbitraries.integers().between(0, 7), values())
        .as((f, i, v) -> new Object[] {f, i, v});
  }

  @Property(tries = 1000)
  void changingAnySignedFieldFailsVerification(@ForAll("fieldsAndChange") Object[] input) {
    @SuppressWarnings("unchecked")
    Map<String, String> fields = (Map<String, String>) input[0];
    Map<String, String> signed = SIGNER.signed(fields);
    List<String> names = new ArrayList<>(fields.keySet());
    String name = names.get((Integer) input[1] % names.size());
    String changed = (String) input[2];
    if (changed.equals(fields.get(name))) {
      changed = changed + "x";
    }
    signed.put(name, changed);
    assertThat(SIGNER.verify(signed)).isFalse();
    assertThat(VERIFIER.isAuthentic(signed, ANY_REQUEST)).isFalse();
  }

  @Property(tries = 1000)
  void changingTheSignFailsVerification(@ForAll("fields") Map<String, String> fields, @ForAll @IntRange(min = 0, max = 31) int at) {
    Map<String, String> signed = SIGNER.signed(fields);
    char[] sign = signed.get(WikeyunSigner.SIGN).toCharArray();
    sign[at] = sign[at] == '0' ? '1' : '0';
    signed.put(WikeyunSigner.SIGN, new String(sign));
    assertThat(SIGNER.verify(signed)).isFalse();
  }

  @Property(tries = 1000)
  void aMissingOrEmptySignFailsClosed(@ForAll("fields") Map<String, String> fields, @ForAll boolean empty) {
    Map<String, String> unsigned = new LinkedHashMap<>(fields);
    if (empty) {
      unsigned.put(WikeyunSigner.SIGN, "");
    }
    assertThat(SIGNER.verify(unsigned)).isFalse();
    assertThat(VERIFIER.isAuthentic(unsigned, ANY_REQUEST)).isFalse();
  }

  @Property(tries = 1000)
  void signingAndVerificationNeverChangeTheCallersData(@ForAll("fields") Map<String, String> fields) {
    Map<String, String> before = new LinkedHashMap<>(fields);
    Map<String, String> signed = SIGNER.signed(fields);
    Map<String, String> signedBefore = new LinkedHashMap<>(signed);
    SIGNER.sign(fields);
    SIGNER.stringToSign(fields);
    SIGNER.verify(signed);
    SIGNER.verify(fields);
    VERIFIER.isAuthentic(Collections.unmodifiableMap(signed), ANY_REQUEST);
    assertThat(fields).containsExactlyEntriesOf(before);
    assertThat(signed).containsExactlyEntriesOf(signedBefore);
  }
}
