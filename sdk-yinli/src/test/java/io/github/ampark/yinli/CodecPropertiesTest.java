package io.github.ampark.yinli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.CallbackVerificationException;
import io.github.ampark.core.Secret;
import java.util.Base64;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the codec's signer and verifier over arbitrary content: sign-then-verify round
 * trips, any change to the body or the signature is refused, a missing or empty one fails closed.
 */
class CodecPropertiesTest {
  private static final YinliCodec OURS = TestKeys.ours();
  private static final YinliCodec THEIRS = TestKeys.ecbCodec(TestKeys.THEIRS, TestKeys.OURS).build();
  /** CBC with random IVs and the plaintext signed: the other signed-content path. */
  private static final YinliCodec OURS_PLAIN = TestKeys.ecbCodec(TestKeys.OURS, TestKeys.THEIRS)
      .cipher(YinliCodec.Cipher.aesCbcPkcs5(Secret.of("aesKey", TestKeys.AES_KEY_BASE64), YinliCodec.KeyEncoding.BASE64,
          YinliCodec.IvRule.RANDOM_PREFIX))
      .signedContent(YinliCodec.SignedContent.PLAINTEXT).build();
  private static final YinliCodec THEIRS_PLAIN = TestKeys.ecbCodec(TestKeys.THEIRS, TestKeys.OURS)
      .cipher(YinliCodec.Cipher.aesCbcPkcs5(Secret.of("aesKey", TestKeys.AES_KEY_BASE64), YinliCodec.KeyEncoding.BASE64,
          YinliCodec.IvRule.RANDOM_PREFIX))
      .signedContent(YinliCodec.SignedContent.PLAINTEXT).build();

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        // any Unicode text (lone surrogates excluded: they are not text and do not survive UTF-8)
        Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withCharRange('\uE000', '\uFFFF').ofMaxLength(200),
        Arbitraries.of("\uD83D\uDE00", "中", "a", "\"", "\n").list().ofMaxSize(20).map(l -> String.join("", l)),
        Arbitraries.strings().withChars("&=/\"\\\n\r{}[]:, 中文").ofMaxLength(60),
        Arbitraries.just(""));
  }

  @Property(tries = 1000)
  void whatOneSideSealsTheOtherOpensToTheSameText(@ForAll("texts") String text) {
    YinliCodec.Sealed s = OURS.seal(text);
    assertThat(THEIRS.open(s.body(), s.signature())).isEqualTo(text);
    assertThat(TestKeys.verify(TestKeys.OURS, s.body(), s.signature())).isTrue();
  }

  @Property(tries = 1000)
  void plaintextSignedSealsRoundTripToo(@ForAll("texts") String text) {
    YinliCodec.Sealed s = OURS_PLAIN.seal(text);
    assertThat(THEIRS_PLAIN.open(s.body(), s.signature())).isEqualTo(text);
  }

  @Property(tries = 1000)
  void anyChangedByteOfTheCiphertextIsRefused(@ForAll("texts") String text, @ForAll @IntRange(min = 0, max = 10_000) int where,
      @ForAll @IntRange(min = 1, max = 255) int xor) {
    for (YinliCodec[] pair : new YinliCodec[][] {{OURS, THEIRS}, {OURS_PLAIN, THEIRS_PLAIN}}) {
      YinliCodec.Sealed s = pair[0].seal(text);
      byte[] c = Base64.getDecoder().decode(s.body());
      c[where % c.length] ^= (byte) xor;
      String tampered = Base64.getEncoder().encodeToString(c);
      assertThatThrownBy(() -> pair[1].open(tampered, s.signature())).isInstanceOf(CallbackVerificationException.class);
    }
  }

  @Property(tries = 1000)
  void anyChangedByteOfTheSignatureIsRefused(@ForAll("texts") String text, @ForAll @IntRange(min = 0, max = 10_000) int where,
      @ForAll @IntRange(min = 1, max = 255) int xor) {
    YinliCodec.Sealed s = OURS.seal(text);
    byte[] sig = Base64.getDecoder().decode(s.signature());
    sig[where % sig.length] ^= (byte) xor;
    String tampered = Base64.getEncoder().encodeToString(sig);
    assertThatThrownBy(() -> THEIRS.open(s.body(), tampered)).isInstanceOf(CallbackVerificationException.class);
  }

  @Property(tries = 1000)
  void aMissingOrEmptySignatureOrBodyFailsClosed(@ForAll("texts") String text) {
    YinliCodec.Sealed s = OURS.seal(text);
    assertThatThrownBy(() -> THEIRS.open(s.body(), null)).isInstanceOf(CallbackVerificationException.class);
    assertThatThrownBy(() -> THEIRS.open(s.body(), "")).isInstanceOf(CallbackVerificationException.class);
    assertThatThrownBy(() -> THEIRS.open("", s.signature())).isInstanceOf(CallbackVerificationException.class);
    assertThatThrownBy(() -> THEIRS.open(s.body(), s.signature() + "x")).isInstanceOf(CallbackVerificationException.class);
  }

  @Property(tries = 1000)
  void aSealDoesNotOpenForAnotherMessage(@ForAll("texts") String a, @ForAll("texts") String b) {
    if (a.equals(b)) {
      return;
    }
    YinliCodec.Sealed sa = OURS.seal(a);
    YinliCodec.Sealed sb = OURS.seal(b);
    assertThatThrownBy(() -> THEIRS.open(sa.body(), sb.signature())).isInstanceOf(CallbackVerificationException.class);
  }
}
