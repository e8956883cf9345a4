package io.github.ampark.core.spi;

import io.github.ampark.core.Idempotency;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.callback.FormFields;
import java.lang.annotation.Annotation;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;

/**
 * A request on its way out, as a {@link RequestSigner} sees it (for module authors). Reads give
 * the exact bytes that will be sent; writes change them.
 */
public final class OutgoingRequest {
  private final Request original;
  private final CallInfo info;
  private @Nullable HttpUrl.Builder url;
  private @Nullable Headers.Builder headers;
  // a header the pipeline sets on every request (User-Agent): applied to the signed request's own
  // builder unless the signer changes headers too, which saves a copy of the headers per attempt
  private @Nullable String presetName;
  private @Nullable String presetValue;
  private byte[] body;
  private @Nullable MediaType contentType;
  private boolean bodyReplaced;
  // the names and values (name, value, …) the template encoded into body, or null
  private @Nullable String[] encodedFrom;
  private final boolean untagged;

  OutgoingRequest(Request original, CallInfo info, byte[] body, @Nullable MediaType contentType) {
    this(original, info, body, contentType, false);
  }

  /** With {@code untagged}: the pipeline knows {@code original} carries no tags (see {@link #tag}). */
  OutgoingRequest(Request original, CallInfo info, byte[] body, @Nullable MediaType contentType, boolean untagged) {
    this.untagged = untagged;
    this.original = original;
    this.info = info;
    this.body = body;
    this.contentType = contentType;
  }

  /**
   * The vendor module's name, e.g. {@code wikeyun}.
   *
   * @return the vendor module name
   */
  public String vendor() {
    return info.vendor();
  }

  /**
   * The operation name (the Retrofit method name, or the raw request's name).
   *
   * @return the operation name (the Retrofit method name, or the raw request's name)
   */
  public String operation() {
    return info.operation();
  }

  /**
   * The operation's idempotency.
   *
   * @return the operation's idempotency
   */
  public Idempotency idempotency() {
    return info.idempotency();
  }

  /**
   * An annotation on the Retrofit method, or {@code null}.
   *
   * @param <A> the annotation type
   * @param type the annotation type, e.g. a vendor's per-endpoint rule
   * @return an annotation on the Retrofit method, or {@code null}
   */
  public <A extends Annotation> @Nullable A annotation(Class<A> type) {
    return info.annotation(type);
  }

  /**
   * A tag the module attached to the request (see {@link
   * io.github.ampark.core.http.RawRequest.Builder#tag}), or {@code null}.
   *
   * @param <T> the tag's type
   * @param type the tag's type, as given to {@code tag(type, value)}
   * @return a tag the module attached to the request (see {@link
   *     io.github.ampark.core.http.RawRequest.Builder#tag}), or {@code null}
   */
  public <T> @Nullable T tag(Class<T> type) {
    // a request known to carry no tags is not asked: OkHttp 5 makes a KClass of the key, and the
    // first KClass of a JVM loads Kotlin's reflection tables
    return untagged ? null : original.tag(type);
  }

  /**
   * The HTTP method: {@code GET}, {@code POST}, …
   *
   * @return {@code GET}, {@code POST}, …
   */
  public String method() {
    return original.method();
  }

  /**
   * The URL as it stands, including parameters added so far.
   *
   * @return the URL as it stands, including parameters added so far
   */
  public HttpUrl url() {
    return url == null ? original.url() : url.build();
  }

  /**
   * A header as it stands, or {@code null}.
   *
   * @param name the header name, case-insensitive
   * @return a header as it stands, or {@code null}
   */
  public @Nullable String header(String name) {
    if (headers != null) {
      return headers.get(name);
    }
    if (presetName != null && presetName.equalsIgnoreCase(name)) {
      return presetValue;
    }
    return original.header(name);
  }

  /**
   * The headers as they stand.
   *
   * @return the headers as they stand
   */
  public Headers headers() {
    return headers == null && presetName == null ? original.headers() : editableHeaders().build();
  }

  /**
   * The body's content type, or {@code null} for no body.
   *
   * @return the body's content type, or {@code null} for no body
   */
  public @Nullable MediaType contentType() {
    return contentType;
  }

  /**
   * A copy of the exact body bytes (empty for no body).
   *
   * @return a copy of the exact body bytes (empty for no body)
   */
  public byte[] body() {
    return Arrays.copyOf(body, body.length);
  }

  /**
   * The body decoded with its charset (UTF-8 if none).
   *
   * @return the body decoded with its charset (UTF-8 if none)
   */
  public String bodyText() {
    Charset cs = contentType == null ? StandardCharsets.UTF_8 : contentType.charset(StandardCharsets.UTF_8);
    return new String(body, cs == null ? StandardCharsets.UTF_8 : cs);
  }

  /**
   * The body read as {@code application/x-www-form-urlencoded} fields, decoded in {@code charset}
   * by the rules of {@link FormFields#parse(byte[], Charset)}, without copying the body: a new map,
   * in body order, that the caller may change (e.g. add the parameters it signs beside the fields).
   *
   * @param charset the charset of the decoded bytes, e.g. the one the vendor's rule names
   * @return name → decoded value (empty for no body)
   */
  public Map<String, String> formFields(Charset charset) {
    if (encodedFrom != null && !bodyReplaced && StandardCharsets.UTF_8.equals(charset)) {
      // the strings the body was encoded from (UTF-8, percent-escaped) are what decoding it gives,
      // except a lone surrogate, which the encoder writes as '?' (so two names may then coincide)
      String[] given = encodedFrom;
      Map<String, String> out = new LinkedHashMap<>(Math.max(16, given.length));
      for (int i = 0; i + 1 < given.length; i += 2) {
        out.putIfAbsent(asEncoded(given[i]), asEncoded(given[i + 1]));
      }
      return out;
    }
    return FormFields.parse(body, charset);
  }

  /** {@code s} as UTF-8 encoding and decoding gives it back: each lone surrogate becomes {@code ?}. */
  static String asEncoded(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && !Character.isSurrogate(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder b = new StringBuilder(n).append(s, 0, i);
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(i + 1));
        i += 2;
      } else {
        b.append(Character.isSurrogate(c) ? '?' : c);
        i++;
      }
    }
    return b.toString();
  }

  /** The names and values (name, value, …) {@code body} was encoded from, or {@code null}. */
  void encodedFrom(@Nullable String[] given) {
    this.encodedFrom = given;
  }

  /**
   * Appends a query parameter (encoded by OkHttp).
   *
   * @param name name
   * @param value value
   * @return this
   */
  public OutgoingRequest addQueryParameter(String name, String value) {
    if (url == null) {
      url = original.url().newBuilder();
    }
    url.addQueryParameter(name, value);
    return this;
  }

  /**
   * Sets a header, replacing any value.
   *
   * @param name name
   * @param value value
   * @return this
   */
  public OutgoingRequest header(String name, String value) {
    editableHeaders().set(name, value);
    return this;
  }

  private Headers.Builder editableHeaders() {
    if (headers == null) {
      headers = original.headers().newBuilder();
      if (presetName != null) {
        headers.set(presetName, presetValue);
      }
    }
    return headers;
  }

  /**
   * Sets a header the way {@link #header(String, String)} does, but lazily: the signer sees it,
   * and {@link #presetName()} / {@link #presetValue()} tell the pipeline to set it on the signed
   * request itself when the signer changes no header ({@link #changedHeaders()} is then {@code null}).
   * OkHttp checks name and value when the header is finally set, in either case.
   */
  void presetHeader(String name, String value) {
    if (headers != null) {
      headers.set(name, value);
    } else {
      presetName = name;
      presetValue = value;
    }
  }

  @Nullable String presetName() {
    return presetName;
  }

  @Nullable String presetValue() {
    return presetValue;
  }

  /**
   * Replaces the body.
   *
   * @param bytes exact bytes to send
   * @param type their content type
   * @return this
   */
  public OutgoingRequest body(byte[] bytes, @Nullable MediaType type) {
    this.body = Arrays.copyOf(bytes, bytes.length);
    this.contentType = type;
    this.bodyReplaced = true;
    return this;
  }

  /**
   * Replaces the body with UTF-8 text.
   *
   * @param text text to send
   * @param type its content type
   * @return this
   */
  public OutgoingRequest body(String text, @Nullable MediaType type) {
    return body(text.getBytes(StandardCharsets.UTF_8), type);
  }

  Request original() {
    return original;
  }

  /** The changed URL, or {@code null} if the signer left it alone. */
  @Nullable HttpUrl changedUrl() {
    return url == null ? null : url.build();
  }

  /** The changed headers, or {@code null} if the signer left them alone. */
  @Nullable Headers changedHeaders() {
    return headers == null ? null : headers.build();
  }

  byte[] rawBody() {
    return body;
  }

  boolean bodyReplaced() {
    return bodyReplaced;
  }
}
