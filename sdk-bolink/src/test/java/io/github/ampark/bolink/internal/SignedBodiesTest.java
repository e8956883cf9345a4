package io.github.ampark.bolink.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.bolink.BolinkSigner;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotBlank;
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

  @Test
  void declinesDataThatIsNotWellFormedUtf8() {
    SignedBodies bodies = new SignedBodies(BolinkSigner.of("key"));
    assertThat(bodies.envelope(new byte[] {'{', (byte) 0xC0, (byte) 0x80, '}'}, null)).isNull();
    assertThat(bodies.envelope(new byte[] {'{', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '}'}, null)).isNull();
    assertThat(bodies.cloudBody(new byte[] {'{', (byte) 0xE4, '}'})).isNull();
  }
}
