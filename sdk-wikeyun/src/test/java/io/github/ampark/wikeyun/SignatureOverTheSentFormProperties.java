package io.github.ampark.wikeyun;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.core.AmparkException;
import io.github.ampark.core.ClientConfig;
import io.github.ampark.core.Secret;
import io.github.ampark.core.callback.FormFields;
import io.github.ampark.core.spi.ClientRuntime;
import io.github.ampark.core.testing.MockServers;
import io.github.ampark.wikeyun.internal.PowerService;
import io.github.ampark.wikeyun.internal.WikeyunSpecs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The {@code sign} a Wikeyun request carries is, for any business fields whatever, the one the
 * signer gave before the template handed its fields over: {@link WikeyunSigner} over the fields
 * decoded back from the exact body bytes that arrived ({@link FormFields#parse(byte[],
 * java.nio.charset.Charset)}, UTF-8) plus the system parameters. The fields include lone surrogates
 * (which the form encoder writes as {@code ?}, so two names can arrive as one), escapes, separators
 * and non-BMP text. The expected value never comes from the request signer.
 */
class SignatureOverTheSentFormProperties {
  static MockWebServer server;
  static ClientRuntime runtime;
  static PowerService power;
  static final WikeyunSigner SIGNER = WikeyunSigner.of(Wire.SECRET);

  @BeforeContainer
  static void start() throws IOException {
    server = MockServers.start();
    runtime = ClientRuntime.create(ClientConfig.builder().clock(Wire.FIXED).build(),
        WikeyunSpecs.spec(MockServers.baseUrl(server), Wire.APP_KEY, Secret.of("appSecret", Wire.SECRET), Wire.IP, Wire.FIXED));
    power = runtime.create(PowerService.class);
  }

  @AfterContainer
  static void stop() throws IOException {
    runtime.close();
    server.close();
  }

  @Provide
  Arbitrary<String> text() {
    Arbitrary<Character> chars = Arbitraries.oneOf(
        Arbitraries.chars().range(Character.MIN_SURROGATE, Character.MAX_SURROGATE),
        Arbitraries.chars().with("&=/?#\"\n %+~:中€?".toCharArray()),
        Arbitraries.chars().alpha(),
        Arbitraries.chars().all());
    Arbitrary<String> supplementary = Arbitraries.integers()
        .between(Character.MIN_SUPPLEMENTARY_CODE_POINT, Character.MAX_CODE_POINT)
        .map(cp -> new String(Character.toChars(cp)));
    return Arbitraries.oneOf(chars.map(String::valueOf), supplementary).list().ofMaxSize(6)
        .map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<Map<String, String>> fields() {
    return Arbitraries.maps(text(), text()).ofMinSize(1).ofMaxSize(6).map(LinkedHashMap::new);
  }

  @Property(tries = 300)
  void theSignIsTheSignatureOfTheFieldsDecodedFromTheBodyThatWasSent(@ForAll("fields") Map<String, String> fields)
      throws InterruptedException {
    server.enqueue(Wire.ok("null"));
    try {
      power.forbid(fields).execute();
    } catch (AmparkException answerNotTheTopic) {
      // only the request matters here
    }
    RecordedRequest r = Wire.take(server);
    byte[] body = r.getBody() == null ? new byte[0] : r.getBody().toByteArray();
    Map<String, String> signed = FormFields.parse(body, StandardCharsets.UTF_8);
    signed.putAll(WikeyunSigner.systemParameters(Wire.APP_KEY, Wire.T, Wire.IP));
    assertThat(Wire.query(r)).isEqualTo(Wire.systemQuery(SIGNER.sign(signed)));
  }
}
