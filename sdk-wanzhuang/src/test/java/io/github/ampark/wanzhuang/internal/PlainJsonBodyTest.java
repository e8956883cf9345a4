package io.github.ampark.wanzhuang.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ampark.core.spi.AmparkJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Request bodies written directly are the bytes the client's mapper writes for the same members. */
class PlainJsonBodyTest {
  private static final ObjectMapper MAPPER = AmparkJson.newMapper();

  @Property(tries = 2000)
  void directBytesAreTheMappersBytes(@ForAll("members") Map<String, Object> members) throws Exception {
    byte[] direct = Bodies.plainJson(members);
    if (direct != null) {
      assertThat(direct).isEqualTo(MAPPER.writeValueAsBytes(members));
    }
  }

  @Test
  void everyCharacterWrittenDirectlyIsWrittenAsTheMapperWritesIt() throws Exception {
    StringBuilder all = new StringBuilder();
    for (int c = 0x20; c <= 0xFFFF; c++) {
      if (!Character.isSurrogate((char) c)) {
        all.append((char) c);
      }
    }
    Map<String, Object> members = new LinkedHashMap<>();
    members.put(all.toString(), all.toString());
    members.put("n", Long.MIN_VALUE);
    members.put("list", new ArrayList<>(java.util.Arrays.asList("1", "\"2\"", 3)));
    members.put("empty", Collections.emptyList());
    assertThat(Bodies.plainJson(members)).isNotNull().isEqualTo(MAPPER.writeValueAsBytes(members));
  }

  @Test
  void leavesToTheMapperWhatItEscapesOrWritesOtherwise() {
    for (Object v : new Object[] {"a\nb", "\u0001", "\uD83D\uDE97", "\uD83D", null, 1.5d, true, new java.math.BigDecimal("1.0")}) {
      Map<String, Object> members = new LinkedHashMap<>();
      members.put("k", v);
      assertThat(Bodies.plainJson(members)).as(String.valueOf(v)).isNull();
    }
  }

  @Provide
  Arbitrary<Map<String, Object>> members() {
    Arbitrary<String> texts = Arbitraries.strings().withCharRange(' ', '\u07ff').withChars("中文\"\\/\u2028\uFFFF\n").ofMaxLength(10);
    Arbitrary<Object> scalars = Arbitraries.oneOf(texts.map(s -> (Object) s), Arbitraries.longs().map(l -> (Object) l),
        Arbitraries.integers().map(i -> (Object) i));
    Arbitrary<Object> values = Arbitraries.oneOf(scalars, scalars.list().ofMaxSize(3).map(l -> (Object) new ArrayList<>(l)));
    return Arbitraries.maps(texts, values).ofMaxSize(6).map(m -> {
      Map<String, Object> ordered = new LinkedHashMap<>();
      List<String> keys = new ArrayList<>(m.keySet());
      for (String k : keys) {
        ordered.put(k, m.get(k));
      }
      return ordered;
    });
  }
}
