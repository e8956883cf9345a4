package io.github.ampark.fourpyun;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.AmparkClientBuilder;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ResponseFormatException;
import io.github.ampark.core.Secret;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.spi.BusinessKeyCalls;
import io.github.ampark.core.spi.ClientRuntime;
import io.github.ampark.core.IfAbsent;
import io.github.ampark.core.spi.Reconciliation;
import io.github.ampark.core.spi.VendorSpec;
import io.github.ampark.core.Checks;
import io.github.ampark.fourpyun.internal.FourPyunEnvelope;
import io.github.ampark.fourpyun.internal.FourPyunRequestSigner;
import io.github.ampark.fourpyun.internal.FourPyunService;
import io.github.ampark.fourpyun.internal.Requests;
import io.github.ampark.fourpyun.model.BlacklistEntry;
import io.github.ampark.fourpyun.model.CouponGrantSync;
import io.github.ampark.fourpyun.model.EnergyDevice;
import io.github.ampark.fourpyun.model.EnterRequest;
import io.github.ampark.fourpyun.model.LeaveRequest;
import io.github.ampark.fourpyun.model.PaymentStatusResult;
import io.github.ampark.fourpyun.model.PreEnterRequest;
import io.github.ampark.fourpyun.model.PreEnterResult;
import io.github.ampark.fourpyun.model.PrepayOutcome;
import io.github.ampark.fourpyun.model.PrepayRequest;
import io.github.ampark.fourpyun.model.PrepayResult;
import io.github.ampark.fourpyun.model.Receipt;
import io.github.ampark.fourpyun.model.ReleaseRequest;
import io.github.ampark.fourpyun.model.ReplenishRequest;
import io.github.ampark.fourpyun.model.Replenishment;
import io.github.ampark.fourpyun.model.SyncBatch;
import io.github.ampark.fourpyun.model.UpdateRequest;
import io.github.ampark.fourpyun.model.Vip;
import io.github.ampark.fourpyun.model.VipRenewal;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The 4pyun (PP停车 / P云) park-side API: entries and exits, contactless charges, VIP, renewal and
 * blacklist syncs, coupon reports and the energy endpoints. Immutable and thread-safe; build one
 * per park secret and close it when your application stops.
 *
 * <pre>{@code
 * try (FourPyunClient pp = FourPyunClient.builder()
 *         .appSecret(System.getenv("FOURPYUN_APP_SECRET"))   // never logged, never in toString()
 *         .parkUuid("49f0cc52-e8c7-41e3-b54d-af666b8cc11a")  // default for every request
 *         .environment(FourPyunEnvironment.PRODUCTION)       // or .baseUrl(fake.url()) in tests
 *         .build()) {
 *   pp.enter(EnterRequest.builder()
 *       .parkingSerial("E20240601-0001").plate("粤B12345").plateColor(PlateColor.BLUE)
 *       .enterTime(Instant.now()).carType(CarType.TEMPORARY).carDesc("临停").chargeType("1")
 *       .build());
 *   SyncReport r = pp.vipRenewalSync().mode(SyncMode.FULL).parallelism(4).build().run(allRenewals);
 * }
 * }</pre>
 *
 * <p><b>Signing.</b> Form, multipart and query requests carry {@code sign} ({@link FourPyunSigner}
 * form rule); JSON requests carry {@code Authorization} over the exact body bytes, which are
 * serialised once and sent as signed.
 *
 * <p><b>Errors.</b> A code other than the endpoint's success codes is an {@link
 * io.github.ampark.core.ApiException} with the vendor's code, message (and hint) and {@code seqno}
 * as request id. An entry, exit or release answered with a {@code hint} was ignored by P云 and is a
 * {@link RequestIgnoredException}.
 *
 * <p><b>Retries.</b> Each endpoint declares whether it may be sent twice:
 *
 * <ul>
 *   <li>SAFE — {@code paymentStatus} and {@code preEnter} (queries); {@code enter}, {@code leave},
 *       {@code release} and {@code update}, because P云 documents that it ignores a repeated
 *       {@code parking_serial} / {@code flow_no}; {@code replenish}, because P云 grants one discount
 *       per {@code replenish_order}; {@code syncEnergyDevices} (it states a device's current
 *       state).
 *   <li>Keyed by {@code pay_partner} — {@code prepay}: after an ambiguous failure the client asks
 *       {@code paymentStatus} and returns what P云 knows ({@link PrepayResult#reconciled()}). It
 *       never charges again: P云 forbids reusing a {@code pay_partner}, and does not document how it
 *       answers an unknown one, so "absent" can never be concluded — the original failure is
 *       thrown.
 *   <li>UNSAFE — the VIP, renewal and blacklist syncs ({@code complete=1} deletes everything P云
 *       holds, and whether P云 de-duplicates renewal rows is not documented), coupon reports and
 *       charging records: sent once; only a request that never left is retried.
 * </ul>
 */
public final class FourPyunClient implements AutoCloseable {
  static final String VENDOR = "4pyun";

  private final ClientRuntime runtime;
  private final FourPyunService service;
  private final Requests requests;
  private final Settings settings;

  private FourPyunClient(ClientRuntime runtime, Settings settings) {
    this.runtime = runtime;
    this.service = runtime.create(FourPyunService.class);
    this.settings = settings;
    this.requests =
        new Requests(settings.parkUuid, settings.appId, settings.apiType, runtime.config().clock(), runtime.mapper());
  }

  /** @return a new builder */
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
    Settings other = new Settings(Checks.notBlank("parkUuid", parkUuid), settings.appId, settings.apiType);
    VendorSpec otherSpec = spec(Secret.of("appSecret", appSecret), runtime.spec().defaultBaseUrl().toString());
    return new FourPyunClient(runtime.derive(otherSpec), other);
  }

  // ---- entries and exits ----

  /**
   * Reports an entry ({@code POST parking/internal/enter}, multipart; images uploaded with their hash).
   *
   * @param request the entry
   * @return P云's receipt (code {@code 200}, {@code 1000} or {@code 1001})
   * @throws RequestIgnoredException if P云 ignored it (a {@code hint} came back)
   */
  public Receipt enter(EnterRequest request) {
    return service.enter(requests.enter(request)).execute();
  }

  /** @param request the entry @return the receipt, eventually; see {@link #enter} */
  public CompletableFuture<Receipt> enterAsync(EnterRequest request) {
    return service.enter(requests.enter(request)).executeAsync();
  }

  /**
   * Asks whether a car at an entrance may come in ({@code POST parking/internal/enter/before}).
   *
   * @param request the car and gate
   * @return the decision
   */
  public PreEnterResult preEnter(PreEnterRequest request) {
    return service.preEnter(requests.preEnter(request)).execute();
  }

  /** @param request the car and gate @return the decision, eventually */
  public CompletableFuture<PreEnterResult> preEnterAsync(PreEnterRequest request) {
    return service.preEnter(requests.preEnter(request)).executeAsync();
  }

  /**
   * Reports an exit with its fees and payments ({@code POST parking/internal/leave}, multipart).
   *
   * @param request the exit
   * @return P云's receipt
   * @throws RequestIgnoredException if P云 ignored it
   */
  public Receipt leave(LeaveRequest request) {
    return service.leave(requests.leave(request)).execute();
  }

  /** @param request the exit @return the receipt, eventually */
  public CompletableFuture<Receipt> leaveAsync(LeaveRequest request) {
    return service.leave(requests.leave(request)).executeAsync();
  }

  /**
   * Reports a barrier opened outside the normal flow ({@code POST parking/internal/release}).
   *
   * @param request the release
   * @return P云's receipt
   * @throws RequestIgnoredException if P云 ignored it
   */
  public Receipt release(ReleaseRequest request) {
    return service.release(requests.release(request)).execute();
  }

  /** @param request the release @return the receipt, eventually */
  public CompletableFuture<Receipt> releaseAsync(ReleaseRequest request) {
    return service.release(requests.release(request)).executeAsync();
  }

  /**
   * Corrects a stay already reported ({@code POST parking/internal/update}).
   *
   * @param request the correction
   * @return P云's receipt
   */
  public Receipt update(UpdateRequest request) {
    return service.update(requests.update(request)).execute();
  }

  /** @param request the correction @return the receipt, eventually */
  public CompletableFuture<Receipt> updateAsync(UpdateRequest request) {
    return service.update(requests.update(request)).executeAsync();
  }

  // ---- contactless charges ----

  /**
   * Charges a parking fee at the exit ({@code POST parking/internal/prepay}). After an ambiguous
   * failure the charge is looked up by its {@code pay_partner} and never sent again.
   *
   * @param request the charge
   * @return paid, accepted (still running), or — after reconciliation — failed
   * @throws io.github.ampark.core.ApiException if P云 refused the charge
   * @throws io.github.ampark.core.TransportException if the outcome is unknown and could not be
   *     looked up (the lookup's failure is attached as suppressed): check {@link #paymentStatus}
   *     later, never charge again with the same {@code pay_partner}
   */
  public PrepayResult prepay(PrepayRequest request) {
    Map<String, String> fields = requests.prepay(request);
    String park = fields.get("park_uuid");
    return BusinessKeyCalls.execute(
        VENDOR,
        "prepay",
        request.payPartner(),
        () -> prepayResult(service.prepay(fields).execute()),
        failure -> reconcile(paymentStatus(park, request.payPartner())),
        IfAbsent.THROW);
  }

  /** @param request the charge @return the outcome, eventually; see {@link #prepay} */
  public CompletableFuture<PrepayResult> prepayAsync(PrepayRequest request) {
    Map<String, String> fields = requests.prepay(request);
    String park = fields.get("park_uuid");
    return BusinessKeyCalls.executeAsync(
        VENDOR,
        "prepay",
        request.payPartner(),
        () -> service.prepay(fields).executeAsync().thenApply(FourPyunClient::prepayResult),
        failure -> paymentStatusAsync(park, request.payPartner()).thenApply(FourPyunClient::reconcile),
        IfAbsent.THROW);
  }

  private static PrepayResult prepayResult(JsonNode env) {
    String code = env.path("code").asText();
    return PrepayResult.builder()
        .outcome("1001".equals(code) ? PrepayOutcome.PAID : PrepayOutcome.ACCEPTED)
        .code(code)
        .message(text(env, "message"))
        .payId(text(env, "pay_id"))
        .paySerial(text(env, "pay_serial"))
        .payOrigin(text(env, "pay_origin"))
        .payOriginDesc(text(env, "pay_origin_desc"))
        .seqno(text(env, "seqno"))
        .build();
  }

  private static Reconciliation<PrepayResult> reconcile(PaymentStatusResult s) {
    PrepayOutcome outcome;
    switch (s.status()) {
      case PAID:
        outcome = PrepayOutcome.PAID;
        break;
      case PAYING:
        outcome = PrepayOutcome.ACCEPTED;
        break;
      case FAILED:
        outcome = PrepayOutcome.FAILED;
        break;
      default:
        throw new ResponseFormatException(VENDOR, "paymentStatus", 200,
            "unknown payment status '" + s.statusCode() + "'", "", null);
    }
    return Reconciliation.found(PrepayResult.builder()
        .outcome(outcome)
        .code(s.statusCode())
        .paySerial(s.paySerial())
        .payOrigin(s.payOrigin())
        .payOriginDesc(s.payOriginDesc())
        .seqno(s.seqno())
        .reconciled(true)
        .build());
  }

  private static @Nullable String text(JsonNode env, String field) {
    JsonNode n = env.get(field);
    return n == null || n.isNull() || n.asText().isEmpty() ? null : n.asText();
  }

  /**
   * Looks up a charge of the client's default park by its {@code pay_partner}
   * ({@code GET parking/internal/payment}).
   *
   * @param payPartner the park's order number of the charge
   * @return its state
   */
  public PaymentStatusResult paymentStatus(String payPartner) {
    return paymentStatus(null, payPartner);
  }

  /**
   * Looks up a charge by park and {@code pay_partner}.
   *
   * @param parkUuid the park, or {@code null} for the client's default
   * @param payPartner the park's order number of the charge
   * @return its state
   */
  public PaymentStatusResult paymentStatus(@Nullable String parkUuid, String payPartner) {
    return service.paymentStatus(requests.paymentStatus(parkUuid, payPartner)).execute();
  }

  /** @param payPartner the charge's order number @return its state, eventually */
  public CompletableFuture<PaymentStatusResult> paymentStatusAsync(String payPartner) {
    return paymentStatusAsync(null, payPartner);
  }

  /** @param parkUuid the park, or {@code null} @param payPartner the charge's order number @return its state, eventually */
  public CompletableFuture<PaymentStatusResult> paymentStatusAsync(@Nullable String parkUuid, String payPartner) {
    return service.paymentStatus(requests.paymentStatus(parkUuid, payPartner)).executeAsync();
  }

  /**
   * Reports that a merchant coupon expired or was used ({@code POST
   * parking/internal/mcoupon/grant/sync}). Expiry reports need the client's app id.
   *
   * @param sync the report
   * @return P云's receipt
   */
  public Receipt syncMerchantCouponGrant(CouponGrantSync sync) {
    return service.syncMerchantCouponGrant(requests.couponGrant(sync)).execute();
  }

  /** @param sync the report @return the receipt, eventually */
  public CompletableFuture<Receipt> syncMerchantCouponGrantAsync(CouponGrantSync sync) {
    return service.syncMerchantCouponGrant(requests.couponGrant(sync)).executeAsync();
  }

  // ---- VIP, renewal and blacklist syncs ----

  /**
   * Sends one batch of fixed vehicles ({@code POST parking/internal/vip}, JSON). For more than a
   * batch, use {@link #vipSync()}.
   *
   * @param batch rows and the {@code complete} flag
   * @return P云's receipt
   */
  public Receipt syncVips(SyncBatch<Vip> batch) {
    return service.syncVips(requests.vips(batch)).execute();
  }

  /** @param batch rows and flag @return the receipt, eventually */
  public CompletableFuture<Receipt> syncVipsAsync(SyncBatch<Vip> batch) {
    return service.syncVips(requests.vips(batch)).executeAsync();
  }

  /**
   * Sends one batch of card renewals ({@code POST parking/internal/vip/recharge}, JSON). For more
   * than a batch, use {@link #vipRenewalSync()}.
   *
   * @param batch rows and the {@code complete} flag
   * @return P云's receipt
   */
  public Receipt syncVipRenewals(SyncBatch<VipRenewal> batch) {
    return service.syncVipRenewals(requests.vipRenewals(batch)).execute();
  }

  /** @param batch rows and flag @return the receipt, eventually */
  public CompletableFuture<Receipt> syncVipRenewalsAsync(SyncBatch<VipRenewal> batch) {
    return service.syncVipRenewals(requests.vipRenewals(batch)).executeAsync();
  }

  /**
   * Sends one batch of blacklist entries ({@code POST parking/internal/blacklist}, JSON). For more
   * than a batch, use {@link #blacklistSync()}.
   *
   * @param batch rows and the {@code complete} flag
   * @return P云's receipt
   */
  public Receipt syncBlacklist(SyncBatch<BlacklistEntry> batch) {
    return service.syncBlacklist(requests.blacklist(batch)).execute();
  }

  /** @param batch rows and flag @return the receipt, eventually */
  public CompletableFuture<Receipt> syncBlacklistAsync(SyncBatch<BlacklistEntry> batch) {
    return service.syncBlacklist(requests.blacklist(batch)).executeAsync();
  }

  /** A sync of any number of fixed vehicles, for the default park; see {@link SyncJob}. */
  public SyncJob.Builder<Vip> vipSync() {
    return new SyncJob.Builder<>("syncVips", (rows, complete) -> syncVipsAsync(batch(rows, complete)));
  }

  /** A sync of any number of card renewals, for the default park; see {@link SyncJob}. */
  public SyncJob.Builder<VipRenewal> vipRenewalSync() {
    return new SyncJob.Builder<>("syncVipRenewals", (rows, complete) -> syncVipRenewalsAsync(batch(rows, complete)));
  }

  /** A sync of any number of blacklist entries, for the default park; see {@link SyncJob}. */
  public SyncJob.Builder<BlacklistEntry> blacklistSync() {
    return new SyncJob.Builder<>("syncBlacklist", (rows, complete) -> syncBlacklistAsync(batch(rows, complete)));
  }

  private static <T> SyncBatch<T> batch(Iterable<T> rows, boolean complete) {
    return SyncBatch.<T>builder().complete(complete).addAllRows(rows).build();
  }

  // ---- energy ----

  /**
   * Reports a finished charging session for the park discount ({@code POST
   * energy/internal/replenish}, form with the openapi common parameters; needs the app id).
   *
   * @param request the session
   * @return P云's receipt ({@code 1002}, "no parking record", is an ApiException)
   */
  public Receipt replenish(ReplenishRequest request) {
    return service.replenish(requests.replenish(request)).execute();
  }

  /** @param request the session @return the receipt, eventually */
  public CompletableFuture<Receipt> replenishAsync(ReplenishRequest request) {
    return service.replenish(requests.replenish(request)).executeAsync();
  }

  /**
   * Syncs one charging device and its connectors ({@code POST energy/internal/device/sync}, JSON;
   * the endpoint takes one device per call; needs the app id).
   *
   * @param device the device
   * @return P云's receipt
   */
  public Receipt syncEnergyDevices(EnergyDevice device) {
    return service.syncEnergyDevices(requests.energyDevice(device)).execute();
  }

  /** @param device the device @return the receipt, eventually */
  public CompletableFuture<Receipt> syncEnergyDevicesAsync(EnergyDevice device) {
    return service.syncEnergyDevices(requests.energyDevice(device)).executeAsync();
  }

  /**
   * Syncs the state of one charging session ({@code POST energy/internal/replenish/sync}, JSON; one
   * session per call; needs the app id).
   *
   * @param replenishment the session
   * @return P云's receipt
   */
  public Receipt syncReplenishments(Replenishment replenishment) {
    return service.syncReplenishments(requests.replenishment(replenishment)).execute();
  }

  /** @param replenishment the session @return the receipt, eventually */
  public CompletableFuture<Receipt> syncReplenishmentsAsync(Replenishment replenishment) {
    return service.syncReplenishments(requests.replenishment(replenishment)).executeAsync();
  }

  // ---- plumbing ----

  /** Signed requests to paths without a typed method. */
  public FourPyunRaw raw() {
    return new FourPyunRaw(runtime);
  }

  /** The default park UUID, or {@code null}. */
  public @Nullable String parkUuid() {
    return settings.parkUuid;
  }

  /** Ends this client (and the clients derived from it) and its connections, if it owns them. */
  @Override
  public void close() {
    runtime.close();
  }

  /** Base URL and park only: the secret is never printed. */
  @Override
  public String toString() {
    return "FourPyunClient{" + runtime.baseUrl() + ", parkUuid=" + settings.parkUuid + "}";
  }

  static VendorSpec spec(Secret appSecret, String defaultBaseUrl) {
    return VendorSpec.builder(VENDOR)
        .defaultBaseUrl(defaultBaseUrl)
        .signer(new FourPyunRequestSigner(appSecret))
        .decoder(new FourPyunEnvelope())
        .secret(appSecret.reveal())
        .sensitiveFields("mobile", "id_card", "idcard_no")
        .build();
  }

  /** The 4pyun-specific settings. */
  private static final class Settings {
    final @Nullable String parkUuid;
    final @Nullable String appId;
    final @Nullable String apiType;

    Settings(@Nullable String parkUuid, @Nullable String appId, @Nullable String apiType) {
      this.parkUuid = parkUuid;
      this.appId = appId;
      this.apiType = apiType;
    }
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

    /** @param appSecret the park's (or app's) signing secret @return this */
    public Builder appSecret(String appSecret) {
      this.appSecret = Secret.of("appSecret", appSecret);
      return this;
    }

    /** @param appId the P云 app id ({@code app_id}) @return this */
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

    /** @param parkUuid the park UUID used when a request names none @return this */
    public Builder parkUuid(String parkUuid) {
      this.parkUuid = Checks.notBlank("parkUuid", parkUuid);
      return this;
    }

    /** @param environment production (default) or test @return this */
    public Builder environment(FourPyunEnvironment environment) {
      if (environment == null) {
        throw new ValidationException("environment", "must not be null");
      }
      this.environment = environment;
      return this;
    }

    /**
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
      ClientRuntime runtime = ClientRuntime.create(coreConfig(), spec(appSecret, environment.baseUrl()));
      return new FourPyunClient(runtime, new Settings(parkUuid, appId, apiType));
    }
  }
}
