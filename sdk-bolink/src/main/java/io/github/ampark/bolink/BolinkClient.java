package io.github.ampark.bolink;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.bolink.internal.Envelopes;
import io.github.ampark.bolink.internal.ExitOrderLookup;
import io.github.ampark.bolink.internal.OpenService;
import io.github.ampark.bolink.internal.RequestData;
import io.github.ampark.bolink.internal.Responses;
import io.github.ampark.bolink.internal.Signers;
import io.github.ampark.bolink.internal.UnionService;
import io.github.ampark.bolink.model.BolinkAck;
import io.github.ampark.bolink.model.ChargingDiscountRequest;
import io.github.ampark.bolink.model.EtcPayRequest;
import io.github.ampark.bolink.model.ExitOrderRequest;
import io.github.ampark.bolink.model.OrderPage;
import io.github.ampark.bolink.model.OrderState;
import io.github.ampark.bolink.model.ParkCheckRequest;
import io.github.ampark.bolink.model.ParkCheckResult;
import io.github.ampark.bolink.model.ParkSetupRequest;
import io.github.ampark.bolink.model.PayNoticeRequest;
import io.github.ampark.bolink.model.PaymentRequest;
import io.github.ampark.bolink.model.PaymentResult;
import io.github.ampark.bolink.model.QueryOrderStateRequest;
import io.github.ampark.bolink.model.QueryOrdersRequest;
import io.github.ampark.bolink.model.RedPacketChangeRequest;
import io.github.ampark.bolink.model.RedPacketChangeResult;
import io.github.ampark.bolink.model.RefundRequest;
import io.github.ampark.core.AmparkClientBuilder;
import io.github.ampark.core.ClientConfig;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.Secret;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.spi.AmparkCall;
import io.github.ampark.core.spi.BusinessKeyCalls;
import io.github.ampark.core.spi.ClientRuntime;
import io.github.ampark.core.IfAbsent;
import io.github.ampark.core.spi.VendorSpec;
import io.github.ampark.core.Checks;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

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
 *   bolink.exitOrder(ExitOrderRequest.builder()
 *       .parkId("dlytest_no").orderId("A1_2C1717754731").carNumber("京A12345")
 *       .outTime(Instant.now()).payType(PayType.CASH).totalYuan(new BigDecimal("12.50")).emptyPlot(56)
 *       .build());
 *   OrderPage page = bolink.queryOrders(QueryOrdersRequest.builder().parkId("dlytest_no")
 *       .startTime(from).endTime(to).build());
 * }
 * }</pre>
 *
 * <p>Every {@code data} object is written once to compact JSON in the document's field order, that
 * exact text is signed, and the same characters are sent: Chinese plates as raw UTF-8, URLs with
 * {@code /} and {@code &} unescaped, amounts as two-decimal yuan text ({@code "12.50"}), times as
 * epoch seconds. An answer with {@code state} other than 1 is an {@link
 * io.github.ampark.core.ApiException} whose {@code vendorCode()} is the state and {@code
 * vendorMessage()} the {@code errmsg}.
 *
 * <p><b>Retries.</b> Queries ({@code queryOrders}, {@code queryOrderState}, {@code parkCheck}) and
 * {@code parkSetup} (an absolute setting) are retried on transient failures. {@code exitOrder} is
 * keyed by {@code order_id}: after a lost answer the client asks 4.1 for that order and sends again
 * only if Bolink confirms it does not have it. {@code prepay}/{@code unifiedPay} are keyed by {@code
 * trade_no}: after a lost answer the client asks 4.3; if Bolink knows the payment, that answer is
 * returned, otherwise the original failure is thrown (4.3 has no documented "not found" answer, so
 * absence can never be confirmed and the payment is never resent). {@code refund}, {@code etcPay},
 * {@code redPacketChange}, {@code uploadChargingDiscount} and {@code payNoticeToPark} move money or
 * have no query by key: they are never resent once they may have reached Bolink.
 *
 * <p>Immutable and thread-safe; the union and cloud hosts share one connection pool. Close it when
 * your application stops.
 */
public final class BolinkClient implements AutoCloseable {
  static final String VENDOR = "bolink";

  private final ClientRuntime union;
  private final UnionService unionService;
  private final OpenService plainOpen;
  private final Map<String, ClientRuntime> parks;
  private final Map<String, OpenService> parkOpen;
  private final long unionId;
  private final Clock clock;
  private final OpenServiceTransport chargingDiscountTransport;
  private final OpenServiceTransport payNoticeTransport;
  private final IfAbsent ifAbsent;
  private final Responses responses;
  private final BolinkRaw raw;

  private BolinkClient(Builder b, ClientRuntime union, ClientRuntime plain, Map<String, ClientRuntime> parks) {
    this.union = union;
    this.unionService = union.create(UnionService.class);
    this.plainOpen = plain.create(OpenService.class);
    this.parks = parks;
    Map<String, OpenService> open = new LinkedHashMap<>();
    for (Map.Entry<String, ClientRuntime> e : parks.entrySet()) {
      open.put(e.getKey(), e.getValue().create(OpenService.class));
    }
    this.parkOpen = Collections.unmodifiableMap(open);
    this.unionId = b.unionId;
    this.clock = union.config().clock();
    this.chargingDiscountTransport = b.chargingDiscountTransport;
    this.payNoticeTransport = b.payNoticeTransport;
    this.ifAbsent = b.ifAbsent;
    this.responses = new Responses(union.redactor());
    this.raw = new BolinkRaw(union, parks, unionId);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** The vendor number ({@code union_id}) this client signs for. */
  public long unionId() {
    return unionId;
  }

  // ---- 3.2 exit order ---------------------------------------------------------------------------

  /**
   * Reports a car leaving (3.2 {@code /unionapi/neworder/updateorder}). Keyed by {@code order_id}:
   * after a lost answer, the order is looked up with 4.1; see {@link Builder#ifAbsent}.
   *
   * @param request the exit
   * @return Bolink's acknowledgement ({@link BolinkAck#reconciled()} if it was found by the lookup)
   * @throws io.github.ampark.core.OutcomeUnknownException if the answer was lost and the lookup
   *     did not prove what happened
   */
  public BolinkAck exitOrder(ExitOrderRequest request) {
    return exitOrderCall(request).execute();
  }

  /**
   * {@link #exitOrder} on OkHttp's dispatcher.
   *
   * @param request the exit
   * @return the acknowledgement, eventually
   */
  public CompletableFuture<BolinkAck> exitOrderAsync(ExitOrderRequest request) {
    return exitOrderCall(request).executeAsync();
  }

  private AmparkCall<BolinkAck> exitOrderCall(ExitOrderRequest request) {
    return BusinessKeyCalls.keyed(union, "exitOrder", request.orderId(),
        unionService.exitOrder(RequestData.body(RequestData.exitOrder(request, unionId))).map(responses::ack),
        failure -> queryOrdersCall(ExitOrderLookup.query(request)).map(env -> ExitOrderLookup.reconcile(env, request)),
        ifAbsent);
  }

  // ---- 4.1 / 4.2 / 4.3 ----------------------------------------------------------------------------

  /**
   * Searches uploaded orders (4.1 {@code /unionapi/neworder/queryorders}). Safe to retry.
   *
   * @param request the search
   * @return one page
   */
  public OrderPage queryOrders(QueryOrdersRequest request) {
    return responses.orderPage("queryOrders", queryOrdersCall(request).execute());
  }

  /** @param request the search @return one page, eventually */
  public CompletableFuture<OrderPage> queryOrdersAsync(QueryOrdersRequest request) {
    return queryOrdersCall(request).executeAsync().thenApply(env -> responses.orderPage("queryOrders", env));
  }

  private AmparkCall<JsonNode> queryOrdersCall(QueryOrdersRequest request) {
    return unionService.queryOrders(RequestData.body(RequestData.queryOrders(request, unionId)));
  }

  /**
   * Refunds a payment (4.2 {@code /unionapi/neworder/refund}). Never resent once it may have reached
   * Bolink: no query tells whether a refund took effect. After a {@link
   * io.github.ampark.core.TransportException} with {@code mayHaveReachedVendor()}, check 4.1 / 4.3
   * before refunding again.
   *
   * @param request the refund
   * @return the acknowledgement
   */
  public BolinkAck refund(RefundRequest request) {
    return responses.ack(refundCall(request).execute());
  }

  /** @param request the refund @return the acknowledgement, eventually */
  public CompletableFuture<BolinkAck> refundAsync(RefundRequest request) {
    return refundCall(request).executeAsync().thenApply(responses::ack);
  }

  private AmparkCall<JsonNode> refundCall(RefundRequest request) {
    return unionService.refund(RequestData.body(RequestData.refund(request, unionId)));
  }

  /**
   * Asks for the state of one electronic payment (4.3 {@code /unionapi/neworder/queryOrderState}).
   *
   * @param request the question
   * @return the answer as received
   */
  public OrderState queryOrderState(QueryOrderStateRequest request) {
    return responses.orderState(request.tradeNo(), queryOrderStateCall(request).execute());
  }

  /** @param request the question @return the answer, eventually */
  public CompletableFuture<OrderState> queryOrderStateAsync(QueryOrderStateRequest request) {
    return queryOrderStateCall(request).executeAsync().thenApply(env -> responses.orderState(request.tradeNo(), env));
  }

  private AmparkCall<JsonNode> queryOrderStateCall(QueryOrderStateRequest request) {
    return unionService.queryOrderState(RequestData.body(RequestData.queryOrderState(request, unionId)));
  }

  // ---- payments -----------------------------------------------------------------------------------

  /**
   * Creates a parking-fee payment ({@code /unionapi/bolinkparkpay}). Keyed by {@code trade_no}; see
   * the class documentation for what happens after a lost answer.
   *
   * @param request the payment
   * @return Bolink's answer
   */
  public PaymentResult prepay(PaymentRequest request) {
    return pay("prepay", request, unionService::prepay);
  }

  /** @param request the payment @return Bolink's answer, eventually */
  public CompletableFuture<PaymentResult> prepayAsync(PaymentRequest request) {
    return payAsync("prepay", request, unionService::prepay);
  }

  /**
   * Creates a payment through the unified order ({@code /unionapi/bolinkunified}). Keyed by {@code
   * trade_no} like {@link #prepay}.
   *
   * @param request the payment
   * @return Bolink's answer
   */
  public PaymentResult unifiedPay(PaymentRequest request) {
    return pay("unifiedPay", request, unionService::unifiedPay);
  }

  /** @param request the payment @return Bolink's answer, eventually */
  public CompletableFuture<PaymentResult> unifiedPayAsync(PaymentRequest request) {
    return payAsync("unifiedPay", request, unionService::unifiedPay);
  }

  private PaymentResult pay(String op, PaymentRequest request, Function<okhttp3.RequestBody, AmparkCall<JsonNode>> endpoint) {
    return payCall(op, request, endpoint).execute();
  }

  private CompletableFuture<PaymentResult> payAsync(
      String op, PaymentRequest request, Function<okhttp3.RequestBody, AmparkCall<JsonNode>> endpoint) {
    return payCall(op, request, endpoint).executeAsync();
  }

  private AmparkCall<PaymentResult> payCall(
      String op, PaymentRequest request, Function<okhttp3.RequestBody, AmparkCall<JsonNode>> endpoint) {
    return BusinessKeyCalls.keyed(union, op, request.tradeNo(),
        endpoint.apply(paymentBody(request)).map(env -> responses.payment(request.tradeNo(), env, false)),
        failure -> queryOrderStateCall(paymentLookup(request)).map(env -> responses.paymentLookup(request.tradeNo(), env)),
        IfAbsent.THROW);
  }

  private okhttp3.RequestBody paymentBody(PaymentRequest request) {
    return RequestData.body(RequestData.payment(request, clock.instant()));
  }

  private static QueryOrderStateRequest paymentLookup(PaymentRequest request) {
    return QueryOrderStateRequest.builder().parkId(request.parkId()).tradeNo(request.tradeNo()).build();
  }

  /**
   * Deducts a parking fee through ETC (3.7 {@code /unionapi/etcPayApi}; {@code union_id} at the top
   * level). Never resent once it may have reached Bolink.
   *
   * @param request the deduction
   * @return the acknowledgement
   */
  public BolinkAck etcPay(EtcPayRequest request) {
    return responses.ack(etcPayCall(request).execute());
  }

  /** @param request the deduction @return the acknowledgement, eventually */
  public CompletableFuture<BolinkAck> etcPayAsync(EtcPayRequest request) {
    return etcPayCall(request).executeAsync().thenApply(responses::ack);
  }

  private AmparkCall<JsonNode> etcPayCall(EtcPayRequest request) {
    return unionService.etcPay(RequestData.body(RequestData.etcPay(request)));
  }

  /**
   * Gives change as a WeChat red packet (3.10 {@code /unionapi/getWxRedPacketUrlNew}). Never resent
   * once it may have reached Bolink.
   *
   * @param request the change
   * @return the URL where the driver collects it
   */
  public RedPacketChangeResult redPacketChange(RedPacketChangeRequest request) {
    return responses.redPacket("redPacketChange", redPacketCall(request).execute());
  }

  /** @param request the change @return the URL, eventually */
  public CompletableFuture<RedPacketChangeResult> redPacketChangeAsync(RedPacketChangeRequest request) {
    return redPacketCall(request).executeAsync().thenApply(env -> responses.redPacket("redPacketChange", env));
  }

  private AmparkCall<JsonNode> redPacketCall(RedPacketChangeRequest request) {
    return unionService.redPacketChange(RequestData.body(RequestData.redPacketChange(request, unionId, clock.instant())));
  }

  // ---- car park ---------------------------------------------------------------------------------------

  /**
   * Asks whether a car may enter ({@code /unionapi/neworder/uploadData}, {@code park_check}).
   *
   * @param request the car
   * @return Bolink's verdict
   */
  public ParkCheckResult parkCheck(ParkCheckRequest request) {
    return responses.parkCheck(parkCheckCall(request).execute());
  }

  /** @param request the car @return the verdict, eventually */
  public CompletableFuture<ParkCheckResult> parkCheckAsync(ParkCheckRequest request) {
    return parkCheckCall(request).executeAsync().thenApply(responses::parkCheck);
  }

  private AmparkCall<JsonNode> parkCheckCall(ParkCheckRequest request) {
    return unionService.parkCheck(RequestData.body(RequestData.parkCheck(request, unionId)));
  }

  /**
   * Sets a car park's plate-less entry rule ({@code /unionapi/newpark/setUp}). An absolute setting,
   * so it is retried like a query.
   *
   * @param request the setting
   * @return the acknowledgement
   */
  public BolinkAck parkSetup(ParkSetupRequest request) {
    return responses.ack(parkSetupCall(request).execute());
  }

  /** @param request the setting @return the acknowledgement, eventually */
  public CompletableFuture<BolinkAck> parkSetupAsync(ParkSetupRequest request) {
    return parkSetupCall(request).executeAsync().thenApply(responses::ack);
  }

  private AmparkCall<JsonNode> parkSetupCall(ParkSetupRequest request) {
    return unionService.parkSetup(RequestData.body(RequestData.parkSetup(request, unionId)));
  }

  // ---- cloud host -------------------------------------------------------------------------------------

  /**
   * Uploads a charging discount (3.11 {@code /zld/openservice/uploaddurationinfo}) with the
   * transport chosen by {@link Builder#chargingDiscountTransport} (default: the document's example,
   * plain JSON signed with {@code ukey}; see {@link OpenServiceTransport}). Never resent once it may
   * have reached Bolink.
   *
   * @param request the discount
   * @return the acknowledgement
   */
  public BolinkAck uploadChargingDiscount(ChargingDiscountRequest request) {
    return responses.ack(chargingDiscountCall(request).execute());
  }

  /** @param request the discount @return the acknowledgement, eventually */
  public CompletableFuture<BolinkAck> uploadChargingDiscountAsync(ChargingDiscountRequest request) {
    return chargingDiscountCall(request).executeAsync().thenApply(responses::ack);
  }

  private AmparkCall<JsonNode> chargingDiscountCall(ChargingDiscountRequest request) {
    OpenService service = open(chargingDiscountTransport, request.parkId());
    return service.uploadChargingDiscount(RequestData.body(RequestData.chargingDiscount(request, unionId)));
  }

  /**
   * Tells a car park that a stay was paid ({@code /zld/openservice/paynoticetopark}) with the
   * transport chosen by {@link Builder#payNoticeTransport} (default: the cloud rule, Base64 signed
   * with the park's {@code ckey}). Never resent once it may have reached Bolink.
   *
   * @param request the notice
   * @return the acknowledgement
   */
  public BolinkAck payNoticeToPark(PayNoticeRequest request) {
    return responses.ack(payNoticeCall(request).execute());
  }

  /** @param request the notice @return the acknowledgement, eventually */
  public CompletableFuture<BolinkAck> payNoticeToParkAsync(PayNoticeRequest request) {
    return payNoticeCall(request).executeAsync().thenApply(responses::ack);
  }

  private AmparkCall<JsonNode> payNoticeCall(PayNoticeRequest request) {
    OpenService service = open(payNoticeTransport, request.parkId());
    return service.payNoticeToPark(RequestData.body(RequestData.payNotice(request, unionId)));
  }

  private OpenService open(OpenServiceTransport transport, String parkId) {
    if (transport == OpenServiceTransport.PLAIN_JSON_UKEY) {
      return plainOpen;
    }
    OpenService s = parkOpen.get(parkId);
    if (s == null) {
      throw new ValidationException("parkId", "no ckey configured for park " + parkId + "; add .parkKey(\"" + parkId + "\", ckey) to the builder");
    }
    return s;
  }

  // ---- raw ------------------------------------------------------------------------------------------------

  /** The escape hatch: signed requests to any union, cloud or legacy path. */
  public BolinkRaw raw() {
    return raw;
  }

  /** Releases the connection pool and threads (unless you supplied the OkHttpClient). Idempotent. */
  @Override
  public void close() {
    union.close();
  }

  @Override
  public String toString() {
    return "BolinkClient{unionId=" + unionId + ", union=" + union.baseUrl() + ", parks=" + parks.keySet() + "}";
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
    private OpenServiceTransport chargingDiscountTransport = OpenServiceTransport.PLAIN_JSON_UKEY;
    private OpenServiceTransport payNoticeTransport = OpenServiceTransport.CLOUD_BASE64_CKEY;
    private IfAbsent ifAbsent = IfAbsent.THROW;

    private Builder() {}

    /** @param unionId your vendor number ({@code union_id}), e.g. {@code 200666} @return this */
    public Builder unionId(long unionId) {
      Checks.positive("unionId", unionId);
      this.unionId = unionId;
      this.unionIdSet = true;
      return this;
    }

    /** @param ukey the vendor key issued with your {@code union_id} (never logged) @return this */
    public Builder ukey(String ukey) {
      this.ukey = Secret.of("ukey", ukey);
      return this;
    }

    /**
     * Adds a park for the cloud open API.
     *
     * @param parkId the park's number ({@code comid} / {@code park_id})
     * @param ckey its park key (never logged)
     * @return this
     */
    public Builder parkKey(String parkId, String ckey) {
      Checks.notBlank("parkId", parkId);
      parkKeys.put(parkId, Secret.of("ckey", ckey));
      return this;
    }

    /** @param environment {@link BolinkEnvironment#PRODUCTION} (default) or TEST @return this */
    public Builder environment(BolinkEnvironment environment) {
      if (environment == null) {
        throw new ValidationException("environment", "must not be null");
      }
      this.environment = environment;
      return this;
    }

    /** @param url the union API host instead of the environment's (e.g. a fake) @return this */
    public Builder unionBaseUrl(String url) {
      this.unionBaseUrl = ClientConfig.builder().baseUrl(url).build().baseUrl().toString();
      return this;
    }

    /** @param url the cloud host instead of the environment's @return this */
    public Builder cloudBaseUrl(String url) {
      this.cloudBaseUrl = ClientConfig.builder().baseUrl(url).build().baseUrl().toString();
      return this;
    }

    /**
     * Sends both the union and the cloud requests to this URL (a testkit fake, a proxy).
     *
     * @param baseUrl absolute http(s) URL
     * @return this
     */
    @Override
    public Builder baseUrl(String baseUrl) {
      unionBaseUrl(baseUrl);
      return cloudBaseUrl(baseUrl);
    }

    /**
     * @param transport how 3.11 {@code uploaddurationinfo} is sent (default {@link
     *     OpenServiceTransport#PLAIN_JSON_UKEY}, the document's example)
     * @return this
     */
    public Builder chargingDiscountTransport(OpenServiceTransport transport) {
      this.chargingDiscountTransport = required("chargingDiscountTransport", transport);
      return this;
    }

    /**
     * @param transport how {@code paynoticetopark} is sent (default {@link
     *     OpenServiceTransport#CLOUD_BASE64_CKEY})
     * @return this
     */
    public Builder payNoticeTransport(OpenServiceTransport transport) {
      this.payNoticeTransport = required("payNoticeTransport", transport);
      return this;
    }

    /**
     * @param ifAbsent what {@code exitOrder} does when, after a lost answer, a well-formed 4.1 answer
     *     says Bolink has no such order: {@link IfAbsent#THROW} (default) throws an {@link
     *     io.github.ampark.core.OutcomeUnknownException} with {@code absenceReported()}; {@link
     *     IfAbsent#RESEND} asks again after {@code reconcileSettleDelay} and sends once more only if
     *     the second answer agrees, all within the call deadline
     * @return this
     */
    public Builder ifAbsent(IfAbsent ifAbsent) {
      this.ifAbsent = required("ifAbsent", ifAbsent);
      return this;
    }

    private static <T> T required(String field, @Nullable T value) {
      if (value == null) {
        throw new ValidationException(field, "must not be null");
      }
      return value;
    }

    /**
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
      ClientConfig core = coreConfig();
      ClientConfig unionConfig = core.toBuilder()
          .baseUrl(unionBaseUrl != null ? unionBaseUrl : environment.unionBaseUrl()).build();
      ClientConfig cloudConfig = core.toBuilder()
          .baseUrl(cloudBaseUrl != null ? cloudBaseUrl : environment.cloudBaseUrl()).build();
      VendorSpec.Builder base = VendorSpec.builder(VENDOR).defaultBaseUrl(unionConfig.baseUrl()).secret(ukey.reveal());
      for (Secret s : parkKeys.values()) {
        base.secret(s.reveal());
      }
      VendorSpec unionSpec = base.signer(Signers.union(ukey, unionId)).decoder(Envelopes.UNION).build();
      ClientRuntime union = ClientRuntime.create(unionConfig, unionSpec);
      ClientRuntime plain = union.derive(cloudConfig, unionSpec.toBuilder().defaultBaseUrl(cloudConfig.baseUrl()).build());
      Map<String, ClientRuntime> parks = new LinkedHashMap<>();
      for (Map.Entry<String, Secret> e : parkKeys.entrySet()) {
        VendorSpec cloud = unionSpec.toBuilder()
            .defaultBaseUrl(cloudConfig.baseUrl())
            .signer(Signers.cloud(e.getValue()))
            .decoder(Envelopes.cloud(e.getValue()))
            .logBodyView(Signers::base64View)
            .build();
        parks.put(e.getKey(), union.derive(cloudConfig, cloud));
      }
      return new BolinkClient(this, union, plain, Collections.unmodifiableMap(parks));
    }
  }
}
