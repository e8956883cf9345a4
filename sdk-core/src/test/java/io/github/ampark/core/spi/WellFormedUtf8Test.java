package io.github.ampark.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** {@link BodyCodec#isWellFormedUtf8} accepts exactly what the JDK's strict UTF-8 decoder accepts. */
class WellFormedUtf8Test {
  @Property(tries = 5000)
  void wellFormedIsWhatTheStrictDecoderAccepts(@ForAll @Size(max = 8) byte[] bytes) {
    assertThat(BodyCodec.isWellFormedUtf8(bytes)).isEqualTo(strictlyDecodes(bytes));
  }

  @Test
  void everyLeadAndContinuationPairIsJudgedAsTheStrictDecoderJudgesIt() {
    for (int a = 0x80; a < 0x100; a++) {
      for (int b = 0; b < 0x100; b++) {
        for (int c : new int[] {0x80, 0xBF, 0x41}) {
          for (int d : new int[] {0x80, 0xBF, 0x41}) {
            byte[] bytes = {(byte) a, (byte) b, (byte) c, (byte) d};
            assertThat(BodyCodec.isWellFormedUtf8(bytes)).as("%02X %02X %02X %02X", a, b, c, d)
                .isEqualTo(strictlyDecodes(bytes));
          }
        }
      }
    }
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
