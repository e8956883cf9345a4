package io.github.ampark.wanzhuang;

import io.github.ampark.core.CallbackVerificationException;
import io.github.ampark.core.Checks;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.Secret;
import io.github.ampark.core.callback.CallbackReply;
import io.github.ampark.core.callback.CallbackRequest;
import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.core.signing.ConstantTime;
import io.github.ampark.wanzhuang.internal.CallbackParser;
import io.github.ampark.wanzhuang.model.CallbackKind;
import io.github.ampark.wanzhuang.model.CallbackLogEntry;
import io.github.ampark.wanzhuang.model.ChargeIdRequest;
import io.github.ampark.wanzhuang.model.DeviceStateRequest;
import io.github.ampark.wanzhuang.model.FinishOrderEvent;
import io.github.ampark.wanzhuang.model.IccPayRequestEvent;
import io.github.ampark.wanzhuang.model.OfflineProfitEvent;
import io.github.ampark.wanzhuang.model.PortState;
import io.github.ampark.wanzhuang.model.StartPowerEvent;
import io.github.ampark.wanzhuang.model.WanzhuangEvent;
import io.github.ampark.wanzhuang.model.WanzhuangReply;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and answers the callbacks wz-open POSTs to {@code <your callback_url>/start_power}, {@code
 * /finish_order}, {@code /icc_pay_req} (forms) and {@code /offline_profit} (multipart). The kind
 * comes from the last segment of {@link CallbackRequest#path()}. Thread-safe; build one and share it.
 *
 * <pre>{@code
 * WanzhuangCallbacks callbacks = WanzhuangCallbacks.builder()
 *     .pathToken(System.getenv("WZ_CALLBACK_TOKEN"))     // callback_url = https://you/wz/<token>
 *     .allowSources("203.0.113.10")                       // if Wanzhuang tells you its addresses
 *     .client(wanzhuangClient)                            // for confirm(...)
 *     .build();
 * // POST /wz/{token}/{kind}
 * CallbackReply reply = callbacks.handle(ServletCallbacks.read(req), handler);
 * ServletCallbacks.write(reply, resp);
 * }</pre>
 *
 * <p><b>Authenticity: Wanzhuang documents no callback signature</b> (no {@code app_id}, {@code
 * timestamp} or {@code sign} in any callback's fields), so nothing here proves a callback came from
 * Wanzhuang. What can be checked is offered and labelled as what it is — suggestions, not vendor
 * guidance:
 *
 * <ul>
 *   <li>{@link Builder#pathToken}: a secret path segment just before the kind; a request without it
 *       is refused (constant-time compare);
 *   <li>{@link Builder#allowSources}: the peer address ({@link CallbackRequest#remoteAddress()}) must be
 *       listed; without a recorded address the request is refused;
 *   <li>{@link #confirmStart} and {@link #confirmFinish}: re-read the charge with signed calls
 *       ({@code /open/device/state}, {@code /open/callback/log}) before acting on money.
 * </ul>
 *
 * <p><b>Replies</b> (the required bodies are UNKNOWN; each is overridable): acknowledgement HTTP 200
 * {@code {"code":1,"message":"success"}} (Wanzhuang's own success envelope, mirrored); refusal HTTP
 * 500 {@code {"code":0,"message":"fail"}}; busy HTTP 503 {@code {"code":0,"message":"busy"}}. A refused
 * or failed callback is never recorded as handled.
 *
 * <p><b>Duplicates:</b> finish_order is handed to your handler once per {@code charge_id}
 * ("多次上报不影响最终结果"), start_power once per {@code charge_id} and {@code state}, offline_profit once
 * per device and {@code time}, through the {@link DuplicateGuard}; icc_pay_req asks for an answer
 * each time and is not deduplicated. offline_profit totals can go down, so the latest {@code time}
 * per device is kept and an older report is stale: acknowledged without calling your handler.
 */
public final class WanzhuangCallbacks {
  /** The default acknowledgement: HTTP 200 {@code {"code":1,"message":"success"}}. */
  public static final CallbackReply ACKNOWLEDGEMENT =
      CallbackReply.json("{\"code\":1,\"message\":\"success\"}").asAcknowledgement();
  /** The default refusal: HTTP 500 {@code {"code":0,"message":"fail"}}. */
  public static final CallbackReply REFUSAL = CallbackReply.json(500, "{\"code\":0,\"message\":\"fail\"}");
  /** The default answer while the same event is being handled: HTTP 503. */
  public static final CallbackReply BUSY = CallbackReply.json(503, "{\"code\":0,\"message\":\"busy\"}");

  private static final Logger LOG = LoggerFactory.getLogger(WanzhuangCallbacks.class);

  private final @Nullable Secret token;
  private final Set<String> sources;
  private final DuplicateGuard guard;
  private final CallbackParser parser;
  private final CallbackReply ack;
  private final CallbackReply refusal;
  private final CallbackReply busy;
  private final @Nullable WanzhuangClient client;
  private final Map<String, Long> lastProfitTime;

  private WanzhuangCallbacks(Builder b) {
    this.token = b.token;
    this.sources = Collections.unmodifiableSet(new HashSet<>(b.sources));
    this.guard = b.guard;
    this.parser = new CallbackParser(b.endReasonField);
    this.ack = b.ack.asAcknowledgement();
    this.refusal = b.refusal;
    this.busy = b.busy;
    this.client = b.client;
    int cap = b.maxDevices;
    this.lastProfitTime = Collections.synchronizedMap(new LinkedHashMap<String, Long>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
        return size() > cap;
      }
    });
  }

  /**
   * Starts configuring callbacks: no path token, no source allow-list, an in-memory duplicate guard, the
   * default replies ({@link #ACKNOWLEDGEMENT}, {@link #REFUSAL}, {@link #BUSY}), no end-reason field, no
   * client, and 100,000 tracked devices.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks the token and source, reads the callback as a typed event (offline_profit is flagged
   * {@link OfflineProfitEvent#stale()} against the latest report handled). Does not consult the
   * duplicate guard.
   *
   * @param request the callback as received, with its path
   * @return the event
   * @throws CallbackVerificationException if the token or source is wrong, the kind unknown, or a
   *     field missing or malformed
   */
  public WanzhuangEvent parse(CallbackRequest request) {
    CallbackKind kind = admit(Checks.notNull("request", request));
    WanzhuangEvent event = parser.parse(kind, request);
    if (event instanceof OfflineProfitEvent) {
      OfflineProfitEvent e = (OfflineProfitEvent) event;
      Long previous = lastProfitTime.get(e.deviceNum());
      return OfflineProfitEvent.builder().from(e).previousTime(previous).stale(previous != null && e.time() < previous).build();
    }
    return event;
  }

  /**
   * Parses, skips what was handled already, asks {@code handler}, and returns the reply to write
   * back unchanged. Never throws: a refused request, a handler exception or a refusal all give the
   * refusal reply, and the event stays unhandled.
   *
   * @param request the callback as received, with its path
   * @param handler your side
   * @return the reply
   */
  public CallbackReply handle(CallbackRequest request, WanzhuangHandler handler) {
    WanzhuangEvent event;
    try {
      event = parse(request);
    } catch (CallbackVerificationException | io.github.ampark.core.ValidationException e) {
      LOG.warn("wanzhuang callback refused: {}", e.getMessage());
      return refusal;
    } catch (RuntimeException e) {
      LOG.warn("wanzhuang callback refused: {}", e.getClass().getSimpleName());
      return refusal;
    }
    if (event instanceof OfflineProfitEvent && ((OfflineProfitEvent) event).stale()) {
      LOG.info("wanzhuang offline_profit of device {} is older than one already handled; acknowledged, not handled", Checks.echo(event.deviceNum()));
      return ack;
    }
    String key = key(event);
    Supplier<CallbackReply> work = () -> dispatch(event, Checks.notNull("handler", handler));
    if (key == null) {
      return work.get();
    }
    try {
      return guard.handleOnce(key, work, () -> ack, () -> busy);
    } catch (RuntimeException e) {
      LOG.warn("wanzhuang callback: the duplicate guard failed ({})", e.getClass().getSimpleName());
      return refusal;
    }
  }

  private CallbackReply dispatch(WanzhuangEvent event, WanzhuangHandler handler) {
    WanzhuangReply reply;
    try {
      if (event instanceof StartPowerEvent) {
        reply = handler.onStartPower((StartPowerEvent) event);
      } else if (event instanceof FinishOrderEvent) {
        reply = handler.onFinishOrder((FinishOrderEvent) event);
      } else if (event instanceof IccPayRequestEvent) {
        reply = handler.onIccPayRequest((IccPayRequestEvent) event);
      } else {
        reply = handler.onOfflineProfit((OfflineProfitEvent) event);
      }
    } catch (RuntimeException e) {
      LOG.warn("wanzhuang {}: the handler failed; refusing so it is delivered again", event.kind().code(), e);
      return refusal;
    }
    if (reply == null) {
      LOG.warn("wanzhuang {}: the handler returned no reply; refusing", event.kind().code());
      return refusal;
    }
    CallbackReply out = reply.kind() == WanzhuangReply.Kind.ACKNOWLEDGE ? ack
        : reply.kind() == WanzhuangReply.Kind.REFUSE ? refusal : reply.reply();
    if (out.acknowledges() && event instanceof OfflineProfitEvent) {
      OfflineProfitEvent e = (OfflineProfitEvent) event;
      lastProfitTime.merge(e.deviceNum(), e.time(), Math::max);
    }
    if (reply.kind() == WanzhuangReply.Kind.REFUSE) {
      LOG.info("wanzhuang {} refused by the handler: {}", event.kind().code(), reply.reason());
    }
    return out;
  }

  private static @Nullable String key(WanzhuangEvent event) {
    switch (event.kind()) {
      case FINISH_ORDER:
        return "wanzhuang:finish_order:" + ((FinishOrderEvent) event).chargeId();
      case START_POWER:
        StartPowerEvent s = (StartPowerEvent) event;
        return "wanzhuang:start_power:" + s.chargeId() + ":" + s.state();
      case OFFLINE_PROFIT:
        OfflineProfitEvent o = (OfflineProfitEvent) event;
        return "wanzhuang:offline_profit:" + o.deviceNum() + ":" + o.time();
      default:
        return null;
    }
  }

  private CallbackKind admit(CallbackRequest request) {
    if (!"POST".equals(request.method())) {
      throw new CallbackVerificationException("wanzhuang", "callbacks are POSTs (was " + Checks.echo(request.method()) + ")");
    }
    if (!sources.isEmpty() && (request.remoteAddress() == null || !sources.contains(request.remoteAddress()))) {
      throw new CallbackVerificationException("wanzhuang", "source " + Checks.echo(request.remoteAddress()) + " is not allowed");
    }
    String path = request.path();
    if (path == null) {
      throw new CallbackVerificationException("wanzhuang", "the callback's path is needed to know its kind: set CallbackRequest.Builder.path");
    }
    String[] segments = path.split("/", -1);
    int last = segments.length - 1;
    while (last > 0 && segments[last].isEmpty()) {
      last--;
    }
    CallbackKind kind = CallbackKind.of(segments[last]);
    if (kind == CallbackKind.UNKNOWN) {
      throw new CallbackVerificationException("wanzhuang", "unknown callback path " + Checks.echo(path));
    }
    if (token != null && (last == 0 || !ConstantTime.equals(token.reveal(), segments[last - 1]))) {
      throw new CallbackVerificationException("wanzhuang", "the path token is missing or wrong");
    }
    return kind;
  }

  /**
   * Reads a callback's parameters from a callback-log entry ({@link CallbackLogEntry#request()}),
   * to handle a callback your endpoint missed. The entry came from a signed call, so no token or
   * source is checked.
   *
   * @param entry an entry of {@code client.charging().callbackLog(...)}
   * @param kind which callback it is (the log's own kind field is not published)
   * @return the event
   * @throws CallbackVerificationException if the parameters do not make that callback
   */
  public WanzhuangEvent fromLog(CallbackLogEntry entry, CallbackKind kind) {
    return parser.fromFields(Checks.notNull("kind", kind), Checks.notNull("entry", entry).request());
  }

  /**
   * Confirms a start_power with signed calls: true only if the device's port carries this {@code
   * charge_id} ({@code /open/device/state}) or the callback log names it on this device.
   *
   * @param event the callback
   * @return whether Wanzhuang itself shows this charge
   * @throws io.github.ampark.core.AmparkException if Wanzhuang cannot be asked
   */
  public boolean confirmStart(StartPowerEvent event) {
    WanzhuangClient c = requireClient();
    Optional<PortState> port = c.states().deviceState(DeviceStateRequest.builder().deviceNum(event.deviceNum())
        .addPortFields("state", "charge_id").build()).port(event.devicePort());
    if (port.isPresent() && port.get().chargeId() != null && port.get().chargeId() == event.chargeId()) {
      return true;
    }
    return logNames(c, event.deviceNum(), event.chargeId());
  }

  /**
   * Confirms a finish_order with a signed call: true only if the callback log of its {@code
   * charge_id} names it on this device.
   *
   * @param event the callback
   * @return whether Wanzhuang itself logged this charge
   * @throws io.github.ampark.core.AmparkException if Wanzhuang cannot be asked
   */
  public boolean confirmFinish(FinishOrderEvent event) {
    return logNames(requireClient(), event.deviceNum(), event.chargeId());
  }

  private static boolean logNames(WanzhuangClient c, String deviceNum, long chargeId) {
    for (CallbackLogEntry e : c.charging().callbackLog(ChargeIdRequest.of(chargeId))) {
      String device = e.request().get("device_num");
      if (e.chargeId() != null && e.chargeId() == chargeId && (device == null || device.equals(deviceNum))) {
        return true;
      }
    }
    return false;
  }

  private WanzhuangClient requireClient() {
    if (client == null) {
      throw new io.github.ampark.core.ValidationException("client", "confirm needs a client: WanzhuangCallbacks.builder().client(...)");
    }
    return client;
  }

  /** Builds {@link WanzhuangCallbacks}. */
  public static final class Builder {
    private @Nullable Secret token;
    private final Set<String> sources = new HashSet<>();
    private DuplicateGuard guard = DuplicateGuard.inMemory();
    private @Nullable String endReasonField;
    private CallbackReply ack = ACKNOWLEDGEMENT;
    private CallbackReply refusal = REFUSAL;
    private CallbackReply busy = BUSY;
    private @Nullable WanzhuangClient client;
    private int maxDevices = 100_000;

    private Builder() {}

    /**
     * Requires a secret path segment just before the kind in every callback's path ({@code
     * …/<token>/finish_order}); a request without it is refused (compared in constant time). Put it into the
     * {@code callback_url} you give Wanzhuang. Default: none required.
     *
     * @param token 16–128 letters, digits, {@code _} or {@code -}; unguessable
     * @return this builder
     * @throws io.github.ampark.core.ValidationException when the token is too short or has other characters
     */
    public Builder pathToken(String token) {
      this.token = Secret.of("pathToken", token);
      if (!token.matches("[A-Za-z0-9_-]{16,128}")) {
        throw new io.github.ampark.core.ValidationException("pathToken", "must be 16 to 128 letters, digits, _ or - (unguessable)");
      }
      return this;
    }

    /**
     * Accepts callbacks only from these peer addresses, compared with {@link
     * CallbackRequest#remoteAddress()}; a request without a recorded address is refused. Calls add up.
     * Default: any source.
     *
     * @param addresses the addresses Wanzhuang tells you it calls from, as your server sees them
     * @return this builder
     * @throws io.github.ampark.core.ValidationException when an address is {@code null} or blank
     */
    public Builder allowSources(String... addresses) {
      for (String a : Checks.notNull("addresses", addresses)) {
        sources.add(Checks.notBlank("addresses", a).trim());
      }
      return this;
    }

    /**
     * Where handled events are remembered, so a redelivered callback is not handed to your handler again.
     * Default {@link DuplicateGuard#inMemory()}; use a shared guard (JDBC, Redis) when several instances
     * receive callbacks.
     *
     * @param guard the guard
     * @return this builder
     */
    public Builder duplicateGuard(DuplicateGuard guard) {
      this.guard = Checks.notNull("duplicateGuard", guard);
      return this;
    }

    /**
     * Names the {@code finish_order} field that carries the end-reason code, read into {@link
     * FinishOrderEvent#endReason()}. Which field it is is UNKNOWN at the vendor; default none, so the reason
     * is {@link io.github.ampark.wanzhuang.model.EndReason#UNKNOWN}.
     *
     * @param field the form field's name, not blank
     * @return this builder
     */
    public Builder endReasonField(String field) {
      this.endReasonField = Checks.notBlank("endReasonField", field);
      return this;
    }

    /**
     * The reply sent when your handler acknowledges, instead of {@link #ACKNOWLEDGEMENT}; mark it with {@code
     * asAcknowledgement()} so it completes the duplicate guard.
     *
     * @param reply the "handled" reply
     * @return this builder
     */
    public Builder acknowledgement(CallbackReply reply) {
      this.ack = Checks.notNull("acknowledgement", reply);
      return this;
    }

    /**
     * The reply sent when a callback is refused (bad token or source, malformed, your handler refused or
     * threw), instead of {@link #REFUSAL}.
     *
     * @param reply the "not handled" reply
     * @return this builder
     */
    public Builder refusal(CallbackReply reply) {
      this.refusal = Checks.notNull("refusal", reply);
      return this;
    }

    /**
     * The reply sent while the same event is being handled by another request, instead of {@link #BUSY}.
     *
     * @param reply the "try later" reply
     * @return this builder
     */
    public Builder busy(CallbackReply reply) {
      this.busy = Checks.notNull("busy", reply);
      return this;
    }

    /**
     * The client {@link #confirmStart} and {@link #confirmFinish} re-read state with; required only for those
     * two. Default none.
     *
     * @param client the client of the same app id
     * @return this builder
     */
    public Builder client(WanzhuangClient client) {
      this.client = Checks.notNull("client", client);
      return this;
    }

    /**
     * How many devices' latest {@code offline_profit} {@code time} to remember for {@link
     * OfflineProfitEvent#stale()}, the least recently used dropped first. Default 100,000.
     *
     * @param max 1 to 10,000,000
     * @return this builder
     * @throws io.github.ampark.core.ValidationException when out of range
     */
    public Builder maxTrackedDevices(int max) {
      this.maxDevices = (int) Checks.between("maxTrackedDevices", max, 1, 10_000_000);
      return this;
    }

    /**
     * Builds the callbacks; thread-safe, build one and share it.
     *
     * @return the callbacks
     */
    public WanzhuangCallbacks build() {
      return new WanzhuangCallbacks(this);
    }
  }
}
