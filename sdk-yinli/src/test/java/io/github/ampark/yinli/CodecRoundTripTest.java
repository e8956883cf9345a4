package io.github.ampark.yinli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.CallbackVerificationException;
import io.github.ampark.core.Secret;
import io.github.ampark.core.ValidationException;
import io.github.ampark.yinli.YinliCodec.Cipher;
import io.github.ampark.yinli.YinliCodec.KeyEncoding;
import io.github.ampark.yinli.YinliCodec.SignedContent;
import io.github.ampark.yinli.YinliCodec.TextEncoding;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The codec both ways, for every combination of its choices, and what it refuses. */
class CodecRoundTripTest {
  static final String JSON = "{\"shopCode\":\"S-101\",\"amount\":100.00,\"payNo\":\"P1\",\"remark\":\"中文 & = / \\\" \\n\"}";
  /** The same 16 key bytes in each encoding. */
  static final String[][] KEYS = {
    {"BASE64", TestKeys.AES_KEY_BASE64}, {"HEX", "30313233343536373839616263646566"}, {"RAW", "0123456789abcdef"}
  };

  static Stream<Object[]> combinations() {
    List<Object[]> out = new ArrayList<>();
    for (String[] key : KEYS) {
      KeyEncoding enc = KeyEncoding.valueOf(key[0]);
      Secret k = Secret.of("aesKey", key[1]);
      List<Object[]> ciphers = Arrays.asList(
          new Object[] {"ECB", (BiFunction<Secret, KeyEncoding, Cipher>) Cipher::aesEcbPkcs5},
          new Object[] {"CBC random IV", (BiFunction<Secret, KeyEncoding, Cipher>) (s, e) -> Cipher.aesCbcPkcs5(s, e, YinliCodec.IvRule.RANDOM_PREFIX)},
          new Object[] {"CBC key IV", (BiFunction<Secret, KeyEncoding, Cipher>) (s, e) -> Cipher.aesCbcPkcs5(s, e, YinliCodec.IvRule.FIRST_16_KEY_BYTES)},
          new Object[] {"CBC zero IV", (BiFunction<Secret, KeyEncoding, Cipher>) (s, e) -> Cipher.aesCbcPkcs5(s, e, YinliCodec.IvRule.ZERO)},
          new Object[] {"GCM", (BiFunction<Secret, KeyEncoding, Cipher>) Cipher::aesGcm});
      for (Object[] c : ciphers) {
        for (TextEncoding body : TextEncoding.values()) {
          for (TextEncoding sig : TextEncoding.values()) {
            for (SignedContent signed : SignedContent.values()) {
              @SuppressWarnings("unchecked")
              BiFunction<Secret, KeyEncoding, Cipher> f = (BiFunction<Secret, KeyEncoding, Cipher>) c[1];
              out.add(new Object[] {c[0] + " key " + enc + " body " + body + " sig " + sig + " over " + signed,
                  f.apply(k, enc), body, sig, signed});
            }
          }
        }
      }
    }
    return out.stream();
  }

  static YinliCodec codec(Cipher cipher, TextEncoding body, TextEncoding sig, SignedContent signed,
      java.security.KeyPair own, java.security.KeyPair peer) {
    return YinliCodec.builder().cipher(cipher).bodyText(body)
        .signature(YinliCodec.SignatureScheme.sha256WithRsa(Secret.of("k", TestKeys.privateKey(own)), TestKeys.publicKey(peer)))
        .signatureText(sig).signedContent(signed).version("1.0").corpId("C").appId("A").build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("combinations")
  void whatOneSideSealsTheOtherOpensAndATamperedBodyOrSignatureIsRefused(
      String name, Cipher cipher, TextEncoding body, TextEncoding sig, SignedContent signed) {
    YinliCodec ours = codec(cipher, body, sig, signed, TestKeys.OURS, TestKeys.THEIRS);
    YinliCodec theirs = codec(cipher, body, sig, signed, TestKeys.THEIRS, TestKeys.OURS);

    YinliCodec.Sealed request = ours.seal(JSON);
    assertThat(theirs.open(request.body(), request.signature())).isEqualTo(JSON);
    YinliCodec.Sealed answer = theirs.seal("{\"balance\":1}");
    assertThat(ours.open(answer.body(), answer.signature())).isEqualTo("{\"balance\":1}");

    // our own seal does not open as theirs: the signature needs the other side's key
    assertThatThrownBy(() -> ours.open(request.body(), request.signature())).isInstanceOf(CallbackVerificationException.class);
    // one character of the body changed (within its alphabet)
    assertThatThrownBy(() -> theirs.open(flip(request.body(), body), request.signature()))
        .isInstanceOf(CallbackVerificationException.class);
    // one character of the signature changed
    assertThatThrownBy(() -> theirs.open(request.body(), flip(request.signature(), sig)))
        .isInstanceOf(CallbackVerificationException.class);
    // a signature from another message
    assertThatThrownBy(() -> theirs.open(request.body(), ours.seal("{}").signature()))
        .isInstanceOf(CallbackVerificationException.class);
    assertThatThrownBy(() -> theirs.open(request.body(), "")).isInstanceOf(CallbackVerificationException.class);
    assertThatThrownBy(() -> theirs.open(null, request.signature())).isInstanceOf(CallbackVerificationException.class);
  }

  /** Changes the character in the middle to another one of the same alphabet. */
  static String flip(String text, TextEncoding enc) {
    int i = text.length() / 2;
    char c = text.charAt(i);
    char other = enc == TextEncoding.HEX ? (c == 'a' ? 'b' : 'a') : (c == 'A' ? 'B' : 'A');
    return text.substring(0, i) + other + text.substring(i + 1);
  }

  @Test
  void theEcbSealIsExactlyTheIndependentComputation() {
    YinliCodec.Sealed s = TestKeys.ours().seal(JSON);
    assertThat(s.body()).isEqualTo(TestKeys.encrypt(JSON));
    assertThat(s.signature()).isEqualTo(TestKeys.sign(TestKeys.OURS, TestKeys.encrypt(JSON)));
  }

  @Test
  void plaintextSigningSignsTheJsonBytesAndHexWritesLowerCaseHex() throws Exception {
    YinliCodec c = TestKeys.ecbCodec(TestKeys.OURS, TestKeys.THEIRS)
        .signedContent(SignedContent.PLAINTEXT).signatureText(TextEncoding.HEX).bodyText(TextEncoding.HEX).build();
    YinliCodec.Sealed s = c.seal(JSON);
    byte[] cipher = Base64.getDecoder().decode(TestKeys.encrypt(JSON));
    assertThat(s.body()).isEqualTo(hex(cipher));
    byte[] sig = Base64.getDecoder().decode(TestKeys.sign(TestKeys.OURS, JSON));
    assertThat(s.signature()).isEqualTo(hex(sig));
    assertThat(new String(c.signedBytes(s.body(), JSON), "UTF-8")).isEqualTo(JSON);
  }

  static String hex(byte[] b) {
    StringBuilder sb = new StringBuilder();
    for (byte x : b) {
      sb.append(String.format("%02x", x));
    }
    return sb.toString();
  }

  @Test
  void headersComeInYinliOrderWithAFreshIdAndEpochMillisUnlessReplaced() {
    Clock fixed = Clock.fixed(Instant.parse("2025-04-01T00:00:00Z"), ZoneOffset.UTC);
    Map<String, String> h = TestKeys.ecbCodec(TestKeys.OURS, TestKeys.THEIRS).clock(fixed).build().requestHeaders();
    assertThat(h.keySet()).containsExactly("version", "corpId", "appId", "requestId", "requestTime");
    assertThat(h.get("requestTime")).isEqualTo("1743465600000");
    assertThat(h.get("requestId")).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    Map<String, String> custom = TestKeys.ecbCodec(TestKeys.OURS, TestKeys.THEIRS).clock(fixed)
        .requestIds(() -> "R1").requestTimes(t -> "20250401080000").build().requestHeaders();
    assertThat(custom.get("requestId")).isEqualTo("R1");
    assertThat(custom.get("requestTime")).isEqualTo("20250401080000");
  }

  @Test
  void buildingWithAStepLeftOpenSaysWhatToAskYinli() {
    assertThatThrownBy(() -> YinliCodec.builder().build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("cipher");
          assertThat(e.getMessage()).contains("ask Yinli").contains("AES mode").contains("signedContent").contains("appId");
        });
    YinliCodec.Builder noSignedContent = YinliCodec.builder()
        .cipher(Cipher.aesEcbPkcs5(Secret.of("aesKey", TestKeys.AES_KEY_BASE64), KeyEncoding.BASE64))
        .bodyText(TextEncoding.BASE64)
        .signature(YinliCodec.SignatureScheme.sha256WithRsa(Secret.of("k", TestKeys.privateKey(TestKeys.OURS)), TestKeys.publicKey(TestKeys.THEIRS)))
        .signatureText(TextEncoding.BASE64).version("1.0").corpId("C").appId("A");
    assertThatThrownBy(noSignedContent::build)
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("signedContent"));
  }

  @Test
  void malformedKeysAreRefusedNamingTheSettingWithoutEchoingTheKey() {
    assertThatThrownBy(() -> Cipher.aesEcbPkcs5(Secret.of("aesKey", "c2VjcmV0LWtleQ=="), KeyEncoding.BASE64))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("aesKey");
          assertThat(e.getMessage()).doesNotContain("c2VjcmV0LWtleQ==").contains("16, 24 or 32");
        });
    assertThatThrownBy(() -> Cipher.aesEcbPkcs5(Secret.of("aesKey", "zz-not-hex"), KeyEncoding.HEX))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage()).doesNotContain("zz-not-hex"));
    assertThatThrownBy(() -> YinliCodec.SignatureScheme.sha256WithRsa(Secret.of("k", "bm90IGEga2V5"), TestKeys.publicKey(TestKeys.THEIRS)))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("ownPrivateKey");
          assertThat(e.getMessage()).doesNotContain("bm90IGEga2V5");
        });
    assertThatThrownBy(() -> YinliCodec.SignatureScheme.sha256WithRsa(Secret.of("k", TestKeys.privateKey(TestKeys.OURS)), "bm90"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("peerPublicKey"));
  }

  @Test
  void pemKeysAreReadLikeBase64() {
    String pem = "-----BEGIN PRIVATE KEY-----\n" + TestKeys.privateKey(TestKeys.OURS).replaceAll("(.{64})", "$1\n")
        + "\n-----END PRIVATE KEY-----\n";
    YinliCodec c = TestKeys.ecbCodec(TestKeys.OURS, TestKeys.THEIRS)
        .signature(YinliCodec.SignatureScheme.sha256WithRsa(Secret.of("k", pem), TestKeys.publicKey(TestKeys.THEIRS))).build();
    assertThat(c.seal(JSON).signature()).isEqualTo(TestKeys.sign(TestKeys.OURS, TestKeys.encrypt(JSON)));
  }

  @Test
  void headerSettingsRefuseControlCharactersWithoutEchoingThem() {
    assertThatThrownBy(() -> YinliCodec.builder().appId("APP\r\nX-Evil: 1"))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("appId");
          assertThat(e.getMessage()).doesNotContain("Evil").contains("CR");
        });
  }

  @Test
  void neitherTheCodecNorASealPrintsAKey() {
    YinliCodec c = TestKeys.ours();
    assertThat(c.toString()).doesNotContain(TestKeys.AES_KEY_BASE64).doesNotContain(TestKeys.privateKey(TestKeys.OURS).substring(0, 40))
        .contains("AES/ECB/PKCS5Padding").contains("SHA256withRSA");
    assertThat(c.seal(JSON).toString()).doesNotContain(TestKeys.encrypt(JSON));
  }
}
