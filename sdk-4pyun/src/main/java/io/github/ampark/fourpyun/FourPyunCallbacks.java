package io.github.ampark.fourpyun;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ampark.core.CallbackVerificationException;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.Secret;
import io.github.ampark.core.callback.CallbackReply;
import io.github.ampark.core.callback.CallbackRequest;
import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.core.Checks;
import io.github.ampark.core.spi.AmparkJson;
import io.github.ampark.core.signing.Canonicalizer;
import io.github.ampark.core.signing.Digests;
import io.github.ampark.core.signing.HexCase;
import io.github.ampark.core.time.TimeFormat;
import io.github.ampark.fourpyun.internal.CallbackFields;
import io.github.ampark.fourpyun.internal.GatewayEvents;
import io.github.ampark.fourpyun.model.GatewayEvent;
import io.github.ampark.fourpyun.model.GatewayReply;
import io.github.ampark.fourpyun.model.GatewayResultCode;
import io.github.ampark.fourpyun.model.OpenApiPush;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies and answers what P云 sends to a park: calls of the HTTP gateway
 * ({@code service.parking.*} JSON, "云端HTTP接入") and openapi pushes (signed forms). Fails closed:
 * a missing or wrong signature, an unknown key or a malformed body is refused and never reaches your
 * code. Thread-safe; build one and share it.
 *
 * <pre>{@code
 * FourPyunCallbacks callbacks = FourPyunCallbacks.builder()
 *     .gatewayKey(System.getenv("FOURPYUN_GATEWAY_KEY"))   // gateway calls
 *     .appSecret(System.getenv("FOURPYUN_APP_SECRET"))     // openapi pushes
 *     .build();
 *
 * // POST /4pyun/gateway
 * CallbackReply reply = callbacks.handle(ServletCallbacks.read(req), new FourPyunHandler() {
 *   @Override public GatewayReply onPaymentResult(PaymentResultEvent e) {
 *     orders.markPaid(e.parkingOrder(), e.payValueFen());
 *     return GatewayReply.ok();
 *   }
 * });
 * resp.setStatus(reply.status()); resp.setContentType(reply.contentType()); resp.getOutputStream().write(reply.body());
 * }</pre>
 *
 * <p><b>Gateway signature</b>: the gateway rule of {@link FourPyunSigner} ({@code &key=}, empty
 * values kept; official sample gateway {@code SecurityProvider}; no published vector with a known
 * key), compared ignoring case in constant time. Fields the SDK does not know are signed and
 * accepted ("验签须支持扩展字段"). Which key P云 uses for a park is agreed with 4pyun (the sample's
 * own comment says to look it up from the request), so it is pluggable: {@link
 * Builder#gatewayKeys(GatewayKeyResolver)}. Note that P云's sample gateway hashes with the JVM's
 * default charset; this class always uses UTF-8 (see docs/4pyun.md).
 *
 * <p><b>Gateway replies</b> are {@code {"result_code","message"[,"hint"], …data}} with any code
 * P云 defines ({@link GatewayResultCode} is open). The payment-result document also lists {@code service},
 * {@code version}, {@code charset} and a {@code sign} in the reply; whether P云 checks it is not
 * documented. {@link Builder#signGatewayReplies(boolean)} adds them (signed with the gateway rule,
 * nested data as compact JSON text); the default follows the official sample and does not.
 *
 * <p><b>Openapi pushes</b> are signed with the request rule of {@link FourPyunSigner} (non-empty
 * fields, {@code &app_secret=}) and acknowledged with exactly {@code {"code":"1001"}}.
 *
 * <p><b>Duplicates.</b> P云 repeats notifications until acknowledged. Payment results, card
 * renewals, discount grants and withdrawals, and openapi pushes go through {@link
 * DuplicateGuard#handleOnce}: only the success reply ({@code 1001}, marked {@link
 * CallbackReply#asAcknowledgement()}) records the event as handled, and a repeat is then
 * acknowledged without calling your handler; a refusal, an error reply or an exception from your
 * handler (or from any plug-in: key resolver, handler) releases it, so P云's next delivery is
 * handled again. Exceptions from plug-ins never escape {@code handle…}: they become a refusal.
 * Queries (bills, card lookups, no-plate entries) are answered every time.
 */
public final class FourPyunCallbacks {
  /** The acknowledgement of an openapi push: {@code {"code":"1001"}}. */
  public static final CallbackReply OPENAPI_ACK = CallbackReply.json("{\"code\":\"1001\"}").asAcknowledgement();

  private static final CallbackReply PUSH_FAILED = CallbackReply.json("{\"code\":\"1500\",\"message\":\"处理失败\"}");
  private static final Logger LOG = LoggerFactory.getLogger(FourPyunCallbacks.class);
  private static final Canonicalizer IDENTITY = Canonicalizer.builder().exclude("sign").build();
  private static final ObjectMapper MAPPER = AmparkJson.newMapper();

  private final @Nullable GatewayKeyResolver gatewayKeys;
  private final @Nullable FourPyunSigner pushSigner;
  private final @Nullable String appId;
  private final DuplicateGuard duplicates;
  private final boolean signReplies;

  private FourPyunCallbacks(Builder b) {
    this.gatewayKeys = b.gatewayKeys;
    this.pushSigner = b.appSecret == null ? null : FourPyunSigner.of(b.appSecret);
    this.appId = b.appId;
    this.duplicates = b.duplicates;
    this.signReplies = b.signReplies;
  }

  /**
   * Starts an empty {@code FourPyunCallbacks} builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Chooses the gateway key for a call, e.g. by {@code park_uuid}.
   *
   * <pre>{@code
   * GatewayKeyResolver keys = fields -> Optional.ofNullable(keyStore.gatewayKeyOf(fields.get("park_uuid")));
   * }</pre>
   *
   * <p>Since issue 14 it returns {@code Optional} (it returned a nullable {@code String} before):
   * wrap a nullable key with {@code Optional.ofNullable(...)}.
   */
  @FunctionalInterface
  public interface GatewayKeyResolver {
    /**
     * Looks up the gateway key that signs a call.
     *
     * @param fields the call's fields (unverified! use them only to choose the key)
     * @return the key, or empty to refuse the call (an empty key, a {@code null} result or an
     *     exception also refuses it: fail closed)
     */
    Optional<String> keyFor(Map<String, String> fields);
  }

  // ---- gateway ----

  /**
   * Verifies a gateway call and reads it as a typed event. Does not consult the duplicate guard.
   *
   * @param request the call as received
   * @return the event
   * @throws CallbackVerificationException if it is not a signed, well-formed gateway call
   */
  public GatewayEvent parse(CallbackRequest request) {
    return GatewayEvents.of(verifiedGateway(Checks.notNull("request", request)));
  }

  private CallbackFields verifiedGateway(CallbackRequest request) {
    if (!"POST".equals(request.method())) {
      throw CallbackFields.reject("gateway calls are POSTs (was " + request.method() + ")");
    }
    CallbackFields f = CallbackFields.json(request);
    String sign = f.optional("sign");
    if (sign == null) {
      throw signature("the call carries no sign");
    }
    f.required("service");
    Map<String, String> unsigned = f.unsigned();
    FourPyunSigner signer = gatewaySigner(unsigned);
    if (signer == null) {
      throw signature("no gateway key for park " + Checks.echo(unsigned.get("park_uuid")));
    }
    if (!signer.verifyGateway(f.all())) {
      throw signature("signature mismatch");
    }
    return f;
  }

  /** The signer of the key the resolver picks; a failing resolver refuses the call. */
  private @Nullable FourPyunSigner gatewaySigner(Map<String, String> fields) {
    String key;
    try {
      Optional<String> found = gatewayKeys == null ? null : gatewayKeys.keyFor(fields);
      key = found == null ? null : found.orElse(null);
    } catch (RuntimeException e) {
      throw new SignatureRejected("the gateway key lookup failed (" + e.getClass().getSimpleName() + ")");
    }
    return key == null || key.isEmpty() ? null : FourPyunSigner.of(Secret.of("gatewayKey", key));
  }

  /**
   * Verifies a gateway call, skips a repeated notification, asks {@code handler} and returns the
   * exact reply to send back (always HTTP 200 with JSON; refusals carry {@code 1401} for a bad
   * signature, {@code 1400} for a malformed call, {@code 1500} when the handler failed).
   *
   * @param request the call as received
   * @param handler your side
   * @return the reply to write back unchanged
   */
  public CallbackReply handle(CallbackRequest request, FourPyunHandler handler) {
    Checks.notNull("handler", handler);
    GatewayEvent event;
    try {
      event = parse(request);
    } catch (SignatureRejected e) {
      LOG.warn("4pyun gateway call refused: {}", e.getMessage());
      return write(null, GatewayReply.error(GatewayResultCode.ACCESS_DENY, "签名错误, 请检查配置"));
    } catch (CallbackVerificationException e) {
      LOG.warn("4pyun gateway call refused: {}", e.getMessage());
      return write(null, GatewayReply.error(GatewayResultCode.ILLEGAL_ARGUMENT, "请求参数错误"));
    }
    String key = GatewayEvents.duplicateKey(event);
    try {
      if (key == null) {
        return write(event, dispatch(event, handler));
      }
      return duplicates.handleOnce(key,
          () -> write(event, dispatch(event, handler)),
          () -> {
            LOG.info("4pyun gateway {}: repeated notification acknowledged without handling", event.service());
            return write(event, GatewayReply.ok("重复通知, 已处理"));
          },
          () -> {
            LOG.info("4pyun gateway {}: repeated while the first delivery is being handled; asking for a resend", event.service());
            return write(event, GatewayReply.error(GatewayResultCode.SERVICE_UNAVAILABLE, "处理中, 请稍后重试"));
          });
    } catch (RuntimeException e) {
      // a plug-in (the duplicate guard, the key resolver signing the reply) failed: refuse, P云 delivers again
      LOG.warn("4pyun gateway {}: a plug-in failed; answering 1500 so P云 retries", event.service(), e);
      return write(null, GatewayReply.error(GatewayResultCode.INTERNAL_ERROR, "接口内部处理失败"));
    }
  }

  /** Runs the handler; a handler failure becomes a 1500 reply so P云 sends the call again. */
  private static GatewayReply dispatch(GatewayEvent event, FourPyunHandler handler) {
    try {
      GatewayReply reply = GatewayEvents.dispatch(event, handler);
      if (reply == null) {
        throw new IllegalStateException("the handler returned no reply");
      }
      return reply;
    } catch (RuntimeException e) {
      LOG.warn("4pyun gateway {}: handler failed; answering 1500 so P云 retries", event.service(), e);
      return GatewayReply.error(GatewayResultCode.INTERNAL_ERROR, "接口内部处理失败");
    }
  }

  /**
   * The exact reply for a gateway call you handled yourself after {@link #parse}.
   *
   * @param event the call, or {@code null} if it could not be read
   * @param reply your answer
   * @return HTTP 200 JSON
   */
  public CallbackReply reply(@Nullable GatewayEvent event, GatewayReply reply) {
    return write(event, Checks.notNull("reply", reply));
  }

  private CallbackReply write(@Nullable GatewayEvent event, GatewayReply reply) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (signReplies && event != null) {
      body.put("service", event.service());
      body.put("version", event.version() == null ? "1.0" : event.version());
      body.put("charset", event.charset() == null ? "UTF-8" : event.charset());
    }
    body.put("result_code", reply.resultCode().code());
    body.put("message", reply.message());
    if (reply.hint() != null) {
      body.put("hint", reply.hint());
    }
    body.putAll(reply.fields());
    try {
      if (signReplies && event != null) {
        FourPyunSigner signer = gatewaySigner(event.fields());
        if (signer != null) {
          Map<String, String> text = new TreeMap<>();
          for (Map.Entry<String, Object> e : body.entrySet()) {
            Object v = e.getValue();
            text.put(e.getKey(), v instanceof String ? (String) v : MAPPER.writeValueAsString(v));
          }
          body.put("sign", signer.gatewaySign(text));
        }
      }
      CallbackReply out = CallbackReply.json(MAPPER.writeValueAsString(body));
      return reply.isOk() ? out.asAcknowledgement() : out;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("gateway reply could not be written", e);
    }
  }

  // ---- openapi pushes ----

  /**
   * Verifies an openapi push (form, or flat JSON) signed with the {@code &app_secret=} rule. Does
   * not consult the duplicate guard.
   *
   * @param request the push as received
   * @return the push
   * @throws CallbackVerificationException if it is not signed with the configured secret, or is for
   *     another app
   */
  public OpenApiPush parseOpenApiPush(CallbackRequest request) {
    Checks.notNull("request", request);
    if (pushSigner == null) {
      throw signature("no app secret configured for openapi pushes");
    }
    CallbackFields f = CallbackFields.formOrJson(request);
    String sign = f.optional("sign");
    if (sign == null) {
      throw signature("the push carries no sign");
    }
    Map<String, String> unsigned = f.unsigned();
    if (!pushSigner.verifyForm(f.all())) {
      throw signature("signature mismatch");
    }
    String pushedApp = f.optional("app_id");
    if (appId != null && pushedApp != null && !appId.equals(pushedApp)) {
      throw CallbackFields.reject("the push is for app " + Checks.echo(pushedApp) + ", not " + appId);
    }
    return OpenApiPush.builder()
        .appId(pushedApp)
        .timestamp(f.optionalTime("timestamp", TimeFormat.EPOCH_MILLIS))
        .fields(unsigned)
        .build();
  }

  /**
   * Verifies an openapi push, skips a repeat, hands it to {@code handler} and returns the reply:
   * {@link #OPENAPI_ACK} when handled (or repeated); {@code {"code":"1401",…}} when refused;
   * {@code {"code":"1500",…}} when the handler threw (P云 then pushes again).
   *
   * @param request the push as received
   * @param handler your side; throw to have P云 push again
   * @return the reply to write back unchanged
   */
  public CallbackReply handleOpenApiPush(CallbackRequest request, Consumer<OpenApiPush> handler) {
    Checks.notNull("handler", handler);
    OpenApiPush push;
    try {
      push = parseOpenApiPush(request);
    } catch (CallbackVerificationException e) {
      LOG.warn("4pyun openapi push refused: {}", e.getMessage());
      return CallbackReply.json("{\"code\":\"1401\",\"message\":\"签名错误\"}");
    }
    try {
      return duplicates.handleOnce(pushKey(push),
          () -> {
            try {
              handler.accept(push);
              return OPENAPI_ACK;
            } catch (RuntimeException e) {
              LOG.warn("4pyun openapi push: handler failed; answering 1500 so P云 pushes again", e);
              return PUSH_FAILED;
            }
          },
          () -> {
            LOG.info("4pyun openapi push repeated; acknowledged without handling");
            return OPENAPI_ACK;
          },
          () -> CallbackReply.json("{\"code\":\"1503\",\"message\":\"处理中, 请稍后重试\"}"));
    } catch (RuntimeException e) {
      LOG.warn("4pyun openapi push: duplicate guard failed; answering 1500 so P云 pushes again", e);
      return PUSH_FAILED;
    }
  }

  /** A push's identity: its fields without the signature and the timestamp, which a re-push renews. */
  private static String pushKey(OpenApiPush push) {
    Map<String, String> identity = new TreeMap<>(push.fields());
    identity.remove("timestamp");
    return "4pyun:openapi:" + Digests.sha256Hex(IDENTITY.canonicalize(identity), HexCase.LOWER);
  }

  private static CallbackVerificationException signature(String reason) {
    return new SignatureRejected(reason);
  }

  /** A refusal because of the signature or the key, answered with {@code 1401}. */
  private static final class SignatureRejected extends CallbackVerificationException {
    private static final long serialVersionUID = 1L;

    SignatureRejected(String reason) {
      super("4pyun", reason);
    }
  }

  /**
   * Builds {@link FourPyunCallbacks}. Configure a gateway key (or resolver) to accept gateway
   * calls, an app secret to accept openapi pushes; a kind without its credential is refused.
   *
   * <pre>{@code
   * FourPyunCallbacks.builder().gatewayKeys(f -> Optional.ofNullable(keys.get(f.get("park_uuid"))))
   *     .duplicateGuard(redisGuard).build();
   * }</pre>
   */
  public static final class Builder {
    private @Nullable GatewayKeyResolver gatewayKeys;
    private @Nullable Secret appSecret;
    private @Nullable String appId;
    private DuplicateGuard duplicates = DuplicateGuard.inMemory();
    private boolean signReplies;

    private Builder() {}

    /**
     * Sets the one gateway key of all your parks.
     *
     * @param key the one gateway key of all your parks
     * @return this
     */
    public Builder gatewayKey(String key) {
      Secret s = Secret.of("gatewayKey", key);
      this.gatewayKeys = fields -> Optional.of(s.reveal());
      return this;
    }

    /**
     * Sets how the gateway key is chosen per call (for example per park), when your parks do not
     * share one key.
     *
     * @param resolver chooses the key per call (e.g. per park)
     * @return this
     */
    public Builder gatewayKeys(GatewayKeyResolver resolver) {
      this.gatewayKeys = Checks.notNull("resolver", resolver);
      return this;
    }

    /**
     * Sets the secret openapi pushes are signed with.
     *
     * @param appSecret the secret openapi pushes are signed with
     * @return this
     */
    public Builder appSecret(String appSecret) {
      this.appSecret = Secret.of("appSecret", appSecret);
      return this;
    }

    /**
     * Sets the app id that openapi pushes must name: a push with another {@code app_id} is refused.
     *
     * @param appId refuse pushes that name another {@code app_id}
     * @return this
     */
    public Builder appId(String appId) {
      this.appId = Checks.notBlank("appId", appId);
      return this;
    }

    /**
     * Sets where seen notifications are remembered (default: in memory, 10,000 for 24 h).
     *
     * @param guard where seen notifications are remembered (default: in memory, 10,000 for 24 h)
     * @return this
     */
    public Builder duplicateGuard(DuplicateGuard guard) {
      this.duplicates = Checks.notNull("duplicateGuard", guard);
      return this;
    }

    /**
     * Sets whether gateway replies carry {@code service}, {@code version}, {@code charset} and
     * {@code sign}, as P云's payment-result document shows.
     *
     * @param sign add {@code service}, {@code version}, {@code charset} and {@code sign} to gateway
     *     replies, as the payment-result document shows (default {@code false}, as the official
     *     sample gateway answers)
     * @return this
     */
    public Builder signGatewayReplies(boolean sign) {
      this.signReplies = sign;
      return this;
    }

    /**
     * Builds the callbacks.
     *
     * @return the callbacks
     */
    public FourPyunCallbacks build() {
      return new FourPyunCallbacks(this);
    }
  }
}
