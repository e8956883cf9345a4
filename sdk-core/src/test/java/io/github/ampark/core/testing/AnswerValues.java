package io.github.ampark.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ampark.core.AmparkException;
import io.github.ampark.core.spi.AmparkJson;
import io.github.ampark.core.spi.DataReader;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Test fixtures for {@link DataReader}s: JSON values of every kind a vendor has sent or might
 * (numbers as text, padded, signed, with fractions and exponents, out of range, in other scripts;
 * blanks; booleans; objects and arrays), objects built from them, and the differential check that
 * a reader gives what Jackson's binding gives.
 */
public final class AnswerValues {
  /** The mapper every vendor's answers are bound with. */
  public static final ObjectMapper MAPPER = AmparkJson.newMapper();

  private static final String DIGITS_1000 = "1" + new String(new char[999]).replace('\0', '0');
  /** Shrinking goes towards the first: short, common values first, so a failure reads easily. */
  private static final List<String> EDGES = Arrays.asList(
      "null", "\"5.e2\"", "\"-0.E5\"", "\"1.e\"", "\"+.5\"", "\"1e2.5\"",
      "\"\"", "\"  \"", "\" \\t\\n\"", "\"abc\"", "\"粤B12345\"", "0", "-0", "12", "-12", "\"12\"", "\" 12 \"",
      "\"12\\n\"", "\"+12\"", "\"-0\"", "\"012\"", "\"- 1\"", "\"++1\"", "1.5", "-1.5", "-0.5", "0.5", "1e3", "1E+3",
      "1.0", "0.1e-3", "1e-7", "\"1.5\"", "\"1e3\"", "\".5\"", "\"5.\"", "\"1.5e\"", "\"e5\"", "\"-\"", "\".\"",
      "9223372036854775807", "-9223372036854775808", "9223372036854775808", "-9223372036854775809",
      "9223372036854775807.5", "9223372036854775808.5", "-9223372036854775808.9", "\"9223372036854775807\"",
      "\"9223372036854775808\"", "2147483647", "2147483648", "-2147483648", "-2147483649", "2147483647.9",
      "\"2147483648\"", "123456789012345678901234567890", "1e19", "1.5e400", "true", "false", "\"true\"",
      "\"false\"", "{}", "[]", "[1]", "[\"x\"]", "[null]", "{\"a\":1}", "\"0x10\"", "\"1_000\"", "\"١٢\"",
      "\"１２\"", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"\\u00a012\"", "\"12 34\"", "\"1,000\"",
      "\"1000000000000000000000000\"", "\"1e400\"",
      "\"" + DIGITS_1000 + "\"", "\"" + DIGITS_1000 + "0\"", "\" " + DIGITS_1000 + " \"", "\"0." + DIGITS_1000 + "\"");

  private AnswerValues() {}

  /** @return JSON value texts: the known edges, random numbers of every shape, and random text */
  public static Arbitrary<String> values() {
    Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(22);
    Arbitrary<String> numberText = Combinators.combine(
            Arbitraries.of("", "-", "+"), digits, Arbitraries.of("", ".", ".5", ".25", ".000"),
            Arbitraries.of("", "e2", "E-3", "e+25", "e400"), Arbitraries.of("", " ", "\\t", "\\n"))
        .as((sign, d, frac, exp, pad) -> pad + sign + d + frac + exp + pad);
    Arbitrary<String> quoted = numberText.map(t -> "\"" + t + "\"");
    Arbitrary<String> bare = Combinators.combine(
            Arbitraries.of("", "-"), digits.map(d -> d.replaceFirst("^0+(?=.)", "")),
            Arbitraries.of("", ".5", ".0", ".123456789"), Arbitraries.of("", "e2", "E-3", "e+18", "e400"))
        .as((sign, d, frac, exp) -> sign + d + frac + exp);
    Arbitrary<String> words = Arbitraries.strings().all().ofMaxLength(8).map(s -> MAPPER.getNodeFactory().textNode(s).toString());
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.of(EDGES)),
        net.jqwik.api.Tuple.of(3, quoted),
        net.jqwik.api.Tuple.of(3, bare),
        net.jqwik.api.Tuple.of(1, words));
  }

  /**
   * Objects over the given field names, each field missing or holding one of {@link #values()}.
   *
   * @param fields field names
   * @return objects
   */
  public static Arbitrary<JsonNode> objects(String... fields) {
    Arbitrary<String> maybe = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just((String) null)), net.jqwik.api.Tuple.of(5, values()));
    return maybe.list().ofSize(fields.length).map(vs -> {
      StringBuilder sb = new StringBuilder("{");
      for (int i = 0; i < fields.length; i++) {
        if (vs.get(i) != null) {
          sb.append(sb.length() > 1 ? "," : "").append(MAPPER.getNodeFactory().textNode(fields[i])).append(':').append(vs.get(i));
        }
      }
      return tree(sb.append('}').toString());
    });
  }

  /**
   * @param json JSON text
   * @return its tree, as the pipeline parses answers
   */
  public static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(json, e);
    }
  }

  /**
   * What reading gave: a value, or that it refused (what the pipeline turns into a {@code
   * ResponseFormatException}).
   *
   * @param read the reading
   * @return the value, or {@link #REFUSED}
   */
  public static Object outcome(Reading read) {
    try {
      return read.read();
    } catch (IOException | IllegalArgumentException | AmparkException e) {
      return REFUSED;
    }
  }

  /** The outcome of a refused reading. */
  public static final Object REFUSED = new Object() {
    @Override
    public String toString() {
      return "REFUSED";
    }
  };

  /** A reading that may refuse. */
  @FunctionalInterface
  public interface Reading {
    /** @return the value @throws IOException when Jackson refuses */
    Object read() throws IOException;
  }

  /**
   * Asserts that the reader gives what Jackson's binding to {@code type} gives for {@code data}:
   * an equal value, or a refusal on both sides.
   *
   * @param type the result type
   * @param reader the hand-written reader
   * @param data the answer's data
   */
  public static void assertReadsAsJackson(Class<?> type, DataReader<?> reader, JsonNode data) {
    assertReadsAsJackson(MAPPER.constructType(type), reader, data);
  }

  /**
   * @param type the result type
   * @param reader the hand-written reader
   * @param data the answer's data
   */
  public static void assertReadsAsJackson(JavaType type, DataReader<?> reader, JsonNode data) {
    Object jackson = outcome(() -> MAPPER.readerFor(type).readValue(MAPPER.treeAsTokens(data)));
    Object mine = outcome(() -> reader.read(data));
    assertThat(mine).as("%s read from %s", type, data).isEqualTo(jackson);
  }
}
