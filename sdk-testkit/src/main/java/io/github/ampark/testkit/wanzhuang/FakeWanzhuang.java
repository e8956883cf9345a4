package io.github.ampark.testkit.wanzhuang;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.AmparkJson;
import io.github.ampark.core.spi.MultipartPart;
import io.github.ampark.testkit.CallbackSender.Delivery;
import io.github.ampark.testkit.FakeRequest;
import io.github.ampark.testkit.FakeResponse;
import io.github.ampark.testkit.FakeServer;
import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An in-process Wanzhuang (万庄) wz-open platform: devices with ports and a charging state machine,
 * the 21 endpoints of known path with Wanzhuang's envelope, signature checks written here (not the
 * SDK's signer) under either hash reading, {@code start_power} and {@code finish_order} callbacks
 * resent until acknowledged, offline-profit reports, and the fault injection of {@link FakeServer}.
 *
 * <pre>{@code
 * try (FakeWanzhuang fake = FakeWanzhuang.builder().callbackBase("http://127.0.0.1:8080/wz/cb").start()) {
 *   fake.seedDevice("18000001", 4, 2);                                   // device type 4, two ports
 *   WanzhuangClient client = WanzhuangClient.builder(FakeWanzhuang.APP_ID, FakeWanzhuang.SECRET, fake.url()).build();
 *   client.charging().startCharge(...);                                 // port 1 → charging, start_power sent
 *   fake.finishCharge("18000001", 1, 80, 2);                            // → ended, finish_order sent
 *   fake.faults().on("POST", FakeWanzhuang.START, Fault.processThenDisconnect());
 * }
 * }</pre>
 *
 * <p>What Wanzhuang has not published is the fake's own choice, so tests have something definite:
 *
 * <ul>
 *   <li>Signature: every parameter but {@code sign} (query for GET, JSON members, multipart text
 *       parts), sorted, {@code k=v&…}; a JSON array or a repeated / {@code []} query key enters as a
 *       compact JSON array of strings; HMAC-SHA256 ({@link Hash#HMAC_SHA256}, default) or SHA-256 of
 *       string + secret ({@link Hash#SHA256_APPENDED}), lower-case hex compared ignoring case.
 *   <li>Errors are HTTP 200 envelopes: {@value #SIGN_ERROR} bad or missing sign/app_id/timestamp,
 *       {@value #PARAM_ERROR} a bad parameter, {@value #NOT_FOUND} an unknown device or charge,
 *       {@value #PORT_UNAVAILABLE} a port that cannot start (states other than 0, 1, 5), {@value
 *       #CHARGE_ID_USED} a {@code charge_id} already used.
 *   <li>Port states: 0 idle → 2 charging ({@code charge/start}) → 5 ended ({@code charge/stop} or
 *       {@link #finishCharge}); 6 fault ({@code port/error} or {@link #faultPort}), which ends a charge.
 *   <li>Callbacks go to {@code <callbackBase>/start_power} and {@code /finish_order} (forms) and
 *       {@code /offline_profit} (multipart), resent up to {@link Builder#callbackAttempts} times until
 *       the answer is acknowledged (default: HTTP 2xx and a JSON {@code code} of 1, or the text {@code
 *       success}). finish_order carries {@code device_num, device_port, charge_id, charge_mode,
 *       pay_amount, pay_used, stop_reason} — names after {@code charge_id} are the fake's.
 * </ul>
 */
public final class FakeWanzhuang extends FakeServer {
  /** The fake's application id. */
  public static final String APP_ID = "wzfakeapp01";
  /** The fake's merchant key. */
  public static final String SECRET = "wz-fake-secret";

  /** Bad or missing {@code sign}, {@code app_id} or {@code timestamp}. */
  public static final int SIGN_ERROR = 4001;
  /** A missing or malformed parameter. */
  public static final int PARAM_ERROR = 4002;
  /** An unknown device or charge. */
  public static final int NOT_FOUND = 4004;
  /** The port cannot start a charge now. */
  public static final int PORT_UNAVAILABLE = 4005;
  /** The {@code charge_id} was used before. */
  public static final int CHARGE_ID_USED = 4006;

  /** {@code POST /open/charge/start}. */
  public static final String START = "/open/charge/start";
  /** {@code POST /open/charge/stop}. */
  public static final String STOP = "/open/charge/stop";
  /** {@code GET /open/device/state}. */
  public static final String STATE = "/open/device/state";
  /** {@code GET /open/callback/log}. */
  public static final String CALLBACK_LOG = "/open/callback/log";

  private static final ObjectMapper JSON = AmparkJson.newMapper();

  /** The two readings of the vendor's "sha256 with the key". */
  public enum Hash {
    /** HMAC-SHA256 keyed with the secret. */
    HMAC_SHA256,
    /** SHA-256 of the string followed by the secret. */
    SHA256_APPENDED
  }

  private final Object lock = new Object();
  private final Map<String, DeviceRecord> devices = new LinkedHashMap<>();
  private final Map<Long, ChargeRecord> charges = new LinkedHashMap<>();
  private final Map<String, RenewRecord> renewals = new LinkedHashMap<>();
  private final List<CompletableFuture<Delivery>> deliveries = Collections.synchronizedList(new ArrayList<>());
  private final String appId;
  private final String secret;
  private volatile Hash hash;
  private volatile @Nullable String callbackBase;
  private volatile int callbackAttempts;
  private volatile Duration callbackInterval;
  private volatile Predicate<String> acknowledged;
  private long starts;

  private FakeWanzhuang(Builder b) {
    super(b.clock);
    this.appId = b.appId;
    this.secret = b.secret;
    this.hash = b.hash;
    this.callbackBase = b.callbackBase;
    this.callbackAttempts = b.callbackAttempts;
    this.callbackInterval = b.callbackInterval;
    this.acknowledged = b.acknowledged;
    post("/open/device/saveMode", this::saveMode);
    get("/open/device/getMode", r -> mode(r, true));
    get("/open/device/getDeviceModeTimeInfo", r -> mode(r, false));
    get("/open/device/getDeviceModeWorkInfo", r -> mode(r, false));
    get("/open/device/getDeviceModePowerInfo", r -> mode(r, false));
    get("/open/device/getDeviceSettingOfflineCardInfo", r -> mode(r, false));
    get("/open/device/findOne", r -> success(device(find(r.text("device_num")))));
    post("/open/device/findMultiDevices", this::findMulti);
    post("/open/device/add", this::add);
    post("/open/device/state/offline", this::offline);
    post("/open/device/state/port/error", this::portError);
    get(STATE, r -> success(state(find(r.text("device_num")))));
    get("/open/device/state/list", this::stateList);
    post(START, this::start);
    post(STOP, this::stop);
    get(CALLBACK_LOG, this::callbackLog);
    post("/open/callback/retry/finish_order", this::retryFinishOrder);
    get("/open/device/log/online_log", this::onlineLog);
    get("/open/renew/getCompanyExpireDeviceList", this::expiring);
    post("/open/renew/createCompanyRenewOrder", this::createRenewal);
    get("/open/renew/getCompanyRenewStatus", this::renewStatus);
  }

  /**
   * Starts a fake with {@link #APP_ID}, {@link #SECRET}, HMAC-SHA256 and no callback base.
   *
   * @return the running fake
   */
  public static FakeWanzhuang start() {
    return builder().start();
  }

  /**
   * A builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  // ---- control ----

  /**
   * Sets the hash the fake checks signatures with from now on.
   *
   * @param h the hash the fake checks signatures with from now on
   * @return this
   */
  public FakeWanzhuang hash(Hash h) {
    this.hash = h;
    return this;
  }

  /**
   * Sets where callbacks go ({@code <base>/start_power} …), or {@code null} for none.
   *
   * @param base where callbacks go ({@code <base>/start_power} …), or {@code null} for none
   * @return this
   */
  public FakeWanzhuang callbackBase(@Nullable String base) {
    this.callbackBase = base == null ? null : base.replaceAll("/+$", "");
    return this;
  }

  /**
   * Registers a device as if added earlier.
   *
   * @param deviceNum its number
   * @param deviceType its type code (the seed's 0–13)
   * @param ports how many ports (1…)
   * @return this
   */
  public FakeWanzhuang seedDevice(String deviceNum, int deviceType, int ports) {
    synchronized (lock) {
      devices.put(deviceNum, new DeviceRecord(deviceNum, deviceType, ports, now()));
    }
    return this;
  }

  /**
   * The port's state code, if the device exists.
   *
   * @param deviceNum a device
   * @param port a port
   * @return the port's state code, if the device exists
   */
  public Optional<Integer> portState(String deviceNum, int port) {
    synchronized (lock) {
      DeviceRecord d = devices.get(deviceNum);
      return d == null || port < 1 || port > d.ports.length ? Optional.empty() : Optional.of(d.ports[port - 1].state);
    }
  }

  /**
   * The saved mode's fields as sent, if any.
   *
   * @param deviceNum a device
   * @return the saved mode's fields as sent, if any
   */
  public Map<String, String> savedMode(String deviceNum) {
    synchronized (lock) {
      DeviceRecord d = devices.get(deviceNum);
      return d == null ? Collections.<String, String>emptyMap() : new LinkedHashMap<>(d.mode);
    }
  }

  /**
   * The charge ids started so far, in order.
   *
   * @return the charge ids started so far, in order
   */
  public List<Long> chargeIds() {
    synchronized (lock) {
      return new ArrayList<>(charges.keySet());
    }
  }

  /**
   * How many charges {@code charge/start} actually started (a resent start that was refused does
   * not count).
   *
   * @return how many charges {@code charge/start} actually started (a resent start that was refused
   *     does not count)
   */
  public long startsAccepted() {
    synchronized (lock) {
      return starts;
    }
  }

  /**
   * The device ends a charge by itself (money used up, plug pulled…): port → 5, finish_order sent.
   *
   * @param deviceNum the device
   * @param port the port
   * @param usedFen the amount used, in fen ({@code pay_used})
   * @param stopReason the end-reason code ({@code stop_reason}; e.g. 2 complete)
   * @return the finish_order delivery, or empty when there is no callback base
   */
  public Optional<CompletableFuture<Delivery>> finishCharge(String deviceNum, int port, long usedFen, int stopReason) {
    ChargeRecord c;
    synchronized (lock) {
      PortRecord p = port(devices.get(deviceNum), port);
      c = p == null || p.state != 2 ? null : charges.get(p.chargeId);
      if (c == null) {
        throw new IllegalStateException("no charge on " + deviceNum + " port " + port);
      }
      end(c, p, Math.min(usedFen, c.totalFee), stopReason, 5);
    }
    return sendFinish(c);
  }

  /**
   * The port reports a fault (6); a charge on it ends with stop_reason 26.
   *
   * @param deviceNum device
   * @param port port
   */
  public void faultPort(String deviceNum, int port) {
    ChargeRecord ended = null;
    synchronized (lock) {
      PortRecord p = port(devices.get(deviceNum), port);
      if (p == null) {
        throw new IllegalStateException("no port " + port + " on " + deviceNum);
      }
      if (p.state == 2) {
        ended = charges.get(p.chargeId);
        end(ended, p, ended.totalFee / 2, 26, 6);
      }
      p.state = 6;
    }
    if (ended != null) {
      sendFinish(ended);
    }
  }

  /**
   * The device reports running income totals (multipart {@code offline_profit}).
   *
   * @param deviceNum the device
   * @param coinFen running coin total
   * @param cardFen running card total
   * @param time the report time as the device sends it
   * @return the delivery, or empty without a callback base
   */
  public Optional<CompletableFuture<Delivery>> reportOfflineProfit(String deviceNum, long coinFen, long cardFen, long time) {
    String base = callbackBase;
    if (base == null) {
      return Optional.empty();
    }
    String boundary = "wzfake" + Long.toHexString(System.nanoTime());
    StringBuilder body = new StringBuilder();
    String[][] fields = {{"device_num", deviceNum}, {"coin", Long.toString(coinFen)}, {"card", Long.toString(cardFen)}, {"time", Long.toString(time)}};
    for (String[] f : fields) {
      body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(f[0])
          .append("\"\r\n\r\n").append(f[1]).append("\r\n");
    }
    body.append("--").append(boundary).append("--\r\n");
    CompletableFuture<Delivery> d = callbacks().to(base + "/offline_profit")
        .body(body.toString().getBytes(StandardCharsets.UTF_8), "multipart/form-data; boundary=" + boundary)
        .expect(acknowledged).maxAttempts(callbackAttempts).interval(callbackInterval).sendAsync();
    deliveries.add(d);
    return Optional.of(d);
  }

  /**
   * Every callback delivery started so far, in order (complete each with {@code join()}).
   *
   * @return every callback delivery started so far, in order (complete each with {@code join()})
   */
  public List<CompletableFuture<Delivery>> deliveries() {
    synchronized (deliveries) {
      return new ArrayList<>(deliveries);
    }
  }

  /**
   * Its callback-log entries ({@code type}, {@code req} form text).
   *
   * @param chargeId a charge
   * @return its callback-log entries ({@code type}, {@code req} form text)
   */
  public List<Map<String, String>> callbackLogOf(long chargeId) {
    synchronized (lock) {
      ChargeRecord c = charges.get(chargeId);
      return c == null ? Collections.<Map<String, String>>emptyList() : new ArrayList<>(c.log);
    }
  }

  // ---- endpoints ----

  private FakeResponse saveMode(Params p) {
    DeviceRecord d = find(p.text("device_num"));
    Map<String, String> mode = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : p.values.entrySet()) {
      if (!e.getKey().equals("app_id") && !e.getKey().equals("timestamp") && !e.getKey().equals("sign")) {
        mode.put(e.getKey(), Params.text(e.getValue()));
      }
    }
    p.require("charge_mode");
    p.require("charge_type");
    d.mode.clear();
    d.mode.putAll(mode);
    ObjectNode data = JSON.createObjectNode().put("result", true);
    return envelope(1, "SUCCESS", data, true);
  }

  private FakeResponse mode(Params p, boolean wrapped) {
    DeviceRecord d = find(p.text("device_num"));
    ObjectNode mode = JSON.createObjectNode();
    Map<String, String> m = d.mode;
    if (m.containsKey("charge_mode")) {
      mode.put("charge_mode", Integer.parseInt(m.get("charge_mode")));
    }
    copy(mode, m, "charge_type", "chargeType");
    copyArray(mode, m, "payment_value", "paymentValue");
    copyArray(mode, m, "time_value", "timeValue");
    copy(mode, m, "start_fee", "startFee");
    copy(mode, m, "max_pay_fee", "maxPayFee");
    copy(mode, m, "max_power", "maxPower");
    copy(mode, m, "whether_refund", "whetherRefund");
    copy(mode, m, "work_charge", "workCharge");
    return success(wrapped ? JSON.createObjectNode().set("mode", mode) : mode);
  }

  private FakeResponse findMulti(Params p) {
    ArrayNode out = JSON.createArrayNode();
    for (JsonNode n : p.jsonArrayText("device_nums")) {
      out.add(device(find(n.asText())));
    }
    return success(out);
  }

  private FakeResponse add(Params p) {
    String num = p.require("device_num");
    if (devices.containsKey(num)) {
      throw new Refusal(PARAM_ERROR, "设备已存在");
    }
    devices.put(num, new DeviceRecord(num, 1, 2, now()));
    return success(JSON.createObjectNode().put("result", true));
  }

  private FakeResponse offline(Params p) {
    for (String num : p.strings("device_nums")) {
      DeviceRecord d = find(num);
      d.online = false;
      d.onlineLog.add(new long[] {now(), 0});
    }
    return success(JSON.createObjectNode().put("result", true));
  }

  private FakeResponse portError(Params p) {
    DeviceRecord d = find(p.require("device_num"));
    Object port = p.values.get("device_port");
    if (!(port instanceof String)) {
      throw new Refusal(PARAM_ERROR, "device_port 应为字符串");
    }
    PortRecord r = port(d, parseInt((String) port));
    String flag = p.require("is_error");
    if (r == null || !flag.equals("0") && !flag.equals("1")) {
      throw new Refusal(PARAM_ERROR, "参数错误");
    }
    if (flag.equals("1")) {
      if (r.state == 2) {
        ChargeRecord c = charges.get(r.chargeId);
        end(c, r, c.totalFee / 2, 26, 6);
        sendFinishLater(c);
      }
      r.state = 6;
    } else if (r.state == 6) {
      r.state = 0;
    }
    return success(JSON.createObjectNode().put("result", true));
  }

  private FakeResponse stateList(Params p) {
    ArrayNode out = JSON.createArrayNode();
    for (String num : p.strings("device_nums[]")) {
      out.add(state(find(num)));
    }
    return success(out);
  }

  private FakeResponse start(Params p) {
    DeviceRecord d = find(p.require("device_num"));
    long port = p.number("device_port");
    long id = p.number("charge_id");
    long mode = p.number("charge_mode");
    long fee = p.number("total_fee");
    PortRecord r = port(d, (int) port);
    if (r == null) {
      throw new Refusal(PARAM_ERROR, "端口不存在");
    }
    if (charges.containsKey(id)) {
      throw new Refusal(CHARGE_ID_USED, "charge_id 已存在");
    }
    if (r.state != 0 && r.state != 1 && r.state != 5) {
      throw new Refusal(PORT_UNAVAILABLE, "端口不可用");
    }
    ChargeRecord c = new ChargeRecord(d.num, (int) port, id, (int) mode, fee, now());
    charges.put(id, c);
    r.state = 2;
    r.chargeId = id;
    starts++;
    String req = form("state", "1", "device_num", d.num, "device_port", Long.toString(port), "charge_id", Long.toString(id));
    c.log.add(logEntry("start_power", req, id));
    sendLater("start_power", req);
    return success(JSON.createObjectNode());
  }

  private FakeResponse stop(Params p) {
    DeviceRecord d = find(p.require("device_num"));
    PortRecord r = port(d, (int) p.number("device_port"));
    long id = p.number("charge_id");
    ChargeRecord c = charges.get(id);
    if (r == null || c == null || !c.device.equals(d.num) || c.port != r.number) {
      throw new Refusal(NOT_FOUND, "订单不存在");
    }
    if (!c.finished) {
      long used = Math.min(c.totalFee, Math.max(1, (now() - c.startedAt) / 60));
      end(c, r, used, 12, 5);
      sendFinishLater(c);
    }
    return success(JSON.createObjectNode());
  }

  private FakeResponse callbackLog(Params p) {
    long id = p.number("charge_id");
    ArrayNode out = JSON.createArrayNode();
    ChargeRecord c = charges.get(id);
    if (c != null) {
      for (Map<String, String> e : c.log) {
        ObjectNode n = out.addObject();
        for (Map.Entry<String, String> f : e.entrySet()) {
          n.put(f.getKey(), f.getValue());
        }
      }
    }
    return success(out);
  }

  private FakeResponse retryFinishOrder(Params p) {
    Object raw = p.values.get("charge_id");
    if (!(raw instanceof String)) {
      throw new Refusal(PARAM_ERROR, "charge_id 应为字符串");
    }
    ChargeRecord c = charges.get((long) parseInt((String) raw));
    if (c == null || !c.finished) {
      throw new Refusal(NOT_FOUND, "订单不存在或未结束");
    }
    sendFinishLater(c);
    return success(JSON.createObjectNode().put("result", true));
  }

  private FakeResponse onlineLog(Params p) {
    DeviceRecord d = find(p.require("device_num"));
    long page = p.number("page");
    long limit = p.number("limit");
    ArrayNode logs = JSON.createArrayNode();
    for (int i = (int) ((page - 1) * limit); i < d.onlineLog.size() && logs.size() < limit; i++) {
      long[] l = d.onlineLog.get(i);
      logs.addObject().put("timestamp", l[0]).put("online", l[1]).put("device_num", d.num).put("type", l[1] == 1 ? "online" : "offline")
          .put("ip", "0.0.0.0");
    }
    return success(JSON.createObjectNode().put("count", d.onlineLog.size()).set("logs", logs));
  }

  private FakeResponse expiring(Params p) {
    long page = p.number("page");
    long limit = p.number("limit");
    ArrayNode list = JSON.createArrayNode();
    int i = 0;
    for (DeviceRecord d : devices.values()) {
      if (i++ >= (page - 1) * limit && list.size() < limit) {
        list.addObject().put("device_num", d.num).put("iccid", "8986" + d.num).put("expire_time", "this month")
            .put("price", 1200).put("device_type", d.type).put("status", 1);
      }
    }
    return success(JSON.createObjectNode().put("count", devices.size()).set("list", list));
  }

  private FakeResponse createRenewal(Params p) {
    String out = p.require("out_trade_no");
    if (!out.matches("[0-9]{20}")) {
      throw new Refusal(PARAM_ERROR, "out_trade_no 格式错误");
    }
    if (renewals.containsKey(out)) {
      throw new Refusal(PARAM_ERROR, "out_trade_no 已存在");
    }
    List<String> nums = p.values.containsKey("device_nums") ? p.strings("device_nums") : new ArrayList<>(devices.keySet());
    RenewRecord r = new RenewRecord(out, nums, "https://qr.alipay.com/fake" + out);
    renewals.put(out, r);
    return success(JSON.createObjectNode().put("qrCode", r.qrCode));
  }

  private FakeResponse renewStatus(Params p) {
    String out = p.require("out_trade_no");
    ArrayNode list = JSON.createArrayNode();
    RenewRecord r = renewals.get(out);
    if (r != null) {
      list.addObject().put("outTradeNo", r.outTradeNo).put("renewState", 0).put("qrCode", r.qrCode)
          .put("deviceCount", r.deviceNums.size());
    }
    return success(list);
  }

  // ---- machinery ----

  private void get(String path, Endpoint e) {
    route("GET", path, request -> handle(request, e));
  }

  private void post(String path, Endpoint e) {
    route("POST", path, request -> handle(request, e));
  }

  private FakeResponse handle(FakeRequest request, Endpoint e) {
    Params p;
    try {
      p = Params.of(request);
    } catch (RuntimeException ex) {
      return error(PARAM_ERROR, "请求格式错误");
    }
    String refusal = checkSignature(p);
    if (refusal != null) {
      return error(SIGN_ERROR, refusal);
    }
    synchronized (lock) {
      try {
        return e.answer(p);
      } catch (Refusal r) {
        return error(r.code, r.getMessage());
      }
    }
  }

  /** The fake's own signature check: why it fails, or {@code null}. */
  private @Nullable String checkSignature(Params p) {
    Object sign = p.values.get("sign");
    Object app = p.values.get("app_id");
    Object ts = p.values.get("timestamp");
    if (!(sign instanceof String) || app == null || ts == null) {
      return "缺少 app_id/timestamp/sign";
    }
    if (!appId.equals(Params.text(app))) {
      return "app_id 不存在";
    }
    if (!Params.text(ts).matches("[0-9]{9,11}")) {
      return "timestamp 格式错误";
    }
    TreeMap<String, String> sorted = new TreeMap<>();
    for (Map.Entry<String, Object> e : p.values.entrySet()) {
      if (!e.getKey().equals("sign") && e.getValue() != null) {
        sorted.put(e.getKey(), Params.text(e.getValue()));
      }
    }
    StringBuilder s = new StringBuilder();
    for (Map.Entry<String, String> e : sorted.entrySet()) {
      if (s.length() > 0) {
        s.append('&');
      }
      s.append(e.getKey()).append('=').append(e.getValue());
    }
    String expected = digest(s.toString());
    return expected.equalsIgnoreCase((String) sign) ? null : "签名错误";
  }

  private String digest(String text) {
    try {
      byte[] out;
      if (hash == Hash.HMAC_SHA256) {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        out = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
      } else {
        out = MessageDigest.getInstance("SHA-256").digest((text + secret).getBytes(StandardCharsets.UTF_8));
      }
      StringBuilder hex = new StringBuilder();
      for (byte b : out) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return hex.toString();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private void end(ChargeRecord c, PortRecord p, long usedFen, int reason, int newState) {
    c.finished = true;
    c.usedFen = usedFen;
    c.stopReason = reason;
    p.state = newState;
    c.finishReq = form("device_num", c.device, "device_port", Integer.toString(c.port), "charge_id", Long.toString(c.chargeId),
        "charge_mode", Integer.toString(c.mode), "pay_amount", Long.toString(c.totalFee), "pay_used", Long.toString(usedFen),
        "stop_reason", Integer.toString(reason));
    c.log.add(logEntry("finish_order", c.finishReq, c.chargeId));
  }

  private Optional<CompletableFuture<Delivery>> sendFinish(ChargeRecord c) {
    return send("finish_order", c.finishReq);
  }

  private void sendFinishLater(ChargeRecord c) {
    sendLater("finish_order", c.finishReq);
  }

  private void sendLater(String kind, String form) {
    send(kind, form);
  }

  private Optional<CompletableFuture<Delivery>> send(String kind, String form) {
    String base = callbackBase;
    if (base == null) {
      return Optional.empty();
    }
    CompletableFuture<Delivery> d = callbacks().to(base + "/" + kind).form(form).expect(acknowledged)
        .maxAttempts(callbackAttempts).interval(callbackInterval).sendAsync();
    deliveries.add(d);
    return Optional.of(d);
  }

  private Map<String, String> logEntry(String type, String req, long chargeId) {
    Map<String, String> e = new LinkedHashMap<>();
    e.put("id", Integer.toString(charges.size() * 2 + (type.equals("start_power") ? 0 : 1)));
    e.put("charge_id", Long.toString(chargeId));
    e.put("type", type);
    e.put("req", req);
    e.put("url", callbackBase == null ? "" : callbackBase + "/" + type);
    e.put("create_time", Long.toString(now()));
    return e;
  }

  private ObjectNode device(DeviceRecord d) {
    ObjectNode n = JSON.createObjectNode().put("device_num", d.num).put("device_type", d.type)
        .put("port_count", d.ports.length).put("online", d.online ? 1 : 0);
    return n;
  }

  private ObjectNode state(DeviceRecord d) {
    ObjectNode n = JSON.createObjectNode().put("device_num", d.num).put("online", d.online ? 1 : 0);
    ArrayNode ports = n.putArray("ports");
    for (PortRecord p : d.ports) {
      ObjectNode o = ports.addObject().put("port", p.number).put("state", p.state).put("charge_id", p.chargeId);
      ChargeRecord c = charges.get(p.chargeId);
      if (c != null) {
        o.put("charge_mode", c.mode).put("pay_amount", c.totalFee).put("pay_used", c.usedFen).put("start_time", c.startedAt);
      }
    }
    return n;
  }

  private DeviceRecord find(@Nullable String num) {
    if (num == null) {
      throw new Refusal(PARAM_ERROR, "缺少 device_num");
    }
    DeviceRecord d = devices.get(num);
    if (d == null) {
      throw new Refusal(NOT_FOUND, "设备不存在");
    }
    return d;
  }

  private static @Nullable PortRecord port(@Nullable DeviceRecord d, int port) {
    return d == null || port < 1 || port > d.ports.length ? null : d.ports[port - 1];
  }

  private long now() {
    return clock().instant().getEpochSecond();
  }

  private static int parseInt(String s) {
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      throw new Refusal(PARAM_ERROR, "参数错误");
    }
  }

  private static void copy(ObjectNode to, Map<String, String> from, String key, String as) {
    String v = from.get(key);
    if (v != null) {
      to.put(as, v);
    }
  }

  private static void copyArray(ObjectNode to, Map<String, String> from, String key, String as) {
    String v = from.get(key);
    if (v != null) {
      ArrayNode a = to.putArray(as);
      try {
        for (JsonNode n : JSON.readTree(v)) {
          a.add(n.asText());
        }
      } catch (java.io.IOException | RuntimeException e) {
        for (String part : v.split(",")) {
          a.add(part);
        }
      }
    }
  }

  private static String form(String... nameValues) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < nameValues.length; i += 2) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      try {
        sb.append(nameValues[i]).append('=').append(URLEncoder.encode(nameValues[i + 1], "UTF-8"));
      } catch (UnsupportedEncodingException e) {
        throw new IllegalStateException(e);
      }
    }
    return sb.toString();
  }

  private FakeResponse success(JsonNode data) {
    return envelope(1, "success", data, false);
  }

  private FakeResponse error(int code, String message) {
    return envelope(code, message, null, false);
  }

  private FakeResponse envelope(int code, String message, @Nullable JsonNode data, boolean withTime) {
    ObjectNode env = JSON.createObjectNode().put("code", code).put("message", message);
    env.set("data", data == null ? JsonNodeFactory.instance.nullNode() : data);
    if (withTime) {
      env.put("timestamp", now());
    }
    try {
      return FakeResponse.json(JSON.writeValueAsString(env));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One endpoint's answer to signed, parsed parameters (runs under the fake's lock). */
  @FunctionalInterface
  private interface Endpoint {
    FakeResponse answer(Params p);
  }

  /** An error envelope to answer. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int code;

    Refusal(int code, String message) {
      super(message, null, false, false);
      this.code = code;
    }
  }

  /** A request's parameters wherever they were: query, JSON members, multipart text parts. */
  private static final class Params {
    final Map<String, Object> values;

    Params(Map<String, Object> values) {
      this.values = values;
    }

    static Params of(FakeRequest r) {
      Map<String, Object> v = new LinkedHashMap<>();
      String type = r.header("Content-Type").orElse(null);
      if ("GET".equals(r.method())) {
        okhttp3.HttpUrl url = r.url();
        for (int i = 0; i < url.querySize(); i++) {
          String name = url.queryParameterName(i);
          String value = url.queryParameterValue(i) == null ? "" : url.queryParameterValue(i);
          Object prior = v.get(name);
          if (prior == null && !name.endsWith("[]")) {
            v.put(name, value);
          } else {
            List<Object> list = new ArrayList<>();
            if (prior instanceof List) {
              for (Object o : (List<?>) prior) {
                list.add(o);
              }
            } else if (prior != null) {
              list.add(prior);
            }
            list.add(value);
            v.put(name, list);
          }
        }
      } else if (type != null && type.startsWith("multipart/")) {
        for (MultipartPart part : r.multipart()) {
          if (part.fileName() == null) {
            v.put(part.name(), part.text());
          }
        }
      } else {
        JsonNode json = r.json();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          JsonNode n = e.getValue();
          if (n.isNull()) {
            continue;
          }
          if (n.isArray()) {
            List<Object> list = new ArrayList<>();
            for (JsonNode item : n) {
              list.add(item.asText());
            }
            v.put(e.getKey(), list);
          } else if (n.isValueNode()) {
            v.put(e.getKey(), n.isTextual() ? n.asText() : n.isNumber() ? (Object) n.numberValue() : (Object) n.asText());
          } else {
            v.put(e.getKey(), n.toString());
          }
        }
      }
      return new Params(v);
    }

    /** As text; a list as a compact JSON array of strings. */
    static String text(Object value) {
      if (value instanceof List) {
        StringBuilder sb = new StringBuilder("[");
        for (Object o : (List<?>) value) {
          if (sb.length() > 1) {
            sb.append(',');
          }
          sb.append('"').append(String.valueOf(o).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return sb.append(']').toString();
      }
      return String.valueOf(value);
    }

    @Nullable String text(String name) {
      Object v = values.get(name);
      return v == null ? null : text(v);
    }

    String require(String name) {
      Object v = values.get(name);
      if (v == null || v instanceof List || text(v).trim().isEmpty()) {
        throw new Refusal(PARAM_ERROR, "缺少参数 " + name);
      }
      return text(v);
    }

    long number(String name) {
      Object v = values.get(name);
      if (v instanceof Number) {
        return ((Number) v).longValue();
      }
      String t = require(name).trim();
      if (!t.matches("-?[0-9]{1,18}")) {
        throw new Refusal(PARAM_ERROR, name + " 应为整数");
      }
      return Long.parseLong(t);
    }

    List<String> strings(String name) {
      Object v = values.get(name);
      if (!(v instanceof List)) {
        throw new Refusal(PARAM_ERROR, name + " 应为数组");
      }
      List<String> out = new ArrayList<>();
      for (Object o : (List<?>) v) {
        out.add(String.valueOf(o));
      }
      return out;
    }

    /** A text field holding a JSON array (findMultiDevices' device_nums). */
    JsonNode jsonArrayText(String name) {
      try {
        JsonNode n = JSON.readTree(require(name));
        if (n.isArray()) {
          return n;
        }
      } catch (java.io.IOException e) {
        // refused below
      }
      throw new Refusal(PARAM_ERROR, name + " 应为数组");
    }
  }

  private static final class DeviceRecord {
    final String num;
    final int type;
    final PortRecord[] ports;
    final Map<String, String> mode = new LinkedHashMap<>();
    final List<long[]> onlineLog = new ArrayList<>();
    boolean online = true;

    DeviceRecord(String num, int type, int portCount, long now) {
      this.num = num;
      this.type = type;
      this.ports = new PortRecord[portCount];
      for (int i = 0; i < portCount; i++) {
        ports[i] = new PortRecord(i + 1);
      }
      onlineLog.add(new long[] {now, 1});
    }
  }

  private static final class PortRecord {
    final int number;
    int state;
    long chargeId;

    PortRecord(int number) {
      this.number = number;
    }
  }

  private static final class ChargeRecord {
    final String device;
    final int port;
    final long chargeId;
    final int mode;
    final long totalFee;
    final long startedAt;
    final List<Map<String, String>> log = new ArrayList<>();
    boolean finished;
    long usedFen;
    int stopReason;
    String finishReq = "";

    ChargeRecord(String device, int port, long chargeId, int mode, long totalFee, long startedAt) {
      this.device = device;
      this.port = port;
      this.chargeId = chargeId;
      this.mode = mode;
      this.totalFee = totalFee;
      this.startedAt = startedAt;
    }
  }

  private static final class RenewRecord {
    final String outTradeNo;
    final List<String> deviceNums;
    final String qrCode;

    RenewRecord(String outTradeNo, List<String> deviceNums, String qrCode) {
      this.outTradeNo = outTradeNo;
      this.deviceNums = deviceNums;
      this.qrCode = qrCode;
    }
  }

  /** Builds a {@link FakeWanzhuang}. */
  public static final class Builder {
    private String appId = APP_ID;
    private String secret = SECRET;
    private Hash hash = Hash.HMAC_SHA256;
    private @Nullable String callbackBase;
    private int callbackAttempts = 5;
    private Duration callbackInterval = Duration.ofMillis(100);
    private Predicate<String> acknowledged = FakeWanzhuang::looksAcknowledged;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the app id and key the fake accepts (signed requests with other credentials are
     * refused).
     *
     * @param appId the app id the fake accepts
     * @param secret its key
     * @return this
     */
    public Builder credentials(String appId, String secret) {
      this.appId = appId;
      this.secret = secret;
      return this;
    }

    /**
     * Sets the hash signatures are checked with (default HMAC-SHA256).
     *
     * @param h the hash signatures are checked with (default HMAC-SHA256)
     * @return this
     */
    public Builder hash(Hash h) {
      this.hash = h;
      return this;
    }

    /**
     * Sets where callbacks go, e.g. {@code http://127.0.0.1:8080/wz/cb}.
     *
     * @param base where callbacks go, e.g. {@code http://127.0.0.1:8080/wz/cb}
     * @return this
     */
    public Builder callbackBase(String base) {
      this.callbackBase = base.replaceAll("/+$", "");
      return this;
    }

    /**
     * Sets how often a callback is sent at most (default 5).
     *
     * @param attempts how often a callback is sent at most (default 5)
     * @return this
     */
    public Builder callbackAttempts(int attempts) {
      this.callbackAttempts = attempts;
      return this;
    }

    /**
     * Sets the wait between attempts (default 100 ms).
     *
     * @param interval the wait between attempts (default 100 ms)
     * @return this
     */
    public Builder callbackInterval(Duration interval) {
      this.callbackInterval = interval;
      return this;
    }

    /**
     * Sets which answer bodies count as acknowledgements.
     *
     * @param ack which answer bodies count as acknowledgements
     * @return this
     */
    public Builder acknowledgedBy(Predicate<String> ack) {
      this.acknowledged = ack;
      return this;
    }

    /**
     * Sets the fake's clock (times it reports).
     *
     * @param clock the fake's clock (times it reports)
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
    public FakeWanzhuang start() {
      return new FakeWanzhuang(this).listen();
    }
  }

  private static boolean looksAcknowledged(String body) {
    String t = body.trim();
    if (t.equalsIgnoreCase("success")) {
      return true;
    }
    try {
      JsonNode n = JSON.readTree(t);
      return n != null && n.path("code").asLong(-1) == 1;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
