package io.github.ampark.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A generator of {@link AmparkJson#newFactory()} writes the bytes a generator of {@link
 * AmparkJson#newMapper()} writes, for any text (non-ASCII raw, {@code /} as it is, controls and
 * lone surrogates as the mapper escapes them), decimals (plain notation, scale kept) and integers.
 */
class AmparkJsonFactoryMatchJackson {
  static final ObjectMapper MAPPER = AmparkJson.newMapper();
  static final JsonFactory FACTORY = AmparkJson.newFactory();

  @Provide
  Arbitrary<List<Object>> values() {
    Arbitrary<Object> text = Arbitraries.strings().all().ofMaxLength(10).map(s -> (Object) s);
    Arbitrary<Object> special = Arbitraries.of("a/b", "中文", "\u2028", "\u007f", "\ud800", "\"\\", "\u0000\u001f").map(s -> (Object) s);
    Arbitrary<Object> decimals = Arbitraries.bigDecimals().between(new BigDecimal("-1e12"), new BigDecimal("1e12")).ofScale(4)
        .map(d -> (Object) d);
    Arbitrary<Object> scaled = Arbitraries.of(new BigDecimal("1E+10"), new BigDecimal("1.50"), new BigDecimal("0.00"),
        new BigDecimal("1E-7"), new BigDecimal(new BigInteger("12345"), -3)).map(d -> (Object) d);
    Arbitrary<Object> longs = Arbitraries.longs().map(l -> (Object) l);
    return Arbitraries.oneOf(text, special, decimals, scaled, longs).list().ofMaxSize(8);
  }

  @Property(tries = 2000)
  void bothGeneratorsWriteTheSameBytes(@ForAll("values") List<Object> values) throws IOException {
    assertThat(write(FACTORY, null, values)).isEqualTo(write(null, MAPPER, values));
  }

  private static String write(JsonFactory factory, ObjectMapper mapper, List<Object> values) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = factory != null ? factory.createGenerator(out, JsonEncoding.UTF8)
        : mapper.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      int i = 0;
      for (Object v : values) {
        g.writeFieldName(v instanceof String ? (String) v : "f" + i++);
        if (v instanceof String) {
          g.writeString((String) v);
        } else if (v instanceof BigDecimal) {
          g.writeNumber((BigDecimal) v);
        } else {
          g.writeNumber((Long) v);
        }
      }
      g.writeEndObject();
    }
    return new String(out.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}
