package io.github.ampark.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ampark.core.Idempotency;
import io.github.ampark.core.ResponseFormatException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import okhttp3.Headers;
import okhttp3.MediaType;

/**
 * An answer's JSON reads the same whether it is parsed straight from its bytes or, as before, from
 * its text: the same tree, or the same refusal, for well-formed and malformed UTF-8, byte-order
 * marks, zero bytes, other charsets and garbage. (Which bytes are well-formed: {@link
 * WellFormedUtf8Test}.)
 */
class AnswerParsingProperties {
  static final VendorSpec SPEC = VendorSpec.builder("acme").defaultBaseUrl("http://acme.test/").decoder(ResponseContext::json).build();
  static final CallInfo INFO = new CallInfo("acme", "op", Idempotency.SAFE, null);

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
        .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
        .list().ofMaxSize(12)
        .map(cps -> cps.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
  }

  /** JSON envelopes with any text in their values, then perhaps damaged byte by byte. */
  @Provide
  Arbitrary<byte[]> answers() {
    Arbitrary<byte[]> json = Combinators.combine(text(), text(), Arbitraries.integers().between(-5, 99999))
        .as((code, msg, n) -> {
          ObjectMapper m = new ObjectMapper();
          com.fasterxml.jackson.databind.node.ObjectNode o = m.createObjectNode();
          o.put("code", code).put("msg", msg).putObject("data").put("n", n).put("s", msg + code);
          return o.toString().getBytes(StandardCharsets.UTF_8);
        });
    Arbitrary<byte[]> damaged = Combinators.combine(json, Arbitraries.integers().between(0, 1000),
        Arbitraries.of(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xE4, (byte) 0xB8},
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {0}, new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}))
        .as((bytes, at, insert) -> {
          int p = Math.min(at, bytes.length);
          byte[] out = new byte[bytes.length + insert.length];
          System.arraycopy(bytes, 0, out, 0, p);
          System.arraycopy(insert, 0, out, p, insert.length);
          System.arraycopy(bytes, p, out, p + insert.length, bytes.length - p);
          return out;
        });
    Arbitrary<byte[]> garbage = Arbitraries.bytes().array(byte[].class).ofMaxSize(24);
    return Arbitraries.oneOf(json, damaged, damaged, garbage);
  }

  @Property(tries = 3000)
  void anAnswerReadsTheSameFromItsBytesAsFromItsText(
      @ForAll("answers") byte[] body, @ForAll("types") String type) {
    MediaType mt = type.isEmpty() ? null : MediaType.get(type);
    assertThat(read(new ResponseContext(INFO, 200, Headers.of(), body, mt, SPEC, Redactor.of(List.of(), List.of())), true))
        .isEqualTo(read(new ResponseContext(INFO, 200, Headers.of(), body, mt, SPEC, Redactor.of(List.of(), List.of())), false));
  }

  @Provide
  Arbitrary<String> types() {
    return Arbitraries.of("", "application/json", "application/json; charset=UTF-8", "text/html; charset=GBK",
        "application/json; charset=ISO-8859-1");
  }

  /** The tree (as text, so trees compare exactly) or the refusal's message. */
  private static String read(ResponseContext ctx, boolean fast) {
    try {
      JsonNode n = fast ? ctx.json() : ctx.parse(ctx.bodyText());
      assertThat(ctx.envelope()).isSameAs(n);
      return "tree " + n.toString() + " " + n.getNodeType();
    } catch (ResponseFormatException e) {
      return "refused " + e.getMessage().replaceAll("\\(.*", "");
    }
  }

}
