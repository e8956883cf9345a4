package io.github.ampark.wikeyun;

import io.github.ampark.core.AmparkClientBuilder;
import io.github.ampark.core.Checks;
import io.github.ampark.core.ClientConfig;
import io.github.ampark.core.IfAbsent;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.Secret;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.spi.ClientRuntime;
import io.github.ampark.wikeyun.internal.Rules;
import io.github.ampark.wikeyun.internal.WikeyunSpecs;

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
  private final ClientRuntime runtime;
  private final String appKey;
  private final @Nullable String storeId;
  private final String clientIp;
  private final IfAbsent ifAbsent;
  private final OrderNotFoundRule notFound;
  private final WikeyunPower power;
  private final WikeyunRaw raw;

  private WikeyunClient(ClientRuntime runtime, String appKey, @Nullable String storeId, String clientIp,
      IfAbsent ifAbsent, OrderNotFoundRule notFound) {
    this.runtime = runtime;
    this.appKey = appKey;
    this.storeId = storeId;
    this.clientIp = clientIp;
    this.ifAbsent = ifAbsent;
    this.notFound = notFound;
    this.power = new WikeyunPower(runtime, storeId, ifAbsent, notFound);
    this.raw = new WikeyunRaw(runtime);
  }

  /** {@return an empty client builder; {@code credentials} are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the electricity recharge API ({@code rest/Power/*})} */
  public WikeyunPower power() {
    return power;
  }

  /** {@return signed requests to any endpoint, for the modules without typed methods} */
  public WikeyunRaw raw() {
    return raw;
  }

  /** {@return the app key requests are signed for} */
  public String appKey() {
    return appKey;
  }

  /**
   * {@return the store ({@code store_id}) sent with addCard, pushOrder, queryOrder and forbid;
   * {@code null} when the client was built without one (those calls and callbacks then fail with a
   * {@code ValidationException} naming {@code storeId})}
   */
  public @Nullable String storeId() {
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
    Rules.identifier("storeId", otherStoreId);
    return new WikeyunClient(runtime.derive(runtime.spec()), appKey, otherStoreId, clientIp, ifAbsent, notFound);
  }

  /**
   * A client for another merchant (app key and secret, no store: add one with {@link
   * #withStoreId}), sharing this client's connection pool and settings. Closing it does nothing;
   * closing this client ends both.
   *
   * @param otherAppKey the app key
   * @param otherAppSecret the app secret
   * @return the client
   */
  public WikeyunClient withCredentials(String otherAppKey, String otherAppSecret) {
    String key = WikeyunSpecs.appKey(otherAppKey);
    Secret secret = Secret.of("appSecret", Rules.secret("appSecret", Checks.notNull("appSecret", otherAppSecret)));
    return new WikeyunClient(
        runtime.derive(WikeyunSpecs.spec(runtime.spec().defaultBaseUrl().toString(), key, secret, clientIp,
            runtime.config().clock())),
        key, null, clientIp, ifAbsent, notFound);
  }

  ClientRuntime runtime() {
    return runtime;
  }

  /** Releases the connection pool (unless you supplied the {@code OkHttpClient}). Idempotent. */
  @Override
  public void close() {
    runtime.close();
  }

  /** {@return app key, store and base URL; never the secret} */
  @Override
  public String toString() {
    return "WikeyunClient{appKey=" + appKey + ", storeId=" + storeId + ", baseUrl=" + runtime.baseUrl() + "}";
  }

  /**
   * Builds a {@link WikeyunClient}. Required: {@link #credentials}. {@link #storeId} is required
   * only by the calls that send {@code store_id} (addCard, pushOrder, queryOrder, forbid, and
   * callbacks, which confirm with a query). Everything from {@link AmparkClientBuilder} applies
   * (timeouts, call deadline, retries, logging, clock, your own {@code OkHttpClient}).
   */
  public static final class Builder extends AmparkClientBuilder<Builder> {
    private @Nullable String appKey;
    private @Nullable Secret appSecret;
    private @Nullable String storeId;
    private String clientIp = "";
    private WikeyunEnvironment environment = WikeyunEnvironment.PRODUCTION;
    private IfAbsent ifAbsent = IfAbsent.defaultValue();
    private OrderNotFoundRule orderNotFoundRule = OrderNotFoundRule.defaults();

    Builder() {}

    /**
     * Sets the app key and app secret Wikeyun issued; required. The secret signs every request and
     * is never printed.
     * @param appKey the numeric app key issued by Wikeyun support
     * @param appSecret the app secret (never printed)
     * @return this
     */
    public Builder credentials(String appKey, String appSecret) {
      this.appKey = WikeyunSpecs.appKey(appKey);
      this.appSecret = Secret.of("appSecret", Rules.secret("appSecret", Checks.notNull("appSecret", appSecret)));
      return this;
    }

    /**
     * Sets your store (店铺ID), sent as {@code store_id}; required for pushOrder, queryOrder, addCard,
     * forbid and callbacks.
     * @param storeId the store id: not blank, no control characters
     * @return this
     */
    public Builder storeId(String storeId) {
      this.storeId = Rules.identifier("storeId", storeId);
      return this;
    }

    /**
     * Sets the caller IP sent (and signed) as {@code client}. Optional: without it the key is sent and
     * signed with an empty value, as the Go SDK does. Whether the gateway checks it is UNKNOWN.
     * @param clientIp your server's outward IPv4 or IPv6 address
     * @return this
     */
    public Builder clientIp(String clientIp) {
      this.clientIp = WikeyunSpecs.clientIp(clientIp);
      return this;
    }

    /**
     * Sets the gateway (default {@link WikeyunEnvironment#PRODUCTION}); {@code baseUrl} overrides it.
     * @param environment the gateway
     * @return this
     */
    public Builder environment(WikeyunEnvironment environment) {
      this.environment = Checks.notNull("environment", environment);
      return this;
    }

    /**
     * Sets what {@code pushOrder} does when, after an ambiguous failure, Wikeyun answers well-formed
     * that it has no such order: {@link IfAbsent#THROW} (the default) reports an {@link
     * io.github.ampark.core.OutcomeUnknownException}; {@link IfAbsent#RESEND} sends it once more
     * after a second query, {@code reconcileSettleDelay} later, agrees.
     * @param ifAbsent the policy
     * @return this
     */
    public Builder ifAbsent(IfAbsent ifAbsent) {
      this.ifAbsent = Checks.notNull("ifAbsent", ifAbsent);
      return this;
    }

    /**
     * Sets how Wikeyun's "no such order" answer is recognised (its error code is UNKNOWN); default
     * {@link OrderNotFoundRule#defaults()}.
     * @param rule the rule
     * @return this
     */
    public Builder orderNotFoundRule(OrderNotFoundRule rule) {
      this.orderNotFoundRule = Checks.notNull("orderNotFoundRule", rule);
      return this;
    }

    /**
     * Builds the client, after checking the settings.
     * @return the client
     * @throws ValidationException if the credentials are missing
     */
    public WikeyunClient build() {
      if (appKey == null || appSecret == null) {
        throw new ValidationException("appKey", "is required: call credentials(appKey, appSecret)");
      }
      ClientConfig config = coreConfig();
      ClientRuntime runtime = ClientRuntime.create(config,
          WikeyunSpecs.spec(environment.baseUrl(), appKey, appSecret, clientIp, config.clock()));
      return new WikeyunClient(runtime, appKey, storeId, clientIp, ifAbsent, orderNotFoundRule);
    }

    /** {@return a text for logs that never shows the secret} */
    @Override
    public String toString() {
      return "WikeyunClient.Builder{appKey=" + appKey + ", storeId=" + storeId + ", environment=" + environment + "}";
    }
  }
}
