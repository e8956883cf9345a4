package io.github.ampark.fourpyun;

import io.github.ampark.core.AmparkClientBuilder;
import io.github.ampark.core.Checks;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.Secret;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.spi.ClientRuntime;
import io.github.ampark.core.spi.VendorSpec;
import io.github.ampark.fourpyun.internal.FourPyunEnvelope;
import io.github.ampark.fourpyun.internal.FourPyunRequestSigner;
import io.github.ampark.fourpyun.internal.FourPyunService;
import io.github.ampark.fourpyun.internal.Requests;

/**
 * The 4pyun (PP停车 / P云) park-side API, grouped by area: {@link #parking()} (entries and exits),
 * {@link #payments()} (contactless charges, coupon reports), {@link #syncs()} (VIP, renewal and
 * blacklist syncs, one batch or any number through core's batch job), {@link #energy()} (charging),
 * and {@link #raw()} for paths without a typed method. Immutable and thread-safe; build one per
 * park secret and close it when your application stops.
 *
 * <pre>{@code
 * try (FourPyunClient pp = FourPyunClient.builder()
 *         .appSecret(System.getenv("FOURPYUN_APP_SECRET"))   // never logged, never in toString()
 *         .parkUuid("49f0cc52-e8c7-41e3-b54d-af666b8cc11a")  // default for every request
 *         .environment(FourPyunEnvironment.PRODUCTION)       // or .baseUrl(fake.url()) in tests
 *         .build()) {
 *   pp.parking().enter(EnterRequest.builder()
 *       .parkingSerial("E20240601-0001").plate("粤B12345").plateColor(PlateColor.BLUE)
 *       .enterTime(Instant.now()).carType(CarType.TEMPORARY).carDesc("临停").chargeType("1")
 *       .build());
 *   BatchReport r = pp.syncs().vipRenewals(SyncMode.FULL).parallelism(4).build().run(allRenewals);
 * }
 * }</pre>
 *
 * <p><b>Signing</b> ({@link FourPyunSigner}): form, multipart and query requests are signed from
 * their fields when built and carry {@code sign}; JSON requests carry {@code Authorization} over the
 * exact body bytes, serialised once and sent as signed.
 *
 * <p><b>Errors.</b> A code other than the endpoint's success codes is an {@link
 * io.github.ampark.core.ApiException} with the vendor's code, message (and hint) and {@code seqno}
 * as request id. An entry, exit or release answered with a {@code hint} was ignored by P云 and is a
 * {@link io.github.ampark.fourpyun.model.RequestIgnoredException}.
 *
 * <p><b>Retries</b> follow each endpoint's idempotency: SAFE — queries, entries, exits, releases,
 * updates (P云 ignores a repeated {@code parking_serial} / {@code flow_no}), {@code replenish} (one
 * discount per {@code replenish_order}) and device syncs; keyed by {@code pay_partner} — {@code
 * prepay} (see {@link FourPyunPayments}); UNSAFE — the VIP, renewal and blacklist syncs, coupon
 * reports and charging records (sent once; only a request that never left is retried).
 */
public final class FourPyunClient implements AutoCloseable {
  static final String VENDOR = "4pyun";

  private final ClientRuntime runtime;
  private final @Nullable String parkUuid;
  private final @Nullable String appId;
  private final @Nullable String apiType;
  private final FourPyunSigner signer;
  private final FourPyunParking parking;
  private final FourPyunPayments payments;
  private final FourPyunSyncs syncs;
  private final FourPyunEnergy energy;

  private FourPyunClient(ClientRuntime runtime, FourPyunSigner signer, @Nullable String parkUuid,
      @Nullable String appId, @Nullable String apiType) {
    this.runtime = runtime;
    this.signer = signer;
    this.parkUuid = parkUuid;
    this.appId = appId;
    this.apiType = apiType;
    FourPyunService service = runtime.create(FourPyunService.class);
    Requests requests = new Requests(parkUuid, appId, apiType, runtime.config().clock(), runtime.spec()::mapper, signer);
    this.parking = new FourPyunParking(service, requests);
    this.payments = new FourPyunPayments(runtime, service, requests);
    this.syncs = new FourPyunSyncs(service, requests);
    this.energy = new FourPyunEnergy(service, requests);
  }

  /** {@return an empty {@code FourPyunClient} builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client for another park (its own UUID and secret) that shares this client's connection pool,
   * settings and app id. Closing it does nothing; closing this client ends both.
   *
   * @param parkUuid the other park's UUID
   * @param appSecret its secret
   * @return the derived client
   */
  public FourPyunClient withPark(String parkUuid, String appSecret) {
    Checks.notBlank("parkUuid", parkUuid);
    FourPyunSigner other = FourPyunSigner.of(Secret.of("appSecret", appSecret));
    VendorSpec otherSpec = spec(other, appSecret, runtime.spec().defaultBaseUrl().toString());
    return new FourPyunClient(runtime.derive(otherSpec), other, parkUuid, appId, apiType);
  }

  /** {@return entries, pre-entries, exits, releases and corrections} */
  public FourPyunParking parking() {
    return parking;
  }

  /**
   * {@return contactless charges (keyed by {@code pay_partner}), their lookup, and coupon reports}
   */
  public FourPyunPayments payments() {
    return payments;
  }

  /**
   * {@return the VIP, renewal and blacklist syncs: one batch, or any number through core's batch job}
   */
  public FourPyunSyncs syncs() {
    return syncs;
  }

  /** {@return charging: session discounts, device and session syncs (need the app id)} */
  public FourPyunEnergy energy() {
    return energy;
  }

  /** {@return signed requests to paths without a typed method} */
  public FourPyunRaw raw() {
    return new FourPyunRaw(runtime, signer);
  }

  /** {@return the default park UUID, or {@code null}} */
  public @Nullable String parkUuid() {
    return parkUuid;
  }

  /** Ends this client (and the clients derived from it) and its connections, if it owns them. */
  @Override
  public void close() {
    runtime.close();
  }

  /** {@return base URL and park only: the secret is never printed} */
  @Override
  public String toString() {
    return "FourPyunClient{" + runtime.baseUrl() + ", parkUuid=" + parkUuid + "}";
  }

  private static VendorSpec spec(FourPyunSigner signer, String appSecret, String defaultBaseUrl) {
    return io.github.ampark.fourpyun.internal.Readers.register(VendorSpec.builder(VENDOR)
        .defaultBaseUrl(defaultBaseUrl)
        .signer(new FourPyunRequestSigner(signer))
        .decoder(new FourPyunEnvelope())
        .secret(appSecret)
        .sensitiveFields("mobile", "id_card", "idcard_no"))
        .build();
  }

  /**
   * Builds a {@link FourPyunClient}: the app secret is required; the park UUID is the default for
   * requests that name none; the app id is needed by the energy endpoints and coupon expiry
   * reports.
   *
   * <pre>{@code
   * FourPyunClient.builder().appSecret(secret).parkUuid(park)
   *     .environment(FourPyunEnvironment.TEST).logLevel(LogLevel.BODY).build();
   * }</pre>
   */
  public static final class Builder extends AmparkClientBuilder<Builder> {
    private @Nullable Secret appSecret;
    private @Nullable String appId;
    private @Nullable String apiType;
    private @Nullable String parkUuid;
    private FourPyunEnvironment environment = FourPyunEnvironment.PRODUCTION;

    private Builder() {}

    /**
     * Sets the park's (or app's) signing secret.
     *
     * @param appSecret the park's (or app's) signing secret
     * @return this
     */
    public Builder appSecret(String appSecret) {
      this.appSecret = Secret.of("appSecret", appSecret);
      return this;
    }

    /**
     * Sets the P云 app id ({@code app_id}).
     *
     * @param appId the P云 app id ({@code app_id})
     * @return this
     */
    public Builder appId(String appId) {
      this.appId = Checks.notBlank("appId", appId);
      return this;
    }

    /**
     * Sends {@code app_id} and this {@code api_type} on every park-side form call. Only when 4pyun
     * asked for it: park-side calls normally go without both.
     *
     * @param apiType the api type 4pyun assigned, e.g. {@code api-debug}
     * @return this
     */
    public Builder apiType(String apiType) {
      this.apiType = Checks.notBlank("apiType", apiType);
      return this;
    }

    /**
     * Sets the park UUID used when a request names none.
     *
     * @param parkUuid the park UUID used when a request names none
     * @return this
     */
    public Builder parkUuid(String parkUuid) {
      this.parkUuid = Checks.notBlank("parkUuid", parkUuid);
      return this;
    }

    /**
     * Sets which P云 gateway the client talks to: production (the default) or test. A base URL set
     * on the builder overrides it.
     *
     * @param environment production (default) or test
     * @return this
     */
    public Builder environment(FourPyunEnvironment environment) {
      this.environment = Checks.notNull("environment", environment);
      return this;
    }

    /**
     * Builds the client, after checking the settings.
     *
     * @return the client
     * @throws ValidationException if the app secret is missing, or an api type is set without an app id
     */
    public FourPyunClient build() {
      if (appSecret == null) {
        throw new ValidationException("appSecret", "is required");
      }
      if (apiType != null && appId == null) {
        throw new ValidationException("appId", "is required with apiType");
      }
      FourPyunSigner signer = FourPyunSigner.of(appSecret);
      ClientRuntime runtime = ClientRuntime.create(coreConfig(), spec(signer, appSecret.reveal(), environment.baseUrl()));
      return new FourPyunClient(runtime, signer, parkUuid, appId, apiType);
    }
  }
}
