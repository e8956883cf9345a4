package io.github.ampark.yinli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.github.ampark.core.AmparkException;
import io.github.ampark.core.CallbackVerificationException;
import io.github.ampark.core.Checks;
import io.github.ampark.core.callback.CallbackReply;
import io.github.ampark.core.callback.CallbackRequest;
import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.core.spi.BodyCodec;
import io.github.ampark.core.spi.MultipartPart;
import io.github.ampark.yinli.internal.Readers;
import io.github.ampark.yinli.internal.Writers;
import io.github.ampark.yinli.model.InboundCall;
import io.github.ampark.yinli.model.YinliReply;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The energy system's side of the 2.x endpoints: a sealed call in (multipart {@code body} and
 * {@code signature}, the 0.1 headers) → verified with Yinli's public key and decrypted → the typed
 * request of its endpoint → your {@link YinliHandler} → your typed answer, encrypted and signed
 * with your private key → the reply to write back. Fails closed: anything unsigned, tampered,
 * malformed or refused by the codec never reaches your handler. Thread-safe; build one.
 *
 * <pre>{@code
 * YinliCallbacks callbacks = YinliCallbacks.builder().codec(codec).build();   // the same YinliCodec choices
 * // servlet mapped to /yinli/*:
 * CallbackReply reply = callbacks.handle(ServletCallbacks.read(req), req.getRequestURI(), handler);
 * ServletCallbacks.write(reply, resp);
 * // or the JDK server:  server.createContext("/yinli/", callbacks.httpHandler(handler));
 * }</pre>
 *
 * <p><b>Which endpoint</b> is the path's last segment ({@code deviceInfo}, {@code payElec},
 * {@code useData}, {@code adjust}, {@code readRt}; anything else is generic). The path is not
 * signed: a sealed body replayed to another path is read as that path's request, and refused
 * unless it fits it (a top-up body lacks 2.5's {@code afterBalance}, for instance).
 *
 * <p><b>Replies</b> (the codes are the SDK's choice; Yinli publishes none): success is HTTP 200
 * {@code {"success":true,"code":"200","msg":"success","data":{"body":…,"signature":…}}};
 * refusals are HTTP 200 {@code {"success":false,"code":…,"msg":…,"data":null}} in clear with
 * {@link #BAD_SIGNATURE}, {@link #BAD_REQUEST}, {@link #NOT_SERVED}, {@link #BUSY} or {@link
 * #FAILED}, or your handler's code.
 *
 * <p><b>Top-ups are booked once.</b> A 2.2 call goes through the {@link DuplicateGuard} keyed on
 * its {@code payNo}: only a success completes the key; a refusal, a failure or an exception
 * releases it, so Yinli's next delivery is handled again. A delivery of a booked {@code payNo} is
 * acknowledged with {@code {}} without calling your handler; one arriving while the first is being
 * handled is refused with {@link #BUSY}. Queries are answered every time.
 */
public final class YinliCallbacks {
  /** The {@code code} of a success. */
  public static final String SUCCESS = "200";
  /** A call whose seal (signature, encryption) or form is refused. */
  public static final String BAD_SIGNATURE = "401";
  /** A call whose opened JSON does not fit its endpoint. */
  public static final String BAD_REQUEST = "400";
  /** An endpoint your handler does not serve. */
  public static final String NOT_SERVED = "404";
  /** A top-up being handled by another delivery right now. */
  public static final String BUSY = "409";
  /** Your handler failed (threw, or returned nothing). */
  public static final String FAILED = "500";

  private static final Logger LOG = LoggerFactory.getLogger(YinliCallbacks.class);
  private static final ObjectMapper MAPPER = io.github.ampark.yinli.internal.Json.newMapper();

  private final YinliCodec codec;
  private final DuplicateGuard guard;

  private YinliCallbacks(Builder b) {
    this.codec = b.codec;
    this.guard = b.guard;
  }

  /**
   * Starts the callbacks: a codec is required; the duplicate guard defaults to {@link
   * DuplicateGuard#inMemory()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies, decrypts and reads one call. Does not consult the duplicate guard.
   *
   * @param request the call as received
   * @param path the path it arrived at
   * @return the call
   * @throws CallbackVerificationException if it is not a sealed call that opens with the codec and
   *     fits its endpoint
   */
  public InboundCall parse(CallbackRequest request, String path) {
    Checks.notNull("request", request);
    Checks.notNull("path", path);
    if (!"POST".equals(request.method())) {
      throw reject("calls are POSTs (was " + Checks.echo(request.method()) + ")");
    }
    if (!request.isMultipart()) {
      throw reject("calls are multipart/form-data (was " + Checks.echo(request.contentType()) + ")");
    }
    List<MultipartPart> parts;
    try {
      parts = BodyCodec.multipart(request.body(), request.contentType());
    } catch (IllegalArgumentException e) {
      throw reject("the multipart body is malformed");
    }
    String body = null;
    String signature = null;
    for (MultipartPart p : parts) {
      if (YinliCodec.BODY.equals(p.name())) {
        if (body != null) {
          throw reject("two 'body' fields");
        }
        body = p.text();
      } else if (YinliCodec.SIGNATURE.equals(p.name())) {
        if (signature != null) {
          throw reject("two 'signature' fields");
        }
        signature = p.text();
      }
    }
    String json = codec.open(body, signature);
    Map<String, String> headers = new LinkedHashMap<>();
    for (String h : new String[] {YinliCodec.VERSION, YinliCodec.CORP_ID, YinliCodec.APP_ID, YinliCodec.REQUEST_ID, YinliCodec.REQUEST_TIME}) {
      request.header(h).ifPresent(v -> headers.put(h, v));
    }
    InboundCall.Kind kind = InboundCall.Kind.ofPath(path);
    return new InboundCall(kind, path, headers, json, typed(kind, json));
  }

  private static Object typed(InboundCall.Kind kind, String json) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (IOException e) {
      throw new Malformed("the opened body is not JSON");
    }
    if (tree == null || !tree.isObject()) {
      throw new Malformed("the opened body is not a JSON object");
    }
    String why;
    try {
      return read(kind, tree);
    } catch (AmparkException e) {
      why = e.getMessage(); // a check of the model (ValidationException), as Jackson's binding reported it
    } catch (RuntimeException e) {
      why = "fields of the wrong type or missing";
    }
    throw new Malformed("the " + kind + " request does not fit: " + Checks.echo(why));
  }

  /** The typed request, read by hand as the module's mapper would bind it (pinned in ReadersMatchJackson). */
  private static Object read(InboundCall.Kind kind, JsonNode tree) {
    switch (kind) {
      case DEVICE_INFO:
        return Readers.deviceInfoQuery(tree);
      case TOP_UP:
        return Readers.topUp(tree);
      case USAGE:
        return Readers.usageQuery(tree);
      case ADJUST:
        return Readers.balanceAdjustment(tree);
      case METER_DATA:
        return Readers.meterDataQuery(tree);
      default:
        return null;
    }
  }

  /**
   * Verifies and reads a call, books a top-up once, asks {@code handler} and returns the exact
   * reply to write back. Never throws for anything the caller or the handler did: every failure is
   * a refusal reply, never recorded as handled.
   *
   * @param request the call as received
   * @param path the path it arrived at (e.g. {@code req.getRequestURI()})
   * @param handler your side
   * @return the reply to write back unchanged
   */
  public CallbackReply handle(CallbackRequest request, String path, YinliHandler handler) {
    Checks.notNull("handler", handler);
    InboundCall call;
    try {
      call = parse(request, path);
    } catch (Malformed e) {
      LOG.warn("yinli {}: call refused: {}", Checks.echo(path), e.getMessage());
      return refusal(BAD_REQUEST, "请求参数错误");
    } catch (CallbackVerificationException e) {
      LOG.warn("yinli {}: call refused: {}", Checks.echo(path), e.getMessage());
      return refusal(BAD_SIGNATURE, "签名或报文错误");
    } catch (RuntimeException e) {
      LOG.warn("yinli {}: call refused ({})", Checks.echo(path), e.getClass().getSimpleName());
      return refusal(BAD_REQUEST, "请求参数错误");
    }
    if (call.kind() != InboundCall.Kind.TOP_UP) {
      return dispatch(call, handler);
    }
    String payNo = call.topUp().payNo();
    try {
      return guard.handleOnce("yinli:payElec:" + payNo, () -> dispatch(call, handler),
          () -> {
            LOG.info("yinli payElec {}: already booked; acknowledged again without handling", Checks.echo(payNo));
            return success("{}");
          },
          () -> {
            LOG.info("yinli payElec {}: being handled by another delivery; asking for a resend", Checks.echo(payNo));
            return refusal(BUSY, "处理中, 请稍后重试");
          });
    } catch (RuntimeException e) {
      LOG.warn("yinli payElec {}: the duplicate guard failed ({}); refused", Checks.echo(payNo), e.getClass().getSimpleName());
      return refusal(FAILED, "处理失败");
    }
  }

  /**
   * A JDK {@code HttpServer} handler serving every 2.x path under its context with {@link #handle}.
   *
   * @param handler your side
   * @return the JDK handler
   */
  public com.sun.net.httpserver.HttpHandler httpHandler(YinliHandler handler) {
    Checks.notNull("handler", handler);
    return exchange -> handle(exchange, handler);
  }

  private void handle(HttpExchange exchange, YinliHandler handler) throws IOException {
    CallbackReply reply;
    try {
      reply = handle(CallbackRequest.from(exchange), exchange.getRequestURI().getPath(), handler);
    } catch (RuntimeException e) {
      reply = refusal(BAD_REQUEST, "请求参数错误");
    }
    reply.writeTo(exchange);
  }

  private CallbackReply dispatch(InboundCall call, YinliHandler handler) {
    YinliReply<?> reply;
    try {
      switch (call.kind()) {
        case DEVICE_INFO:
          reply = handler.onDeviceInfo(call.deviceInfo(), call);
          break;
        case TOP_UP:
          reply = handler.onTopUp(call.topUp(), call);
          break;
        case USAGE:
          reply = handler.onUsage(call.usage(), call);
          break;
        case ADJUST:
          reply = handler.onAdjust(call.adjustment(), call);
          break;
        case METER_DATA:
          reply = handler.onMeterData(call.meterData(), call);
          break;
        default:
          reply = handler.onOther(call);
          break;
      }
    } catch (RuntimeException e) {
      LOG.warn("yinli {}: the handler failed; refused so that Yinli delivers again", call.kind(), e);
      return refusal(FAILED, "处理失败");
    }
    if (reply == null) {
      LOG.warn("yinli {}: the handler returned no reply; refused", call.kind());
      return refusal(FAILED, "处理失败");
    }
    return reply(reply, call.kind() == InboundCall.Kind.OTHER);
  }

  /**
   * The exact reply for an answer you made yourself after {@link #parse}.
   *
   * @param reply your answer (for a generic call the data is JSON text)
   * @return the reply: a sealed success that acknowledges, or a refusal in clear
   */
  public CallbackReply reply(YinliReply<?> reply) {
    return reply(Checks.notNull("reply", reply), reply.data() instanceof String);
  }

  private CallbackReply reply(YinliReply<?> reply, boolean jsonText) {
    if (!reply.isOk()) {
      return refusal(reply.code(), reply.message());
    }
    String json;
    try {
      json = jsonText ? (String) reply.data() : Writers.replyData(reply.data());
      if (json == null) {
        // not one of the handler's reply models (reply(...) takes any data): Jackson writes it
        json = MAPPER.writeValueAsString(reply.data());
      }
    } catch (JsonProcessingException | ClassCastException e) {
      LOG.warn("yinli: the handler's answer could not be written as JSON; refused");
      return refusal(FAILED, "处理失败");
    }
    return success(json);
  }

  private CallbackReply success(String json) {
    YinliCodec.Sealed sealed = codec.seal(json);
    ObjectNode env = MAPPER.createObjectNode();
    env.put("success", true);
    env.put("code", SUCCESS);
    env.put("msg", "success");
    ObjectNode data = env.putObject("data");
    data.put(YinliCodec.BODY, sealed.body());
    data.put(YinliCodec.SIGNATURE, sealed.signature());
    return CallbackReply.json(write(env)).asAcknowledgement();
  }

  private static CallbackReply refusal(String code, String msg) {
    ObjectNode env = MAPPER.createObjectNode();
    env.put("success", false);
    env.put("code", code);
    env.put("msg", msg);
    env.putNull("data");
    return CallbackReply.json(write(env));
  }

  private static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static CallbackVerificationException reject(String reason) {
    return new CallbackVerificationException(YinliClient.VENDOR, reason);
  }

  /** A call that opened but does not fit its endpoint. */
  private static final class Malformed extends CallbackVerificationException {
    Malformed(String reason) {
      super(YinliClient.VENDOR, reason);
    }
  }

  /** Builds {@link YinliCallbacks}. */
  public static final class Builder {
    private YinliCodec codec;
    private DuplicateGuard guard = DuplicateGuard.inMemory();

    private Builder() {}

    /**
     * Your private key, Yinli's public key and the crypto choices, to open and seal calls; required.
     *
     * @param codec the codec
     * @return this builder
     */
    public Builder codec(YinliCodec codec) {
      this.codec = Checks.notNull("codec", codec);
      return this;
    }

    /**
     * Where booked top-up {@code payNo}s are remembered, so a redelivered 2.2 call is not booked twice.
     * Default {@link DuplicateGuard#inMemory()}; use a shared guard (JDBC, Redis) when several
     * instances receive calls.
     *
     * @param guard the guard
     * @return this builder
     */
    public Builder duplicateGuard(DuplicateGuard guard) {
      this.guard = Checks.notNull("duplicateGuard", guard);
      return this;
    }

    /**
     * Builds the callbacks; thread-safe, build one and share it.
     *
     * @return the callbacks
     * @throws io.github.ampark.core.ValidationException without a codec
     */
    public YinliCallbacks build() {
      Checks.notNull("codec", codec);
      return new YinliCallbacks(this);
    }
  }
}
