package io.github.ampark.bolink.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.bolink.BolinkSigner;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotBlank;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The byte-level envelope gives exactly the bytes of the text-level one ({@link
 * BolinkSigner#envelope}, {@link BolinkSigner#cloudBody}) and declines every body that does not
 * decode to text and back unchanged.
 */
class SignedBodiesTest {

  @Property(tries = 2000)
  void theEnvelopeOnBytesIsTheEnvelopeOnText(@ForAll String data, @ForAll @NotBlank String key, @ForAll long unionId) {
    BolinkSigner signer = BolinkSigner.of(key);
    SignedBodies bodies = new SignedBodies(signer);
    byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(bodies.envelope(bytes, null)).isEqualTo(signer.envelope(text).getBytes(StandardCharsets.UTF_8));
    assertThat(bodies.envelope(bytes, unionId)).isEqualTo(("{\"union_id\":" + unionId + ",\"data\":" + text
        + ",\"sign\":\"" + signer.sign(text) + "\"}").getBytes(StandardCharsets.UTF_8));
    assertThat(bodies.cloudBody(bytes)).isEqualTo(signer.cloudBody(text).getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 5000)
  void wellFormedIsWhatTheStrictDecoderAccepts(@ForAll @Size(max = 8) byte[] bytes) {
    assertThat(SignedBodies.isWellFormedUtf8(bytes)).isEqualTo(strictlyDecodes(bytes));
  }

  @Test
  void everyLeadAndContinuationPairIsJudgedAsTheStrictDecoderJudgesIt() {
    for (int a = 0x80; a < 0x100; a++) {
      for (int b = 0; b < 0x100; b++) {
        for (int c : new int[] {0x80, 0xBF, 0x41}) {
          for (int d : new int[] {0x80, 0xBF, 0x41}) {
            byte[] bytes = {(byte) a, (byte) b, (byte) c, (byte) d};
            assertThat(SignedBodies.isWellFormedUtf8(bytes)).as("%02X %02X %02X %02X", a, b, c, d)
                .isEqualTo(strictlyDecodes(bytes));
          }
        }
      }
    }
  }

  @Test
  void declinesDataThatIsNotWellFormedUtf8() {
    SignedBodies bodies = new SignedBodies(BolinkSigner.of("key"));
    assertThat(bodies.envelope(new byte[] {'{', (byte) 0xC0, (byte) 0x80, '}'}, null)).isNull();
    assertThat(bodies.envelope(new byte[] {'{', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '}'}, null)).isNull();
    assertThat(bodies.cloudBody(new byte[] {'{', (byte) 0xE4, '}'})).isNull();
  }

  private static boolean strictlyDecodes(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
