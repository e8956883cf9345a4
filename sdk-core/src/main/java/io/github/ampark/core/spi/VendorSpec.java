package io.github.ampark.core.spi;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.ampark.core.Checks;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * What a vendor module plugs into the shared pipeline (for module authors): its name, default
 * base URL, request signer, envelope decoder, and the secret values to mask in everything printed.
 *
 * <pre>{@code
 * VendorSpec spec = VendorSpec.builder("wikeyun")
 *     .defaultBaseUrl("https://router.wikeyun.cn/")
 *     .signer(new WikeyunRequestSigner(appKey, secret, clock))
 *     .decoder(WikeyunEnvelope::decode)
 *     .secret(secret.reveal())
 *     .build();
 * }</pre>
 */
public final class VendorSpec {
  private final String name;
  private final HttpUrl defaultBaseUrl;
  private final RequestSigner signer;
  private final EnvelopeDecoder decoder;
  private final List<String> secrets;
  private final List<String> sensitiveFields;
  private final @Nullable Function<byte[], String> logBodyView;
  private final Json json;
  private final Map<JavaType, DataReader<?>> readers;

  private VendorSpec(Builder b) {
    this.name = b.name;
    this.defaultBaseUrl = b.defaultBaseUrl;
    this.signer = b.signer;
    this.decoder = b.decoder;
    this.secrets = Collections.unmodifiableList(new ArrayList<>(b.secrets));
    this.sensitiveFields = Collections.unmodifiableList(new ArrayList<>(b.sensitiveFields));
    this.logBodyView = b.logBodyView;
    this.json = b.json;
    this.readers = Collections.unmodifiableMap(new HashMap<>(b.readers));
  }

  /**
   * A builder.
   *
   * @param name short lower-case vendor name used in logs, exceptions and the logger name
   * @return a builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * A builder holding this spec, to derive a variant (other credentials, other host).
   *
   * @return a builder holding this spec, to derive a variant (other credentials, other host)
   */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.defaultBaseUrl = defaultBaseUrl;
    b.signer = signer;
    b.decoder = decoder;
    b.secrets.addAll(secrets);
    b.sensitiveFields.addAll(sensitiveFields);
    b.logBodyView = logBodyView;
    b.json = json;
    b.readers.putAll(readers);
    return b;
  }

  /**
   * The vendor module's name, e.g. {@code wikeyun}, as used in logs, metrics and exceptions.
   *
   * @return vendor name
   */
  public String name() {
    return name;
  }

  /**
   * Base URL used unless the client configuration overrides it.
   *
   * @return base URL used unless the client configuration overrides it
   */
  public HttpUrl defaultBaseUrl() {
    return defaultBaseUrl;
  }

  /**
   * The signer applied to every attempt of every request. Default {@link RequestSigner#NONE}.
   *
   * @return request signer
   */
  public RequestSigner signer() {
    return signer;
  }

  /**
   * The decoder that checks the vendor's envelope and turns an error answer into an exception.
   *
   * @return envelope decoder
   */
  public EnvelopeDecoder decoder() {
    return decoder;
  }

  /**
   * Literal secret values masked in logs and exceptions.
   *
   * @return literal secret values masked in logs and exceptions
   */
  public List<String> secrets() {
    return secrets;
  }

  /**
   * Vendor-specific sensitive field names.
   *
   * @return vendor-specific sensitive field names
   */
  public List<String> sensitiveFields() {
    return sensitiveFields;
  }

  /**
   * Turns a body into readable text for logs (e.g. Base64), or {@code null}.
   *
   * @return turns a body into readable text for logs (e.g. Base64), or {@code null}
   */
  public @Nullable Function<byte[], String> logBodyView() {
    return logBodyView;
  }

  /**
   * The Jackson mapper for bodies and data, made by the first call of this method unless the
   * module {@linkplain Builder#mapper(ObjectMapper) gave one}: answers read by a {@link
   * DataReader} and bodies a module writes itself never need it, and building one costs a cold
   * start some 250 classes. Specs derived by {@link #toBuilder()} share it.
   *
   * @return the Jackson mapper for bodies and data
   */
  public ObjectMapper mapper() {
    return json.mapper();
  }

  /**
   * JSON text as the tree this spec's {@link #mapper()} would read ({@code readTree}), without
   * making the mapper unless the module gave its own.
   */
  JsonNode readTree(byte[] body) throws IOException {
    return json.given != null ? json.given.readTree(body) : JsonTrees.read(body, json.exactDecimals);
  }

  /** As {@link #readTree(byte[])}, from text. */
  JsonNode readTree(String text) throws IOException {
    return json.given != null ? json.given.readTree(text) : JsonTrees.read(text, json.exactDecimals);
  }

  /** How a spec reads and writes JSON: the mapper a module gave, or Ampark's, made when first needed. */
  private static final class Json {
    final @Nullable ObjectMapper given;
    final boolean exactDecimals;
    private volatile @Nullable ObjectMapper made;

    Json(@Nullable ObjectMapper given, boolean exactDecimals) {
      this.given = given;
      this.exactDecimals = exactDecimals;
    }

    ObjectMapper mapper() {
      if (given != null) {
        return given;
      }
      ObjectMapper m = made;
      if (m == null) {
        synchronized (this) {
          m = made;
          if (m == null) {
            m = AmparkJson.newMapper();
            if (exactDecimals) {
              m.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
            }
            made = m;
          }
        }
      }
      return m;
    }
  }

  /**
   * The hand-written reader registered for a result type.
   *
   * @param type the result type as a service method declares it
   * @return its reader, or {@code null} when Jackson binds it
   */
  @Nullable DataReader<?> reader(JavaType type) {
    return readers.isEmpty() ? null : readers.get(type);
  }

  @Override
  public String toString() {
    return "VendorSpec{" + name + ", " + defaultBaseUrl + "}";
  }

  /** Builder for {@link VendorSpec}. */
  public static final class Builder {
    private final String name;
    private @Nullable HttpUrl defaultBaseUrl;
    private RequestSigner signer = RequestSigner.NONE;
    private @Nullable EnvelopeDecoder decoder;
    private final List<String> secrets = new ArrayList<>();
    private final List<String> sensitiveFields = new ArrayList<>();
    private @Nullable Function<byte[], String> logBodyView;
    private Json json = new Json(null, false);
    private final Map<JavaType, DataReader<?>> readers = new HashMap<>();

    private Builder(String name) {
      if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
        throw new ValidationException("name", "must be a short lower-case vendor name (was " + Checks.echo(name) + ")");
      }
      this.name = name;
    }

    /**
     * Sets the vendor environment's absolute base URL, used unless the client is given its own.
     *
     * @param url absolute base URL
     * @return this
     */
    public Builder defaultBaseUrl(String url) {
      HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
      if (parsed == null) {
        throw new ValidationException("defaultBaseUrl", "must be an absolute http(s) URL (was " + Checks.echo(url) + ")");
      }
      return defaultBaseUrl(parsed);
    }

    /**
     * Sets the vendor environment's absolute base URL, used unless the client is given its own.
     *
     * @param url absolute base URL
     * @return this
     */
    public Builder defaultBaseUrl(HttpUrl url) {
      this.defaultBaseUrl = url.encodedPath().endsWith("/") ? url : url.newBuilder().addPathSegment("").build();
      return this;
    }

    /**
     * Sets the signer applied to every attempt of every request. Default {@link
     * RequestSigner#NONE}.
     *
     * @param signer request signer
     * @return this
     */
    public Builder signer(RequestSigner signer) {
      this.signer = signer;
      return this;
    }

    /**
     * Sets the decoder that checks the vendor's envelope and turns an error answer into an
     * exception.
     *
     * @param decoder envelope decoder
     * @return this
     */
    public Builder decoder(EnvelopeDecoder decoder) {
      this.decoder = decoder;
      return this;
    }

    /**
     * Adds a literal secret (e.g. the app secret) masked wherever it appears in logs and exception
     * messages.
     *
     * @param value a literal secret to mask wherever it appears
     * @return this
     */
    public Builder secret(String value) {
      secrets.add(value);
      return this;
    }

    /**
     * Adds the vendor's own sensitive field names, masked in logs, exception bodies and {@code
     * toString()}.
     *
     * @param names vendor-specific sensitive names
     * @return this
     */
    public Builder sensitiveFields(String... names) {
      Collections.addAll(sensitiveFields, names);
      return this;
    }

    /**
     * Sets how a body is turned into readable text for logs (e.g. decoded from an envelope), or
     * {@code null} to log it as it is.
     *
     * @param view body → readable text for logs, or {@code null} if not applicable
     * @return this
     */
    public Builder logBodyView(Function<byte[], String> view) {
      this.logBodyView = view;
      return this;
    }

    /**
     * Sets a mapper configured beyond {@link AmparkJson#newMapper()}.
     *
     * @param mapper a mapper configured beyond {@link AmparkJson#newMapper()}
     * @return this
     */
    public Builder mapper(ObjectMapper mapper) {
      this.json = new Json(mapper, false);
      return this;
    }

    /**
     * Keeps decimals in answers exactly as written ({@code 1.50} stays {@code 1.50} in trees, not
     * {@code 1.5}): Ampark's mapper with {@code JsonNodeFactory.withExactBigDecimals(true)}, and
     * answers read the same way without it. Replaces a {@linkplain #mapper(ObjectMapper) given
     * mapper}. Default: trailing zeros stripped, as {@link AmparkJson#newMapper()} reads trees.
     *
     * @return this
     */
    public Builder exactDecimals() {
      this.json = new Json(null, true);
      return this;
    }

    /**
     * Reads answers of a result type with a hand-written reader instead of binding them with the
     * mapper (see {@link DataReader} for why). Default: none, every type is bound by the mapper.
     *
     * @param type the result type, as service methods declare it ({@code Call<Order>})
     * @param reader reads the answer's data into it
     * @param <T> the result type
     * @return this
     */
    public <T> Builder reader(Class<T> type, DataReader<? extends T> reader) {
      readers.put(TypeFactory.defaultInstance().constructType(type), reader);
      return this;
    }

    /**
     * Reads answers of a generic result type ({@code Call<List<Order>>}) with a hand-written reader.
     *
     * @param type the result type, e.g. {@code new TypeReference<List<Order>>() {}}
     * @param reader reads the answer's data into it
     * @param <T> the result type
     * @return this
     */
    public <T> Builder reader(TypeReference<T> type, DataReader<? extends T> reader) {
      readers.put(TypeFactory.defaultInstance().constructType(type), reader);
      return this;
    }

    /**
     * Builds the spec.
     *
     * @return the spec
     */
    public VendorSpec build() {
      if (defaultBaseUrl == null) {
        throw new ValidationException("defaultBaseUrl", "is required");
      }
      if (decoder == null) {
        throw new ValidationException("decoder", "is required");
      }
      return new VendorSpec(this);
    }
  }
}
