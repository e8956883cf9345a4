package io.github.ampark.wanzhuang.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ampark.core.spi.AmparkJson;
import io.github.ampark.wanzhuang.WanzhuangSigner;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON signing fast path (append {@code app_id, timestamp, sign} to the body's bytes) gives
 * exactly the bytes of the parse-into-a-map-and-write-again path, and declines every body where it
 * could not.
 */
class AppendedSigningTest {
  private static final ObjectMapper MAPPER = AmparkJson.newMapper();
  private static final WanzhuangRequestSigner SIGNER =
      new WanzhuangRequestSigner("3a7030ea45a08d", WanzhuangSigner.of("testsecret"), Clock.systemUTC(), MAPPER);
  private static final long TS = 1644902382L;

  @Property(tries = 2000)
  void appendingGivesTheBytesOfWritingTheParsedMapAgain(@ForAll("bodies") Map<String, Object> members) throws Exception {
    byte[] body = MAPPER.writeValueAsBytes(members);
    byte[] fast = SIGNER.appendedSigned(body, TS);
    assertThat(fast).as("the mapper's own output is always in the fast path's subset").isNotNull();
    assertThat(new String(fast, StandardCharsets.UTF_8))
        .isEqualTo(new String(SIGNER.rewrittenSigned(body, TS), StandardCharsets.UTF_8));
  }

  @Property(tries = 1000)
  void streamingTheStringToSignGivesTheSignerMapSignatureForFlatBodies(@ForAll("bodies") Map<String, Object> members,
      @ForAll boolean skipEmpty) throws Exception {
    members.values().removeIf(v -> v instanceof List);
    WanzhuangSigner pure = skipEmpty ? WanzhuangSigner.of("testsecret").skippingEmptyValues() : WanzhuangSigner.of("testsecret");
    WanzhuangRequestSigner signer = new WanzhuangRequestSigner("3a7030ea45a08d", pure, Clock.systemUTC(), MAPPER);
    byte[] body = MAPPER.writeValueAsBytes(members);
    byte[] streamed = signer.streamedSigned(body, TS);
    boolean escapedName = members.keySet().stream().anyMatch(k -> k.contains("\"") || k.contains("\\"));
    if (!escapedName) {
      assertThat(streamed).as("a flat body without arrays is streamed").isNotNull();
    }
    if (streamed != null) {
      assertThat(new String(streamed, StandardCharsets.UTF_8))
          .isEqualTo(new String(signer.rewrittenSigned(body, TS), StandardCharsets.UTF_8));
    }
  }

  @Test
  void anotherHashIsNotStreamed() {
    WanzhuangRequestSigner other = new WanzhuangRequestSigner("3a7030ea45a08d",
        WanzhuangSigner.of("testsecret").withHash(WanzhuangSigner.Hash.SHA256_WITH_SECRET_APPENDED), Clock.systemUTC(), MAPPER);
    byte[] body = "{\"a\":\"x\\\"y\",\"b\":1}".getBytes(StandardCharsets.UTF_8);
    assertThat(other.streamedSigned(body, TS)).isNull();
    assertThat(other.appendedSigned(body, TS)).isEqualTo(other.rewrittenSigned(body, TS));
  }

  @Test
  void everyCharacterTheMapperWritesUnescapedIsAppendedAsItIs() throws Exception {
    StringBuilder all = new StringBuilder();
    for (int c = 0; c < 0x3000; c++) {
      if (!Character.isSurrogate((char) c)) {
        all.append((char) c);
      }
    }
    all.append("\u2028\u2029\uFFFE\uFFFF");
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("k\"\\é", all.toString());
    byte[] body = MAPPER.writeValueAsBytes(members);
    byte[] fast = SIGNER.appendedSigned(body, TS);
    byte[] slow = SIGNER.rewrittenSigned(body, TS);
    // control characters are escaped by the mapper as \\uXXXX or \\n: declined, or identical
    if (fast != null) {
      assertThat(fast).isEqualTo(slow);
    }
    members.put("k\"\\é", all.substring(0x20));
    body = MAPPER.writeValueAsBytes(members);
    assertThat(SIGNER.appendedSigned(body, TS)).isEqualTo(SIGNER.rewrittenSigned(body, TS));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"a\":null}", "{\"a\":1.5}", "{\"a\":1e3}", "{\"a\":-0}", "{\"a\":01}", "{\"a\":{\"b\":1}}",
      "{\"a\":[[1]]}", "{\"a\":[null]}", "{\"a\":\"\\u00e9\"}", "{\"a\":\"\\/\"}", "{\"a\":\"\\n\"}",
      "{ \"a\":1}", "{\"a\":1} ", "{\"a\":1,\"a\":2}", "{\"sign\":\"x\"}", "{\"app_id\":\"x\"}",
      "{\"timestamp\":1}", "[1]", "", "{\"a\":1}x}", "{\"a\":tru}", "{\"a\":}", "{\"a\":1,}", "{,}", "{\"a\"}"})
  void declinesBodiesTheMapperWouldWriteDifferentlyOrRefuse(String body) {
    assertThat(SIGNER.appendedSigned(body.getBytes(StandardCharsets.UTF_8), TS)).isNull();
  }

  @Test
  void declinesACharacterBeyondTheBasicPlaneWhichTheMapperWritesAsEscapedSurrogates() {
    byte[] body = "{\"a\":\"🚗\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(new String(SIGNER.rewrittenSigned(body, TS), StandardCharsets.UTF_8)).startsWith("{\"a\":\"\\uD83D\\uDE97\"");
    assertThat(SIGNER.appendedSigned(body, TS)).isNull();
  }

  @Test
  void declinesInvalidUtf8() {
    byte[] overlong = {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0x80, '"', '}'};
    byte[] surrogate = {'{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};
    assertThat(SIGNER.appendedSigned(overlong, TS)).isNull();
    assertThat(SIGNER.appendedSigned(surrogate, TS)).isNull();
  }

  @Test
  void anEmptyObjectGetsTheThreeMembersOnly() {
    byte[] fast = SIGNER.appendedSigned("{}".getBytes(StandardCharsets.UTF_8), TS);
    assertThat(new String(fast, StandardCharsets.UTF_8))
        .startsWith("{\"app_id\":\"3a7030ea45a08d\",\"timestamp\":1644902382,\"sign\":\"")
        .isEqualTo(new String(SIGNER.rewrittenSigned("{}".getBytes(StandardCharsets.UTF_8), TS), StandardCharsets.UTF_8));
  }

  @Property(tries = 500)
  void theClientsSignerOnAmparksMapperSignsAsOneGivenThatMapperWithoutMakingItForTheFastPath(
      @ForAll("bodies") Map<String, Object> members,
      @ForAll("appIds") String appId) throws Exception {
    int[] made = {0};
    WanzhuangRequestSigner lazy = new WanzhuangRequestSigner(appId, WanzhuangSigner.of("testsecret"), Clock.systemUTC(),
        () -> {
          made[0]++;
          return AmparkJson.newMapper();
        });
    WanzhuangRequestSigner given = new WanzhuangRequestSigner(appId, WanzhuangSigner.of("testsecret"), Clock.systemUTC(), MAPPER);
    byte[] body = MAPPER.writeValueAsBytes(members);
    byte[] fast = lazy.appendedSigned(body, TS);
    assertThat(fast).isEqualTo(given.appendedSigned(body, TS));
    if (fast != null) {
      assertThat(made[0]).as("the fast path needs no mapper").isZero();
    }
    assertThat(lazy.rewrittenSigned(body, TS)).isEqualTo(given.rewrittenSigned(body, TS));
  }

  @Provide
  Arbitrary<String> appIds() {
    return Arbitraries.of("3a7030ea45a08d", "a\"b", "x\\y", "中文", "tab\t", "\u007f", "");
  }

  @Test
  void anAppIdTheMapperWouldEscapeTurnsTheFastPathOff() {
    WanzhuangRequestSigner quoted =
        new WanzhuangRequestSigner("a\"b", WanzhuangSigner.of("testsecret"), Clock.systemUTC(), MAPPER);
    assertThat(quoted.appendedSigned("{\"a\":1}".getBytes(StandardCharsets.UTF_8), TS)).isNull();
  }

  @Provide
  Arbitrary<Map<String, Object>> bodies() {
    Arbitrary<String> texts = Arbitraries.strings().withCharRange(' ', '\u00ff').withChars("中文\"\\/\u2028\uFFFF").ofMaxLength(12);
    Arbitrary<Object> scalars = Arbitraries.oneOf(
        texts.map(s -> (Object) s),
        Arbitraries.longs().map(l -> (Object) l),
        Arbitraries.integers().map(n -> (Object) n),
        Arbitraries.bigIntegers().between(BigInteger.valueOf(Long.MAX_VALUE), BigInteger.TEN.pow(30)).map(n -> (Object) n),
        Arbitraries.of(Boolean.TRUE, Boolean.FALSE).map(b -> (Object) b));
    Arbitrary<Object> values = Arbitraries.oneOf(scalars, scalars.list().ofMaxSize(4).map(l -> (Object) new ArrayList<>(l)));
    Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').withChars("_\"中").ofMinLength(1).ofMaxLength(8)
        .filter(n -> !Arrays.asList(WanzhuangSigner.APP_ID, WanzhuangSigner.TIMESTAMP, WanzhuangSigner.SIGN).contains(n));
    return Arbitraries.maps(names, values).ofMaxSize(8).map(m -> {
      Map<String, Object> ordered = new LinkedHashMap<>();
      List<String> keys = new ArrayList<>(m.keySet());
      for (String k : keys) {
        ordered.put(k, m.get(k));
      }
      return ordered;
    });
  }
}
