package io.github.ampark.wikeyun;

import io.github.ampark.core.AmparkClientBuilder;
import io.github.ampark.core.ClientConfig;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.Secret;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.spi.ClientRuntime;
import io.github.ampark.core.IfAbsent;
import io.github.ampark.core.spi.VendorSpec;
import io.github.ampark.core.Checks;
import io.github.ampark.wikeyun.internal.PowerService;
import io.github.ampark.wikeyun.internal.WikeyunEnvelope;
import io.github.ampark.wikeyun.internal.WikeyunRequestSigner;
import java.time.Clock;
import java.util.regex.Pattern;

/**
 * The client for Wikeyun (微客云): the electricity recharge API through {@link #power()}, any other
 * endpoint through {@link #raw()}, and callbacks through {@link WikeyunCallbacks}.
 *
 * <pre>{@code
 * try (WikeyunClient wk = WikeyunClient.builder()
 *     .credentials("1000001", System.getenv("WIKEYUN_APP_SECRET"))
 *     .storeId("12345")
 *     .clientIp("203.0.113.7")
 *     .environment(WikeyunEnvironment.PRODUCTION)      // or .baseUrl(fake.url()) in tests
 *     .build()) {
 *   PushOrderResult r = wk.power().pushOrder(PushOrderRequest.builder()
 *       .cardId(67890).orderNo("T202401010001").amountYuan(100)
 *       .notifyUrl("https://example.com/wikeyun/notify").build());
 * }
 * }</pre>
 *
 * <p>Every request is POSTed to {@code rest/<Module>/<action>} with the system parameters ({@code
 * app_key}, {@code timestamp} in seconds from the client's clock, {@code client}, {@code
 * format=json}, {@code v=1.0}, {@code sign}) in the query string and the business parameters in a
 * form body, signed by {@link WikeyunSigner}. The Go SDK also copies the system parameters into the
 * body; that the gateway merges query and body is inferred from both clients working, not
 * documented.
 *
 * <p>Immutable and thread-safe; build one per app key and share it. {@link #close()} releases the
 * connection pool unless you supplied your own {@code OkHttpClient}. {@link #withStoreId} and
 * {@link #withCredentials} give clients for other stores or merchants that share the pool.
 */
public final class WikeyunClient implements AutoCloseable {
  static final String VENDOR = "wikeyun";
  private static final Pattern APP_KEY = Pattern.compile("[0-9]{1,19}");

  private final ClientRuntime runtime;
  private final String appKey;
  private final String storeId;
  private final String clientIp;
  private final IfAbsent ifAbsent;
  private final OrderNotFoundRule notFound;
  private final WikeyunPower power;
  private final WikeyunRaw raw;

  private WikeyunClient(
      ClientRuntime runtime,
      String appKey,
      String storeId,
      String clientIp,
      IfAbsent ifAbsent,
      OrderNotFoundRule notFound) {
    this.runtime = runtime;
    this.appKey = appKey;
    this.storeId = storeId;
    this.clientIp = clientIp;
    this.ifAbsent = ifAbsent;
    this.notFound = notFound;
    this.power = new WikeyunPower(runtime.create(PowerService.class), storeId, ifAbsent, notFound);
    this.raw = new WikeyunRaw(runtime);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The electricity recharge API ({@code rest/Power/*}). */
  public WikeyunPower power() {
    return power;
  }

  /** Signed requests to any endpoint, for the modules without typed methods. */
  public WikeyunRaw raw() {
    return raw;
  }

  /** The app key requests are signed for. */
  public String appKey() {
    return appKey;
  }

  /** The store ({@code store_id}) sent with card and order requests. */
  public String storeId() {
    return storeId;
  }

  /**
   * A client for another store of the same merchant, sharing this client's connection pool and
   * settings. Closing it does nothing; closing this client ends both.
   *
   * @param otherStoreId the store id
   * @return the client
   */
  public WikeyunClient withStoreId(String otherStoreId) {
    Checks.notBlank("storeId", otherStoreId);
    return new WikeyunClient(runtime.derive(runtime.spec()), appKey, otherStoreId, clientIp, ifAbsent, notFound);
  }

  /**
   * A client for another merchant (app key, secret and store), sharing this client's connection
   * pool and settings. Closing it does nothing; closing this client ends both.
   *
   * @param otherAppKey the app key
   * @param otherAppSecret the app secret
   * @param otherStoreId the store id
   * @return the client
   */
  public WikeyunClient withCredentials(String otherAppKey, String otherAppSecret, String otherStoreId) {
    Checks.notBlank("storeId", otherStoreId);
    VendorSpec spec = spec(runtime.spec().defaultBaseUrl().toString(), appKey(otherAppKey), otherAppSecret,
        clientIp, runtime.config().clock());
    return new WikeyunClient(runtime.derive(spec), otherAppKey, otherStoreId, clientIp, ifAbsent, notFound);
  }

  ClientRuntime runtime() {
    return runtime;
  }

  /** Releases the connection pool (unless you supplied the {@code OkHttpClient}). Idempotent. */
  @Override
  public void close() {
    runtime.close();
  }

  /** App key, store and base URL; never the secret. */
  @Override
  public String toString() {
    return "WikeyunClient{appKey=" + appKey + ", storeId=" + storeId + ", baseUrl=" + runtime.baseUrl() + "}";
  }

  private static String appKey(@Nullable String appKey) {
    if (appKey == null || !APP_KEY.matcher(appKey).matches()) {
      throw new ValidationException("appKey", "must be the numeric app key issued by Wikeyun");
    }
    return appKey;
  }

  private static VendorSpec spec(String baseUrl, String appKey, String appSecret, String clientIp, Clock clock) {
    WikeyunSigner signer = WikeyunSigner.of(appSecret);
    return VendorSpec.builder(VENDOR)
        .defaultBaseUrl(baseUrl)
        .signer(new WikeyunRequestSigner(appKey, clientIp, signer, clock))
        .decoder(WikeyunEnvelope.DECODER)
        .secret(appSecret)
        .sensitiveFields("user_ext")
        .build();
  }

  /**
   * Builds a {@link WikeyunClient}. Required: {@link #credentials} and {@link #storeId}. Everything
   * from {@link AmparkClientBuilder} applies (timeouts, retries, logging, clock, your own {@code
   * OkHttpClient}).
   */
  public static final class Builder extends AmparkClientBuilder<Builder> {
    private @Nullable String appKey;
    private @Nullable Secret appSecret;
    private @Nullable String storeId;
    private String clientIp = "";
    private WikeyunEnvironment environment = WikeyunEnvironment.PRODUCTION;
    private IfAbsent ifAbsent = IfAbsent.RESEND;
    private OrderNotFoundRule orderNotFoundRule = OrderNotFoundRule.defaults();

    Builder() {}

    /**
     * @param appKey the numeric app key issued by Wikeyun support
     * @param appSecret the app secret (never printed)
     * @return this
     */
    public Builder credentials(String appKey, String appSecret) {
      this.appKey = appKey(appKey);
      this.appSecret = Secret.of("appSecret", appSecret);
      return this;
    }

    /**
     * @param storeId your store (店铺ID), sent as {@code store_id}
     * @return this
     */
    public Builder storeId(String storeId) {
      this.storeId = Checks.notBlank("storeId", storeId);
      return this;
    }

    /**
     * The caller IP sent (and signed) as {@code client}. Optional: without it the key is sent and
     * signed with an empty value, as the Go SDK does. Whether the gateway checks it is UNKNOWN.
     *
     * @param clientIp your server's outward IP
     * @return this
     */
    public Builder clientIp(String clientIp) {
      Checks.notBlank("clientIp", clientIp);
      if (!clientIp.matches("[0-9A-Fa-f.:]{2,45}")) {
        throw new ValidationException("clientIp", "must be an IPv4 or IPv6 address (was " + clientIp + ")");
      }
      this.clientIp = clientIp;
      return this;
    }

    /**
     * @param environment the gateway (default {@link WikeyunEnvironment#PRODUCTION}); {@link #baseUrl} overrides it
     * @return this
     */
    public Builder environment(WikeyunEnvironment environment) {
      this.environment = Checks.notNull("environment", environment);
      return this;
    }

    /**
     * What {@code pushOrder} does when, after an ambiguous failure, Wikeyun confirms it has no
     * such order: send it once more ({@link IfAbsent#RESEND}, the default) or throw a {@link
     * io.github.ampark.core.TransportException} saying it was not placed ({@link IfAbsent#THROW}).
     *
     * @param ifAbsent the policy
     * @return this
     */
    public Builder ifAbsent(IfAbsent ifAbsent) {
      this.ifAbsent = Checks.notNull("ifAbsent", ifAbsent);
      return this;
    }

    /**
     * How to recognise Wikeyun's "no such order" answer (its error code is UNKNOWN); default
     * {@link OrderNotFoundRule#defaults()}.
     *
     * @param rule the rule
     * @return this
     */
    public Builder orderNotFoundRule(OrderNotFoundRule rule) {
      this.orderNotFoundRule = Checks.notNull("orderNotFoundRule", rule);
      return this;
    }

    /**
     * @return the client
     * @throws ValidationException if credentials or store are missing
     */
    public WikeyunClient build() {
      if (appKey == null || appSecret == null) {
        throw new ValidationException("appKey", "is required: call credentials(appKey, appSecret)");
      }
      if (storeId == null) {
        throw new ValidationException("storeId", "is required");
      }
      ClientConfig config = coreConfig();
      VendorSpec spec = spec(environment.baseUrl(), appKey, appSecret.reveal(), clientIp, config.clock());
      return new WikeyunClient(ClientRuntime.create(config, spec), appKey, storeId, clientIp, ifAbsent, orderNotFoundRule);
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
      return "WikeyunClient.Builder{appKey=" + appKey + ", storeId=" + storeId + ", environment=" + environment + "}";
    }
  }
}
