package io.github.ampark.bolink.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.ampark.bolink.model.JsonScalar;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link JsonText#utf8} is exactly {@code JsonText.write(v).getBytes(UTF_8)}, refusals included. */
class JsonTextUtf8Test {

  @Property(tries = 3000)
  void bytesAreTheTextsUtf8(@ForAll("data") Map<String, Object> data) {
    Throwable textError = catchThrowable(() -> JsonText.write(data));
    if (textError != null) {
      assertThat(catchThrowable(() -> JsonText.utf8(data))).isInstanceOf(textError.getClass()).hasMessage(textError.getMessage());
    } else {
      assertThat(JsonText.utf8(data)).isEqualTo(JsonText.write(data).getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void everyBasicPlaneCharacterIsEscapedOrEncodedAsTheTextWriterDoes() {
    StringBuilder all = new StringBuilder();
    for (int c = 0; c <= 0xFFFF; c++) {
      if (!Character.isSurrogate((char) c)) {
        all.append((char) c);
      }
    }
    all.append("\uD83D\uDE97");
    Map<String, Object> data = new LinkedHashMap<>();
    data.put(all.toString(), all.toString());
    data.put("raw", JsonScalar.number(new BigDecimal("12.50")));
    assertThat(JsonText.utf8(data)).isEqualTo(JsonText.write(data).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anUnpairedSurrogateAndAFloatAreRefusedWithTheTextWritersMessage() {
    for (Object bad : Arrays.asList("a\uD83Db", "\uDE97", 1.5d, new Object())) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("k", bad);
      Throwable expected = catchThrowable(() -> JsonText.write(data));
      assertThat(expected).isInstanceOf(IllegalArgumentException.class);
      assertThat(catchThrowable(() -> JsonText.utf8(data))).isInstanceOf(IllegalArgumentException.class)
          .hasMessage(expected.getMessage());
    }
  }

  @Provide
  Arbitrary<Map<String, Object>> data() {
    Arbitrary<String> texts = Arbitraries.strings().all().ofMaxLength(10);
    Arbitrary<Object> scalars = Arbitraries.oneOf(
        texts.map(s -> (Object) s),
        Arbitraries.longs().map(l -> (Object) l),
        Arbitraries.integers().map(i -> (Object) i),
        Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(25)).map(b -> (Object) b),
        Arbitraries.bigDecimals().ofScale(3).map(b -> (Object) b),
        Arbitraries.of(Boolean.TRUE, Boolean.FALSE).map(b -> (Object) b),
        texts.map(s -> (Object) JsonScalar.text(s)),
        Arbitraries.longs().map(l -> (Object) JsonScalar.number(l)),
        Arbitraries.just((Object) null));
    Arbitrary<Object> lists = scalars.list().ofMaxSize(3).map(l -> (Object) new ArrayList<>(l));
    Arbitrary<Object> nested = Arbitraries.maps(texts, scalars).ofMaxSize(3).map(m -> (Object) new LinkedHashMap<>(m));
    Arbitrary<Object> values = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, scalars), net.jqwik.api.Tuple.of(1, lists), net.jqwik.api.Tuple.of(1, nested));
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
