package io.github.ampark.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.core.ClientConfig;
import io.github.ampark.core.Idempotency;
import io.github.ampark.core.callback.FormFields;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.Request;
import okio.Buffer;
import retrofit2.http.FieldMap;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.POST;

/**
 * A template's form takes the short way and arrives where the long way does, for any text (lone
 * and paired surrogates, escapes, separators, control characters): its bytes are the ones OkHttp's
 * {@code FormBody} writes, and {@link OutgoingRequest#formFields} answered from the strings it
 * encoded equals decoding those bytes with {@link FormFields#parse(byte[], Charset)} (a lone
 * surrogate arrives as {@code ?}, so two names can arrive as one, the first value winning).
 */
class TemplateFormShortcutsProperties {
  static final int TRIES = 500;

  interface Forms {
    @FormUrlEncoded
    @POST("rest/form")
    AmparkCall<String> form(@FieldMap Map<String, String> fields);

    @FormUrlEncoded
    @POST("rest/two/forms")
    AmparkCall<String> twoForms(@FieldMap Map<String, String> a, @FieldMap Map<String, String> b);
  }

  static ClientRuntime runtime;
  static Forms forms;

  @BeforeContainer
  static void build() {
    VendorSpec spec = VendorSpec.builder("acme").defaultBaseUrl("http://127.0.0.1:1/gate/1.0/")
        .decoder(io.github.ampark.core.testing.AcmeClient.DECODER).build();
    runtime = ClientRuntime.create(ClientConfig.builder().build(), spec);
    forms = runtime.create(Forms.class);
  }

  @AfterContainer
  static void close() {
    runtime.close();
  }

  /** Text that breaks encoders: lone and paired surrogates, escapes, separators, non-ASCII. */
  @Provide
  Arbitrary<String> nasty() {
    Arbitrary<Character> chars = Arbitraries.oneOf(
        Arbitraries.chars().range(Character.MIN_SURROGATE, Character.MAX_SURROGATE),
        Arbitraries.chars().with("&=/?#\"\n\r\t %+*~!$'(),;:@[]{}|^`<>\\\u0000\u007f中€\uFFFF?".toCharArray()),
        Arbitraries.chars().alpha(),
        Arbitraries.chars().all());
    Arbitrary<String> pairs = Arbitraries.integers().between(Character.MIN_SUPPLEMENTARY_CODE_POINT, Character.MAX_CODE_POINT)
        .map(cp -> new String(Character.toChars(cp)));
    return Arbitraries.oneOf(
        chars.list().ofMaxSize(8).map(TemplateFormShortcutsProperties::text),
        Arbitraries.oneOf(chars.map(String::valueOf), pairs).list().ofMaxSize(5).map(l -> String.join("", l)),
        Arbitraries.just(""));
  }

  @Provide
  Arbitrary<Map<String, String>> fields() {
    return Arbitraries.maps(nasty(), nasty()).ofMaxSize(6).map(LinkedHashMap::new);
  }

  @Property(tries = TRIES)
  void formFieldsOfATemplatesFormAreWhatDecodingItsBytesGives(
      @ForAll("fields") Map<String, String> a, @ForAll("fields") Map<String, String> b) {
    sameFields(forms.form(a));
    sameFields(forms.twoForms(a, b));
  }

  @Property(tries = TRIES)
  void aTemplatesFormIsTheBytesOkHttpsFormBodyWrites(
      @ForAll("fields") Map<String, String> a, @ForAll("fields") Map<String, String> b) throws IOException {
    FormBody.Builder reference = new FormBody.Builder();
    a.forEach(reference::add);
    b.forEach(reference::add);
    FormBody expected = reference.build();
    Buffer bytes = new Buffer();
    expected.writeTo(bytes);
    Request request = ((AmparkCallAdapterFactory.RealCall<?>) forms.twoForms(a, b)).request();
    assertThat(request.body().contentType()).isEqualTo(expected.contentType());
    assertThat(((BytesBody) request.body()).bytes).isEqualTo(bytes.readByteArray());
    assertThat(request.body().contentLength()).isEqualTo(expected.contentLength());
  }

  private static void sameFields(AmparkCall<?> call) {
    Request request = ((AmparkCallAdapterFactory.RealCall<?>) call).request();
    BytesBody body = (BytesBody) request.body();
    assertThat(body.form).as("the template hands over what it encoded").isNotNull();
    OutgoingRequest out = outgoing(request, body.bytes, body.contentType());
    out.encodedFrom(body.form);
    assertThat(entries(out.formFields(StandardCharsets.UTF_8)))
        .isEqualTo(entries(FormFields.parse(body.bytes, StandardCharsets.UTF_8)));
    Charset gbk = Charset.forName("GBK");
    assertThat(entries(out.formFields(gbk))).isEqualTo(entries(FormFields.parse(body.bytes, gbk)));
    Map<String, String> mine = out.formFields(StandardCharsets.UTF_8);
    mine.put("sign", "x");
    assertThat(out.formFields(StandardCharsets.UTF_8)).isEqualTo(FormFields.parse(body.bytes, StandardCharsets.UTF_8));
    byte[] replaced = "z=%E4%B8%AD".getBytes(StandardCharsets.US_ASCII);
    out.body(replaced, body.contentType());
    assertThat(entries(out.formFields(StandardCharsets.UTF_8))).containsExactly(Map.entry("z", "中"));
  }

  private static OutgoingRequest outgoing(Request request, byte[] body, MediaType type) {
    return new OutgoingRequest(request, new CallInfo("acme", "op", Idempotency.SAFE, null), body, type);
  }

  private static List<Map.Entry<String, String>> entries(Map<String, String> map) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    map.forEach((k, v) -> out.add(Map.entry(k, v)));
    return out;
  }

  private static String text(List<Character> chars) {
    StringBuilder b = new StringBuilder();
    chars.forEach(b::append);
    return b.toString();
  }
}
