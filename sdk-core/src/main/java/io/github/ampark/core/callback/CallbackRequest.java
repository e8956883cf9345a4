package io.github.ampark.core.callback;

import com.sun.net.httpserver.HttpExchange;
import io.github.ampark.core.Nullable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP request a vendor sent to you (a payment result, an order status), exactly as received:
 * method, headers, content type, raw query string and raw body bytes. Vendor {@code XxxCallbacks}
 * classes verify and parse it.
 *
 * <p>Build it from what your web framework gives you:
 *
 * <pre>{@code
 * // Spring MVC / any servlet container
 * CallbackRequest req = ServletCallbacks.read(httpServletRequest);      // javax.servlet
 * CallbackRequest req = JakartaServletCallbacks.read(httpServletRequest); // jakarta.servlet
 * // JDK HttpServer
 * CallbackRequest req = CallbackRequest.from(exchange);
 * // anything else
 * CallbackRequest req = CallbackRequest.builder().method("POST")
 *     .contentType("application/json").body(bytes).build();
 * }</pre>
 *
 * <p>Read the body as bytes, before any framework parses it: signatures are computed over what was
 * sent. Bodies over {@link #MAX_BODY_BYTES} are refused.
 */
public final class CallbackRequest {
  /** Largest body accepted from a stream (2 MiB). */
  public static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

  private final String method;
  private final Map<String, List<String>> headers;
  private final @Nullable String rawQuery;
  private final byte[] body;
  private final @Nullable String path;
  private final @Nullable String remoteAddress;

  private CallbackRequest(Builder b) {
    this.method = b.method.toUpperCase(Locale.ROOT);
    TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Map.Entry<String, List<String>> e : b.headers.entrySet()) {
      h.put(e.getKey(), Collections.unmodifiableList(new ArrayList<>(e.getValue())));
    }
    this.headers = Collections.unmodifiableMap(h);
    this.rawQuery = b.rawQuery;
    this.body = b.body;
    this.path = b.path;
    this.remoteAddress = b.remoteAddress;
  }

  /**
   * A builder; method defaults to {@code POST}.
   *
   * @return a builder; method defaults to {@code POST}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a JDK {@code HttpServer} exchange (its body stream is consumed).
   *
   * @param exchange the exchange
   * @return the request
   * @throws UncheckedIOException if the body cannot be read
   * @throws IllegalArgumentException if the body exceeds {@link #MAX_BODY_BYTES}
   */
  public static CallbackRequest from(HttpExchange exchange) {
    Builder b = builder().method(exchange.getRequestMethod()).rawQuery(exchange.getRequestURI().getRawQuery())
        .path(exchange.getRequestURI().getRawPath());
    if (exchange.getRemoteAddress() != null && exchange.getRemoteAddress().getAddress() != null) {
      b.remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress());
    }
    for (Map.Entry<String, List<String>> e : exchange.getRequestHeaders().entrySet()) {
      for (String v : e.getValue()) {
        b.header(e.getKey(), v);
      }
    }
    try (InputStream in = exchange.getRequestBody()) {
      return b.body(readAll(in)).build();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read callback body", e);
    }
  }

  /**
   * Reads a stream fully, refusing more than {@link #MAX_BODY_BYTES}.
   *
   * @param in the stream (not closed)
   * @return its bytes
   * @throws IOException if reading fails
   */
  public static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    int n;
    while ((n = in.read(buf)) != -1) {
      out.write(buf, 0, n);
      if (out.size() > MAX_BODY_BYTES) {
        throw new IllegalArgumentException("callback body exceeds " + MAX_BODY_BYTES + " bytes");
      }
    }
    return out.toByteArray();
  }

  /**
   * The HTTP method in upper case: {@code POST}, {@code GET}, …
   *
   * @return {@code POST}, {@code GET}, … (upper case)
   */
  public String method() {
    return method;
  }

  /**
   * All headers, names case-insensitive.
   *
   * @return all headers, names case-insensitive
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Looks up the first value of a header.
   *
   * @param name the header name, case-insensitive
   * @return the first value of the header, or empty when the request has no header of that name
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(firstHeader(name));
  }

  private @Nullable String firstHeader(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * The {@code Content-Type} header, or {@code null}.
   *
   * @return the {@code Content-Type} header, or {@code null}
   */
  public @Nullable String contentType() {
    return firstHeader("Content-Type");
  }

  /**
   * The media type without parameters, lower case ({@code "application/json"}), or {@code ""}.
   *
   * @return the media type without parameters, lower case ({@code "application/json"}), or {@code
   *     ""}
   */
  public String mediaType() {
    String ct = contentType();
    if (ct == null) {
      return "";
    }
    int semi = ct.indexOf(';');
    return (semi < 0 ? ct : ct.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }

  /**
   * The charset named by the content type, UTF-8 if none or unknown.
   *
   * @return the charset named by the content type, UTF-8 if none or unknown
   */
  public Charset charset() {
    String ct = contentType();
    if (ct != null) {
      for (String part : ct.split(";")) {
        String p = part.trim();
        if (p.regionMatches(true, 0, "charset=", 0, 8)) {
          try {
            return Charset.forName(p.substring(8).replace("\"", "").trim());
          } catch (RuntimeException ignored) {
            return StandardCharsets.UTF_8;
          }
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  /**
   * The raw (still percent-encoded) query string, or {@code null}.
   *
   * @return the raw (still percent-encoded) query string, or {@code null}
   */
  public @Nullable String rawQuery() {
    return rawQuery;
  }

  /**
   * Query parameters, decoded as UTF-8, in order; first value wins for repeated names.
   *
   * @return query parameters, decoded as UTF-8, in order; first value wins for repeated names
   */
  public Map<String, String> query() {
    return rawQuery == null ? Collections.<String, String>emptyMap() : FormFields.parse(rawQuery);
  }

  /**
   * The request path as received (still percent-encoded), e.g. {@code /wz/cb/start_power}, or
   * {@code null} when the adapter did not record it. Vendors that tell callbacks apart by path
   * read it.
   *
   * @return the request path as received (still percent-encoded), e.g. {@code /wz/cb/start_power},
   *     or {@code null} when the adapter did not record it
   */
  public @Nullable String path() {
    return path;
  }

  /**
   * The peer's IP address as the server saw it (not a forwarded-for header), or {@code null} when
   * the adapter did not record it. For source allow-lists.
   *
   * @return the peer's IP address as the server saw it (not a forwarded-for header), or {@code
   *     null} when the adapter did not record it
   */
  public @Nullable String remoteAddress() {
    return remoteAddress;
  }

  /**
   * A copy of the raw body bytes.
   *
   * @return a copy of the raw body bytes
   */
  public byte[] body() {
    return Arrays.copyOf(body, body.length);
  }

  /**
   * Body length in bytes.
   *
   * @return body length in bytes
   */
  public int bodyLength() {
    return body.length;
  }

  /**
   * The body decoded with {@link #charset()}.
   *
   * @return the body decoded with {@link #charset()}
   */
  public String bodyText() {
    return new String(body, charset());
  }

  /**
   * Whether the content type is JSON (or absent with a body starting with an opening brace).
   *
   * @return whether the content type is JSON (or absent with a body starting with an opening brace)
   */
  public boolean isJson() {
    String mt = mediaType();
    if (mt.contains("json")) {
      return true;
    }
    return mt.isEmpty() && bodyText().trim().startsWith("{");
  }

  /**
   * Whether the content type is {@code application/x-www-form-urlencoded}.
   *
   * @return whether the content type is {@code application/x-www-form-urlencoded}
   */
  public boolean isForm() {
    return "application/x-www-form-urlencoded".equals(mediaType());
  }

  /**
   * Whether the content type is {@code multipart/form-data}.
   *
   * @return whether the content type is {@code multipart/form-data}
   */
  public boolean isMultipart() {
    return "multipart/form-data".equals(mediaType());
  }

  /** Method, content type and body size only: bodies may hold personal data. */
  @Override
  public String toString() {
    return "CallbackRequest{" + method + ", contentType=" + contentType() + ", query=" + (rawQuery != null)
        + ", body=" + body.length + " bytes}";
  }

  /** Builder for {@link CallbackRequest}. */
  public static final class Builder {
    private String method = "POST";
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private @Nullable String rawQuery;
    private byte[] body = new byte[0];
    private @Nullable String path;
    private @Nullable String remoteAddress;

    private Builder() {}

    /**
     * Sets the request path as received (percent-encoded), or {@code null}.
     *
     * @param path the request path as received (percent-encoded), or {@code null}
     * @return this
     */
    public Builder path(@Nullable String path) {
      this.path = path;
      return this;
    }

    /**
     * Sets the peer's IP address, or {@code null}.
     *
     * @param remoteAddress the peer's IP address, or {@code null}
     * @return this
     */
    public Builder remoteAddress(@Nullable String remoteAddress) {
      this.remoteAddress = remoteAddress;
      return this;
    }

    /**
     * Sets the HTTP method.
     *
     * @param method HTTP method
     * @return this
     */
    public Builder method(String method) {
      this.method = io.github.ampark.core.Checks.headerName("method", method);
      return this;
    }

    /**
     * Adds a header value (kept beside earlier values of the same name; names are
     * case-insensitive).
     *
     * @param name header name
     * @param value value (added to earlier values)
     * @return this
     */
    public Builder header(String name, String value) {
      io.github.ampark.core.Checks.notNull("header name", name);
      io.github.ampark.core.Checks.notNull("header value", value);
      headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      return this;
    }

    /**
     * Sets the {@code Content-Type} header.
     *
     * @param contentType the {@code Content-Type} header
     * @return this
     */
    public Builder contentType(String contentType) {
      io.github.ampark.core.Checks.notNull("contentType", contentType);
      headers.remove("Content-Type");
      return header("Content-Type", contentType);
    }

    /**
     * Sets the query string as received (percent-encoded), or {@code null}.
     *
     * @param rawQuery the query string as received (percent-encoded), or {@code null}
     * @return this
     */
    public Builder rawQuery(@Nullable String rawQuery) {
      this.rawQuery = rawQuery == null || rawQuery.isEmpty() ? null : rawQuery;
      return this;
    }

    /**
     * Sets the raw bytes (copied).
     *
     * @param body raw bytes (copied)
     * @return this
     */
    public Builder body(byte[] body) {
      io.github.ampark.core.Checks.notNull("body", body);
      this.body = Arrays.copyOf(body, body.length);
      return this;
    }

    /**
     * Sets the text, encoded as UTF-8.
     *
     * @param body text, encoded as UTF-8
     * @return this
     */
    public Builder body(String body) {
      return body(io.github.ampark.core.Checks.notNull("body", body).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Builds the request (the body defaults to empty, the method to {@code POST}).
     *
     * @return the request
     */
    public CallbackRequest build() {
      return new CallbackRequest(this);
    }
  }
}
