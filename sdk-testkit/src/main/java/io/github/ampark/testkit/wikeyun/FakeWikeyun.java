package io.github.ampark.testkit.wikeyun;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.AmparkJson;
import io.github.ampark.testkit.CallbackSender.Delivery;
import io.github.ampark.testkit.CallbackSender.DeliveryBuilder;
import io.github.ampark.testkit.FakeRequest;
import io.github.ampark.testkit.FakeResponse;
import io.github.ampark.testkit.FakeServer;
import io.github.ampark.testkit.Handler;
import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A faithful, in-process Wikeyun (微客云) gateway for tests: the {@code rest/Power/*} endpoints and
 * {@code rest/User/query}, with cards, orders, a balance, order status changes on demand or on a
 * timer, and order callbacks to {@code notify_url} that are resent (5 attempts) until the receiver
 * answers exactly {@code success}.
 *
 * <pre>{@code
 * try (FakeWikeyun fake = FakeWikeyun.start()) {
 *   WikeyunClient client = WikeyunClient.builder()
 *       .credentials(FakeWikeyun.APP_KEY, FakeWikeyun.APP_SECRET).storeId(FakeWikeyun.STORE_ID)
 *       .baseUrl(fake.url()).build();
 *   long cardId = fake.seedCard("0123456789", "江苏省", "南京市");
 *   client.power().pushOrder(PushOrderRequest.builder().cardId(cardId).orderNo("T1").amountYuan(100)
 *       .notifyUrl(myEndpoint).build());
 *   Optional<Delivery> d = fake.completeOrder("T1");          // status 2, callback delivered
 *   fake.faults().next(Fault.processThenDisconnect());       // the next answer is lost
 * }
 * }</pre>
 *
 * <p><b>Authentication.</b> Every request's signature is checked with the fake's own implementation
 * of the algorithm (sorted parameters, {@code secret + k1v1… + secret}, upper-case MD5) over the
 * query parameters and the form body merged — independent of the SDK's signer. Answers use the
 * real envelope {@code {"code","msg","time","data"}}.
 *
 * <p><b>Error codes.</b> Wikeyun documents only {@code 1003} (app_key missing). Every other code
 * below is <em>this fake's choice</em>, not the vendor's: {@link #CODE_BAD_PARAMETER}, {@link
 * #CODE_APP_KEY_INVALID}, {@link #CODE_SIGN_ERROR}, {@link #CODE_ORDER_NOT_FOUND} (message
 * "订单不存在", which the SDK's default not-found rule recognises), {@link #CODE_DUPLICATE_ORDER},
 * {@link #CODE_CARD_NOT_FOUND}, {@link #CODE_STORE_NOT_FOUND}, {@link #CODE_NOT_CANCELLABLE},
 * {@link #CODE_INSUFFICIENT_BALANCE}.
 *
 * <p><b>Orders.</b> A placed order starts at status 1 (recharging) and costs the amount minus a
 * 0.5 % rebate ({@code fanli}), taken from the balance. {@link #completeOrder} moves it to 2,
 * {@link #failOrder} to 3, {@link #setOrderStatus} anywhere; cancelling moves it to 9. Each change
 * sends a callback to the order's {@code notify_url} in the current {@link CallbackEncoding}. The
 * callback's {@code sign} is computed with the request algorithm over the other callback fields —
 * a stand-in: Wikeyun's real callback signature algorithm is UNKNOWN. A JSON callback carries
 * {@code status} as a string by default and as a number with {@link #numericCallbackStatus}, so
 * clients of either reading can be tested; the query answer's {@code card_id} is a string.
 *
 * <p>Thread-safe. Fault injection ({@link #faults()}), the journal and raw routes come from {@link
 * FakeServer}.
 */
public final class FakeWikeyun extends FakeServer {
  /** The default app key. */
  public static final String APP_KEY = "1000001";
  /** The default app secret. */
  public static final String APP_SECRET = "testsecret";
  /** The default store. */
  public static final String STORE_ID = "12345";

  /** Success. */
  public static final String CODE_OK = "0000";
  /** {@code app_key} missing (the one code Wikeyun documents). */
  public static final String CODE_APP_KEY_MISSING = "1003";
  /** A parameter is missing or malformed (fake's choice). */
  public static final String CODE_BAD_PARAMETER = "1001";
  /** Unknown {@code app_key} (fake's choice). */
  public static final String CODE_APP_KEY_INVALID = "1004";
  /** Missing or wrong {@code sign} (fake's choice; the real code is UNKNOWN). */
  public static final String CODE_SIGN_ERROR = "1005";
  /** No such order, message "订单不存在" (fake's choice). */
  public static final String CODE_ORDER_NOT_FOUND = "2001";
  /** {@code order_no} already used (fake's choice). */
  public static final String CODE_DUPLICATE_ORDER = "2002";
  /** No such card (fake's choice). */
  public static final String CODE_CARD_NOT_FOUND = "2003";
  /** Another store's {@code store_id} (fake's choice). */
  public static final String CODE_STORE_NOT_FOUND = "2004";
  /** The order's status does not allow cancelling (fake's choice). */
  public static final String CODE_NOT_CANCELLABLE = "2005";
  /** The balance does not cover the order (fake's choice). */
  public static final String CODE_INSUFFICIENT_BALANCE = "2006";

  /** How many times a callback is sent at most (Wikeyun: "重复发送5次"). */
  public static final int CALLBACK_ATTEMPTS = 5;

  private static final BigDecimal REBATE_RATE = new BigDecimal("0.005");
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final DateTimeFormatter ORDER_DAY =
      DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Shanghai"));
  private static final List<String> SYSTEM = Arrays.asList("timestamp", "format", "v");

  /** How the fake encodes the callbacks it sends (the sources disagree, so all three exist). */
  public enum CallbackEncoding {
    /** A JSON object body (the current Go SDK's reading). */
    JSON,
    /** A form-urlencoded body. */
    FORM,
    /** The fields as query parameters of a POST with an empty body. */
    QUERY
  }

  private final String appKey;
  private final String appSecret;
  private final String storeId;
  private final ObjectMapper mapper = AmparkJson.newMapper();
  private final Map<Long, CardRecord> cards = new LinkedHashMap<>();
  private final Map<String, OrderRecord> orders = new LinkedHashMap<>();
  private final List<Delivery> deliveries = Collections.synchronizedList(new ArrayList<Delivery>());
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fake-wikeyun-timer");
        t.setDaemon(true);
        return t;
      });
  private long nextCardId = 67890;
  private long nextOrderSeq = 1;
  private BigDecimal balanceYuan;
  private boolean nonApiRechargeForbidden;
  private volatile CallbackEncoding callbackEncoding = CallbackEncoding.JSON;
  private volatile boolean numericCallbackStatus;
  private volatile Duration callbackInterval;
  private volatile @Nullable Duration autoComplete;

  private FakeWikeyun(Builder b) {
    super(b.clock);
    this.appKey = b.appKey;
    this.appSecret = b.appSecret;
    this.storeId = b.storeId;
    this.balanceYuan = b.balanceYuan;
    this.callbackInterval = b.callbackInterval;
    power("addCard", this::addCard);
    power("editCard", this::editCard);
    power("delCard", this::delCard);
    power("cardInfo", this::cardInfo);
    power("pushOrder", this::pushOrder);
    power("query", this::query);
    power("cancel", this::cancel);
    power("forbid", this::forbid);
    route("POST", "/rest/User/query", authenticated(p -> ok("获取成功", object().put("money", balance()))));
  }

  /**
   * Starts a fake with {@link #APP_KEY}, {@link #APP_SECRET}, {@link #STORE_ID}, a balance of
   * 10,000 yuan.
   *
   * @return the running fake
   */
  public static FakeWikeyun start() {
    return builder().start();
  }

  /**
   * A builder for a fake with other credentials, clock or balance.
   *
   * @return a builder for a fake with other credentials, clock or balance
   */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------- state for tests

  /**
   * Adds a State Grid card to the fake's store, as if {@code addCard} had been called.
   *
   * @param cardNum account number
   * @param province province
   * @param city city
   * @return the card id
   */
  public synchronized long seedCard(String cardNum, String province, String city) {
    return putCard(new CardRecord(nextCardId++, storeId, cardNum, province, city, 0, null, null, now()));
  }

  /**
   * Adds a card with a chosen id (e.g. {@code 67890}, the card of the spec's test vector W1).
   *
   * @param id card id
   * @param cardNum account number
   * @param province province
   * @param city city
   * @return {@code id}
   */
  public synchronized long seedCard(long id, String cardNum, String province, String city) {
    nextCardId = Math.max(nextCardId, id + 1);
    return putCard(new CardRecord(id, storeId, cardNum, province, city, 0, null, null, now()));
  }

  /**
   * The card with this id, if any.
   *
   * @param id the card id ({@code card_id})
   * @return the card with this id, if any
   */
  public synchronized Optional<CardRecord> card(long id) {
    return Optional.ofNullable(cards.get(id));
  }

  /**
   * All cards, in the order they were added.
   *
   * @return all cards, in the order they were added
   */
  public synchronized List<CardRecord> cards() {
    return new ArrayList<>(cards.values());
  }

  /**
   * The order with this merchant order number, if any.
   *
   * @param orderNo the merchant order number ({@code order_number})
   * @return the order with this merchant order number, if any
   */
  public synchronized Optional<OrderRecord> order(String orderNo) {
    return Optional.ofNullable(orders.get(orderNo));
  }

  /**
   * All orders, in the order they were placed.
   *
   * @return all orders, in the order they were placed
   */
  public synchronized List<OrderRecord> orders() {
    return new ArrayList<>(orders.values());
  }

  /**
   * The balance orders are paid from, in yuan.
   *
   * @return the balance orders are paid from, in yuan
   */
  public synchronized BigDecimal balanceYuan() {
    return balanceYuan;
  }

  /**
   * Whether non-API recharges were disabled through {@code rest/Power/forbid}.
   *
   * @return whether non-API recharges were disabled through {@code rest/Power/forbid}
   */
  public synchronized boolean nonApiRechargeForbidden() {
    return nonApiRechargeForbidden;
  }

  /**
   * Every callback delivery so far (one per status change or resend), in order.
   *
   * @return every callback delivery so far (one per status change or resend), in order
   */
  public List<Delivery> deliveries() {
    synchronized (deliveries) {
      return new ArrayList<>(deliveries);
    }
  }

  /**
   * Sets how callbacks are sent from now on (default {@link CallbackEncoding#JSON}).
   *
   * @param encoding how callbacks are sent from now on (default {@link CallbackEncoding#JSON})
   * @return this
   */
  public FakeWikeyun callbackEncoding(CallbackEncoding encoding) {
    this.callbackEncoding = encoding;
    return this;
  }

  /**
   * How a JSON callback types {@code status}: as a string ({@code "2"}, the default, as the
   * vendor's document types it) or, with {@code true}, as a number ({@code 2}, what the public Go
   * client's struct expects). Form and query callbacks are text either way.
   *
   * @param numeric whether to send {@code status} as a JSON number
   * @return this
   */
  public FakeWikeyun numericCallbackStatus(boolean numeric) {
    this.numericCallbackStatus = numeric;
    return this;
  }

  /**
   * Sets the wait between two attempts of one callback (default 100 ms).
   *
   * @param interval the wait between two attempts of one callback (default 100 ms)
   * @return this
   */
  public FakeWikeyun callbackInterval(Duration interval) {
    this.callbackInterval = interval;
    return this;
  }

  /**
   * Completes every order placed from now on after {@code delay}, as the real gateway does some
   * time after accepting it, unless it was moved on meanwhile (cancelled, failed); {@code null}
   * switches it off (the default).
   *
   * @param delay time between acceptance and success, or {@code null}
   * @return this
   */
  public FakeWikeyun completeOrdersAfter(@Nullable Duration delay) {
    this.autoComplete = delay;
    return this;
  }

  // ---------------------------------------------------------------- status changes

  /**
   * The order is recharged (status 2, the whole amount arrived); its callback is delivered now.
   *
   * @param orderNo the merchant order number
   * @return the callback delivery, or empty when the order has no {@code notify_url}
   */
  public Optional<Delivery> completeOrder(String orderNo) {
    return setOrderStatus(orderNo, 2, null);
  }

  /**
   * The recharge failed (status 3, needs a refund); its callback is delivered now.
   *
   * @param orderNo the merchant order number
   * @param reason the failure reason ({@code reason}, {@code failReason})
   * @return the callback delivery, or empty when the order has no {@code notify_url}
   */
  public Optional<Delivery> failOrder(String orderNo, String reason) {
    return setOrderStatus(orderNo, 3, reason);
  }

  /**
   * Moves an order to any status code (0–12 or one the SDK does not know); its callback is
   * delivered now.
   *
   * @param orderNo the merchant order number
   * @param status the new status code
   * @param reason the failure reason, or {@code null}
   * @return the callback delivery, or empty when the order has no {@code notify_url}
   * @throws IllegalArgumentException if there is no such order
   */
  public Optional<Delivery> setOrderStatus(String orderNo, int status, @Nullable String reason) {
    changeStatus(orderNo, status, reason);
    return resendCallback(orderNo);
  }

  /** Changes the order's state (refunding the balance on 4 and 9); no callback. */
  private synchronized void changeStatus(String orderNo, int status, @Nullable String reason) {
    OrderRecord o = existingOrder(orderNo);
    long arrived = status == 2 ? o.amountYuan : status == 3 || status == 4 || status == 9 ? 0 : o.arrivedYuan;
    if ((status == 4 || status == 9) && o.status != 4 && o.status != 9) {
      balanceYuan = balanceYuan.add(o.costPriceYuan());
    }
    orders.put(orderNo, o.with(status, arrived, reason));
  }

  /** The timer's completion: only an order nobody has moved on meanwhile (cancelled, failed) succeeds. */
  private void completeIfStillRecharging(String orderNo) {
    synchronized (this) {
      if (existingOrder(orderNo).status != 1) {
        return;
      }
      changeStatus(orderNo, 2, null);
    }
    resendCallback(orderNo);
  }

  /**
   * Sends the order's callback for its current status again, as Wikeyun does when it did not read
   * {@code success} (or to test duplicate handling).
   *
   * @param orderNo the merchant order number
   * @return the delivery, or empty when the order has no {@code notify_url}
   */
  public Optional<Delivery> resendCallback(String orderNo) {
    OrderRecord o;
    Map<String, String> fields;
    synchronized (this) {
      o = existingOrder(orderNo);
      fields = callbackFields(o);
    }
    if (o.notifyUrl == null) {
      return Optional.empty();
    }
    Delivery d = deliver(o.notifyUrl, fields);
    deliveries.add(d);
    return Optional.of(d);
  }

  /**
   * The fields the fake sends in the order's callback for its current status (e.g. to build a
   * tampered callback in a test).
   *
   * @param orderNo the merchant order number
   * @return name → value, {@code sign} last
   */
  public synchronized Map<String, String> callbackFields(String orderNo) {
    return callbackFields(existingOrder(orderNo));
  }

  /**
   * The signature the fake expects for these parameters: {@code MD5(secret + k1v1k2v2… + secret)},
   * keys sorted, {@code sign} left out, upper-case hex. An implementation of its own, independent
   * of the SDK's {@code WikeyunSigner}.
   *
   * @param params parameters
   * @return 32 upper-case hex digits
   */
  public String expectedSign(Map<String, String> params) {
    return sign(appSecret, params);
  }

  /** Stops the timer, the callback sender and the server. */
  @Override
  public void close() {
    timer.shutdownNow();
    super.close();
  }

  // ---------------------------------------------------------------- endpoints

  private FakeResponse addCard(Map<String, String> p) {
    String err = firstMissing(p, "store_id", "card_num", "province", "city");
    if (err != null) {
      return missing(err);
    }
    if (!storeId.equals(p.get("store_id"))) {
      return error(CODE_STORE_NOT_FOUND, "店铺不存在");
    }
    Integer type = gridType(p);
    if (type == null) {
      return error(CODE_BAD_PARAMETER, "type格式错误");
    }
    if (type == 1 && blank(p.get("user_ext"))) {
      return missing("user_ext");
    }
    CardRecord card;
    synchronized (this) {
      card = new CardRecord(nextCardId++, storeId, p.get("card_num"), p.get("province"), p.get("city"), type,
          p.get("remark"), p.get("user_ext"), now());
      putCard(card);
    }
    ObjectNode data = cardJson(card);
    data.put("create_time", card.createdAtEpochSeconds);
    data.put("cms_uid", 1);
    return ok("添加成功", data);
  }

  private FakeResponse editCard(Map<String, String> p) {
    String err = firstMissing(p, "card_id", "card_num", "province", "city");
    if (err != null) {
      return missing(err);
    }
    Integer type = gridType(p);
    if (type == null) {
      return error(CODE_BAD_PARAMETER, "type格式错误");
    }
    if (type == 1 && blank(p.get("user_ext"))) {
      return missing("user_ext");
    }
    synchronized (this) {
      CardRecord old = cards.get(parseId(p.get("card_id")));
      if (old == null) {
        return error(CODE_CARD_NOT_FOUND, "充值卡不存在");
      }
      putCard(new CardRecord(old.id, old.storeId, p.get("card_num"), p.get("province"), p.get("city"), type,
          p.get("remark"), p.get("user_ext"), old.createdAtEpochSeconds));
    }
    return ok("编辑成功", text("编辑成功"));
  }

  private FakeResponse delCard(Map<String, String> p) {
    if (blank(p.get("card_id"))) {
      return missing("card_id");
    }
    synchronized (this) {
      if (cards.remove(parseId(p.get("card_id"))) == null) {
        return error(CODE_CARD_NOT_FOUND, "充值卡不存在");
      }
    }
    return ok("删除成功", text("删除成功"));
  }

  private FakeResponse cardInfo(Map<String, String> p) {
    if (blank(p.get("card_id"))) {
      return missing("card_id");
    }
    CardRecord card = card(parseId(p.get("card_id"))).orElse(null);
    return card == null ? error(CODE_CARD_NOT_FOUND, "充值卡不存在") : ok("获取成功", cardJson(card));
  }

  private FakeResponse pushOrder(Map<String, String> p) {
    String err = firstMissing(p, "store_id", "cardId", "order_no", "amount", "recharge_type");
    if (err != null) {
      return missing(err);
    }
    if (!storeId.equals(p.get("store_id"))) {
      return error(CODE_STORE_NOT_FOUND, "店铺不存在");
    }
    long amount = parseId(p.get("amount"));
    if (amount <= 0 || amount % 100 != 0) {
      return error(CODE_BAD_PARAMETER, "充值金额必须是100的倍数");
    }
    String rechargeType = p.get("recharge_type");
    if (!"0".equals(rechargeType) && !"1".equals(rechargeType)) {
      return error(CODE_BAD_PARAMETER, "recharge_type格式错误");
    }
    String orderNo = p.get("order_no");
    OrderRecord order;
    synchronized (this) {
      CardRecord card = cards.get(parseId(p.get("cardId")));
      if (card == null || !card.storeId.equals(storeId)) {
        return error(CODE_CARD_NOT_FOUND, "充值卡不存在");
      }
      if (orders.containsKey(orderNo)) {
        return error(CODE_DUPLICATE_ORDER, "订单号重复");
      }
      String notifyUrl = blank(p.get("notify_url")) ? null : p.get("notify_url");
      order = new OrderRecord(orders.size() + 1L, orderNo, orderNumber(), card.id, amount,
          Integer.parseInt(rechargeType), notifyUrl, 1, 0, null);
      if (balanceYuan.compareTo(order.costPriceYuan()) < 0) {
        return error(CODE_INSUFFICIENT_BALANCE, "余额不足");
      }
      balanceYuan = balanceYuan.subtract(order.costPriceYuan());
      orders.put(orderNo, order);
    }
    Duration delay = autoComplete;
    if (delay != null) {
      timer.schedule(() -> completeIfStillRecharging(orderNo), delay.toNanos(), TimeUnit.NANOSECONDS);
    }
    return ok("推送成功", object().put("order_number", order.orderNumber));
  }

  private FakeResponse query(Map<String, String> p) {
    if (blank(p.get("store_id"))) {
      return missing("store_id");
    }
    if (blank(p.get("order_number")) && blank(p.get("order_no"))) {
      return missing("order_number");
    }
    if (!storeId.equals(p.get("store_id"))) {
      return error(CODE_STORE_NOT_FOUND, "店铺不存在");
    }
    OrderRecord o = findOrder(p.get("order_number"), p.get("order_no"));
    if (o == null) {
      return error(CODE_ORDER_NOT_FOUND, "订单不存在");
    }
    ObjectNode data = object();
    data.put("id", o.id);
    data.put("fanli", o.rebateYuan().toPlainString());
    data.put("amount", o.amountYuan);
    data.put("cost_price", o.costPriceYuan().toPlainString());
    data.put("status", o.status);
    data.put("order_number", o.orderNumber);
    data.put("order_no", o.orderNo);
    data.put("org_order_number", "");
    data.put("card_id", Long.toString(o.cardId)); // a string, as the public Go client reads it
    data.put("arrived_amount", o.arrivedYuan);
    data.put("reason", o.failReason == null ? "" : o.failReason);
    return ok("获取成功", data);
  }

  private FakeResponse cancel(Map<String, String> p) {
    if (blank(p.get("order_number"))) {
      return missing("order_number");
    }
    List<String> orderNos = new ArrayList<>();
    synchronized (this) {
      for (String number : p.get("order_number").split(",")) {
        OrderRecord o = findOrder(number.trim(), null);
        if (o == null) {
          return error(CODE_ORDER_NOT_FOUND, "订单不存在: " + number.trim());
        }
        if (!(o.status == 0 || o.status == 1 || o.status == 6 || o.status == 7 || o.status == 8)) {
          return error(CODE_NOT_CANCELLABLE, "订单状态不允许取消: " + number.trim());
        }
        orderNos.add(o.orderNo);
      }
      for (String orderNo : orderNos) {
        changeStatus(orderNo, 9, null);
      }
    }
    for (String orderNo : orderNos) {
      timer.execute(() -> resendCallback(orderNo));
    }
    return ok("取消成功", text("取消成功"));
  }

  private FakeResponse forbid(Map<String, String> p) {
    String err = firstMissing(p, "store_id", "status");
    if (err != null) {
      return missing(err);
    }
    if (!storeId.equals(p.get("store_id"))) {
      return error(CODE_STORE_NOT_FOUND, "店铺不存在");
    }
    String status = p.get("status");
    if (!"0".equals(status) && !"1".equals(status)) {
      return error(CODE_BAD_PARAMETER, "status格式错误");
    }
    synchronized (this) {
      nonApiRechargeForbidden = "1".equals(status);
    }
    return ok("设置成功", object());
  }

  // ---------------------------------------------------------------- authentication and envelope

  private void power(String action, Function<Map<String, String>, FakeResponse> handler) {
    route("POST", "/rest/Power/" + action, authenticated(handler));
  }

  /** Checks app_key, system parameters and signature, then runs the endpoint on the merged parameters. */
  private Handler authenticated(Function<Map<String, String>, FakeResponse> endpoint) {
    return request -> {
      Map<String, String> params = parameters(request);
      if (blank(params.get("app_key"))) {
        return error(CODE_APP_KEY_MISSING, "app_key不能为空");
      }
      if (!appKey.equals(params.get("app_key"))) {
        return error(CODE_APP_KEY_INVALID, "app_key无效");
      }
      for (String name : SYSTEM) {
        if (blank(params.get(name))) {
          return missing(name);
        }
      }
      String sent = params.get("sign");
      if (blank(sent)) {
        return missing("sign");
      }
      if (!MessageDigest.isEqual(
          sign(appSecret, params).getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.UTF_8))) {
        return error(CODE_SIGN_ERROR, "签名错误");
      }
      return endpoint.apply(params);
    };
  }

  /** The form body's parameters, then the query string's over them (the gateway's merge is inferred). */
  private static Map<String, String> parameters(FakeRequest request) {
    Map<String, String> params = new LinkedHashMap<>();
    if (request.body().length > 0) {
      params.putAll(request.form());
    }
    params.putAll(request.query());
    return params;
  }

  /** The fake's own signature: TreeMap order, key+value concatenated, secret at both ends, MD5 upper hex. */
  static String sign(String secret, Map<String, String> params) {
    TreeMap<String, String> sorted = new TreeMap<>(params);
    sorted.remove("sign");
    StringBuilder text = new StringBuilder(secret);
    for (Map.Entry<String, String> e : sorted.entrySet()) {
      text.append(e.getKey()).append(e.getValue() == null ? "" : e.getValue());
    }
    text.append(secret);
    try {
      byte[] digest = MessageDigest.getInstance("MD5").digest(text.toString().getBytes(StandardCharsets.UTF_8));
      char[] out = new char[digest.length * 2];
      for (int i = 0; i < digest.length; i++) {
        out[2 * i] = HEX[(digest[i] >> 4) & 0xF];
        out[2 * i + 1] = HEX[digest[i] & 0xF];
      }
      return new String(out);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is required of every JVM", e);
    }
  }

  private FakeResponse ok(String msg, JsonNode data) {
    return envelope(CODE_OK, msg, data);
  }

  private FakeResponse error(String code, String msg) {
    return envelope(code, msg, JsonNodeFactory.instance.nullNode());
  }

  private FakeResponse missing(String name) {
    return error(CODE_BAD_PARAMETER, name + "不能为空");
  }

  private FakeResponse envelope(String code, String msg, JsonNode data) {
    ObjectNode env = object();
    env.put("code", code);
    env.put("msg", msg);
    env.put("time", Long.toString(now()));
    env.set("data", data);
    return FakeResponse.json(write(env));
  }

  // ---------------------------------------------------------------- callbacks

  private Map<String, String> callbackFields(OrderRecord o) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("status", Integer.toString(o.status));
    f.put("arrived_amount", Long.toString(o.arrivedYuan));
    f.put("order_no", o.orderNo);
    f.put("order_number", o.orderNumber);
    f.put("amount", Long.toString(o.amountYuan));
    f.put("fanli", o.rebateYuan().toPlainString());
    f.put("cost_price", o.costPriceYuan().toPlainString());
    if (o.failReason != null) {
      f.put("failReason", o.failReason);
    }
    f.put("sign", sign(appSecret, f));
    return f;
  }

  private Delivery deliver(String notifyUrl, Map<String, String> fields) {
    DeliveryBuilder d;
    switch (callbackEncoding) {
      case FORM:
        d = callbacks().to(notifyUrl).form(form(fields));
        break;
      case QUERY:
        d = callbacks().to(notifyUrl + (notifyUrl.contains("?") ? "&" : "?") + form(fields))
            .body(new byte[0], "application/x-www-form-urlencoded");
        break;
      default:
        ObjectNode json = new ObjectNode(JsonNodeFactory.withExactBigDecimals(true));
        for (Map.Entry<String, String> e : fields.entrySet()) {
          boolean decimal = "fanli".equals(e.getKey()) || "cost_price".equals(e.getKey());
          if (decimal) {
            json.put(e.getKey(), new BigDecimal(e.getValue()));
          } else if ("status".equals(e.getKey()) && numericCallbackStatus) {
            json.put(e.getKey(), Integer.parseInt(e.getValue()));
          } else {
            json.put(e.getKey(), e.getValue());
          }
        }
        d = callbacks().to(notifyUrl).json(write(json));
    }
    return d.expect("success"::equals).maxAttempts(CALLBACK_ATTEMPTS).interval(callbackInterval).send();
  }

  private static String form(Map<String, String> fields) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : fields.entrySet()) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(encode(e.getKey())).append('=').append(encode(e.getValue()));
    }
    return sb.toString();
  }

  private static String encode(String s) {
    try {
      return URLEncoder.encode(s, "UTF-8");
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- helpers

  private long putCard(CardRecord card) {
    cards.put(card.id, card);
    return card.id;
  }

  private OrderRecord existingOrder(String orderNo) {
    OrderRecord o = orders.get(orderNo);
    if (o == null) {
      throw new IllegalArgumentException("the fake has no order " + orderNo);
    }
    return o;
  }

  private synchronized @Nullable OrderRecord findOrder(@Nullable String orderNumber, @Nullable String orderNo) {
    if (!blank(orderNo)) {
      return orders.get(orderNo);
    }
    for (OrderRecord o : orders.values()) {
      if (o.orderNumber.equals(orderNumber)) {
        return o;
      }
    }
    return null;
  }

  private synchronized String orderNumber() {
    return "P" + ORDER_DAY.format(clock().instant()) + String.format("%06d", nextOrderSeq++);
  }

  private synchronized String balance() {
    return balanceYuan.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
  }

  private ObjectNode cardJson(CardRecord card) {
    ObjectNode data = object();
    data.put("id", Long.toString(card.id));
    data.put("card_num", card.cardNum);
    data.put("store_id", card.storeId);
    data.put("province", card.province);
    data.put("city", card.city);
    data.put("type", card.type);
    data.put("remark", card.remark == null ? "" : card.remark);
    return data;
  }

  private static @Nullable Integer gridType(Map<String, String> p) {
    String type = p.get("type");
    if (blank(type) || "0".equals(type)) {
      return 0;
    }
    return "1".equals(type) ? 1 : null;
  }

  private static @Nullable String firstMissing(Map<String, String> p, String... names) {
    for (String n : names) {
      if (blank(p.get(n))) {
        return n;
      }
    }
    return null;
  }

  private static long parseId(String text) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.trim().isEmpty();
  }

  private long now() {
    return clock().instant().getEpochSecond();
  }

  private ObjectNode object() {
    return mapper.createObjectNode();
  }

  private static JsonNode text(String s) {
    return JsonNodeFactory.instance.textNode(s);
  }

  private String write(JsonNode node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- records

  /** A card as the fake keeps it (a snapshot). */
  public static final class CardRecord {
    final long id;
    final String storeId;
    final String cardNum;
    final String province;
    final String city;
    final int type;
    final @Nullable String remark;
    final @Nullable String userExt;
    final long createdAtEpochSeconds;

    CardRecord(long id, String storeId, String cardNum, String province, String city, int type,
        @Nullable String remark, @Nullable String userExt, long createdAtEpochSeconds) {
      this.id = id;
      this.storeId = storeId;
      this.cardNum = cardNum;
      this.province = province;
      this.city = city;
      this.type = type;
      this.remark = remark;
      this.userExt = userExt;
      this.createdAtEpochSeconds = createdAtEpochSeconds;
    }

    /**
     * Card id.
     *
     * @return card id
     */
    public long id() {
      return id;
    }

    /**
     * Account number.
     *
     * @return account number
     */
    public String cardNum() {
      return cardNum;
    }

    /**
     * Province.
     *
     * @return province
     */
    public String province() {
      return province;
    }

    /**
     * City.
     *
     * @return city
     */
    public String city() {
      return city;
    }

    /**
     * Grid type code (0 State Grid, 1 Southern Grid).
     *
     * @return grid type code (0 State Grid, 1 Southern Grid)
     */
    public int type() {
      return type;
    }

    /**
     * Remark, or {@code null}.
     *
     * @return remark, or {@code null}
     */
    public @Nullable String remark() {
      return remark;
    }

    /**
     * {@code user_ext}, or {@code null}.
     *
     * @return {@code user_ext}, or {@code null}
     */
    public @Nullable String userExt() {
      return userExt;
    }

    @Override
    public String toString() {
      return "CardRecord{" + id + ", " + cardNum + ", " + province + city + ", type " + type + "}";
    }
  }

  /** An order as the fake keeps it (a snapshot). */
  public static final class OrderRecord {
    final long id;
    final String orderNo;
    final String orderNumber;
    final long cardId;
    final long amountYuan;
    final int rechargeType;
    final @Nullable String notifyUrl;
    final int status;
    final long arrivedYuan;
    final @Nullable String failReason;

    OrderRecord(long id, String orderNo, String orderNumber, long cardId, long amountYuan, int rechargeType,
        @Nullable String notifyUrl, int status, long arrivedYuan, @Nullable String failReason) {
      this.id = id;
      this.orderNo = orderNo;
      this.orderNumber = orderNumber;
      this.cardId = cardId;
      this.amountYuan = amountYuan;
      this.rechargeType = rechargeType;
      this.notifyUrl = notifyUrl;
      this.status = status;
      this.arrivedYuan = arrivedYuan;
      this.failReason = failReason;
    }

    OrderRecord with(int newStatus, long newArrived, @Nullable String reason) {
      return new OrderRecord(id, orderNo, orderNumber, cardId, amountYuan, rechargeType, notifyUrl, newStatus,
          newArrived, reason);
    }

    /**
     * Merchant order number ({@code order_no}).
     *
     * @return merchant order number ({@code order_no})
     */
    public String orderNo() {
      return orderNo;
    }

    /**
     * Platform order number ({@code order_number}).
     *
     * @return platform order number ({@code order_number})
     */
    public String orderNumber() {
      return orderNumber;
    }

    /**
     * Card id.
     *
     * @return card id
     */
    public long cardId() {
      return cardId;
    }

    /**
     * Amount in yuan.
     *
     * @return amount in yuan
     */
    public long amountYuan() {
      return amountYuan;
    }

    /**
     * {@code recharge_type} as sent.
     *
     * @return {@code recharge_type} as sent
     */
    public int rechargeType() {
      return rechargeType;
    }

    /**
     * {@code notify_url}, or {@code null}.
     *
     * @return {@code notify_url}, or {@code null}
     */
    public @Nullable String notifyUrl() {
      return notifyUrl;
    }

    /**
     * The order's Wikeyun status code ({@code status}): 1 recharging, 2 succeeded, 3 or 4 failed,
     * …, as the fake last set it.
     *
     * @return status code
     */
    public int status() {
      return status;
    }

    /**
     * Amount credited so far in yuan.
     *
     * @return amount credited so far in yuan
     */
    public long arrivedYuan() {
      return arrivedYuan;
    }

    /**
     * Failure reason, or {@code null}.
     *
     * @return failure reason, or {@code null}
     */
    public @Nullable String failReason() {
      return failReason;
    }

    /**
     * The rebate ({@code fanli}): 0.5 % of the amount.
     *
     * @return the rebate ({@code fanli}): 0.5 % of the amount
     */
    public BigDecimal rebateYuan() {
      return BigDecimal.valueOf(amountYuan).multiply(REBATE_RATE).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * What the order costs the merchant ({@code cost_price}): amount minus rebate.
     *
     * @return what the order costs the merchant ({@code cost_price}): amount minus rebate
     */
    public BigDecimal costPriceYuan() {
      return BigDecimal.valueOf(amountYuan).setScale(2, RoundingMode.UNNECESSARY).subtract(rebateYuan());
    }

    @Override
    public String toString() {
      return "OrderRecord{" + orderNo + "/" + orderNumber + ", " + amountYuan + " yuan, status " + status + "}";
    }
  }

  /** Builds a {@link FakeWikeyun}. */
  public static final class Builder {
    private String appKey = APP_KEY;
    private String appSecret = APP_SECRET;
    private String storeId = STORE_ID;
    private Clock clock = Clock.systemUTC();
    private BigDecimal balanceYuan = new BigDecimal("10000.00");
    private Duration callbackInterval = Duration.ofMillis(100);

    private Builder() {}

    /**
     * Sets the app key and secret the fake accepts (signed requests with other credentials are
     * refused).
     *
     * @param appKey app key the fake accepts
     * @param appSecret its secret
     * @return this
     */
    public Builder credentials(String appKey, String appSecret) {
      this.appKey = appKey;
      this.appSecret = appSecret;
      return this;
    }

    /**
     * Sets the one store the fake knows.
     *
     * @param storeId the one store the fake knows
     * @return this
     */
    public Builder storeId(String storeId) {
      this.storeId = storeId;
      return this;
    }

    /**
     * Sets the fake's clock (envelope {@code time}, order numbers).
     *
     * @param clock the fake's clock (envelope {@code time}, order numbers)
     * @return this
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Sets the starting balance.
     *
     * @param balanceYuan the starting balance
     * @return this
     */
    public Builder balanceYuan(BigDecimal balanceYuan) {
      this.balanceYuan = balanceYuan;
      return this;
    }

    /**
     * Sets the wait between callback attempts (default 100 ms).
     *
     * @param interval wait between callback attempts (default 100 ms)
     * @return this
     */
    public Builder callbackInterval(Duration interval) {
      this.callbackInterval = interval;
      return this;
    }

    /**
     * The fake, listening on 127.0.0.1.
     *
     * @return the fake, listening on 127.0.0.1
     */
    public FakeWikeyun start() {
      return new FakeWikeyun(this).listen();
    }
  }
}
