package io.github.ampark.testkit.bolink;

import io.github.ampark.core.Nullable;
import io.github.ampark.testkit.CallbackSender;
import io.github.ampark.testkit.FakeRequest;
import io.github.ampark.testkit.FakeResponse;
import io.github.ampark.testkit.FakeServer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * An in-process Bolink (泊链): the union API and the cloud open API on one port, checking every
 * signature the way Bolink's server does — parse the body keeping member order, write {@code data}
 * back as fastjson would, append {@code key=} and the key, MD5, compare — so a client that signs
 * other characters than it sends (an escaped {@code /}, {@code \\u4eac} for 京, {@code 1.25E0})
 * is refused with {@code {"state":0,"errmsg":"签名错误"}}.
 *
 * <pre>{@code
 * try (FakeBolink bolink = FakeBolink.start(200666, "UKEY0123456789AB").park("dlytest_no", "CKEY0123456789AB")) {
 *   BolinkClient client = BolinkClient.builder().unionId(200666).ukey("UKEY0123456789AB")
 *       .parkKey("dlytest_no", "CKEY0123456789AB").baseUrl(bolink.url()).build();
 *   client.orders().exitOrder(...);
 *   assertThat(bolink.order("A1_2C1717754731")).containsEntry("car_number", "京A12345");
 *   bolink.faults().on("POST", FakeBolink.EXIT_ORDER, Fault.processThenDisconnect());
 *   CallbackSender.Delivery d = bolink.sendCallback(myUrl, data);   // signed, retried until state 1
 * }
 * }</pre>
 *
 * <p>What it keeps: exit orders (3.2, keyed by {@code order_id}; wallet and scanned-code orders get
 * a Bolink {@code trade_no}), payments ({@code bolinkparkpay}/{@code bolinkunified}, keyed by
 * {@code trade_no}), refunds (4.2, at most the amount paid), and every accepted request's {@code
 * data} ({@link #received}), entries (3.1, until the car's exit) and monthly-card payments (3.3,
 * found by 4.3). It answers 2.1/2.2, {@code getmonthcarprice} (100.00 yuan a month: the fake's own
 * price), {@code outpark}, {@code prepayorder}, 4.1 (filters, paging, one-month window, size ≤ 100), 4.3,
 * 3.10 (with a red-packet URL on the fake), {@code park_check}, {@code setUp}, 3.7, and {@code
 * /zld/openservice/*} both as plain JSON signed with {@code ukey} and as Base64 signed with the
 * park's {@code ckey} (answering in kind). Item fields of 4.1 and the {@code data} of 4.3 and the
 * payment answers are not published by Bolink: the fake answers with the uploaded fields plus
 * {@code trade_no}, {@code refunded}, {@code pay_state}, {@code url} — its own choice.
 */
public final class FakeBolink extends FakeServer {
  /** 3.2 path. */
  public static final String EXIT_ORDER = "/unionapi/neworder/updateorder";
  /** 4.1 path. */
  public static final String QUERY_ORDERS = "/unionapi/neworder/queryorders";
  /** 4.2 path. */
  public static final String REFUND = "/unionapi/neworder/refund";
  /** 4.3 path. */
  public static final String QUERY_ORDER_STATE = "/unionapi/neworder/queryOrderState";
  /** 临停缴费 path. */
  public static final String PREPAY = "/unionapi/bolinkparkpay";
  /** 统一下单 path. */
  public static final String UNIFIED_PAY = "/unionapi/bolinkunified";
  /** 3.7 path. */
  public static final String ETC_PAY = "/unionapi/etcPayApi";
  /** 3.10 path. */
  public static final String RED_PACKET = "/unionapi/getWxRedPacketUrlNew";
  /** uploadData path ({@code park_check}). */
  public static final String UPLOAD_DATA = "/unionapi/neworder/uploadData";
  /** 2.5 path. */
  public static final String PARK_SETUP = "/unionapi/newpark/setUp";
  /** 3.11 path. */
  public static final String CHARGING_DISCOUNT = "/zld/openservice/uploaddurationinfo";
  /** Cloud payment notice path. */
  public static final String PAY_NOTICE = "/zld/openservice/paynoticetopark";
  /** 3.1 path. */
  public static final String ENTRY_ORDER = "/unionapi/neworder/addorder";
  /** 2.1 path. */
  public static final String ADD_PARK = "/unionapi/newpark/addpark";
  /** 2.2 path. */
  public static final String UPDATE_PARK = "/unionapi/newpark/updatepark";
  /** 3.3 path ({@code union_id} top level). */
  public static final String PAY_MONTH_CARD = "/unionapi/paymonthcard";
  /** Cloud monthly-card price path. */
  public static final String MONTH_CAR_PRICE = "/zld/openservice/getmonthcarprice";
  /** Cloud {@code outpark} path. */
  public static final String OUT_PARK = "/zld/openservice/outpark";
  /** Cloud {@code prepayorder} path. */
  public static final String PREPAY_ORDER = "/zld/openservice/prepayorder";

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final long unionId;
  private final String ukey;
  private final Map<String, String> parkKeys = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Object>> orders = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Map<String, Map<String, Object>> payments = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Map<String, Map<String, Object>> entries = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Map<String, List<Map<String, Object>>> received = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Object>> settings = new ConcurrentHashMap<>();
  private final AtomicLong seq = new AtomicLong(1);

  private FakeBolink(long unionId, String ukey, Clock clock) {
    super(clock);
    this.unionId = unionId;
    this.ukey = ukey;
    union(EXIT_ORDER, false, this::exitOrder);
    union(QUERY_ORDERS, false, this::queryOrders);
    union(REFUND, false, this::refund);
    union(QUERY_ORDER_STATE, false, this::queryOrderState);
    union(PREPAY, true, this::payment);
    union(UNIFIED_PAY, true, this::payment);
    union(ETC_PAY, true, d -> ok("扣费成功"));
    union(RED_PACKET, false, this::redPacket);
    union(UPLOAD_DATA, false, this::uploadData);
    union(PARK_SETUP, false, d -> {
      settings.put(text(d, "park_id"), d);
      return ok("设置成功");
    });
    open(CHARGING_DISCOUNT, "park_id", d -> ok("上传成功"));
    open(PAY_NOTICE, "comid", d -> ok("通知成功"));
    union(ENTRY_ORDER, false, this::entryOrder);
    union(ADD_PARK, false, d -> park(d, "发布成功"));
    union(UPDATE_PARK, false, d -> park(d, "更新成功"));
    union(PAY_MONTH_CARD, true, this::monthCard);
    open(MONTH_CAR_PRICE, "comid", this::monthCarPrice);
    open(OUT_PARK, "comid", d -> ok("出场成功"));
    open(PREPAY_ORDER, "comid", d -> ok("预付成功"));
  }

  /**
   * Starts a fake Bolink on a free port of 127.0.0.1.
   *
   * @param unionId the vendor number it expects
   * @param ukey the vendor key it verifies with
   * @return the running fake
   */
  public static FakeBolink start(long unionId, String ukey) {
    return start(unionId, ukey, Clock.systemUTC());
  }

  /**
   * The running fake.
   *
   * @param unionId the vendor number
   * @param ukey the vendor key
   * @param clock the fake's clock (timestamps it writes)
   * @return the running fake
   */
  public static FakeBolink start(long unionId, String ukey, Clock clock) {
    return new FakeBolink(unionId, ukey, clock).listen();
  }

  /**
   * Registers a park for the cloud open API.
   *
   * @param parkId the park ({@code comid} / {@code park_id})
   * @param ckey its key
   * @return this
   */
  public FakeBolink park(String parkId, String ckey) {
    parkKeys.put(parkId, ckey);
    return this;
  }

  /**
   * The vendor number.
   *
   * @return the vendor number
   */
  public long unionId() {
    return unionId;
  }

  /**
   * The stored exit order with this {@code order_id} (a copy), if one was uploaded.
   *
   * @param orderId {@code order_id}
   * @return the stored exit order (a copy), or empty
   */
  public Optional<Map<String, Object>> order(String orderId) {
    Map<String, Object> o = orders.get(orderId);
    return o == null ? Optional.empty() : Optional.of(copy(o));
  }

  /**
   * Every stored exit order (copies), in upload order.
   *
   * @return every stored exit order (copies), in upload order
   */
  public List<Map<String, Object>> orders() {
    synchronized (orders) {
      List<Map<String, Object>> out = new ArrayList<>();
      for (Map<String, Object> o : orders.values()) {
        out.add(copy(o));
      }
      return out;
    }
  }

  /**
   * The car's entry (3.1) with this {@code order_id} while it is in the park (a copy); empty
   * before it entered and after it left.
   *
   * @param orderId {@code order_id}
   * @return the entry (a copy), or empty
   */
  public Optional<Map<String, Object>> entry(String orderId) {
    Map<String, Object> e = entries.get(orderId);
    return e == null ? Optional.empty() : Optional.of(copy(e));
  }

  /**
   * The stored payment with this {@code trade_no} (a copy), if one was made.
   *
   * @param tradeNo {@code trade_no}
   * @return the stored payment (a copy), or empty
   */
  public Optional<Map<String, Object>> payment(String tradeNo) {
    Map<String, Object> p = payments.get(tradeNo);
    return p == null ? Optional.empty() : Optional.of(copy(p));
  }

  /**
   * The {@code data} of every request to {@code path} that passed the signature check and was
   * accepted, in order, as Bolink parsed it (numbers as {@code Integer}/{@code Long}/{@code
   * BigDecimal}, JSON null as absent).
   *
   * @param path e.g. {@link #CHARGING_DISCOUNT}
   * @return the data maps
   */
  public List<Map<String, Object>> received(String path) {
    List<Map<String, Object>> l = received.get(path);
    if (l == null) {
      return Collections.emptyList();
    }
    synchronized (l) {
      return new ArrayList<>(l);
    }
  }

  /**
   * Sends a callback the way Bolink does: {@code {"data":…,"sign":…}} signed with {@code ukey},
   * posted as JSON and resent (up to 3 times) until the answer is JSON with {@code state} 1.
   *
   * @param url your callback URL
   * @param data the {@code data} members in order, including {@code service_name}
   * @return the delivery
   */
  public CallbackSender.Delivery sendCallback(String url, Map<String, ?> data) {
    return callbacks().to(url).json(signedBody(data, ukey)).maxAttempts(3)
        .expect(FakeBolink::acknowledges).send();
  }

  /**
   * A signed body as Bolink writes it.
   *
   * @param data the data members in order
   * @param key the key
   * @return {@code {"data":…,"sign":…}}
   */
  public static String signedBody(Map<String, ?> data, String key) {
    @SuppressWarnings("unchecked")
    String text = FastJson.write(new LinkedHashMap<>((Map<String, Object>) data));
    return "{\"data\":" + text + ",\"sign\":\"" + md5(text + "key=" + key) + "\"}";
  }

  private static boolean acknowledges(String answer) {
    try {
      Object o = FastJson.parse(answer);
      return o instanceof Map && "1".equals(String.valueOf(((Map<?, ?>) o).get("state")));
    } catch (RuntimeException e) {
      return false;
    }
  }

  // ---- routing and verification ------------------------------------------------------------------

  private void union(String path, boolean topLevelUnionId, Function<Map<String, Object>, Map<String, Object>> handler) {
    route("POST", path, request -> {
      Verified v = verify(request.bodyText(), ukey);
      if (v.error != null) {
        return plain(fail(v.error));
      }
      Map<String, Object> data = v.data;
      String id = topLevelUnionId ? text(v.body, "union_id") : text(data, "union_id");
      if (!String.valueOf(unionId).equals(id)) {
        return plain(fail(topLevelUnionId ? "union_id不存在(顶层)" : "union_id不存在"));
      }
      return plain(accept(path, data, handler));
    });
  }

  private void open(String path, String parkField, Function<Map<String, Object>, Map<String, Object>> handler) {
    route("POST", path, request -> {
      String body = request.bodyText().trim();
      if (body.startsWith("{")) {
        Verified v = verify(body, ukey);
        if (v.error != null) {
          return plain(fail(v.error));
        }
        if (!String.valueOf(unionId).equals(text(v.data, "union_id"))) {
          return plain(fail("union_id不存在"));
        }
        return plain(accept(path, v.data, handler));
      }
      String json;
      try {
        json = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return plain(fail("数据格式错误"));
      }
      Object parsed;
      try {
        parsed = FastJson.parse(json);
      } catch (RuntimeException e) {
        return plain(fail("数据格式错误"));
      }
      Object data = parsed instanceof Map ? ((Map<?, ?>) parsed).get("data") : null;
      String park = data instanceof Map ? text(cast(data), parkField) : null;
      String ckey = park == null ? null : parkKeys.get(park);
      if (ckey == null) {
        return plain(fail("车场不存在"));
      }
      Verified v = verify(json, ckey);
      Map<String, Object> answer = v.error != null ? fail(v.error) : accept(path, v.data, handler);
      Map<String, Object> cloudData = new LinkedHashMap<>();
      cloudData.put("message", answer.get("errmsg"));
      cloudData.put("state", answer.get("state"));
      for (Map.Entry<String, Object> e : answer.entrySet()) {
        if (!"errmsg".equals(e.getKey()) && !"state".equals(e.getKey())) {
          cloudData.put(e.getKey(), e.getValue());
        }
      }
      return FakeResponse.of(200, "text/plain;charset=UTF-8",
          Base64.getEncoder().encode(signedBody(cloudData, ckey).getBytes(StandardCharsets.UTF_8)));
    });
  }

  private Map<String, Object> accept(String path, Map<String, Object> data, Function<Map<String, Object>, Map<String, Object>> handler) {
    Map<String, Object> answer = handler.apply(data);
    if ("1".equals(String.valueOf(answer.get("state")))) {
      List<Map<String, Object>> l = received.computeIfAbsent(path, k -> Collections.synchronizedList(new ArrayList<>()));
      l.add(copy(data));
    }
    return answer;
  }

  private static Verified verify(String body, String key) {
    Object parsed;
    try {
      parsed = FastJson.parse(body);
    } catch (RuntimeException e) {
      return new Verified("数据格式错误");
    }
    if (!(parsed instanceof Map) || !(((Map<?, ?>) parsed).get("data") instanceof Map)) {
      return new Verified("缺少data");
    }
    Map<String, Object> envelope = cast(parsed);
    Object sign = envelope.get("sign");
    if (!(sign instanceof String)) {
      return new Verified("缺少sign");
    }
    Map<String, Object> data = cast(envelope.get("data"));
    String expected = md5(FastJson.write(data) + "key=" + key);
    if (!expected.equals(sign)) {
      return new Verified("签名错误");
    }
    Verified v = new Verified(null);
    v.body = envelope;
    v.data = data;
    return v;
  }

  private static final class Verified {
    final @Nullable String error;
    Map<String, Object> body;
    Map<String, Object> data;

    Verified(@Nullable String error) {
      this.error = error;
    }
  }

  // ---- endpoints ----------------------------------------------------------------------------------

  private Map<String, Object> exitOrder(Map<String, Object> d) {
    for (String f : new String[] {"park_id", "car_number", "out_time", "pay_type", "total", "order_id"}) {
      if (text(d, f) == null) {
        return fail(f + "不能为空");
      }
    }
    if ("sweepcode".equals(text(d, "pay_type")) && text(d, "auth_code") == null) {
      return fail("auth_code不能为空");
    }
    if (decimal(d, "total") == null) {
      return fail("total格式错误");
    }
    Map<String, Object> order = new LinkedHashMap<>(d);
    order.remove("auth_code");
    Map<String, Object> earlier = orders.get(text(d, "order_id"));
    String pay = text(d, "pay_type");
    if (earlier != null && earlier.get("trade_no") != null) {
      order.put("trade_no", earlier.get("trade_no"));
    } else if ("wallet".equals(pay) || "sweepcode".equals(pay)) {
      order.put("trade_no", nextTradeNo());
    }
    order.put("refunded", earlier == null ? "0.00" : earlier.get("refunded"));
    orders.put(text(d, "order_id"), order);
    entries.remove(text(d, "order_id"));
    return ok("上传成功");
  }

  private Map<String, Object> entryOrder(Map<String, Object> d) {
    for (String f : new String[] {"park_id", "car_number", "in_time", "order_id"}) {
      if (text(d, f) == null) {
        return fail(f + "不能为空");
      }
    }
    entries.put(text(d, "order_id"), new LinkedHashMap<>(d));
    return ok("上传成功");
  }

  private Map<String, Object> park(Map<String, Object> d, String msg) {
    if (text(d, "park_id") == null || text(d, "name") == null) {
      return fail("park_id、name不能为空");
    }
    settings.put("park:" + text(d, "park_id"), d);
    Map<String, Object> answer = ok(msg);
    answer.put("park_id", text(d, "park_id"));
    answer.put("username", "park" + text(d, "park_id"));
    return answer;
  }

  private Map<String, Object> monthCard(Map<String, Object> d) {
    String tradeNo = text(d, "trade_no");
    if (tradeNo == null || !tradeNo.matches("[0-9]{16,}") || decimal(d, "amount") == null || text(d, "card_id") == null) {
      return fail("参数错误");
    }
    Map<String, Object> p = new LinkedHashMap<>(d);
    p.put("pay_state", 0);
    p.put("refunded", "0.00");
    synchronized (orders) {
      if (payments.containsKey(tradeNo)) {
        return fail("trade_no重复");
      }
      payments.put(tradeNo, p);
    }
    Map<String, Object> answer = ok("下单成功");
    answer.put("payurl", url("monthcard/" + tradeNo));
    answer.put("trade_no", tradeNo);
    return answer;
  }

  private Map<String, Object> monthCarPrice(Map<String, Object> d) {
    Long months = longValue(d, "months");
    if (months == null || months < 1 || text(d, "card_id") == null) {
      return fail("参数错误");
    }
    Map<String, Object> answer = ok("查询成功");
    answer.put("price", new BigDecimal("100.00").multiply(BigDecimal.valueOf(months)).toPlainString());
    answer.put("comid", text(d, "comid"));
    answer.put("card_id", text(d, "card_id"));
    return answer;
  }

  private Map<String, Object> queryOrders(Map<String, Object> d) {
    String park = text(d, "park_id");
    String orderId = text(d, "order_id");
    String car = text(d, "car_number");
    if (park == null && orderId == null && car == null) {
      return fail("park_id、order_id、car_number至少传一个");
    }
    Long start = longValue(d, "start_time");
    Long end = longValue(d, "end_time");
    if (start == null || end == null || end < start) {
      return fail("时间范围错误");
    }
    Instant limit = Instant.ofEpochSecond(start).atZone(SHANGHAI).plusMonths(1).toInstant();
    if (end > limit.getEpochSecond()) {
      return fail("查询时间范围不能超过一个自然月");
    }
    long page = longValue(d, "page") == null ? 1 : longValue(d, "page");
    long size = longValue(d, "size") == null ? 20 : longValue(d, "size");
    if (size < 1 || size > 100 || page < 1) {
      return fail("size不能超过100");
    }
    List<Map<String, Object>> hits = new ArrayList<>();
    for (Map<String, Object> o : orders()) {
      Long out = longValue(o, "out_time");
      if ((park == null || park.equals(text(o, "park_id")))
          && (orderId == null || orderId.equals(text(o, "order_id")))
          && (car == null || car.equals(text(o, "car_number")))
          && out != null && out >= start && out <= end) {
        hits.add(o);
      }
    }
    int from = (int) Math.min(hits.size(), (page - 1) * size);
    int to = (int) Math.min(hits.size(), from + size);
    Map<String, Object> answer = ok("查询成功");
    answer.put("count", hits.size());
    answer.put("page", (int) page);
    answer.put("data", new ArrayList<Object>(hits.subList(from, to)));
    return answer;
  }

  private Map<String, Object> refund(Map<String, Object> d) {
    String tradeNo = text(d, "trade_no");
    BigDecimal amount = decimal(d, "refund_money");
    if (tradeNo == null || amount == null || amount.signum() <= 0) {
      return fail("退款参数错误");
    }
    synchronized (orders) {
      Map<String, Object> target = null;
      for (Map<String, Object> o : orders.values()) {
        if (tradeNo.equals(o.get("trade_no"))) {
          target = o;
        }
      }
      if (target == null) {
        target = payments.get(tradeNo);
      }
      if (target == null) {
        return fail("交易不存在");
      }
      BigDecimal paid = decimal(target, target.containsKey("total") ? "total" : "amount");
      BigDecimal refunded = decimal(target, "refunded");
      BigDecimal after = (refunded == null ? BigDecimal.ZERO : refunded).add(amount);
      if (paid == null || after.compareTo(paid) > 0) {
        return fail("退款金额超过可退金额");
      }
      target.put("refunded", after.setScale(2).toPlainString());
    }
    return ok("退款成功");
  }

  private Map<String, Object> queryOrderState(Map<String, Object> d) {
    String tradeNo = text(d, "trade_no");
    Map<String, Object> p = tradeNo == null ? null : payments.get(tradeNo);
    if (p == null) {
      synchronized (orders) {
        for (Map<String, Object> o : orders.values()) {
          if (tradeNo != null && tradeNo.equals(o.get("trade_no"))) {
            p = o;
          }
        }
      }
    }
    if (p == null) {
      return fail("订单不存在");
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("trade_no", tradeNo);
    data.put("pay_state", p.containsKey("pay_state") ? p.get("pay_state") : 1);
    data.put("refunded", p.get("refunded"));
    Map<String, Object> answer = ok("查询成功");
    answer.put("data", data);
    return answer;
  }

  private Map<String, Object> payment(Map<String, Object> d) {
    String tradeNo = text(d, "trade_no");
    if (tradeNo == null || decimal(d, "amount") == null || text(d, "park_id") == null) {
      return fail("参数错误");
    }
    if ("2".equals(text(d, "pay_type")) && text(d, "auth_code") == null) {
      return fail("auth_code不能为空");
    }
    Map<String, Object> p = new LinkedHashMap<>(d);
    p.remove("auth_code");
    p.put("pay_state", "2".equals(text(d, "pay_type")) ? 1 : 0);
    p.put("refunded", "0.00");
    synchronized (orders) {
      if (payments.containsKey(tradeNo)) {
        return fail("trade_no重复");
      }
      payments.put(tradeNo, p);
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("trade_no", tradeNo);
    data.put("url", url("pay/" + tradeNo));
    Map<String, Object> answer = ok("下单成功");
    answer.put("data", data);
    return answer;
  }

  private Map<String, Object> redPacket(Map<String, Object> d) {
    BigDecimal amount = decimal(d, "amount");
    String tradeNo = text(d, "trade_no");
    if (amount == null || amount.compareTo(BigDecimal.ONE) < 0 || amount.compareTo(BigDecimal.valueOf(100)) > 0) {
      return fail("金额必须在1-100元之间");
    }
    if (tradeNo == null || tradeNo.length() < 16 || tradeNo.length() > 28) {
      return fail("trade_no长度必须为16-28位");
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("url", url("redpacket/" + tradeNo));
    Map<String, Object> answer = ok("获取成功");
    answer.put("data", data);
    return answer;
  }

  private Map<String, Object> uploadData(Map<String, Object> d) {
    if (!"park_check".equals(text(d, "service_name"))) {
      return fail("service_name不支持");
    }
    Map<String, Object> answer = ok("允许入场");
    answer.put("status", 1);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("car_number", text(d, "car_number"));
    answer.put("data", data);
    return answer;
  }

  // ---- helpers -----------------------------------------------------------------------------------------

  private String nextTradeNo() {
    return "BL" + clock().millis() + String.format("%06d", seq.getAndIncrement());
  }

  private static FakeResponse plain(Map<String, Object> answer) {
    return FakeResponse.json(FastJson.write(answer));
  }

  private static Map<String, Object> ok(String msg) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("state", 1);
    m.put("errmsg", msg);
    return m;
  }

  private static Map<String, Object> fail(String msg) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("state", 0);
    m.put("errmsg", msg);
    return m;
  }

  private static @Nullable String text(Map<String, Object> m, String field) {
    Object v = m.get(field);
    return v == null || v == FastJson.NULL ? null : v instanceof Map || v instanceof List ? FastJson.write(v) : v.toString();
  }

  private static @Nullable Long longValue(Map<String, Object> m, String field) {
    String t = text(m, field);
    try {
      return t == null ? null : Long.parseLong(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static @Nullable BigDecimal decimal(Map<String, Object> m, String field) {
    String t = text(m, field);
    try {
      return t == null ? null : new BigDecimal(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object o) {
    return (Map<String, Object>) o;
  }

  private static Map<String, Object> copy(Map<String, Object> m) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : m.entrySet()) {
      if (e.getValue() != FastJson.NULL) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return Collections.unmodifiableMap(out);
  }

  static String md5(String text) {
    try {
      byte[] d = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (byte b : d) {
        sb.append(String.format("%02X", b & 0xff));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
