package io.github.ampark.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link JsonStrings.Style#JACKSON} writes a string exactly as Ampark's mapper writes it to UTF-8
 * bytes, and {@link JsonStrings.Style#JACKSON_TEXT} as it writes it to a {@code String}: control characters, quotes, backslashes, C1 characters, line separators, paired and
 * unpaired surrogates, Chinese text.
 */
class JsonStringsJacksonStyleMatchJackson {
  static final ObjectMapper MAPPER = AmparkJson.newMapper();

  @Provide
  Arbitrary<String> strings() {
    Arbitrary<Character> edgy = Arbitraries.of('"', '\\', '/', '\b', '\f', '\n', '\r', '\t', '\u0000', '\u001f', '\u007f',
        '\u0085', '\u2028', '\u2029', '\ud83d', '\ude00', '京', 'é', 'a', ' ');
    Arbitrary<Character> any = Arbitraries.chars().all();
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, edgy), net.jqwik.api.Tuple.of(1, any))
        .list().ofMaxSize(24).map(cs -> {
          StringBuilder sb = new StringBuilder();
          cs.forEach(sb::append);
          return sb.toString();
        });
  }

  @Property(tries = 3000)
  void theJacksonStyleWritesWhatTheMappersUtf8WriterWrites(@ForAll("strings") String s) throws Exception {
    StringBuilder sb = new StringBuilder();
    JsonStrings.append(sb, s, JsonStrings.Style.JACKSON);
    assertThat(sb.toString().getBytes(StandardCharsets.UTF_8)).isEqualTo(MAPPER.writeValueAsBytes(s));
  }

  @Property(tries = 3000)
  void theJacksonTextStyleWritesWhatTheMappersStringWriterWrites(@ForAll("strings") String s) throws Exception {
    StringBuilder sb = new StringBuilder();
    JsonStrings.append(sb, s, JsonStrings.Style.JACKSON_TEXT);
    assertThat(sb.toString()).isEqualTo(MAPPER.writeValueAsString(s));
  }

  @Example
  void theTextStyleKeepsSurrogatesAndSeparatorsAsTheyAre() {
    StringBuilder sb = new StringBuilder();
    JsonStrings.append(sb, "😀\ud83d\u2028\u007f\b\u0001", JsonStrings.Style.JACKSON_TEXT);
    assertThat(sb).hasToString("\"😀\ud83d\u2028\u007f\\b\\u0001\"");
  }

  @Example
  void aSurrogatePairIsTwoUpperCaseEscapesAndControlsUseShortFormsWhereJsonHasThem() {
    StringBuilder sb = new StringBuilder();
    JsonStrings.append(sb, "😀\b\f\u0001京/", JsonStrings.Style.JACKSON);
    assertThat(sb).hasToString("\"\\uD83D\\uDE00\\b\\f\\u0001京/\"");
  }
}
