package io.github.ampark.bolink;

import io.github.ampark.bolink.internal.BolinkContext;
import io.github.ampark.bolink.model.OpenServiceTransport;
import io.github.ampark.core.AmparkClientBuilder;
import io.github.ampark.core.Checks;
import io.github.ampark.core.ClientConfig;
import io.github.ampark.core.IfAbsent;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.Secret;
import io.github.ampark.core.ValidationException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Bolink (泊链) parking platform: the union API ({@code /unionapi}, signed with your vendor key
 * {@code ukey}), the cloud open API ({@code /zld}, Base64 bodies signed with each park's {@code
 * ckey}) and, through {@link #raw()}, any other endpoint including the legacy v1 ones.
 *
 * <pre>{@code
 * try (BolinkClient bolink = BolinkClient.builder()
 *     .unionId(200666).ukey(System.getenv("BOLINK_UKEY"))
 *     .parkKey("dlytest_no", System.getenv("BOLINK_CKEY"))        // cloud API, per park
 *     .environment(BolinkEnvironment.PRODUCTION)                   // or .baseUrl(fake.url())
 *     .build()) {
 *   bolink.orders().exitOrder(ExitOrderRequest.builder()
 *       .parkId("dlytest_no").orderId("A1_2C1717754731").carNumber("京A12345")
 *       .outTime(Instant.now()).payType(PayType.CASH).totalYuan(new BigDecimal("12.50")).emptyPlot(56)
 *       .build());
 * }
 * }</pre>
 *
 * <p>Areas: {@link #orders()} (entry, exit, history, refund, payment state), {@link #payments()},
 * {@link #parks()}, {@link #cloud()}, {@link #raw()}. Every {@code data} object is written once to
 * compact JSON in the document's field order, that exact text is signed, and the same characters
 * are sent. An answer with {@code state} other than 1 is an {@link io.github.ampark.core.ApiException}
 * whose {@code vendorCode()} is the state and {@code vendorMessage()} the {@code errmsg}.
 *
 * <p>Immutable and thread-safe; the union and cloud hosts share one connection pool. Close it when
 * your application stops.
 */
public final class BolinkClient implements AutoCloseable {
  private final BolinkContext ctx;
  private final BolinkOrders orders;
  private final BolinkPayments payments;
  private final BolinkParks parks;
  private final BolinkCloud cloud;
  private final BolinkRaw raw;

  private BolinkClient(BolinkContext ctx) {
    this.ctx = ctx;
    this.orders = new BolinkOrders(ctx);
    this.payments = new BolinkPayments(ctx);
    this.parks = new BolinkParks(ctx);
    this.cloud = new BolinkCloud(ctx);
    this.raw = new BolinkRaw(ctx);
  }

  /** {@return an empty {@code BolinkClient} builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the vendor number ({@code union_id}) this client signs for} */
  public long unionId() {
    return ctx.unionId;
  }

  /** {@return parking orders: 3.1 entry, 3.2 exit, 4.1 history, 4.2 refund, 4.3 payment state} */
  public BolinkOrders orders() {
    return orders;
  }

  /** {@return payments: parking fees, 3.3 monthly cards, 3.7 ETC, 3.10 red-packet change} */
  public BolinkPayments payments() {
    return payments;
  }

  /** {@return car parks: 2.1 publish, 2.2 update, 2.5 setting, {@code park_check}} */
  public BolinkParks parks() {
    return parks;
  }

  /** {@return the cloud host's {@code /zld/openservice/*} endpoints} */
  public BolinkCloud cloud() {
    return cloud;
  }

  /** {@return the escape hatch: signed requests to any union, cloud or legacy path} */
  public BolinkRaw raw() {
    return raw;
  }

  /** Releases the connection pool and threads (unless you supplied the OkHttpClient). Idempotent. */
  @Override
  public void close() {
    ctx.union.close();
  }

  @Override
  public String toString() {
    return "BolinkClient{unionId=" + ctx.unionId + ", union=" + ctx.union.baseUrl() + ", parks=" + ctx.parks.keySet() + "}";
  }

  /**
   * Builder for {@link BolinkClient}: {@link #unionId} and {@link #ukey} are required; add one {@link
   * #parkKey} per park you call the cloud API for.
   */
  public static final class Builder extends AmparkClientBuilder<Builder> {
    private long unionId;
    private boolean unionIdSet;
    private @Nullable Secret ukey;
    private final Map<String, Secret> parkKeys = new LinkedHashMap<>();
    private BolinkEnvironment environment = BolinkEnvironment.PRODUCTION;
    private @Nullable String unionBaseUrl;
    private @Nullable String cloudBaseUrl;
    private OpenServiceTransport openServiceTransport = OpenServiceTransport.CLOUD_BASE64_CKEY;
    private @Nullable OpenServiceTransport chargingDiscountTransport;
    private IfAbsent ifAbsent = IfAbsent.THROW;

    private Builder() {}

    /**
     * Sets your vendor number ({@code union_id}), e.g. {@code 200666}.
     * @param unionId your vendor number, positive
     * @return this
     */
    public Builder unionId(long unionId) {
      this.unionId = Checks.positive("unionId", unionId);
      this.unionIdSet = true;
      return this;
    }

    /**
     * Sets the vendor key issued with your {@code union_id} (never logged).
     * @param ukey the vendor key
     * @return this
     */
    public Builder ukey(String ukey) {
      this.ukey = Secret.of("ukey", ukey);
      return this;
    }

    /**
     * Adds a park for the cloud open API.
     * @param parkId the park's number ({@code comid} / {@code park_id})
     * @param ckey its park key (never logged)
     * @return this
     */
    public Builder parkKey(String parkId, String ckey) {
      parkKeys.put(Checks.notBlank("parkId", parkId), Secret.of("ckey", ckey));
      return this;
    }

    /**
     * Sets the hosts: {@code PRODUCTION} (the default) or {@code TEST}; {@code baseUrl} overrides.
     * @param environment {@code PRODUCTION} (the default) or {@code TEST}
     * @return this
     */
    public Builder environment(BolinkEnvironment environment) {
      this.environment = Checks.notNull("environment", environment);
      return this;
    }

    /**
     * Sets the union API host instead of the environment's (e.g. a fake).
     * @param url absolute http(s) URL
     * @return this
     */
    public Builder unionBaseUrl(String url) {
      this.unionBaseUrl = ClientConfig.builder().baseUrl(url).build().baseUrl().toString();
      return this;
    }

    /**
     * Sets the cloud host instead of the environment's.
     * @param url absolute http(s) URL
     * @return this
     */
    public Builder cloudBaseUrl(String url) {
      this.cloudBaseUrl = ClientConfig.builder().baseUrl(url).build().baseUrl().toString();
      return this;
    }

    /**
     * Sends both the union and the cloud requests to this URL (a testkit fake, a proxy).
     * @param baseUrl absolute http(s) URL
     * @return this
     */
    @Override
    public Builder baseUrl(String baseUrl) {
      unionBaseUrl(baseUrl);
      return cloudBaseUrl(baseUrl);
    }

    /**
     * Sets how cloud endpoints are sent (default {@link OpenServiceTransport#CLOUD_BASE64_CKEY}).
     * @param transport the transport of every cloud endpoint
     * @return this
     */
    public Builder openServiceTransport(OpenServiceTransport transport) {
      this.openServiceTransport = Checks.notNull("openServiceTransport", transport);
      return this;
    }

    /**
     * Sets how 3.11 {@code uploaddurationinfo} alone is sent (default: {@link
     * #openServiceTransport}).
     * @param transport the transport of 3.11 alone
     * @return this
     */
    public Builder chargingDiscountTransport(OpenServiceTransport transport) {
      this.chargingDiscountTransport = Checks.notNull("chargingDiscountTransport", transport);
      return this;
    }

    /**
     * Sets what {@code exitOrder} does when, after a lost answer, a well-formed 4.1 answer says
     * Bolink has no such order: {@link IfAbsent#THROW} (default) throws an {@link
     * io.github.ampark.core.OutcomeUnknownException} with {@code absenceReported()}; {@link
     * IfAbsent#RESEND} asks again after {@code reconcileSettleDelay} and sends once more only if
     * the second answer agrees, all within the call deadline.
     * @param ifAbsent {@code THROW} (the default) or {@code RESEND}
     * @return this
     */
    public Builder ifAbsent(IfAbsent ifAbsent) {
      this.ifAbsent = Checks.notNull("ifAbsent", ifAbsent);
      return this;
    }

    /**
     * Builds the client, after checking the settings.
     * @return the client
     * @throws ValidationException if {@code unionId} or {@code ukey} is missing
     */
    public BolinkClient build() {
      if (!unionIdSet) {
        throw new ValidationException("unionId", "is required");
      }
      if (ukey == null) {
        throw new ValidationException("ukey", "is required");
      }
      return new BolinkClient(BolinkContext.create(coreConfig(),
          unionBaseUrl != null ? unionBaseUrl : environment.unionBaseUrl(),
          cloudBaseUrl != null ? cloudBaseUrl : environment.cloudBaseUrl(),
          unionId, ukey, new LinkedHashMap<>(parkKeys), ifAbsent, openServiceTransport,
          chargingDiscountTransport != null ? chargingDiscountTransport : openServiceTransport));
    }
  }
}
