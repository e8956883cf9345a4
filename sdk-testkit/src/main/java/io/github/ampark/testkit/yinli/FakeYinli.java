package io.github.ampark.testkit.yinli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.AmparkJson;
import io.github.ampark.testkit.FakeRequest;
import io.github.ampark.testkit.FakeResponse;
import io.github.ampark.testkit.FakeServer;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-process Yinli (印力) merchant energy system: the monthly meter-reading push ({@code POST
 * /openapi/device/synchronize}) with Yinli's envelope, a store of the readings a test can inspect,
 * a pluggable authentication check, optional latency, and the fault injection of {@link
 * FakeServer}.
 *
 * <pre>{@code
 * try (FakeYinli fake = FakeYinli.builder()
 *         .auth(FakeYinli.AuthCheck.requireHeader("X-Access-Token", "t0ken"))
 *         .start()) {
 *   YinliClient client = YinliClient.builder().baseUrl(fake.url())
 *       .authenticator(YinliAuthenticator.staticHeader("X-Access-Token", "t0ken")).build();
 *   client.meterReadingSync("MALL-001", "1.0").build().run(readings);
 *   assertThat(fake.reading("MALL-001", "DB-0001", "2025-04").path("readNum").decimalValue())
 *       .isEqualByComparingTo("12345.67");
 *   fake.faults().on("POST", FakeYinli.SYNCHRONIZE, Fault.processThenDisconnect());
 * }
 * }</pre>
 *
 * <p>Yinli has published only the request body and the envelope's shape; the rest is the fake's
 * own choice, so that tests have something definite to assert:
 *
 * <ul>
 *   <li>Success is HTTP 200 {@code {"code":"200","msg":"success","success":true,"data":[],"error":null}}.
 *   <li>A refused request is HTTP 200 {@code {"code":"400","msg":"参数错误","success":false,
 *       "data":null,"error":{"appName":"fake-yinli","errorDetail":"…","errorTime":"yyyy-MM-dd
 *       HH:mm:ss","instance":"fake-yinli-1","traceId":"…"}}} and stores nothing. Refused: a body
 *       that is not a JSON object; a blank {@code mallCode} or {@code version}; an empty {@code
 *       data}; a reading without {@code deviceActualCode} or {@code readDate} (its key in the
 *       store); a field whose JSON type differs from the vendor's example (text for {@code
 *       type}/{@code shopCode}/… , numbers for amounts, readings and {@code priceLevel}).
 *   <li>A request the {@link AuthCheck} refuses is HTTP 401 with the same envelope, code {@code
 *       401}, msg {@code Unauthorized}.
 *   <li>A reading is stored per mall, meter ({@code deviceActualCode}) and {@code readDate}, as
 *       sent; a later push of the same key replaces it (and is counted in {@link
 *       #replacedReadings()}).
 * </ul>
 */
public final class FakeYinli extends FakeServer {
  /** The monthly meter-reading push. */
  public static final String SYNCHRONIZE = "/openapi/device/synchronize";
  /** The {@code code} the fake answers on success (its choice: Yinli's example shows a placeholder). */
  public static final String SUCCESS_CODE = "200";
  /** The {@code code} of a refused body (the fake's choice). */
  public static final String INVALID_CODE = "400";

  /** Keeps numbers exactly as sent ({@code 321.50} stays {@code 321.50}). */
  private static final ObjectMapper JSON = AmparkJson.newMapper().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
  private static final DateTimeFormatter ERROR_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));
  private static final List<String> TEXT_FIELDS = Arrays.asList("type", "shopCode", "storeNo", "deviceActualCode", "readDate");
  private static final List<String> NUMBER_FIELDS = Arrays.asList(
      "totalElec", "chargeAmount", "lossAmount", "totalAmount", "readNum", "refundAmount", "receivableAmount", "amount");

  private final Object lock = new Object();
  private final Map<String, Map<String, JsonNode>> readings = new LinkedHashMap<>();
  private final Deque<String[]> planned = new ArrayDeque<>();
  private final AtomicLong traces = new AtomicLong();
  private volatile AuthCheck auth;
  private volatile @Nullable String lastTraceId;
  private long acceptedPushes;
  private long replacedReadings;

  /**
   * Decides whether a request is authenticated, the way the client's {@code YinliAuthenticator}
   * authenticates it: returns why it is refused, or {@code null} to let it through.
   *
   * <pre>{@code
   * FakeYinli.AuthCheck token = FakeYinli.AuthCheck.requireHeader("X-Access-Token", "t0ken");
   * FakeYinli.AuthCheck mine = request -> mySignatureRule.verify(request) ? null : "bad sign";
   * }</pre>
   */
  @FunctionalInterface
  public interface AuthCheck {
    /** Lets every request through (the default: Yinli's scheme is unpublished). */
    AuthCheck NONE = request -> null;

    /**
     * @param request the request as received (headers, query, exact body bytes)
     * @return why it is refused, or {@code null} if it is authenticated
     */
    @Nullable String refuse(FakeRequest request);

    /**
     * @param name a header every request must carry
     * @param value its expected value
     * @return the check
     */
    static AuthCheck requireHeader(String name, String value) {
      return request -> {
        String got = request.header(name);
        return got == null ? "missing header " + name : value.equals(got) ? null : "wrong " + name;
      };
    }
  }

  private FakeYinli(Builder b) {
    super(b.clock);
    latency(b.latency);
    this.auth = b.auth;
    route("POST", SYNCHRONIZE, this::synchronize);
  }

  /** Starts a fake with no authentication check and no latency. */
  public static FakeYinli start() {
    return builder().start();
  }

  /** @return a builder for a fake with an authentication check, latency or clock */
  public static Builder builder() {
    return new Builder();
  }

  // ---- configuration while running ----

  /**
   * Makes every request take at least this long (a far-away platform; the benchmarks use 20 ms).
   * Requests on separate connections are still served in parallel.
   *
   * @param latency added before each answer
   * @return this
   */
  @Override
  public FakeYinli latency(Duration latency) {
    super.latency(latency);
    return this;
  }

  /** @param check the authentication check from now on @return this */
  public FakeYinli auth(AuthCheck check) {
    this.auth = check == null ? AuthCheck.NONE : check;
    return this;
  }

  /**
   * Makes the next push answer an error envelope without storing anything.
   *
   * @param code the envelope's {@code code}
   * @param msg its {@code msg}
   * @param errorDetail its {@code error.errorDetail}
   * @return this
   */
  public FakeYinli failNext(String code, String msg, String errorDetail) {
    synchronized (lock) {
      planned.add(new String[] {code, msg, errorDetail});
    }
    return this;
  }

  /**
   * Serves another Yinli path (one whose contract is unpublished, reached through the client's
   * {@code raw()}): after the authentication check, every POST answers the success envelope with
   * this {@code data}.
   *
   * @param path e.g. {@code /openapi/device/query}
   * @param dataJson the {@code data} to answer, as JSON text
   * @return this
   */
  public FakeYinli answer(String path, String dataJson) {
    JsonNode data = parse(dataJson);
    route("POST", path, request -> {
      String refusal = auth.refuse(request);
      return refusal != null ? error(401, "401", "Unauthorized", refusal) : success(data);
    });
    return this;
  }

  // ---- state ----

  /** A stored reading as sent, or {@code null}. */
  public @Nullable JsonNode reading(String mallCode, String deviceActualCode, String readDate) {
    synchronized (lock) {
      Map<String, JsonNode> mall = readings.get(mallCode);
      JsonNode r = mall == null ? null : mall.get(key(deviceActualCode, readDate));
      return r == null ? null : r.deepCopy();
    }
  }

  /** A mall's stored readings, in the order their keys were first pushed. */
  public List<JsonNode> readings(String mallCode) {
    synchronized (lock) {
      Map<String, JsonNode> mall = readings.get(mallCode);
      List<JsonNode> out = new ArrayList<>();
      if (mall != null) {
        for (JsonNode r : mall.values()) {
          out.add(r.deepCopy());
        }
      }
      return out;
    }
  }

  /** The malls that have readings. */
  public Set<String> malls() {
    synchronized (lock) {
      return Collections.unmodifiableSet(new LinkedHashSet<>(readings.keySet()));
    }
  }

  /** How many readings are stored, across malls. */
  public int readingCount() {
    synchronized (lock) {
      int n = 0;
      for (Map<String, JsonNode> mall : readings.values()) {
        n += mall.size();
      }
      return n;
    }
  }

  /** How many pushes were accepted (and stored). */
  public long acceptedPushes() {
    synchronized (lock) {
      return acceptedPushes;
    }
  }

  /** How many stored readings were replaced by a later push of the same mall, meter and {@code readDate}. */
  public long replacedReadings() {
    synchronized (lock) {
      return replacedReadings;
    }
  }

  /** The {@code traceId} of the last error envelope the fake answered, or {@code null}. */
  public @Nullable String lastTraceId() {
    return lastTraceId;
  }

  // ---- the push ----

  private FakeResponse synchronize(FakeRequest request) {
    String refusal = auth.refuse(request);
    if (refusal != null) {
      return error(401, "401", "Unauthorized", refusal);
    }
    String[] plan;
    synchronized (lock) {
      plan = planned.poll();
    }
    if (plan != null) {
      return error(200, plan[0], plan[1], plan[2]);
    }
    String type = request.header("Content-Type");
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      return invalid("Content-Type应为application/json");
    }
    JsonNode body;
    try {
      body = JSON.readTree(request.body());
    } catch (IOException | RuntimeException e) {
      return invalid("请求体不是JSON");
    }
    String problem = problem(body);
    if (problem != null) {
      return invalid(problem);
    }
    synchronized (lock) {
      Map<String, JsonNode> mall = readings.computeIfAbsent(body.get("mallCode").asText(), k -> new LinkedHashMap<>());
      for (JsonNode r : body.get("data")) {
        if (mall.put(key(r.get("deviceActualCode").asText(), r.get("readDate").asText()), r.deepCopy()) != null) {
          replacedReadings++;
        }
      }
      acceptedPushes++;
    }
    return success(JSON.createArrayNode());
  }

  /** What is wrong with a push body, or {@code null}. */
  private static @Nullable String problem(JsonNode body) {
    if (!body.isObject()) {
      return "请求体应为JSON对象";
    }
    for (String field : Arrays.asList("mallCode", "version")) {
      if (blank(body.get(field))) {
        return field + "不能为空";
      }
    }
    JsonNode data = body.get("data");
    if (data == null || !data.isArray() || data.size() == 0) {
      return "data不能为空";
    }
    for (int i = 0; i < data.size(); i++) {
      String p = readingProblem(data.get(i), "data[" + i + "]");
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  private static @Nullable String readingProblem(JsonNode r, String at) {
    if (!r.isObject()) {
      return at + "应为对象";
    }
    for (String field : Arrays.asList("deviceActualCode", "readDate")) {
      if (blank(r.get(field))) {
        return at + "." + field + "不能为空";
      }
    }
    for (String field : TEXT_FIELDS) {
      if (r.has(field) && !r.get(field).isTextual()) {
        return at + "." + field + "应为字符串";
      }
    }
    for (String field : NUMBER_FIELDS) {
      if (r.has(field) && !r.get(field).isNumber()) {
        return at + "." + field + "应为数字";
      }
    }
    String p = listProblem(r, "deviceElectricPriceRecordList", at, "priceLevel", "readNum");
    return p != null ? p : listProblem(r, "otherFeeDataList", at, "otherFeeType", "otherFeeAmount");
  }

  /** A list of {@code {text-or-number name, number value}} entries, as in Yinli's example. */
  private static @Nullable String listProblem(JsonNode r, String list, String at, String name, String value) {
    if (!r.has(list)) {
      return null;
    }
    JsonNode entries = r.get(list);
    if (!entries.isArray()) {
      return at + "." + list + "应为数组";
    }
    boolean numericName = "priceLevel".equals(name);
    for (int i = 0; i < entries.size(); i++) {
      JsonNode e = entries.get(i);
      String here = at + "." + list + "[" + i + "]";
      if (!e.isObject()) {
        return here + "应为对象";
      }
      JsonNode n = e.get(name);
      if (n == null || (numericName ? !n.isNumber() : !n.isTextual())) {
        return here + "." + name + (numericName ? "应为数字" : "应为字符串");
      }
      JsonNode v = e.get(value);
      if (v == null || !v.isNumber()) {
        return here + "." + value + "应为数字";
      }
    }
    return null;
  }

  // ---- envelopes ----

  private FakeResponse success(JsonNode data) {
    ObjectNode env = JSON.createObjectNode();
    env.put("code", SUCCESS_CODE);
    env.put("msg", "success");
    env.put("success", true);
    env.set("data", data.deepCopy());
    env.putNull("error");
    return FakeResponse.json(200, write(env));
  }

  private FakeResponse invalid(String detail) {
    return error(200, INVALID_CODE, "参数错误", detail);
  }

  private FakeResponse error(int status, String code, String msg, String detail) {
    String traceId = String.format("fk%014x", traces.incrementAndGet());
    lastTraceId = traceId;
    ObjectNode env = JSON.createObjectNode();
    env.put("code", code);
    env.put("msg", msg);
    env.put("success", false);
    env.putNull("data");
    ObjectNode error = env.putObject("error");
    error.put("appName", "fake-yinli");
    error.put("errorDetail", detail);
    error.put("errorTime", ERROR_TIME.format(clock().instant()));
    error.put("instance", "fake-yinli-1");
    error.put("traceId", traceId);
    return FakeResponse.json(status, write(env));
  }

  private static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + json, e);
    }
  }

  private static boolean blank(@Nullable JsonNode n) {
    return n == null || !n.isTextual() || n.asText().trim().isEmpty();
  }

  private static String key(String deviceActualCode, String readDate) {
    return deviceActualCode + '\0' + readDate;
  }


  /** Configures a {@link FakeYinli}. */
  public static final class Builder {
    private Duration latency = Duration.ZERO;
    private AuthCheck auth = AuthCheck.NONE;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** @param check how requests are authenticated (default {@link AuthCheck#NONE}) @return this */
    public Builder auth(AuthCheck check) {
      this.auth = check == null ? AuthCheck.NONE : check;
      return this;
    }

    /** @param latency added before each answer @return this */
    public Builder latency(Duration latency) {
      this.latency = latency == null ? Duration.ZERO : latency;
      return this;
    }

    /** @param clock the fake's clock (the {@code errorTime} it writes) @return this */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** @return the fake, listening on a free port of 127.0.0.1 */
    public FakeYinli start() {
      return new FakeYinli(this).listen();
    }
  }
}
