package io.github.ampark.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonStringsTest {
  private static String write(String s, JsonStrings.Style style) {
    StringBuilder sb = new StringBuilder();
    JsonStrings.append(sb, s, style);
    return sb.toString();
  }

  @Test
  void minimalEscapesOnlyWhatJsonRequiresWithLowerCaseHex() {
    assertThat(write("a\"b\\c\n\r\t\b\f\u001f\u007f\u2028中", JsonStrings.Style.MINIMAL))
        .isEqualTo("\"a\\\"b\\\\c\\n\\r\\t\\u0008\\u000c\\u001f\u007f\u2028中\"");
  }

  @Test
  void fastjsonStyleAlsoEscapesBackspaceFormFeedC1AndLineSeparatorsInUpperCaseHex() {
    assertThat(write("a\"b\\c\n\r\t\b\f\u001f\u007f\u009f\u2028\u2029中\uD83D\uDE00", JsonStrings.Style.FASTJSON))
        .isEqualTo("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u001F\\u007F\\u009F\\u2028\\u2029中\uD83D\uDE00\"");
  }

  @Test
  void fastjsonStyleRefusesAnUnpairedSurrogate() {
    assertThatThrownBy(() -> write("x\uD83D", JsonStrings.Style.FASTJSON))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unpaired surrogate at 1");
    assertThat(write("x\uD83D", JsonStrings.Style.MINIMAL)).isEqualTo("\"x\uD83D\"");
  }
}
