package io.github.ampark.core.http;

import io.github.ampark.core.Idempotency;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;

/**
 * A request to any path of a vendor, for endpoints this SDK has no typed method for yet. It goes
 * through the same pipeline as typed calls — signing, envelope decoding, retries by idempotency,
 * logging and redaction. Vendor clients offer convenience methods on top ({@code client.raw()}).
 *
 * <pre>{@code
 * RawRequest req = RawRequest.post("rest/Recharge/mobileInfo")
 *     .form(Collections.singletonMap("mobile", "13800000000"))
 *     .idempotency(Idempotency.SAFE)
 *     .build();
 * }</pre>
 *
 * <p>Idempotency defaults to {@link Idempotency#UNSAFE}: a raw request is never resent once it may
 * have reached the vendor unless you say it is safe.
 */
public final class RawRequest {
  static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");
  static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final String method;
  private final String path;
  private final List<String[]> query;
  private final Map<String, String> headers;
  private final @Nullable byte[] body;
  private final @Nullable MediaType contentType;
  private final Idempotency idempotency;
  private final String operation;
  private final Map<Class<?>, Object> tags;

  private RawRequest(Builder b) {
    this.method = b.method;
    this.path = b.path;
    this.query = Collections.unmodifiableList(new ArrayList<>(b.query));
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.body = b.body;
    this.contentType = b.contentType;
    this.idempotency = b.idempotency;
    this.operation = b.operation == null ? "raw " + b.path : b.operation;
    this.tags = Collections.unmodifiableMap(new LinkedHashMap<>(b.tags));
  }

  /**
   * A POST to {@code path} (relative to the client's base URL).
   *
   * @param path the path relative to the base URL, e.g. {@code /rest/Power/pushOrder}
   * @return a POST to {@code path} (relative to the client's base URL)
   */
  public static Builder post(String path) {
    return new Builder("POST", path);
  }

  /**
   * A GET of {@code path} (relative to the client's base URL).
   *
   * @param path the path relative to the base URL, e.g. {@code /rest/Power/pushOrder}
   * @return a GET of {@code path} (relative to the client's base URL)
   */
  public static Builder get(String path) {
    return new Builder("GET", path);
  }

  /**
   * The HTTP method: {@code POST} or {@code GET}, as chosen by {@link #post} or {@link #get}.
   *
   * @return HTTP method
   */
  public String method() {
    return method;
  }

  /**
   * The path relative to the client's base URL, e.g. {@code /rest/Power/pushOrder}.
   *
   * @return path relative to the base URL
   */
  public String path() {
    return path;
  }

  /**
   * Query parameters as name/value pairs in order.
   *
   * @return query parameters as name/value pairs in order
   */
  public List<String[]> query() {
    return query;
  }

  /**
   * Headers sent on top of the ones the client and the vendor's signer add; empty when none.
   *
   * @return extra headers
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * A copy of the exact body bytes, or {@code null} for a request without a body (a GET).
   *
   * @return body bytes, or {@code null}
   */
  public @Nullable byte[] body() {
    return body == null ? null : Arrays.copyOf(body, body.length);
  }

  /**
   * Body content type, or {@code null}.
   *
   * @return body content type, or {@code null}
   */
  public @Nullable MediaType contentType() {
    return contentType;
  }

  /**
   * Whether the request may be retried or resent. Default {@link Idempotency#UNSAFE}.
   *
   * @return idempotency (default UNSAFE)
   */
  public Idempotency idempotency() {
    return idempotency;
  }

  /**
   * The operation name shown in logs, metrics and exceptions. Default {@code "raw <path>"}.
   *
   * @return operation name for logs and exceptions
   */
  public String operation() {
    return operation;
  }

  /**
   * Typed tags the pipeline attaches to the OkHttp request (e.g. a vendor's signing variant).
   *
   * @return tag type → tag, unmodifiable
   */
  public Map<Class<?>, Object> tags() {
    return tags;
  }

  @Override
  public String toString() {
    return "RawRequest{" + method + " " + path + ", " + idempotency + "}";
  }

  /** Builder for {@link RawRequest}. */
  public static final class Builder {
    private final String method;
    private final String path;
    private final List<String[]> query = new ArrayList<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private @Nullable byte[] body;
    private @Nullable MediaType contentType;
    private Idempotency idempotency = Idempotency.UNSAFE;
    private @Nullable String operation;
    private final Map<Class<?>, Object> tags = new LinkedHashMap<>();

    private Builder(String method, String path) {
      io.github.ampark.core.Checks.noControl("path", path);
      if (path == null || path.trim().isEmpty() || path.contains("://") || path.length() > io.github.ampark.core.Checks.MAX_URL_LENGTH) {
        throw new ValidationException("path", "must be a path relative to the base URL (was " + io.github.ampark.core.Checks.echo(path) + ")");
      }
      this.method = method;
      this.path = path.startsWith("/") ? path.substring(1) : path;
    }

    /**
     * Adds a query parameter (kept beside earlier ones, in the order added); it is signed like the
     * rest where the vendor signs the query.
     *
     * @param name name
     * @param value value
     * @return this
     */
    public Builder queryParameter(String name, String value) {
      io.github.ampark.core.Checks.notBlank("query name", name);
      io.github.ampark.core.Checks.notNull("query value", value);
      query.add(new String[] {name, value});
      return this;
    }

    /**
     * Adds a header (kept beside earlier values of the same name).
     *
     * @param name header name
     * @param value value
     * @return this
     */
    public Builder header(String name, String value) {
      io.github.ampark.core.Checks.headerName("header name", name);
      io.github.ampark.core.Checks.headerValue(name, value);
      headers.put(name, value);
      return this;
    }

    /**
     * A form-urlencoded body (UTF-8), fields in the map's order.
     *
     * @param fields name → value; {@code null} values are left out
     * @return this
     */
    public Builder form(Map<String, ?> fields) {
      io.github.ampark.core.Checks.notNull("form", fields);
      StringBuilder sb = new StringBuilder();
      for (Map.Entry<String, ?> e : fields.entrySet()) {
        if (e.getValue() == null) {
          continue;
        }
        if (sb.length() > 0) {
          sb.append('&');
        }
        sb.append(FormEncoding.encode(e.getKey())).append('=').append(FormEncoding.encode(String.valueOf(e.getValue())));
      }
      return body(sb.toString().getBytes(StandardCharsets.UTF_8), FORM);
    }

    /**
     * Sets the exact JSON text (UTF-8).
     *
     * @param json exact JSON text (UTF-8)
     * @return this
     */
    public Builder json(String json) {
      io.github.ampark.core.Checks.notNull("json", json);
      return body(json.getBytes(StandardCharsets.UTF_8), JSON);
    }

    /**
     * Sets the exact body bytes, sent as given (nothing is serialised); replaces any {@link #json}
     * body.
     *
     * @param bytes exact bytes
     * @param type content type
     * @return this
     */
    public Builder body(byte[] bytes, @Nullable MediaType type) {
      if ("GET".equals(method)) {
        throw new ValidationException("body", "a GET request has no body");
      }
      io.github.ampark.core.Checks.notNull("body", bytes);
      this.body = Arrays.copyOf(bytes, bytes.length);
      this.contentType = type;
      return this;
    }

    /**
     * Sets whether the request may be retried or resent: {@code SAFE} (a query), {@code
     * BY_BUSINESS_KEY} or {@code UNSAFE}. Default {@code UNSAFE}, never resent after it may have
     * reached the vendor.
     *
     * @param idempotency whether it may be resent (default UNSAFE)
     * @return this
     */
    public Builder idempotency(Idempotency idempotency) {
      this.idempotency = io.github.ampark.core.Checks.notNull("idempotency", idempotency);
      return this;
    }

    /**
     * Sets the operation name shown in logs, metrics and exceptions. Default {@code "raw <path>"}.
     *
     * @param name operation name for logs and exceptions
     * @return this
     */
    public Builder operation(String name) {
      this.operation = io.github.ampark.core.Checks.identifier("operation", name, 64);
      return this;
    }

    /**
     * Attaches a value the vendor's signer can read ({@code OutgoingRequest.tag} in the module SPI), e.g. to choose a
     * signing family.
     *
     * @param type tag type
     * @param value tag value
     * @param <T> tag type
     * @return this
     */
    public <T> Builder tag(Class<T> type, T value) {
      io.github.ampark.core.Checks.notNull("tag type", type);
      io.github.ampark.core.Checks.notNull("tag value", value);
      tags.put(type, value);
      return this;
    }

    /**
     * Builds the request; nothing is sent until it is passed to a vendor client's {@code
     * raw().execute(...)}.
     *
     * @return the request
     */
    public RawRequest build() {
      return new RawRequest(this);
    }
  }
}
