package io.github.ampark.core.spi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.ampark.core.Idempotency;
import io.github.ampark.core.Nullable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import retrofit2.http.Body;
import retrofit2.http.FieldMap;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;

/**
 * One service method's request, worked out once per method and client: the resolved URL, the
 * {@link CallInfo}, how each argument goes into the request, and the result type. A call then only
 * applies its arguments, where Retrofit's request factory re-resolves the relative URL, builds a
 * URL, header and form builder per call and tags the request with an {@code Invocation} (a copy of
 * the arguments, keyed through Kotlin reflection).
 *
 * <p>It builds the request Retrofit 3 would, byte for byte (URL, method, headers, body bytes and
 * content type), for the subset of Retrofit's annotations Ampark's services use:
 *
 * <ul>
 *   <li>{@code @GET} or {@code @POST} with a relative path without path parameters or a query;
 *   <li>{@code @FormUrlEncoded} with {@code @FieldMap Map<String, String>} parameters;
 *   <li>{@code @QueryMap Map<String, String>}, and {@code @Query} on a {@code String} or a list of
 *       them (repeated, nulls skipped);
 *   <li>{@code @Body} of a {@code RequestBody} (sent as given) or of any other type (written by the
 *       vendor's Jackson mapper, as Retrofit's Jackson converter writes it, labelled {@code
 *       application/json; charset=UTF-8}).
 * </ul>
 *
 * <p>{@link #compile} answers {@code null} for anything else (another annotation, an encoded
 * parameter, a default method), and the service sends that method through Retrofit itself.
 */
final class RequestTemplate {
  /** What Retrofit's Jackson converter labels a body with. */
  static final MediaType JSON_UTF8 = MediaType.get("application/json; charset=UTF-8");

  /** What OkHttp's {@code FormBody} labels a form with. */
  static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");

  private static final byte[] EMPTY = new byte[0];

  private final String httpMethod;
  private final HttpUrl url;
  private final boolean form;
  private final boolean query;
  private final Arg[] args;
  private final int bodyIndex;
  /** A typed {@code @Body}'s declared type and where its writer comes from, or {@code null} for a {@code RequestBody}. */
  private final @Nullable Type bodyType;
  private final Supplier<ObjectMapper> mapper;
  private volatile @Nullable ObjectWriter bodyWriter;
  private final CallInfo info;
  final JavaType resultType;

  private RequestTemplate(
      String httpMethod, HttpUrl url, boolean form, Arg[] args, int bodyIndex,
      @Nullable Type bodyType, Supplier<ObjectMapper> mapper, CallInfo info, JavaType resultType) {
    this.httpMethod = httpMethod;
    this.url = url;
    this.form = form;
    this.args = args;
    this.bodyIndex = bodyIndex;
    this.bodyType = bodyType;
    this.mapper = mapper;
    this.info = info;
    this.resultType = resultType;
    boolean q = false;
    for (Arg a : args) {
      q |= a.kind == Kind.QUERY || a.kind == Kind.QUERY_MAP;
    }
    this.query = q;
  }

  private enum Kind { FIELD_MAP, QUERY_MAP, QUERY, BODY }

  private static final class Arg {
    final Kind kind;
    final @Nullable String name;

    Arg(Kind kind, @Nullable String name) {
      this.kind = kind;
      this.name = name;
    }
  }

  /**
   * The template of {@code method} for a client resolving against {@code baseUrl}, or {@code null}
   * if the method uses anything beyond the subset above (Retrofit then builds its requests).
   */
  static @Nullable RequestTemplate compile(
      Method method, HttpUrl baseUrl, String vendor, Supplier<ObjectMapper> mapper) {
    if (method.isDefault() || Modifier.isStatic(method.getModifiers())) {
      return null;
    }
    JavaType resultType = resultType(method.getGenericReturnType());
    if (resultType == null) {
      return null;
    }
    String httpMethod = null;
    String relative = null;
    boolean form = false;
    for (Annotation a : method.getAnnotations()) {
      if (a instanceof POST) {
        httpMethod = "POST";
        relative = ((POST) a).value();
      } else if (a instanceof GET) {
        httpMethod = "GET";
        relative = ((GET) a).value();
      } else if (a instanceof FormUrlEncoded) {
        form = true;
      } else if (a.annotationType().getName().startsWith("retrofit2.")) {
        return null; // @Headers, @Multipart, @Streaming, other methods: Retrofit's business
      }
    }
    if (httpMethod == null || relative == null || relative.isEmpty() || relative.indexOf('{') >= 0
        || relative.indexOf('?') >= 0 || (form && !httpMethod.equals("POST"))) {
      return null;
    }
    HttpUrl url = baseUrl.resolve(relative);
    if (url == null) {
      return null;
    }
    Type[] types = method.getGenericParameterTypes();
    Annotation[][] annotations = method.getParameterAnnotations();
    Arg[] args = new Arg[types.length];
    int bodyIndex = -1;
    Type bodyType = null;
    boolean fields = false;
    for (int i = 0; i < types.length; i++) {
      Annotation a = only(annotations[i]);
      if (a instanceof FieldMap && !((FieldMap) a).encoded() && form && isStringMap(types[i])) {
        args[i] = new Arg(Kind.FIELD_MAP, null);
        fields = true;
      } else if (a instanceof QueryMap && !((QueryMap) a).encoded() && isStringMap(types[i])) {
        args[i] = new Arg(Kind.QUERY_MAP, null);
      } else if (a instanceof Query && !((Query) a).encoded() && isStringOrStrings(types[i])) {
        args[i] = new Arg(Kind.QUERY, ((Query) a).value());
      } else if (a instanceof Body && !form && bodyIndex < 0 && httpMethod.equals("POST")) {
        args[i] = new Arg(Kind.BODY, null);
        bodyIndex = i;
        if (!RequestBody.class.isAssignableFrom(raw(types[i]))) {
          bodyType = types[i]; // its writer is made by the first body it writes
        }
      } else {
        return null;
      }
    }
    if (form && !fields) {
      return null; // Retrofit refuses a form without fields; let it say so
    }
    Idempotent idem = method.getAnnotation(Idempotent.class);
    CallInfo info = new CallInfo(vendor, method.getName(), idem == null ? Idempotency.UNSAFE : idem.value(), method);
    return new RequestTemplate(httpMethod, url, form, args, bodyIndex, bodyType, mapper, info, resultType);
  }

  /** The request for one call's arguments (Retrofit's checks and messages for null maps and bodies). */
  Request request(@Nullable Object[] values) {
    HttpUrl u = url;
    if (query) {
      HttpUrl.Builder b = url.newBuilder();
      for (int i = 0; i < args.length; i++) {
        Arg a = args[i];
        if (a.kind == Kind.QUERY_MAP) {
          Map<?, ?> map = map(values[i], "Query");
          for (Map.Entry<?, ?> e : map.entrySet()) {
            b.addQueryParameter(key(e, "Query"), value(e, "Query"));
          }
        } else if (a.kind == Kind.QUERY && values[i] != null) {
          if (values[i] instanceof Iterable) {
            for (Object v : (Iterable<?>) values[i]) {
              if (v != null) {
                b.addQueryParameter(a.name, v.toString());
              }
            }
          } else {
            b.addQueryParameter(a.name, values[i].toString());
          }
        }
      }
      u = b.build();
    }
    RequestBody body = null;
    if (form) {
      int size = 0;
      for (int i = 0; i < args.length; i++) {
        if (args[i].kind == Kind.FIELD_MAP) {
          size += map(values[i], "Field").size();
        }
      }
      String[] given = new String[Math.max(2, 2 * size)];
      int n = 0;
      for (int i = 0; i < args.length; i++) {
        if (args[i].kind == Kind.FIELD_MAP) {
          Map<?, ?> map = map(values[i], "Field");
          for (Map.Entry<?, ?> e : map.entrySet()) {
            String name = key(e, "Field");
            String value = value(e, "Field");
            if (n + 2 > given.length) {
              given = Arrays.copyOf(given, given.length * 2);
            }
            given[n++] = name;
            given[n++] = value;
          }
        }
      }
      // the bytes FormBody would write, and the strings they encode, for the signer (formFields)
      body = new BytesBody(FormWriter.write(given, n), FORM, false, n == given.length ? given : Arrays.copyOf(given, n));
    } else if (bodyIndex >= 0) {
      Object value = values[bodyIndex];
      if (value == null) {
        throw new IllegalArgumentException("Body parameter value must not be null. (" + where() + ")");
      }
      body = bodyType == null ? (RequestBody) value : json(value);
    } else if (httpMethod.equals("POST")) {
      body = new BytesBody(EMPTY, null, false); // Retrofit: a POST without a body sends an empty one
    }
    // no CallInfo tag: the exchange is given info() with the request (see CallInfo)
    return new Request.Builder().url(u).method(httpMethod, body).build();
  }

  private ObjectWriter bodyWriter() {
    ObjectWriter w = bodyWriter;
    if (w == null) {
      ObjectMapper m = mapper.get();
      w = m.writerFor(m.getTypeFactory().constructType(bodyType));
      bodyWriter = w;
    }
    return w;
  }

  private RequestBody json(Object value) {
    try {
      return new BytesBody(bodyWriter().writeValueAsBytes(value), JSON_UTF8, false);
    } catch (JsonProcessingException e) {
      // not Retrofit's message: it prints the value, which may carry secrets
      throw new IllegalArgumentException(
          "Unable to convert the body to JSON: " + e.getOriginalMessage() + " (" + where() + ")", e);
    }
  }

  private Map<?, ?> map(@Nullable Object value, String what) {
    if (value == null) {
      throw new IllegalArgumentException(what + " map was null. (" + where() + ")");
    }
    return (Map<?, ?>) value;
  }

  private String key(Map.Entry<?, ?> e, String what) {
    if (e.getKey() == null) {
      throw new IllegalArgumentException(what + " map contained null key. (" + where() + ")");
    }
    return (String) e.getKey();
  }

  private String value(Map.Entry<?, ?> e, String what) {
    if (e.getValue() == null) {
      throw new IllegalArgumentException(
          what + " map contained null value for key '" + e.getKey() + "'. (" + where() + ")");
    }
    return e.getValue().toString();
  }

  private String where() {
    return info.operation();
  }

  /** The call's description in {@code toString()}: method and path. */
  String describe() {
    return httpMethod + " " + url.encodedPath();
  }

  CallInfo info() {
    return info;
  }

  private static @Nullable Annotation only(Annotation[] annotations) {
    Annotation found = null;
    for (Annotation a : annotations) {
      if (a.annotationType().getName().startsWith("retrofit2.")) {
        if (found != null) {
          return null;
        }
        found = a;
      }
    }
    return found;
  }

  /** The {@code T} of {@code AmparkCall<T>}, or {@code null} for another return type. */
  private static @Nullable JavaType resultType(Type returnType) {
    if (!(returnType instanceof ParameterizedType) || ((ParameterizedType) returnType).getRawType() != AmparkCall.class) {
      return null;
    }
    Type t = ((ParameterizedType) returnType).getActualTypeArguments()[0];
    if (t instanceof WildcardType) {
      t = ((WildcardType) t).getUpperBounds()[0];
    }
    // the type factory every mapper has unless given another (VendorSpec's readers are keyed by it too)
    return TypeFactory.defaultInstance().constructType(t);
  }

  private static boolean isStringMap(Type t) {
    if (!(t instanceof ParameterizedType) || !Map.class.isAssignableFrom(raw(t))) {
      return false;
    }
    Type[] kv = ((ParameterizedType) t).getActualTypeArguments();
    return kv.length == 2 && kv[0] == String.class && kv[1] == String.class;
  }

  private static boolean isStringOrStrings(Type t) {
    if (t == String.class) {
      return true;
    }
    if (t instanceof ParameterizedType && List.class.isAssignableFrom(raw(t))) {
      Type[] e = ((ParameterizedType) t).getActualTypeArguments();
      return e.length == 1 && e[0] == String.class;
    }
    return false;
  }

  private static Class<?> raw(Type t) {
    if (t instanceof Class) {
      return (Class<?>) t;
    }
    if (t instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) t).getRawType();
    }
    return Object.class;
  }
}
