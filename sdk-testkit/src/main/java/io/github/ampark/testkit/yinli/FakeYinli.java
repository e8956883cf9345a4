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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-process Yinli (印力) merchant energy system, both sides of its API: it <em>serves</em> the
 * 1.x endpoints (1.1 monthly readings, stored per mall, meter and {@code readDate}; 1.3 meter
 * info; 1.4 mall info; 1.5 template messages) in plain JSON or, with a {@link FakeYinliEnvelope},
 * in the "0.1 通用请求方式" envelope (sealed multipart requests verified with your public key,
 * answers sealed with the fake's key, by JCA code of its own); and it <em>calls</em> your 2.x
 * endpoints ({@link #topUp(String)}: a sealed 2.2 top-up resent until your sealed success
 * verifies). Also a pluggable gateway check, latency, and the fault injection of {@link
 * FakeServer}.
 *
 * <pre>{@code
 * try (FakeYinli fake = FakeYinli.builder().envelope(yinliSide).start()) {
 *   YinliClient client = YinliClient.builder().baseUrl(fake.url()).codec(myCodec).assetsEnvelope(true).build();
 *   client.assets().meterReadingSync("MALL-001", "1.0").build().run(readings);
 *   assertThat(fake.reading("MALL-001", "DB-0001", "2025-04").path("readNum").decimalValue())
 *       .isEqualByComparingTo("12345.67");
 *   fake.faults().on("POST", FakeYinli.SYNCHRONIZE, Fault.processThenDisconnect());
 *   FakeYinli.Delivery d = fake.topUp(myEndpoint + "/payElec").json(topUpJson).loseAnswers(1).send();
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
  /** 1.1 the monthly meter-reading push. */
  public static final String SYNCHRONIZE = "/openapi/device/synchronize";
  /** 1.3 meter info. */
  public static final String METER_INFO = "/openapi/device/selectEleDevice";
  /** 1.4 mall info. */
  public static final String MALL_INFO = "/ipmp-cloud/basedata/v1/openapi/bsMall/getMallsBaseInfo";
  /** 1.5 template message push. */
  public static final String TEMPLATE = "/openapi/message/send/template";
  /** The {@code code} of a call whose 0.1 seal does not verify (the fake's choice). */
  public static final String BAD_SIGNATURE_CODE = "401";
  private static final String[] HEADERS = {"version", "corpId", "appId", "requestId", "requestTime"};
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
  private final Map<String, JsonNode> malls = new LinkedHashMap<>();
  private final List<JsonNode> messages = new ArrayList<>();
  private volatile @Nullable FakeYinliEnvelope envelope;
  private volatile @Nullable okhttp3.OkHttpClient sender;
  private long refusedSeals;
  private final Deque<String[]> planned = new ArrayDeque<>();
  private final AtomicLong traces = new AtomicLong();
  private volatile AuthCheck auth;
  private volatile @Nullable String lastTraceId;
  private long acceptedPushes;
  private long replacedReadings;

  /**
   * Decides whether a request is authenticated, the way the client's {@code YinliAuthenticator}
   * authenticates it: returns why it is refused, or empty to let it through.
   *
   * <pre>{@code
   * FakeYinli.AuthCheck token = FakeYinli.AuthCheck.requireHeader("X-Access-Token", "t0ken");
   * FakeYinli.AuthCheck mine = request ->
 *     mySignatureRule.verify(request) ? Optional.empty() : Optional.of("bad sign");
   * }</pre>
   */
  @FunctionalInterface
  public interface AuthCheck {
    /** Lets every request through (the default: Yinli's scheme is unpublished). */
    AuthCheck NONE = request -> Optional.empty();

    /**
     * Why the request is refused (answered with HTTP 401), or empty to let it through.
     *
     * @param request the request as received (headers, query, exact body bytes)
     * @return why it is refused, or empty if it is authenticated
     */
    Optional<String> refuse(FakeRequest request);

    /**
     * The check.
     *
     * @param name a header every request must carry
     * @param value its expected value
     * @return the check
     */
    static AuthCheck requireHeader(String name, String value) {
      return request -> {
        String got = request.header(name).orElse(null);
        return got == null ? Optional.of("missing header " + name)
            : value.equals(got) ? Optional.<String>empty() : Optional.of("wrong " + name);
      };
    }
  }

  private FakeYinli(Builder b) {
    super(b.clock);
    latency(b.latency);
    this.auth = b.auth;
    this.envelope = b.envelope;
    route("POST", SYNCHRONIZE, request -> serve(request, this::synchronize));
    route("POST", METER_INFO, request -> serve(request, this::meterInfo));
    route("POST", MALL_INFO, request -> serve(request, this::mallInfo));
    route("POST", TEMPLATE, request -> serve(request, this::template));
  }

  /**
   * Starts a fake with no authentication check and no latency.
   *
   * @return the running fake
   */
  public static FakeYinli start() {
    return builder().start();
  }

  /**
   * A builder for a fake with an authentication check, latency or clock.
   *
   * @return a builder for a fake with an authentication check, latency or clock
   */
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

  /**
   * Speaks the 0.1 envelope from now on (or plain JSON again with {@code null}): 1.x requests must
   * be sealed multipart with the five headers, and answers are sealed with the fake's key.
   *
   * @param envelope the fake's side of the envelope
   * @return this
   */
  public FakeYinli envelope(@Nullable FakeYinliEnvelope envelope) {
    this.envelope = envelope;
    return this;
  }

  /**
   * Registers a mall that 1.4 answers and 1.3 names.
   *
   * @param mallCode its code
   * @param mallName its name
   * @param orgCode its organisation
   * @param areaCode its area
   * @return this
   */
  public FakeYinli mall(String mallCode, String mallName, String orgCode, String areaCode) {
    ObjectNode m = JSON.createObjectNode();
    m.put("orgCode", orgCode);
    m.put("orgName", mallName);
    m.put("areaCode", areaCode);
    m.put("areaName", areaCode);
    m.put("provinceName", "上海");
    m.put("mallCode", mallCode);
    m.put("mallName", mallName);
    synchronized (lock) {
      malls.put(mallCode, m);
    }
    return this;
  }

  /**
   * Sets the authentication check from now on.
   *
   * @param check the authentication check from now on
   * @return this
   */
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
      Optional<String> refusal = auth.refuse(request);
      return refusal.isPresent() ? error(401, "401", "Unauthorized", refusal.get()) : success(data);
    });
    return this;
  }

  // ---- Yinli calling the energy system (2.x) ----

  /**
   * Yinli's 2.2 充值交费 to your energy-system endpoint: sealed with the fake's envelope (its own
   * key; your public key verifies), the five headers fresh on every attempt, resent until your
   * reply is a success whose {@code data.body}/{@code data.signature} open with your key, or the
   * attempts run out.
   *
   * <pre>{@code
   * FakeYinli.Delivery d = fake.topUp("http://127.0.0.1:8080/yinli/payElec")
   *     .json("{\"shopCode\":\"S-101\",\"amount\":100.00,\"payNo\":\"P1\"}")
   *     .loseAnswers(1)               // the first reply "does not arrive": Yinli resends
   *     .maxAttempts(5).send();
   * assertThat(d.acknowledged()).isTrue();
   * }</pre>
   *
   * @param url your endpoint's absolute URL
   * @return a delivery to configure
   */
  public DeliveryBuilder topUp(String url) {
    return new DeliveryBuilder(url);
  }

  private okhttp3.OkHttpClient sender() {
    okhttp3.OkHttpClient s = sender;
    if (s == null) {
      synchronized (lock) {
        if (sender == null) {
          sender = new okhttp3.OkHttpClient.Builder().callTimeout(10, java.util.concurrent.TimeUnit.SECONDS)
              .retryOnConnectionFailure(false).build();
        }
        s = sender;
      }
    }
    return s;
  }

  /** Stops listening and the fake's own HTTP client. */
  @Override
  public void close() {
    okhttp3.OkHttpClient s = sender;
    if (s != null) {
      s.dispatcher().executorService().shutdown();
      s.connectionPool().evictAll();
    }
    super.close();
  }

  /** One call from Yinli to a 2.x endpoint, resent until acknowledged. */
  public final class DeliveryBuilder {
    private final String url;
    private String json = "{}";
    private int maxAttempts = 5;
    private Duration interval = Duration.ofMillis(50);
    private int loseAnswers;

    private DeliveryBuilder(String url) {
      this.url = url;
    }

    /**
     * Sets the business JSON to seal.
     *
     * @param json the business JSON to seal
     * @return this
     */
    public DeliveryBuilder json(String json) {
      this.json = json;
      return this;
    }

    /**
     * Sets how many times to send at most (default 5).
     *
     * @param attempts how many times to send at most (default 5)
     * @return this
     */
    public DeliveryBuilder maxAttempts(int attempts) {
      this.maxAttempts = attempts;
      return this;
    }

    /**
     * Sets the pause between attempts (default 50 ms).
     *
     * @param interval the pause between attempts (default 50 ms)
     * @return this
     */
    public DeliveryBuilder interval(Duration interval) {
      this.interval = interval;
      return this;
    }

    /**
     * Treats the first {@code n} answers as lost, whatever they say, so the fake sends again the
     * way Yinli resends when no answer arrives.
     *
     * @param n treat the first {@code n} answers as lost, whatever they say (Yinli resends)
     * @return this
     */
    public DeliveryBuilder loseAnswers(int n) {
      this.loseAnswers = n;
      return this;
    }

    /**
     * The outcome, after the last attempt.
     *
     * @return the outcome, after the last attempt
     */
    public Delivery send() {
      FakeYinliEnvelope env = envelope;
      if (env == null) {
        throw new IllegalStateException("FakeYinli needs an envelope to call a 2.x endpoint");
      }
      List<String> outcomes = new ArrayList<>();
      String answer = null;
      for (int attempt = 1; attempt <= maxAttempts; attempt++) {
        FakeYinliEnvelope.Sealed sealed = env.seal(json);
        okhttp3.MultipartBody body = new okhttp3.MultipartBody.Builder().setType(okhttp3.MultipartBody.FORM)
            .addFormDataPart("body", sealed.body).addFormDataPart("signature", sealed.signature).build();
        okhttp3.Request.Builder rb = new okhttp3.Request.Builder().url(url).post(body)
            .header("version", "1.0").header("corpId", "fake-yinli").header("appId", "fake-yinli-app")
            .header("requestId", java.util.UUID.randomUUID().toString())
            .header("requestTime", Long.toString(clock().millis()));
        String outcome;
        try (okhttp3.Response r = sender().newCall(rb.build()).execute()) {
          String text = r.body().string();
          outcome = attempt <= loseAnswers ? "answer lost (simulated)" : judge(env, r.code(), text);
          if ("acknowledged".equals(outcome)) {
            answer = env.open(JSON.readTree(text).path("data").path("body").asText(null),
                JSON.readTree(text).path("data").path("signature").asText(null));
          }
        } catch (IOException e) {
          outcome = "I/O failure (" + e.getClass().getSimpleName() + ")";
        }
        outcomes.add(outcome);
        if (answer != null) {
          return new Delivery(true, attempt, outcomes, answer);
        }
        if (attempt < maxAttempts) {
          try {
            Thread.sleep(interval.toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            break;
          }
        }
      }
      return new Delivery(false, outcomes.size(), outcomes, null);
    }
  }

  private static String judge(FakeYinliEnvelope env, int status, String text) {
    if (status != 200) {
      return "HTTP " + status;
    }
    JsonNode reply;
    try {
      reply = JSON.readTree(text);
    } catch (IOException e) {
      return "not JSON";
    }
    if (!reply.path("success").isBoolean() || !reply.path("success").booleanValue()) {
      return "refused, code " + reply.path("code").asText();
    }
    String opened = env.open(reply.path("data").path("body").asText(null), reply.path("data").path("signature").asText(null));
    return opened == null ? "success not verifiable: refused" : "acknowledged";
  }

  /** The outcome of a {@link DeliveryBuilder#send()}. */
  public static final class Delivery {
    private final boolean acknowledged;
    private final int attempts;
    private final List<String> outcomes;
    private final @Nullable String answer;

    Delivery(boolean acknowledged, int attempts, List<String> outcomes, @Nullable String answer) {
      this.acknowledged = acknowledged;
      this.attempts = attempts;
      this.outcomes = Collections.unmodifiableList(new ArrayList<>(outcomes));
      this.answer = answer;
    }

    /**
     * Whether a verified success arrived.
     *
     * @return whether a verified success arrived
     */
    public boolean acknowledged() {
      return acknowledged;
    }

    /**
     * How many times it was sent.
     *
     * @return how many times it was sent
     */
    public int attempts() {
      return attempts;
    }

    /**
     * What each attempt got, in order ({@code acknowledged}, {@code refused, code 409}, …).
     *
     * @return what each attempt got, in order ({@code acknowledged}, {@code refused, code 409}, …)
     */
    public List<String> outcomes() {
      return outcomes;
    }

    /**
     * The opened JSON of the acknowledging answer, or {@code null}.
     *
     * @return the opened JSON of the acknowledging answer, or {@code null}
     */
    public @Nullable String answer() {
      return answer;
    }

    @Override
    public String toString() {
      return "Delivery{acknowledged=" + acknowledged + ", attempts=" + attempts + ", " + outcomes + "}";
    }
  }

  // ---- state ----

  /**
   * The stored reading of one meter for one date, as last pushed (a copy), if any was pushed.
   *
   * @param mallCode the mall code ({@code mallCode})
   * @param deviceActualCode the meter's device code ({@code deviceActualCode})
   * @param readDate the reading date as sent ({@code readDate})
   * @return the reading as sent (a copy), or empty
   */
  public Optional<JsonNode> reading(String mallCode, String deviceActualCode, String readDate) {
    synchronized (lock) {
      Map<String, JsonNode> mall = readings.get(mallCode);
      JsonNode r = mall == null ? null : mall.get(key(deviceActualCode, readDate));
      return r == null ? Optional.empty() : Optional.of(r.deepCopy());
    }
  }

  /**
   * A mall's stored readings, in the order their keys were first pushed.
   *
   * @param mallCode the mall code ({@code mallCode})
   * @return a mall's stored readings, in the order their keys were first pushed
   */
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

  /**
   * The malls that have readings.
   *
   * @return the malls that have readings
   */
  public Set<String> malls() {
    synchronized (lock) {
      return Collections.unmodifiableSet(new LinkedHashSet<>(readings.keySet()));
    }
  }

  /**
   * How many readings are stored, across malls.
   *
   * @return how many readings are stored, across malls
   */
  public int readingCount() {
    synchronized (lock) {
      int n = 0;
      for (Map<String, JsonNode> mall : readings.values()) {
        n += mall.size();
      }
      return n;
    }
  }

  /**
   * How many pushes were accepted (and stored).
   *
   * @return how many pushes were accepted (and stored)
   */
  public long acceptedPushes() {
    synchronized (lock) {
      return acceptedPushes;
    }
  }

  /**
   * How many stored readings were replaced by a later push of the same mall, meter and {@code
   * readDate}.
   *
   * @return how many stored readings were replaced by a later push of the same mall, meter and
   *     {@code readDate}
   */
  public long replacedReadings() {
    synchronized (lock) {
      return replacedReadings;
    }
  }

  /**
   * The template messages accepted (1.5), as sent.
   *
   * @return the template messages accepted (1.5), as sent
   */
  public List<JsonNode> messages() {
    synchronized (lock) {
      List<JsonNode> out = new ArrayList<>();
      for (JsonNode m : messages) {
        out.add(m.deepCopy());
      }
      return out;
    }
  }

  /**
   * How many sealed requests the fake refused because their seal did not verify.
   *
   * @return how many sealed requests the fake refused because their seal did not verify
   */
  public long refusedSeals() {
    synchronized (lock) {
      return refusedSeals;
    }
  }

  /**
   * The {@code traceId} of the last error envelope the fake answered, or {@code null}.
   *
   * @return the {@code traceId} of the last error envelope the fake answered, or {@code null}
   */
  public @Nullable String lastTraceId() {
    return lastTraceId;
  }

  // ---- the push ----

  /** What one endpoint does with a request's JSON: data to answer, or why it is refused. */
  private static final class Outcome {
    final @Nullable JsonNode data;
    final @Nullable String problem;

    Outcome(@Nullable JsonNode data, @Nullable String problem) {
      this.data = data;
      this.problem = problem;
    }
  }

  /** Authentication, planned failures, the envelope or plain JSON, then the endpoint. */
  private FakeResponse serve(FakeRequest request, java.util.function.Function<JsonNode, Outcome> endpoint) {
    Optional<String> refusal = auth.refuse(request);
    if (refusal.isPresent()) {
      return error(401, "401", "Unauthorized", refusal.get());
    }
    String[] plan;
    synchronized (lock) {
      plan = planned.poll();
    }
    if (plan != null) {
      return error(200, plan[0], plan[1], plan[2]);
    }
    FakeYinliEnvelope env = envelope;
    String type = request.header("Content-Type").orElse(null);
    String text;
    if (env != null) {
      if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
        return invalid("Content-Type应为multipart/form-data");
      }
      for (String h : HEADERS) {
        if (request.header(h).map(v -> v.trim().isEmpty()).orElse(true)) {
          return invalid("缺少请求头" + h);
        }
      }
      String body = null;
      String signature = null;
      try {
        for (io.github.ampark.core.spi.MultipartPart p : request.multipart()) {
          if ("body".equals(p.name())) {
            body = p.text();
          } else if ("signature".equals(p.name())) {
            signature = p.text();
          }
        }
      } catch (RuntimeException e) {
        return invalid("multipart格式错误");
      }
      text = env.open(body, signature);
      if (text == null) {
        synchronized (lock) {
          refusedSeals++;
        }
        return error(200, BAD_SIGNATURE_CODE, "验签失败", "signature or body refused");
      }
    } else {
      if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
        return invalid("Content-Type应为application/json");
      }
      text = request.bodyText();
    }
    JsonNode json;
    try {
      json = JSON.readTree(text);
    } catch (IOException | RuntimeException e) {
      return invalid("请求体不是JSON");
    }
    if (json == null || !json.isObject()) {
      return invalid("请求体应为JSON对象");
    }
    Outcome outcome = endpoint.apply(json);
    if (outcome.problem != null) {
      return invalid(outcome.problem);
    }
    return env != null ? sealedSuccess(env, outcome.data) : success(outcome.data);
  }

  private Outcome synchronize(JsonNode body) {
    String problem = problem(body);
    if (problem != null) {
      return new Outcome(null, problem);
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
    return new Outcome(JSON.createArrayNode(), null);
  }

  /** 1.3: one entry per meter with readings in the mall (filtered by {@code deviceActualCodes} if given). */
  private Outcome meterInfo(JsonNode body) {
    if (blank(body.get("mallCode"))) {
      return new Outcome(null, "mallCode不能为空");
    }
    String mallCode = body.get("mallCode").asText();
    Set<String> wanted = new LinkedHashSet<>();
    for (JsonNode c : body.path("deviceActualCodes")) {
      wanted.add(c.asText());
    }
    com.fasterxml.jackson.databind.node.ArrayNode out = JSON.createArrayNode();
    synchronized (lock) {
      JsonNode mall = malls.get(mallCode);
      Set<String> meters = new LinkedHashSet<>();
      for (JsonNode r : readings.getOrDefault(mallCode, Collections.emptyMap()).values()) {
        meters.add(r.get("deviceActualCode").asText());
      }
      for (String m : meters) {
        if (wanted.isEmpty() || wanted.contains(m)) {
          ObjectNode e = out.addObject();
          e.put("mallCode", mallCode);
          e.put("mallName", mall == null ? null : mall.path("mallName").asText());
          e.put("contNo", "HT-" + m);
          e.put("deviceActualCode", m);
        }
      }
    }
    return new Outcome(out, null);
  }

  /** 1.4: the registered malls matching every code given. */
  private Outcome mallInfo(JsonNode body) {
    com.fasterxml.jackson.databind.node.ArrayNode out = JSON.createArrayNode();
    synchronized (lock) {
      for (JsonNode m : malls.values()) {
        if (matches(body, m, "mallCode") && matches(body, m, "orgCode") && matches(body, m, "areaCode")) {
          out.add(m.deepCopy());
        }
      }
    }
    return new Outcome(out, null);
  }

  private static boolean matches(JsonNode query, JsonNode mall, String field) {
    JsonNode q = query.get(field);
    return q == null || q.isNull() || q.asText().equals(mall.path(field).asText());
  }

  /** 1.5: stored when it has a {@code messageTheme}. */
  private Outcome template(JsonNode body) {
    if (blank(body.get("messageTheme"))) {
      return new Outcome(null, "messageTheme不能为空");
    }
    synchronized (lock) {
      messages.add(body.deepCopy());
    }
    return new Outcome(JSON.createObjectNode(), null);
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

  private FakeResponse sealedSuccess(FakeYinliEnvelope env, JsonNode data) {
    FakeYinliEnvelope.Sealed sealed = env.seal(write(data));
    ObjectNode env0 = JSON.createObjectNode();
    env0.put("code", SUCCESS_CODE);
    env0.put("msg", "success");
    env0.put("success", true);
    ObjectNode d = env0.putObject("data");
    d.put("body", sealed.body);
    d.put("signature", sealed.signature);
    env0.putNull("error");
    return FakeResponse.json(200, write(env0));
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
    private @Nullable FakeYinliEnvelope envelope;

    private Builder() {}

    /**
     * Makes the fake speak the 0.1 envelope (encrypted and signed) with these keys. Default: plain
     * JSON.
     *
     * @param envelope speak the 0.1 envelope (default: plain JSON)
     * @return this
     */
    public Builder envelope(FakeYinliEnvelope envelope) {
      this.envelope = envelope;
      return this;
    }

    /**
     * Sets how requests are authenticated (default {@link AuthCheck#NONE}).
     *
     * @param check how requests are authenticated (default {@link AuthCheck#NONE})
     * @return this
     */
    public Builder auth(AuthCheck check) {
      this.auth = check == null ? AuthCheck.NONE : check;
      return this;
    }

    /**
     * Sets the delay added before each answer. Default: none.
     *
     * @param latency added before each answer
     * @return this
     */
    public Builder latency(Duration latency) {
      this.latency = latency == null ? Duration.ZERO : latency;
      return this;
    }

    /**
     * Sets the fake's clock (the {@code errorTime} it writes).
     *
     * @param clock the fake's clock (the {@code errorTime} it writes)
     * @return this
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * The fake, listening on a free port of 127.0.0.1.
     *
     * @return the fake, listening on a free port of 127.0.0.1
     */
    public FakeYinli start() {
      return new FakeYinli(this).listen();
    }
  }
}
