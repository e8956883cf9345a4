package io.github.ampark.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Answers read without a mapper ({@link JsonTrees}) are the trees Ampark's mapper reads, node for
 * node: the same node classes, the same decimals to the scale ({@code 1.50} against {@code 1.5}),
 * the same field order and duplicate handling, the same missing node for empty input and the same
 * refusal for broken JSON; for the default mapper (trailing zeros stripped) and for one with exact
 * decimals (what {@link VendorSpec.Builder#exactDecimals()} makes).
 */
class JsonTreesMatchJackson {
  static final ObjectMapper STRIPPED = AmparkJson.newMapper();
  static final ObjectMapper EXACT = AmparkJson.newMapper().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  @Provide
  Arbitrary<String> numbers() {
    Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(30);
    Arbitrary<String> ints = Combinators.combine(Arbitraries.of("", "-"), digits)
        .as((sign, d) -> sign + (d.length() > 1 ? d.replaceFirst("^0+(?=.)", "1") : d));
    Arbitrary<String> fractions = Combinators.combine(ints, digits).as((i, f) -> i + "." + f);
    Arbitrary<String> exponents = Combinators.combine(Arbitraries.oneOf(ints, fractions), Arbitraries.of("e", "E", "e+", "e-", "E-"),
        Arbitraries.integers().between(0, 400)).as((m, e, x) -> m + e + x);
    Arbitrary<String> edges = Arbitraries.of("0", "-0", "0.0", "-0.0", "0.00", "1.50", "100", "1e2", "1E+2", "10.0e1", "2147483647",
        "2147483648", "-2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
        "1e-400", "1e400", "123456789012345678901234567890.000", "0.1000000000000000000000", "5e-324", "1.7976931348623157e308");
    return Arbitraries.oneOf(ints, fractions, exponents, edges);
  }

  @Provide
  Arbitrary<String> strings() {
    Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(8).map(JsonTreesMatchJackson::quote);
    Arbitrary<String> escapes = Arbitraries.of("\"\\u4e2d\"", "\"\\ud83d\\ude00\"", "\"\\ud800\"", "\"a\\/b\"", "\"\\n\\t\"", "\"\"", "\"中文\"");
    return Arbitraries.oneOf(text, escapes);
  }

  @Provide
  Arbitrary<String> values() {
    return values(3);
  }

  /** Scalars, and arrays and objects of values nested at most {@code depth} deep. */
  private Arbitrary<String> values(int depth) {
    Arbitrary<String> scalars = Arbitraries.oneOf(numbers(), strings(), Arbitraries.of("true", "false", "null"));
    if (depth == 0) {
      return scalars;
    }
    Arbitrary<String> inner = values(depth - 1);
    Arbitrary<String> arrays = inner.list().ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]");
    Arbitrary<String> objects = Combinators.combine(
            Arbitraries.of("a", "b", "code", "data", "").list().ofMaxSize(5), inner.list().ofSize(5))
        .as((keys, vals) -> {
          StringBuilder b = new StringBuilder("{");
          for (int i = 0; i < keys.size(); i++) {
            b.append(i == 0 ? "" : ",").append('"').append(keys.get(i)).append("\": ").append(vals.get(i));
          }
          return b.append('}').toString();
        });
    return Arbitraries.oneOf(scalars, arrays, objects);
  }

  /** JSON values, and the same with what follows them, around them or cut from them. */
  @Provide
  Arbitrary<String> documents() {
    Arbitrary<String> v = values();
    Arbitrary<String> trailing = Combinators.combine(v, Arbitraries.of(" ", "x", "}", "]", ",1", "{}", " \n"))
        .as((a, b) -> a + b);
    Arbitrary<String> padded = v.map(s -> " \r\n\t" + s + "\n");
    Arbitrary<String> cut = Combinators.combine(v, Arbitraries.integers().between(0, 40))
        .as((s, n) -> s.substring(0, Math.min(s.length(), n)));
    Arbitrary<String> broken = Combinators.combine(v, Arbitraries.integers().between(0, 40), Arbitraries.of("\"", "{", "]", ":", ",", "\\", "\u0001"))
        .as((s, n, c) -> { int at = Math.min(s.length(), n); return s.substring(0, at) + c + s.substring(at); });
    return Arbitraries.oneOf(v, v, trailing, padded, cut, broken, Arbitraries.of("", " ", "\n"));
  }

  @Property(tries = 4000)
  void aDocumentReadsAsTheDefaultMapperReadsIt(@ForAll("documents") String json) {
    assertThat(ours(json, false, true)).isEqualTo(mapper(STRIPPED, json, true));
    assertThat(ours(json, false, false)).isEqualTo(mapper(STRIPPED, json, false));
  }

  @Property(tries = 2000)
  void aDocumentReadsAsAnExactDecimalMapperReadsIt(@ForAll("documents") String json) {
    assertThat(ours(json, true, true)).isEqualTo(mapper(EXACT, json, true));
    assertThat(ours(json, true, false)).isEqualTo(mapper(EXACT, json, false));
  }

  @Property(tries = 2000)
  void everyNumberReadsToTheSameNodeAndScale(@ForAll("numbers") String number) {
    String doc = "{\"n\":" + number + ",\"l\":[" + number + "]}";
    assertThat(ours(doc, false, true)).isEqualTo(mapper(STRIPPED, doc, true));
    assertThat(ours(doc, true, true)).isEqualTo(mapper(EXACT, doc, true));
    assertThat(ours(number, false, true)).isEqualTo(mapper(STRIPPED, number, true));
  }

  @Example
  void decimalsKeepOrLoseTheirTrailingZerosAsTheSpecSays() throws IOException {
    assertThat(JsonTrees.read("{\"a\":1.50}", false).get("a").decimalValue().toString()).isEqualTo("1.5");
    assertThat(JsonTrees.read("{\"a\":1.50}", true).get("a").decimalValue().toString()).isEqualTo("1.50");
    assertThat(JsonTrees.read("{\"a\":0.00}", false).get("a").decimalValue().toString()).isEqualTo("0");
  }

  @Example
  void aRepeatedFieldKeepsItsFirstPlaceAndItsLastValue() throws IOException {
    JsonNode n = JsonTrees.read("{\"a\":1,\"b\":2,\"a\":{\"x\":[3]}}", false);
    assertThat(describe(n)).isEqualTo(describe(STRIPPED.readTree("{\"a\":1,\"b\":2,\"a\":{\"x\":[3]}}")));
    assertThat(n.fieldNames()).toIterable().containsExactly("a", "b");
  }

  @Example
  void deepNestingCostsNoStack() throws IOException {
    // deeper than a recursive reader could go on a small stack, shallower than the parser's limit
    int depth = 400;
    String json = "[".repeat(depth) + "]".repeat(depth);
    JsonNode n = JsonTrees.read(json, false);
    assertThat(describe(n)).isEqualTo(describe(STRIPPED.readTree(json)));
  }

  private static String ours(String json, boolean exact, boolean bytes) {
    try {
      return describe(bytes ? JsonTrees.read(json.getBytes(StandardCharsets.UTF_8), exact) : JsonTrees.read(json, exact));
    } catch (IOException | RuntimeException e) {
      return "refused " + e.getClass().getSimpleName();
    }
  }

  private static String mapper(ObjectMapper m, String json, boolean bytes) {
    try {
      return describe(bytes ? m.readTree(json.getBytes(StandardCharsets.UTF_8)) : m.readTree(json));
    } catch (IOException | RuntimeException e) {
      return "refused " + e.getClass().getSimpleName();
    }
  }

  /** Node classes, decimals with their scale, fields in order: what {@code equals} does not tell apart. */
  static String describe(JsonNode n) {
    StringBuilder b = new StringBuilder();
    describe(n, b);
    return b.toString();
  }

  private static void describe(JsonNode n, StringBuilder b) {
    b.append(n.getClass().getSimpleName()).append('(');
    if (n.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        b.append(quote(e.getKey())).append(':');
        describe(e.getValue(), b);
        b.append(',');
      }
    } else if (n.isArray()) {
      for (JsonNode c : n) {
        describe(c, b);
        b.append(',');
      }
    } else if (n.isBigDecimal()) {
      b.append(n.decimalValue().toString()).append(" scale ").append(n.decimalValue().scale());
    } else if (n.isTextual()) {
      b.append(quote(n.textValue()));
    } else if (!n.isMissingNode()) {
      b.append(n.asText());
    }
    b.append(')');
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
