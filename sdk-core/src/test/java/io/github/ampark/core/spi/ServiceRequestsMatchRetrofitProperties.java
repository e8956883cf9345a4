package io.github.ampark.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.core.ClientConfig;
import io.github.ampark.core.Idempotency;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Invocation;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;
import retrofit2.http.Body;
import retrofit2.http.FieldMap;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;

/**
 * The requests {@link ClientRuntime#create} builds from its compiled templates are the requests
 * Retrofit 3 builds from the same interface, byte for byte (method, URL, headers, content type,
 * body), for every annotation shape the templates cover and arguments full of what breaks encoders.
 * The reference is a plain Retrofit with Retrofit's own Jackson converter; nothing of Ampark's.
 */
class ServiceRequestsMatchRetrofitProperties {
  static final int TRIES = 300;

  /** Every shape {@link RequestTemplate} covers. */
  interface Shapes {
    @Idempotent(Idempotency.SAFE)
    @FormUrlEncoded
    @POST("rest/form")
    AmparkCall<String> form(@FieldMap Map<String, String> fields);

    @FormUrlEncoded
    @POST("rest/two/forms")
    AmparkCall<String> twoForms(@FieldMap Map<String, String> a, @FieldMap Map<String, String> b);

    @FormUrlEncoded
    @POST("rest/form/query")
    AmparkCall<String> formAndQuery(@Query("q") String q, @FieldMap Map<String, String> fields);

    @GET("query/map")
    AmparkCall<String> queryMap(@QueryMap Map<String, String> query);

    @GET("query/mixed")
    AmparkCall<String> mixed(
        @Query("one") String one, @Query("many[]") List<String> many, @QueryMap Map<String, String> extra);

    @POST("body/raw")
    AmparkCall<String> raw(@Body RequestBody body);

    @POST("body/raw/query")
    AmparkCall<String> rawAndQuery(@QueryMap Map<String, String> query, @Body RequestBody body);

    @POST("body/json")
    AmparkCall<List<String>> json(@Body Map<String, Object> body);

    @POST("body/list")
    AmparkCall<String> list(@Body List<String> body);

    @POST("nothing")
    AmparkCall<Void> nothing();
  }

  static ClientRuntime runtime;
  static Shapes compiled;
  static Shapes reference;

  @BeforeContainer
  static void build() {
    VendorSpec spec = VendorSpec.builder("acme").defaultBaseUrl("http://127.0.0.1:1/gate/1.0/")
        .decoder(io.github.ampark.core.testing.AcmeClient.DECODER).build();
    runtime = ClientRuntime.create(ClientConfig.builder().build(), spec);
    compiled = runtime.create(Shapes.class);
    reference = new Retrofit.Builder()
        .baseUrl("http://127.0.0.1:1/gate/1.0/")
        .callFactory(new OkHttpClient())
        .addCallAdapterFactory(new Capturing())
        .addConverterFactory(JacksonConverterFactory.create(runtime.mapper()))
        .build()
        .create(Shapes.class);
  }

  @AfterContainer
  static void close() {
    runtime.close();
  }

  @Provide
  Arbitrary<String> nasty() {
    Arbitrary<String> unicode = Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
        .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
        .list().ofMaxSize(10)
        .map(cps -> cps.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
    Arbitrary<String> specials = Arbitraries.strings().withChars("&=/?#\"\n\r %+*~!$'(),;:@[]{}|^`<>中€\\").ofMaxLength(8);
    return Arbitraries.oneOf(unicode, specials, Arbitraries.just(""), Arbitraries.just("%2B"));
  }

  @Provide
  Arbitrary<Map<String, String>> fields() {
    return Arbitraries.maps(nasty(), nasty()).ofMaxSize(6).map(LinkedHashMap::new);
  }

  @Provide
  Arbitrary<List<String>> values() {
    return nasty().injectNull(0.2).list().ofMaxSize(4);
  }

  @Property(tries = TRIES)
  void formFieldsAreEncodedAsRetrofitEncodesThem(
      @ForAll("fields") Map<String, String> a, @ForAll("fields") Map<String, String> b, @ForAll("nasty") String q) {
    same(compiled.form(a), reference.form(a));
    same(compiled.twoForms(a, b), reference.twoForms(a, b));
    same(compiled.formAndQuery(q, a), reference.formAndQuery(q, a));
    same(compiled.formAndQuery(null, a), reference.formAndQuery(null, a));
  }

  @Property(tries = TRIES)
  void queryParametersAreEncodedAsRetrofitEncodesThem(
      @ForAll("fields") Map<String, String> map, @ForAll("nasty") String one, @ForAll("values") List<String> many) {
    same(compiled.queryMap(map), reference.queryMap(map));
    same(compiled.mixed(one, many, map), reference.mixed(one, many, map));
    same(compiled.mixed(null, null, map), reference.mixed(null, null, map));
  }

  @Property(tries = TRIES)
  void bodiesAreSentAsRetrofitSendsThem(
      @ForAll("fields") Map<String, String> map, @ForAll("nasty") String text, @ForAll("values") List<String> list) {
    RequestBody raw = RequestBody.create(text, MediaType.get("text/plain; charset=GBK"));
    same(compiled.raw(raw), reference.raw(raw));
    same(compiled.rawAndQuery(map, raw), reference.rawAndQuery(map, raw));
    Map<String, Object> json = new LinkedHashMap<>(map);
    json.put("amount", new java.math.BigDecimal("12.30"));
    json.put("list", list);
    same(compiled.json(json), reference.json(json));
    same(compiled.list(list), reference.list(list));
    same(compiled.nothing(), reference.nothing());
  }

  /** Same method, URL, headers, content type and body bytes; and the compiled one never went through Retrofit. */
  private static void same(AmparkCall<?> ours, AmparkCall<?> retrofits) {
    Request a = ((AmparkCallAdapterFactory.RealCall<?>) ours).request();
    Request b = ((Captured) retrofits).request;
    assertThat(a.tag(Invocation.class)).as("built without Retrofit").isNull();
    assertThat(((AmparkCallAdapterFactory.RealCall<?>) ours).info()).isNotNull();
    assertThat(a.method()).isEqualTo(b.method());
    assertThat(a.url().toString()).isEqualTo(b.url().toString());
    assertThat(a.headers().toMultimap()).isEqualTo(b.headers().toMultimap());
    if (b.body() == null) {
      assertThat(a.body()).isNull();
      return;
    }
    assertThat(String.valueOf(a.body().contentType())).isEqualTo(String.valueOf(b.body().contentType()));
    byte[] ab = bytes(a.body());
    byte[] bb = bytes(b.body());
    assertThat(ab).isEqualTo(bb);
    try {
      assertThat(a.body().contentLength()).isEqualTo(bb.length);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] bytes(RequestBody body) {
    Buffer buffer = new Buffer();
    try {
      body.writeTo(buffer);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    return buffer.readByteArray();
  }

  /** Retrofit's request, caught before anything is sent. */
  static final class Captured implements AmparkCall<Object> {
    final Request request;

    Captured(Request request) {
      this.request = request;
    }

    @Override
    public Object execute() {
      throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<Object> executeAsync() {
      throw new UnsupportedOperationException();
    }

    @Override
    public AmparkCall<Object> withDeadline(long deadlineNanos) {
      return this;
    }
  }

  static final class Capturing extends CallAdapter.Factory {
    @Override
    public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
      return new CallAdapter<ResponseBody, Object>() {
        @Override
        public Type responseType() {
          return ResponseBody.class;
        }

        @Override
        public Object adapt(Call<ResponseBody> call) {
          return new Captured(call.request());
        }
      };
    }
  }

}
