package io.github.ampark.testkit.fourpyun;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.MultipartPart;
import io.github.ampark.core.spi.AmparkJson;
import io.github.ampark.core.signing.Digests;
import io.github.ampark.core.signing.HexCase;
import io.github.ampark.testkit.CallbackSender.Delivery;
import io.github.ampark.testkit.FakeRequest;
import io.github.ampark.testkit.FakeResponse;
import io.github.ampark.testkit.FakeServer;
import io.github.ampark.testkit.Handler;
import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-process 4pyun (P云) park-side API: the same paths, signatures and envelopes as
 * {@code api.4pyun.com/gate/1.0/}, with state a test can inspect. Verifies both request signatures
 * with its own code (form {@code &app_secret=} rule, JSON {@code Authorization}; only the MD5 primitive
 * comes from core, never the SDK's signer or canonicalizer); keeps VIPs,
 * renewals and the blacklist honouring {@code complete=1}; tracks stays for enter/leave/prepay;
 * answers a bad signature on enter/leave the way P云 does (code {@code 200} with a {@code hint});
 * sends gateway callbacks and openapi pushes; injects faults ({@link #faults()}) and latency.
 *
 * <pre>{@code
 * try (FakeFourPyun fake = FakeFourPyun.start()) {
 *   FourPyunClient client = FourPyunClient.builder().appSecret(FakeFourPyun.DEFAULT_APP_SECRET)
 *       .parkUuid(FakeFourPyun.DEFAULT_PARK_UUID).baseUrl(fake.url()).build();
 *   client.syncs().vipRenewals(SyncMode.FULL).build().run(renewals);
 *   assertThat(fake.vipRenewals()).hasSize(renewals.size());
 * }
 * }</pre>
 *
 * <p>Paths are served both at the root ({@code /parking/internal/enter}) and under
 * {@code /gate/1.0/}. Where 4pyun leaves behaviour undocumented the fake picks one and says so:
 * an unknown {@code pay_partner} answers {@code 500 订单不存在}; a pre-entry of an unknown plate
 * answers {@code 1002}; a replenish report for a plate without an open stay answers {@code 1002};
 * a payment-status answer echoes {@code pay_partner} and {@code pay_value} (the document lists only
 * status, pay_serial and pay_origin).
 *
 * <p><b>Charset pitfall.</b> The fake signs the callbacks it sends over UTF-8 bytes, like P云's
 * published vectors. P云's official sample gateway ({@code 4pyun-api-http}) hashes with the JVM's
 * default charset: on a Chinese Windows server (default GBK) it rejects any callback with a
 * non-ASCII value — {@code pay_origin_desc=微信} in every payment result — although the signature
 * is right. If your endpoint is built on that sample, that is why it refuses the fake's callbacks:
 * run it with {@code -Dfile.encoding=UTF-8} (or fix its {@code getBytes()}), or start the fake with
 * {@link Builder#callbackCharset(Charset) callbackCharset(Charset.forName("GBK"))} to test it as it
 * is.
 */
public final class FakeFourPyun extends FakeServer {
  /** The app secret the fake expects unless configured. */
  public static final String DEFAULT_APP_SECRET = "fake-4pyun-app-secret";
  /** The park the fake knows unless configured. */
  public static final String DEFAULT_PARK_UUID = "49f0cc52-e8c7-41e3-b54d-af666b8cc11a";
  /** The park's merchant number. */
  public static final String DEFAULT_MERCHANT = "62626601";
  /** The app id the fake expects on openapi-style calls unless configured. */
  public static final String DEFAULT_APP_ID = "opfake00000000001";
  /** The key the fake signs gateway callbacks with unless configured (the official sample's). */
  public static final String DEFAULT_GATEWAY_KEY = "DEMO";

  /** What the fake does with a contactless charge. */
  public enum PrepayBehaviour {
    /** Charged at once: code {@code 1001}, payment status {@code 1}. */
    PAID,
    /** Accepted: code {@code 1000}, payment status {@code 0} until {@link #settlePayment}. */
    ACCEPTED,
    /** Refused: code {@code 500 扣款失败}, payment status {@code -1}. */
    DECLINED
  }

  private static final ObjectMapper JSON = AmparkJson.newMapper();
  private static final DateTimeFormatter COMPACT =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneId.of("Asia/Shanghai"));

  private final String appSecret;
  private final String appId;
  private final String parkUuid;
  private final String gatewayKey;
  private final boolean hintEchoesSecret;
  private final Charset callbackCharset;
  private final AtomicLong serials = new AtomicLong(20240601000000L);
  private volatile PrepayBehaviour prepayBehaviour = PrepayBehaviour.PAID;

  private final Object lock = new Object();
  private final Map<String, Map<String, String>> vips = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> renewals = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> blacklist = new LinkedHashMap<>();
  private final Map<String, Stay> stays = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> payments = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> releases = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> updates = new LinkedHashMap<>();
  private final List<Map<String, String>> couponReports = new ArrayList<>();
  private final Map<String, Map<String, String>> replenishes = new LinkedHashMap<>();
  private final Map<String, JsonNode> devices = new LinkedHashMap<>();
  private final Map<String, JsonNode> replenishments = new LinkedHashMap<>();
  private final List<String> completeFlags = new ArrayList<>();
  private final Map<String, Deque<String[]>> plannedErrors = new LinkedHashMap<>();

  private FakeFourPyun(Builder b) {
    super(b.clock);
    this.appSecret = b.appSecret;
    this.appId = b.appId;
    this.parkUuid = b.parkUuid;
    this.gatewayKey = b.gatewayKey;
    this.hintEchoesSecret = b.hintEchoesSecret;
    this.callbackCharset = b.callbackCharset;
    latency(b.latency);
    form("POST", "parking/internal/enter", true, this::enter);
    form("POST", "parking/internal/enter/before", false, this::preEnter);
    form("POST", "parking/internal/leave", true, this::leave);
    form("POST", "parking/internal/release", false, this::release);
    form("POST", "parking/internal/update", false, this::update);
    form("POST", "parking/internal/prepay", false, this::prepay);
    form("GET", "parking/internal/payment", false, this::payment);
    form("POST", "parking/internal/mcoupon/grant/sync", false, this::couponGrant);
    form("POST", "energy/internal/replenish", false, this::replenish);
    json("parking/internal/vip", body -> sync(body, vips, "plate", "parking/internal/vip"));
    json("parking/internal/vip/recharge", body -> sync(body, renewals, "pay_partner", "parking/internal/vip/recharge"));
    json("parking/internal/blacklist", body -> sync(body, blacklist, "plate", "parking/internal/blacklist"));
    json("energy/internal/device/sync", body -> energyJson(body, devices, "no"));
    json("energy/internal/replenish/sync", body -> energyJson(body, replenishments, "order"));
  }

  /**
   * Starts a fake with the default secret, park, app id and gateway key.
   *
   * @return the running fake
   */
  public static FakeFourPyun start() {
    return builder().start();
  }

  /**
   * A builder for a fake with other credentials.
   *
   * @return a builder for a fake with other credentials
   */
  public static Builder builder() {
    return new Builder();
  }

  // ---- configuration while running ----

  /**
   * Makes every request take at least this long (a far-away platform; benchmarks use ~20 ms).
   * Requests on separate connections are still served in parallel.
   *
   * @param latency added before each answer
   * @return this
   */
  @Override
  public FakeFourPyun latency(Duration latency) {
    super.latency(latency);
    return this;
  }

  /**
   * Sets what the next contactless charges do (default PAID).
   *
   * @param behaviour what the next contactless charges do (default PAID)
   * @return this
   */
  public FakeFourPyun prepayBehaviour(PrepayBehaviour behaviour) {
    this.prepayBehaviour = behaviour;
    return this;
  }

  /**
   * Makes the next request to {@code path} answer a 4pyun error envelope without acting on it.
   *
   * @param path e.g. {@code parking/internal/vip/recharge}
   * @param code the envelope code, e.g. {@code 500}
   * @param message the message
   * @return this
   */
  public FakeFourPyun failNext(String path, String code, String message) {
    synchronized (lock) {
      plannedErrors.computeIfAbsent(strip(path), k -> new ArrayDeque<>()).add(new String[] {code, message});
    }
    return this;
  }

  /**
   * Ends a charge that was {@link PrepayBehaviour#ACCEPTED}.
   *
   * @param payPartner the charge
   * @param paid whether it succeeded (status 1) or failed (status -1)
   */
  public void settlePayment(String payPartner, boolean paid) {
    synchronized (lock) {
      Map<String, String> p = payments.get(payPartner);
      if (p == null) {
        throw new IllegalArgumentException("no charge " + payPartner);
      }
      p.put("status", paid ? "1" : "-1");
      if (paid) {
        p.put("pay_serial", nextSerial());
      }
    }
  }

  // ---- state ----

  /**
   * The app secret the fake verifies with.
   *
   * @return the app secret the fake verifies with
   */
  public String appSecret() {
    return appSecret;
  }

  /**
   * The app id the fake expects.
   *
   * @return the app id the fake expects
   */
  public String appId() {
    return appId;
  }

  /**
   * The park the fake serves.
   *
   * @return the park the fake serves
   */
  public String parkUuid() {
    return parkUuid;
  }

  /**
   * The gateway key the fake signs callbacks with.
   *
   * @return the gateway key the fake signs callbacks with
   */
  public String gatewayKey() {
    return gatewayKey;
  }

  /**
   * Fixed vehicles by plate (each row as sent).
   *
   * @return fixed vehicles by plate (each row as sent)
   */
  public Map<String, Map<String, String>> vips() {
    return snapshot(vips);
  }

  /**
   * Card renewals by {@code pay_partner} (each row as sent).
   *
   * @return card renewals by {@code pay_partner} (each row as sent)
   */
  public Map<String, Map<String, String>> vipRenewals() {
    return snapshot(renewals);
  }

  /**
   * Blacklist entries by plate.
   *
   * @return blacklist entries by plate
   */
  public Map<String, Map<String, String>> blacklist() {
    return snapshot(blacklist);
  }

  /**
   * The {@code complete} value of every accepted sync request, in order ({@code "path complete"}).
   *
   * @return the {@code complete} value of every accepted sync request, in order ({@code "path
   *     complete"})
   */
  public List<String> completeFlags() {
    synchronized (lock) {
      return new ArrayList<>(completeFlags);
    }
  }

  /**
   * The stay with this {@code parking_serial}, if the car entered.
   *
   * @param parkingSerial the stay's serial ({@code parking_serial})
   * @return the stay, or empty
   */
  public Optional<Stay> stay(String parkingSerial) {
    synchronized (lock) {
      return Optional.ofNullable(stays.get(parkingSerial));
    }
  }

  /**
   * All stays, in the order they were opened.
   *
   * @return all stays, in the order they were opened
   */
  public List<Stay> stays() {
    synchronized (lock) {
      return new ArrayList<>(stays.values());
    }
  }

  /**
   * Contactless charges by {@code pay_partner}: the form fields plus {@code status} and {@code
   * pay_serial}.
   *
   * @return contactless charges by {@code pay_partner}: the form fields plus {@code status} and
   *     {@code pay_serial}
   */
  public Map<String, Map<String, String>> payments() {
    return snapshot(payments);
  }

  /**
   * Exceptional releases by {@code parking_serial + ":" + release_type}.
   *
   * @return exceptional releases by {@code parking_serial + ":" + release_type}
   */
  public Map<String, Map<String, String>> releases() {
    return snapshot(releases);
  }

  /**
   * Stay corrections by {@code flow_no}.
   *
   * @return stay corrections by {@code flow_no}
   */
  public Map<String, Map<String, String>> updates() {
    return snapshot(updates);
  }

  /**
   * Merchant coupon reports, in order.
   *
   * @return merchant coupon reports, in order
   */
  public List<Map<String, String>> couponReports() {
    synchronized (lock) {
      return new ArrayList<>(couponReports);
    }
  }

  /**
   * Charging-session discounts by {@code replenish_order}.
   *
   * @return charging-session discounts by {@code replenish_order}
   */
  public Map<String, Map<String, String>> replenishes() {
    return snapshot(replenishes);
  }

  /**
   * Charging devices by number (the JSON as sent).
   *
   * @return charging devices by number (the JSON as sent)
   */
  public Map<String, JsonNode> energyDevices() {
    synchronized (lock) {
      return new LinkedHashMap<>(devices);
    }
  }

  /**
   * Charging-session records by order (the JSON as sent).
   *
   * @return charging-session records by order (the JSON as sent)
   */
  public Map<String, JsonNode> replenishments() {
    synchronized (lock) {
      return new LinkedHashMap<>(replenishments);
    }
  }

  private Map<String, Map<String, String>> snapshot(Map<String, Map<String, String>> m) {
    synchronized (lock) {
      Map<String, Map<String, String>> out = new LinkedHashMap<>();
      for (Map.Entry<String, Map<String, String>> e : m.entrySet()) {
        out.put(e.getKey(), Collections.unmodifiableMap(new LinkedHashMap<>(e.getValue())));
      }
      return out;
    }
  }

  /** A stay the fake knows from enter/leave. */
  public static final class Stay {
    private final String parkingSerial;
    private final Map<String, String> enter;
    private volatile @Nullable Map<String, String> leave;

    Stay(String parkingSerial, Map<String, String> enter) {
      this.parkingSerial = parkingSerial;
      this.enter = Collections.unmodifiableMap(new TreeMap<>(enter));
    }

    /**
     * The stay's serial.
     *
     * @return the stay's serial
     */
    public String parkingSerial() {
      return parkingSerial;
    }

    /**
     * The plate reported, or {@code null}.
     *
     * @return the plate reported, or {@code null}
     */
    public @Nullable String plate() {
      return enter.get("plate");
    }

    /**
     * The entry's fields (the exit's, when the exit came without an entry).
     *
     * @return the entry's fields (the exit's, when the exit came without an entry)
     */
    public Map<String, String> enter() {
      return enter;
    }

    /**
     * The exit's fields, or {@code null} while the car is in.
     *
     * @return the exit's fields, or {@code null} while the car is in
     */
    public @Nullable Map<String, String> leave() {
      return leave;
    }

    /**
     * Whether the car left.
     *
     * @return whether the car left
     */
    public boolean left() {
      return leave != null;
    }

    @Override
    public String toString() {
      return "Stay{" + parkingSerial + ", " + plate() + (left() ? ", left" : ", in") + "}";
    }
  }

  // ---- signing, the fake's own code ----

  /**
   * The form signature as P云 computes it: non-empty parameters but {@code sign}, sorted
   * ({@code TreeMap}), {@code k=v&…&app_secret=SECRET}, MD5 UTF-8, upper case.
   *
   * @param params parameters with raw values
   * @param secret the app secret
   * @return the signature
   */
  public static String formSign(Map<String, String> params, String secret) {
    return md5(formPlain(params) + "app_secret=" + secret);
  }

  private static String formPlain(Map<String, String> params) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : new TreeMap<>(params).entrySet()) {
      if (!"sign".equals(e.getKey()) && e.getValue() != null && !e.getValue().isEmpty()) {
        sb.append(e.getKey()).append('=').append(e.getValue()).append('&');
      }
    }
    return sb.toString();
  }

  /**
   * The gateway callback signature of the official sample: all fields but {@code sign} (empty
   * kept), sorted, {@code k=v} joined by {@code &}, {@code &key=KEY}, MD5 UTF-8, upper case.
   *
   * @param fields the fields
   * @param key the gateway key
   * @return the signature
   */
  public static String gatewaySign(Map<String, String> fields, String key) {
    return gatewaySign(fields, key, StandardCharsets.UTF_8);
  }

  /**
   * Like {@link #gatewaySign(Map, String)}, hashing the text's bytes in {@code charset} (see {@link
   * Builder#callbackCharset}).
   *
   * @param fields the fields
   * @param key the gateway key
   * @param charset the charset of the signed text
   * @return the signature
   */
  public static String gatewaySign(Map<String, String> fields, String key, Charset charset) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : new TreeMap<>(fields).entrySet()) {
      if ("sign".equals(e.getKey())) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(e.getKey()).append('=').append(e.getValue() == null ? "" : e.getValue());
    }
    return md5(sb.append("&key=").append(key).toString().getBytes(charset));
  }

  private static String md5(String text) {
    return Digests.md5Hex(text, HexCase.UPPER);
  }

  private static String md5(byte[] bytes) {
    return Digests.md5Hex(bytes, HexCase.UPPER);
  }

  // ---- callbacks the fake sends ----

  /**
   * The JSON body of a gateway call, signed with the fake's gateway key: {@code service},
   * {@code version 1.0}, {@code charset UTF-8}, {@code park_uuid} (unless given) and the fields, all
   * as strings.
   *
   * @param service e.g. {@code service.parking.payment.result}
   * @param fields the service's fields
   * @return the JSON text
   */
  public String signedGatewayBody(String service, Map<String, String> fields) {
    Map<String, String> all = new TreeMap<>();
    all.put("service", service);
    all.put("version", "1.0");
    all.put("charset", "UTF-8");
    all.put("park_uuid", parkUuid);
    all.putAll(fields);
    all.put("sign", gatewaySign(all, gatewayKey, callbackCharset));
    return toJson(all);
  }

  /**
   * POSTs a signed gateway call to {@code url} until it answers {@code result_code 1001} (at most
   * {@code maxAttempts} times, 50 ms apart).
   *
   * @param url your gateway endpoint
   * @param service the service
   * @param fields its fields
   * @param maxAttempts how often to try
   * @return what happened
   */
  public Delivery sendGateway(String url, String service, Map<String, String> fields, int maxAttempts) {
    return callbacks().to(url).json(signedGatewayBody(service, fields))
        .expect(answer -> "1001".equals(field(answer, "result_code")))
        .maxAttempts(maxAttempts).interval(Duration.ofMillis(50)).send();
  }

  /**
   * Sends {@code service.parking.payment.result} for a stay, as P云 does after a driver paid.
   *
   * @param url your gateway endpoint
   * @param parkingSerial the stay
   * @param parkingOrder the park's order from the bill
   * @param valueFen the amount
   * @return what happened (up to 3 attempts)
   */
  public Delivery sendPaymentResult(String url, String parkingSerial, String parkingOrder, long valueFen) {
    Map<String, String> f = new TreeMap<>();
    f.put("parking_serial", parkingSerial);
    f.put("parking_order", parkingOrder);
    f.put("pay_serial", nextSerial());
    f.put("pay_time", COMPACT.format(clock().instant()));
    f.put("value", Long.toString(valueFen));
    f.put("pay_value", Long.toString(valueFen));
    f.put("pay_origin", "8");
    f.put("pay_origin_desc", "微信");
    f.put("pay_source", "微信");
    return sendGateway(url, "service.parking.payment.result", f, 3);
  }

  /**
   * The form body of an openapi push signed with the fake's app secret: the fields plus
   * {@code app_id}, {@code timestamp}, {@code sign_type} and {@code sign}, URL-encoded.
   *
   * @param fields the push's fields
   * @return the encoded form
   */
  public String signedOpenApiForm(Map<String, String> fields) {
    Map<String, String> all = new TreeMap<>();
    all.put("app_id", appId);
    all.put("timestamp", Long.toString(clock().millis()));
    all.put("sign_type", "MD5");
    all.putAll(fields);
    all.put("sign", md5((formPlain(all) + "app_secret=" + appSecret).getBytes(callbackCharset)));
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : all.entrySet()) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(urlEncode(e.getKey())).append('=').append(urlEncode(e.getValue()));
    }
    return sb.toString();
  }

  /**
   * POSTs a signed openapi push until it answers {@code {"code":"1001"}}.
   *
   * @param url your endpoint
   * @param fields the push's fields
   * @param maxAttempts how often to try
   * @return what happened
   */
  public Delivery sendOpenApiPush(String url, Map<String, String> fields, int maxAttempts) {
    return callbacks().to(url).form(signedOpenApiForm(fields))
        .expect(answer -> "1001".equals(field(answer, "code")))
        .maxAttempts(maxAttempts).interval(Duration.ofMillis(50)).send();
  }

  private static @Nullable String field(String json, String name) {
    try {
      JsonNode n = JSON.readTree(json);
      return n == null || !n.has(name) ? null : n.get(name).asText();
    } catch (java.io.IOException e) {
      return null;
    }
  }

  private static String urlEncode(String s) {
    try {
      return URLEncoder.encode(s, "UTF-8");
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- request handling ----

  /** A handler of verified parameters; returns the answer's extra fields or throws {@link Refusal}. */
  @FunctionalInterface
  private interface FormLogic {
    Answer handle(Map<String, String> params, FakeRequest request);
  }

  @FunctionalInterface
  private interface JsonLogic {
    Answer handle(JsonNode body);
  }

  /** An envelope to send: code, message, extra fields. */
  private static final class Answer {
    final String code;
    final String message;
    final @Nullable String hint;
    final Map<String, Object> extra = new LinkedHashMap<>();

    Answer(String code, String message, @Nullable String hint) {
      this.code = code;
      this.message = message;
      this.hint = hint;
    }

    Answer with(String name, @Nullable Object value) {
      if (value != null) {
        extra.put(name, value);
      }
      return this;
    }
  }

  /** Thrown by handlers to answer an error envelope. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Answer answer;

    Refusal(String code, String message, @Nullable String hint) {
      super(code + " " + message, null, false, false);
      this.answer = new Answer(code, message, hint);
    }
  }

  private static Refusal missing(String param) {
    return new Refusal("400", "请求参数错误", "参数`" + param + "`未传递");
  }

  private static String strip(String path) {
    return path.startsWith("/") ? path.substring(1) : path;
  }

  private void serve(String method, String path, Handler h) {
    route(method, "/" + path, h);
    route(method, "/gate/1.0/" + path, h);
  }

  private void form(String method, String path, boolean ignoredOnBadSign, FormLogic logic) {
    serve(method, path, request -> {
      Answer planned = planned(path);
      if (planned != null) {
        return envelope(request, planned);
      }
      try {
        Map<String, String> params = params(request);
        String sign = params.remove("sign");
        String expected = formSign(params, appSecret);
        if (sign == null || !sign.equalsIgnoreCase(expected)) {
          String echo = formPlain(params) + "app_secret=" + (hintEchoesSecret ? appSecret : "***");
          return envelope(request, ignoredOnBadSign
              ? new Answer("200", "已忽略当前请求", "签名验证不通过[" + echo + "]")
              : new Answer("401", "请求签名校验不通过", echo));
        }
        synchronized (lock) {
          return envelope(request, logic.handle(params, request));
        }
      } catch (Refusal r) {
        return envelope(request, r.answer);
      }
    });
  }

  private void json(String path, JsonLogic logic) {
    serve("POST", path, request -> {
      Answer planned = planned(path);
      if (planned != null) {
        return envelope(request, planned);
      }
      try {
        String auth = request.header("Authorization").orElse(null);
        byte[] body = request.body();
        byte[] suffix = ("&app_secret=" + appSecret).getBytes(StandardCharsets.UTF_8);
        byte[] signed = new byte[body.length + suffix.length];
        System.arraycopy(body, 0, signed, 0, body.length);
        System.arraycopy(suffix, 0, signed, body.length, suffix.length);
        if (auth == null || !auth.trim().equalsIgnoreCase(md5(signed))) {
          return envelope(request, new Answer("401", "请求签名校验不通过", "Authorization"));
        }
        String type = request.header("Content-Type").orElse(null);
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
          return envelope(request, new Answer("400", "请求参数错误", "仅支持POST JSON"));
        }
        JsonNode json;
        try {
          json = request.json();
        } catch (IllegalArgumentException e) {
          throw new Refusal("400", "请求参数错误", "JSON格式错误");
        }
        synchronized (lock) {
          return envelope(request, logic.handle(json));
        }
      } catch (Refusal r) {
        return envelope(request, r.answer);
      }
    });
  }


  private @Nullable Answer planned(String path) {
    synchronized (lock) {
      Deque<String[]> q = plannedErrors.get(path);
      String[] e = q == null ? null : q.poll();
      return e == null ? null : new Answer(e[0], e[1], null);
    }
  }

  /** Reads a form, multipart (text parts; each file's hash checked) or query request. */
  private static Map<String, String> params(FakeRequest request) {
    if ("GET".equals(request.method())) {
      return new TreeMap<>(request.query());
    }
    String type = request.header("Content-Type").orElse(null);
    if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      Map<String, String> out = new TreeMap<>();
      List<MultipartPart> files = new ArrayList<>();
      for (MultipartPart p : request.multipart()) {
        if (p.fileName() == null) {
          out.put(p.name(), p.text());
        } else {
          files.add(p);
        }
      }
      for (MultipartPart f : files) {
        String hashName = f.name().endsWith("_file") ? f.name().substring(0, f.name().length() - 5) + "_hash" : f.name() + "_hash";
        String hash = out.get(hashName);
        if (hash == null) {
          throw missing(hashName);
        }
        if (!hash.equalsIgnoreCase(md5(f.content()))) {
          throw new Refusal("400", "请求参数错误", "`" + hashName + "`与上传文件不一致");
        }
      }
      return out;
    }
    if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      return new TreeMap<>(request.form());
    }
    throw new Refusal("400", "请求参数错误", "不支持的Content-Type: " + type);
  }

  private FakeResponse envelope(FakeRequest request, Answer a) {
    Map<String, Object> env = new LinkedHashMap<>();
    env.put("code", a.code);
    env.put("message", a.message);
    if (a.hint != null) {
      env.put("hint", a.hint);
    }
    env.put("seqno", Long.toHexString(ThreadLocalRandom.current().nextLong()));
    env.put("data_node", "FAKE/FAKE-1");
    env.putAll(a.extra);
    if (!a.code.startsWith("1") && !"200".equals(a.code)) {
      env.put("path", request.method() + " " + request.path());
    }
    return FakeResponse.json(toJson(env));
  }

  private static String toJson(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String nextSerial() {
    return Long.toString(serials.incrementAndGet());
  }

  private static String require(Map<String, String> p, String name) {
    String v = p.get(name);
    if (v == null || v.isEmpty()) {
      throw missing(name);
    }
    return v;
  }

  private void park(Map<String, String> p) {
    String uuid = p.get("park_uuid");
    if (uuid == null) {
      if (DEFAULT_MERCHANT.equals(p.get("merchant"))) {
        return;
      }
      throw missing("park_uuid");
    }
    if (!parkUuid.equals(uuid)) {
      throw new Refusal("500", "停车场不存在", "park_uuid=" + uuid);
    }
  }

  private static void millis(Map<String, String> p, String name) {
    String v = require(p, name);
    try {
      Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new Refusal("400", "请求参数错误", "参数`" + name + "`格式错误");
    }
  }

  private static void utc(Map<String, String> p, String name) {
    String v = p.get(name);
    if (v != null && !v.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z")) {
      throw new Refusal("400", "请求参数错误", "参数`" + name + "`不是UTC时间");
    }
  }

  private Answer enter(Map<String, String> p, FakeRequest r) {
    park(p);
    String serial = require(p, "parking_serial");
    require(p, "plate_color");
    millis(p, "enter_time");
    require(p, "car_type");
    require(p, "car_desc");
    require(p, "charge_type");
    if (!stays.containsKey(serial)) {
      stays.put(serial, new Stay(serial, p));
    }
    return new Answer("200", "OK", null);
  }

  private Answer leave(Map<String, String> p, FakeRequest r) {
    park(p);
    String serial = require(p, "parking_serial");
    millis(p, "enter_time");
    millis(p, "leave_time");
    String payments = p.get("payment_list");
    if (payments != null) {
      try {
        if (!JSON.readTree(payments).isArray()) {
          throw new Refusal("400", "请求参数错误", "参数`payment_list`格式错误");
        }
      } catch (java.io.IOException e) {
        throw new Refusal("400", "请求参数错误", "参数`payment_list`格式错误");
      }
    }
    Stay stay = stays.get(serial);
    if (stay == null) {
      stay = new Stay(serial, p);
      stays.put(serial, stay);
    }
    if (stay.leave == null) {
      stay.leave = Collections.unmodifiableMap(new TreeMap<>(p));
    }
    return new Answer("200", "OK", null);
  }

  private Answer preEnter(Map<String, String> p, FakeRequest r) {
    park(p);
    String plate = require(p, "plate");
    require(p, "plate_color");
    millis(p, "gate_time");
    require(p, "gate_id");
    require(p, "gate_name");
    Map<String, String> banned = blacklist.get(plate);
    if (banned != null && "1".equals(banned.get("status"))) {
      return new Answer("1001", "OK", null).with("status", -1).with("status_desc", "黑名单车辆禁止通行");
    }
    Map<String, String> vip = vips.get(plate);
    if (vip != null && "1".equals(vip.get("status"))) {
      return new Answer("1001", "OK", null).with("status", 1).with("status_desc", "欢迎光临").with("charge_type", vip.get("charge_type"));
    }
    return new Answer("1002", "查询无结果", null);
  }

  private Answer release(Map<String, String> p, FakeRequest r) {
    park(p);
    String type = require(p, "release_type");
    String serial = require(p, "parking_serial");
    require(p, "plate");
    utc(p, "release_time");
    releases.putIfAbsent(serial + ":" + type, new TreeMap<>(p));
    return new Answer("1001", "OK", null);
  }

  private Answer update(Map<String, String> p, FakeRequest r) {
    park(p);
    String flow = require(p, "flow_no");
    require(p, "parking_serial");
    require(p, "plate");
    utc(p, "enter_time");
    utc(p, "leave_time");
    utc(p, "operate_time");
    updates.putIfAbsent(flow, new TreeMap<>(p));
    return new Answer("1001", "OK", null);
  }

  private Answer prepay(Map<String, String> p, FakeRequest r) {
    park(p);
    String serial = require(p, "parking_serial");
    String partner = require(p, "pay_partner");
    require(p, "plate");
    millis(p, "enter_time");
    long total = number(p, "total_value");
    long free = number(p, "free_value");
    long pay = number(p, "pay_value");
    number(p, "parking_time");
    if (total != free + pay) {
      throw new Refusal("400", "请求参数错误", "total_value必须等于free_value+pay_value");
    }
    if (payments.containsKey(partner)) {
      throw new Refusal("500", "扣款订单号重复", "pay_partner=" + partner);
    }
    if (!stays.containsKey(serial)) {
      throw new Refusal("500", "未匹配到停车记录", null);
    }
    Map<String, String> charge = new TreeMap<>(p);
    payments.put(partner, charge);
    switch (prepayBehaviour) {
      case ACCEPTED:
        charge.put("status", "0");
        return new Answer("1000", "受理成功", null);
      case DECLINED:
        charge.put("status", "-1");
        throw new Refusal("500", "扣款失败", null);
      default:
        charge.put("status", "1");
        charge.put("pay_serial", nextSerial());
        return new Answer("1001", "扣款成功", null).with("pay_id", "PAY" + charge.get("pay_serial"))
            .with("pay_serial", charge.get("pay_serial")).with("pay_origin", "0").with("pay_origin_desc", "P云");
    }
  }

  private static long number(Map<String, String> p, String name) {
    String v = require(p, name);
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new Refusal("400", "请求参数错误", "参数`" + name + "`格式错误");
    }
  }

  private Answer payment(Map<String, String> p, FakeRequest r) {
    park(p);
    String partner = require(p, "pay_partner");
    Map<String, String> charge = payments.get(partner);
    if (charge == null) {
      throw new Refusal("500", "订单不存在", null);
    }
    // payment-status.md lists status, pay_serial and pay_origin; whether P云 also echoes pay_partner and
    // pay_value is not documented. The fake echoes them so the SDK's "found" reconciliation can be exercised
    // (the SDK treats an answer that does not name the pay_partner as "outcome unknown").
    Answer a = new Answer("1001", "OK", null).with("status", charge.get("status")).with("pay_partner", partner);
    if (charge.get("pay_value") != null) {
      a.with("pay_value", charge.get("pay_value"));
    }
    if (charge.get("pay_serial") != null) {
      a.with("pay_serial", charge.get("pay_serial")).with("pay_origin", "0").with("pay_origin_desc", "P云");
    }
    return a;
  }

  private Answer couponGrant(Map<String, String> p, FakeRequest r) {
    park(p);
    require(p, "grant_serial");
    String status = require(p, "status");
    if ("-2".equals(status)) {
      if (!appId.equals(p.get("app_id"))) {
        throw missing("app_id");
      }
      require(p, "status_desc");
    } else if ("1".equals(status)) {
      require(p, "apply_status");
      number(p, "coupon_value");
      number(p, "apply_value");
    } else {
      throw new Refusal("400", "请求参数错误", "status只能为-2或1");
    }
    utc(p, "status_time");
    utc(p, "apply_time");
    couponReports.add(Collections.unmodifiableMap(new TreeMap<>(p)));
    return new Answer("1001", "核销成功", null);
  }

  private void openApi(Map<String, String> p) {
    if (!appId.equals(p.get("app_id"))) {
      throw new Refusal("401", "应用不存在", "app_id");
    }
    millis(p, "timestamp");
    if (!"MD5".equals(p.get("sign_type"))) {
      throw missing("sign_type");
    }
  }

  private Answer replenish(Map<String, String> p, FakeRequest r) {
    openApi(p);
    String order = require(p, "replenish_order");
    for (String name : new String[] {"station_uuid", "device_no", "port_no", "vin", "plate", "energy_code"}) {
      require(p, name);
    }
    for (String name : new String[] {"quantity", "energy_value", "fee_value", "total_value"}) {
      number(p, name);
    }
    utc(p, "start_time");
    utc(p, "end_time");
    if (replenishes.containsKey(order)) {
      return new Answer("1001", "OK", null);
    }
    boolean parked = false;
    for (Stay s : stays.values()) {
      parked |= p.get("plate").equals(s.plate()) && !s.left();
    }
    if (!parked) {
      throw new Refusal("1002", "停车记录不存在", null);
    }
    replenishes.put(order, new TreeMap<>(p));
    return new Answer("1001", "OK", null);
  }

  private Answer energyJson(JsonNode body, Map<String, JsonNode> store, String key) {
    if (!appId.equals(body.path("app_id").asText(null))) {
      throw new Refusal("401", "应用不存在", "app_id");
    }
    if (!body.path("timestamp").canConvertToLong() || !"MD5".equals(body.path("sign_type").asText(null))) {
      throw missing("timestamp/sign_type");
    }
    String id = body.path(key).asText("");
    if (id.isEmpty() || body.path("station_uuid").asText("").isEmpty()) {
      throw missing(id.isEmpty() ? key : "station_uuid");
    }
    store.put(id, body);
    return new Answer("1001", "OK", null);
  }

  private Answer sync(JsonNode body, Map<String, Map<String, String>> store, String key, String path) {
    if (!parkUuid.equals(body.path("park_uuid").asText(null))) {
      throw body.has("park_uuid") ? new Refusal("500", "停车场不存在", null) : missing("park_uuid");
    }
    JsonNode rows = body.get("row");
    if (rows == null || !rows.isArray()) {
      throw missing("row");
    }
    String complete = body.path("complete").asText("0");
    if (!"0".equals(complete) && !"1".equals(complete)) {
      throw new Refusal("400", "请求参数错误", "complete只能为0或1");
    }
    List<Map<String, String>> parsed = new ArrayList<>();
    for (JsonNode row : rows) {
      if (!row.isObject()) {
        throw new Refusal("400", "请求参数错误", "row格式错误");
      }
      Map<String, String> m = new TreeMap<>();
      Iterator<Map.Entry<String, JsonNode>> it = row.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        m.put(e.getKey(), e.getValue().asText());
      }
      if (m.get(key) == null || m.get(key).isEmpty()) {
        throw missing("row." + key);
      }
      if (m.get("plate_color") == null) {
        throw missing("row.plate_color");
      }
      parsed.add(m);
    }
    if ("1".equals(complete)) {
      store.clear();
    }
    for (Map<String, String> m : parsed) {
      store.put(m.get(key), m);
    }
    completeFlags.add(path + " " + complete);
    return new Answer("1001", "OK", null);
  }

  /** Configures a {@link FakeFourPyun}. */
  public static final class Builder {
    private String appSecret = DEFAULT_APP_SECRET;
    private String appId = DEFAULT_APP_ID;
    private String parkUuid = DEFAULT_PARK_UUID;
    private String gatewayKey = DEFAULT_GATEWAY_KEY;
    private boolean hintEchoesSecret;
    private Duration latency = Duration.ZERO;
    private Clock clock = Clock.systemUTC();
    private Charset callbackCharset = StandardCharsets.UTF_8;

    private Builder() {}

    /**
     * The charset whose bytes the fake hashes when it signs the callbacks it sends (gateway calls
     * and openapi pushes). Default UTF-8, what P云's published vectors use. P云's official sample
     * gateway ({@code 4pyun-api-http} {@code MD5.encryptHEX}, {@code getBytes()} without a
     * charset) hashes with the JVM's default charset, so on a Chinese Windows server (GBK) it
     * rejects a UTF-8-signed callback that contains any non-ASCII value, such as {@code 微信}:
     * pass {@code Charset.forName("GBK")} to reproduce (or rule out) that in a test.
     *
     * @param charset the charset of the signed text
     * @return this
     */
    public Builder callbackCharset(Charset charset) {
      this.callbackCharset = charset;
      return this;
    }

    /**
     * Sets the secret requests must be signed with.
     *
     * @param appSecret the secret requests must be signed with
     * @return this
     */
    public Builder appSecret(String appSecret) {
      this.appSecret = appSecret;
      return this;
    }

    /**
     * Sets the app id openapi-style calls must carry.
     *
     * @param appId the app id openapi-style calls must carry
     * @return this
     */
    public Builder appId(String appId) {
      this.appId = appId;
      return this;
    }

    /**
     * Sets the park the fake serves.
     *
     * @param parkUuid the park the fake serves
     * @return this
     */
    public Builder parkUuid(String parkUuid) {
      this.parkUuid = parkUuid;
      return this;
    }

    /**
     * Sets the key gateway callbacks are signed with.
     *
     * @param gatewayKey the key gateway callbacks are signed with
     * @return this
     */
    public Builder gatewayKey(String gatewayKey) {
      this.gatewayKey = gatewayKey;
      return this;
    }

    /**
     * Sets whether the {@code hint} of a bad signature echoes the string-to-sign with the real
     * secret (the worst case the spec warns about) instead of {@code app_secret=***}.
     *
     * @param echo whether the {@code hint} of a bad signature echoes the string-to-sign with the real
     *     secret (the worst case the spec warns about) instead of {@code app_secret=***}
     * @return this
     */
    public Builder hintEchoesSecret(boolean echo) {
      this.hintEchoesSecret = echo;
      return this;
    }

    /**
     * Sets the delay added before each answer. Default: none.
     *
     * @param latency added before each answer
     * @return this
     */
    public Builder latency(Duration latency) {
      this.latency = latency;
      return this;
    }

    /**
     * Sets the fake's clock (timestamps of callbacks it sends).
     *
     * @param clock the fake's clock (timestamps of callbacks it sends)
     * @return this
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * The fake, listening.
     *
     * @return the fake, listening
     */
    public FakeFourPyun start() {
      return new FakeFourPyun(this).listen();
    }
  }
}
