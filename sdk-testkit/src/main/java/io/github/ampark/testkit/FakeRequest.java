package io.github.ampark.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.BodyCodec;
import io.github.ampark.core.spi.MultipartPart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * A request a fake received, exactly as it arrived: method, path, query, headers, body bytes.
 * Handlers read it; tests inspect it through {@link FakeServer#journal()}.
 */
public final class FakeRequest {
  private final String method;
  private final HttpUrl url;
  private final Headers headers;
  private final byte[] body;
  private final Instant receivedAt;
  private volatile @Nullable String fault;

  FakeRequest(String method, HttpUrl url, Headers headers, byte[] body, Instant receivedAt) {
    this.method = method;
    this.url = url;
    this.headers = headers;
    this.body = body;
    this.receivedAt = receivedAt;
  }

  /**
   * {@code POST}, {@code GET}, …
   *
   * @return {@code POST}, {@code GET}, …
   */
  public String method() {
    return method;
  }

  /**
   * The path, e.g. {@code /rest/Power/pushOrder}.
   *
   * @return the path, e.g. {@code /rest/Power/pushOrder}
   */
  public String path() {
    return url.encodedPath();
  }

  /**
   * The full URL as received.
   *
   * @return the full URL as received
   */
  public HttpUrl url() {
    return url;
  }

  /**
   * Query parameters (decoded, first value wins).
   *
   * @return query parameters (decoded, first value wins)
   */
  public Map<String, String> query() {
    String q = url.encodedQuery();
    return q == null ? Collections.<String, String>emptyMap() : BodyCodec.form(q);
  }

  /**
   * Looks up one decoded query parameter (the first value when the name repeats).
   *
   * @param name the parameter name, exact
   * @return the parameter's value, or empty when the URL has no parameter of that name
   */
  public Optional<String> queryParameter(String name) {
    return Optional.ofNullable(url.queryParameter(name));
  }

  /**
   * The raw, still encoded query string, or {@code null}.
   *
   * @return the raw, still encoded query string, or {@code null}
   */
  public @Nullable String rawQuery() {
    return url.encodedQuery();
  }

  /**
   * Request headers.
   *
   * @return request headers
   */
  public Headers headers() {
    return headers;
  }

  /**
   * Looks up one header (the last value when the name repeats, as OkHttp's {@code Headers.get}).
   *
   * @param name the header name, case-insensitive
   * @return the header's value, or empty when the request has no header of that name
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }

  /**
   * A copy of the exact body bytes.
   *
   * @return a copy of the exact body bytes
   */
  public byte[] body() {
    return Arrays.copyOf(body, body.length);
  }

  /**
   * The body as UTF-8 text.
   *
   * @return the body as UTF-8 text
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * The form-urlencoded body, decoded.
   *
   * @return the form-urlencoded body, decoded
   */
  public Map<String, String> form() {
    return BodyCodec.form(body, StandardCharsets.UTF_8);
  }

  /**
   * The multipart body's parts.
   *
   * @return the multipart body's parts
   */
  public List<MultipartPart> multipart() {
    return BodyCodec.multipart(body, headers.get("Content-Type"));
  }

  /**
   * The JSON body.
   *
   * @return the JSON body
   */
  public JsonNode json() {
    return BodyCodec.json(body);
  }

  /**
   * When the fake received the request, by the fake's clock.
   *
   * @return when it arrived
   */
  public Instant receivedAt() {
    return receivedAt;
  }

  /**
   * The fault injected into the answer to this request, or {@code null}.
   *
   * @return the fault injected into the answer to this request, or {@code null}
   */
  public @Nullable String fault() {
    return fault;
  }

  void fault(String name) {
    this.fault = name;
  }

  @Override
  public String toString() {
    return method + " " + url.encodedPath() + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery())
        + " (" + body.length + " bytes" + (fault == null ? "" : ", fault " + fault) + ")";
  }
}
