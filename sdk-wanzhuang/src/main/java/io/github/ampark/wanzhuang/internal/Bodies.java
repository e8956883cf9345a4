package io.github.ampark.wanzhuang.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.BytesBody;
import io.github.ampark.core.spi.MultipartPart;
import io.github.ampark.wanzhuang.model.ChargeIdRequest;
import io.github.ampark.wanzhuang.model.CreateRenewOrderRequest;
import io.github.ampark.wanzhuang.model.DeviceRequest;
import io.github.ampark.wanzhuang.model.DevicesRequest;
import io.github.ampark.wanzhuang.model.ListEncoding;
import io.github.ampark.wanzhuang.model.OnlineLogRequest;
import io.github.ampark.wanzhuang.model.PageRequest;
import io.github.ampark.wanzhuang.model.PortErrorRequest;
import io.github.ampark.wanzhuang.model.RenewStatusRequest;
import io.github.ampark.wanzhuang.model.SaveModeRequest;
import io.github.ampark.wanzhuang.model.StartChargeRequest;
import io.github.ampark.wanzhuang.model.StopChargeRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/**
 * The business fields of each request, in wire order, as the body or query the endpoint takes (not
 * API). Signing ({@link WanzhuangRequestSigner}) appends {@code app_id, timestamp, sign} later.
 */
public final class Bodies {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final Supplier<ObjectMapper> mapper;
  private final ListEncoding lists;

  /**
   * @param mapper the client's mapper, asked for only by a body the direct writer leaves to it
   * @param lists how lists go into text fields
   */
  public Bodies(Supplier<ObjectMapper> mapper, ListEncoding lists) {
    this.mapper = mapper;
    this.lists = lists;
  }

  /** @param r saveMode @return the multipart body */
  public RequestBody saveMode(SaveModeRequest r) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("charge_mode", r.chargeMode().code());
    f.put("device_num", r.deviceNum());
    f.put("charge_type", r.chargeType().code());
    f.put("charge_value", lists.encode(r.chargeValues()));
    f.put("max_power", Long.toString(r.maxPower()));
    f.put("start_fee", Long.toString(r.startFeeFen()));
    f.put("max_pay_fee", Long.toString(r.maxPayFeeFen()));
    putList(f, "payment_value", texts(r.paymentValuesFen()));
    putList(f, "time_value", texts(r.timeValuesSeconds()));
    put(f, "work_charge", r.workChargeFenPerKwh());
    put(f, "work_charge_fourdigit", r.workChargeTenThousandthYuanPerKwh());
    putList(f, "power_value", r.powerValues());
    putList(f, "price_value", r.priceValues());
    put(f, "check_time", r.checkTime());
    put(f, "inc_time", r.incTime());
    put(f, "type", r.settingType());
    put(f, "count_mode", r.countMode());
    put(f, "display_delay", r.displayDelaySeconds());
    f.put("is_not_disturb", flag(r.notDisturb()));
    f.put("not_disturb_start", r.notDisturbStart());
    f.put("not_disturb_end", r.notDisturbEnd());
    f.put("not_disturb_volume", Long.toString(r.notDisturbVolume()));
    f.put("is_outage", flag(r.outageForbidden()));
    f.put("auto_off_wait_time", Long.toString(r.autoOffWaitTime()));
    f.put("auto_off_lower_power", Long.toString(r.autoOffLowerPower()));
    f.put("floating_charge_time", r.floatingChargeTime());
    f.put("floating_charge_power", Long.toString(r.floatingChargePower()));
    f.put("whether_refund", flag(r.refundable()));
    f.put("is_free_charge", flag(r.freeCharge()));
    f.put("detect_time", Long.toString(r.detectTime()));
    f.putAll(r.extraFields());
    return multipart(f);
  }

  /** @param r one device @return {@code device_num} and extras, for a query */
  public Map<String, String> deviceQuery(DeviceRequest r) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("device_num", r.deviceNum());
    q.putAll(r.extraFields());
    return q;
  }

  /** @param r one device @return the JSON body of device/add */
  public RequestBody addDevice(DeviceRequest r) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("device_num", r.deviceNum());
    f.putAll(r.extraFields());
    return json(f);
  }

  /** @param r devices @return the multipart body of findMultiDevices ({@code device_nums} one text field) */
  public RequestBody findMultiDevices(DevicesRequest r) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("device_nums", lists.encode(r.deviceNums()));
    f.putAll(r.extraFields());
    return multipart(f);
  }

  /** @param r devices @return the JSON body of state/offline ({@code device_nums} an array) */
  public RequestBody offline(DevicesRequest r) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("device_nums", new ArrayList<>(r.deviceNums()));
    f.putAll(r.extraFields());
    return json(f);
  }

  /** @param r port error @return the JSON body ({@code device_port} and {@code is_error} strings) */
  public RequestBody portError(PortErrorRequest r) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("device_num", r.deviceNum());
    f.put("device_port", Long.toString(r.devicePort()));
    f.put("is_error", r.error() ? "1" : "0");
    f.putAll(r.extraFields());
    return json(f);
  }

  /** @param r start @return the JSON body (numbers for port, charge id, mode and fee) */
  public RequestBody startCharge(StartChargeRequest r) {
    if (!clashes(r.extraFields(), "device_num", "device_port", "charge_id", "charge_mode", "total_fee")) {
      // the same bytes plainJson writes for the map below, without the map and the boxed numbers
      Out out = new Out(96 + 32 * r.extraFields().size());
      out.write('{');
      out.ascii("\"device_num\":");
      boolean plain = plainString(out, r.deviceNum());
      out.ascii(",\"device_port\":");
      out.digits(r.devicePort());
      out.ascii(",\"charge_id\":");
      out.digits(r.chargeId());
      out.ascii(",\"charge_mode\":");
      out.digits(r.chargeMode().number());
      out.ascii(",\"total_fee\":");
      out.digits(r.totalFeeFen());
      for (Map.Entry<String, String> e : r.extraFields().entrySet()) {
        out.write(',');
        plain &= plainString(out, e.getKey());
        out.write(':');
        plain &= plainString(out, e.getValue());
      }
      out.write('}');
      if (plain) {
        return BytesBody.of(out.toByteArray(), JSON);
      }
    }
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("device_num", r.deviceNum());
    f.put("device_port", r.devicePort());
    f.put("charge_id", r.chargeId());
    f.put("charge_mode", r.chargeMode().number());
    f.put("total_fee", r.totalFeeFen());
    f.putAll(r.extraFields());
    return json(f);
  }

  /** @param r stop @return the JSON body */
  public RequestBody stopCharge(StopChargeRequest r) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("device_num", r.deviceNum());
    f.put("device_port", r.devicePort());
    f.put("charge_id", r.chargeId());
    f.putAll(r.extraFields());
    return json(f);
  }

  /** @param r charge @return {@code charge_id} and extras, for the callback-log query */
  public Map<String, String> chargeIdQuery(ChargeIdRequest r) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("charge_id", Long.toString(r.chargeId()));
    q.putAll(r.extraFields());
    return q;
  }

  /** @param r charge @return the JSON body of retry/finish_order ({@code charge_id} a string) */
  public RequestBody retryFinishOrder(ChargeIdRequest r) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("charge_id", Long.toString(r.chargeId()));
    f.putAll(r.extraFields());
    return json(f);
  }

  /** @param r page @return the online-log query */
  public Map<String, String> onlineLog(OnlineLogRequest r) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("device_num", r.deviceNum());
    q.put("page", Long.toString(r.page()));
    q.put("limit", Long.toString(r.limit()));
    q.putAll(r.extraFields());
    return q;
  }

  /** @param r page @return the expiring-devices query */
  public Map<String, String> page(PageRequest r) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("page", Long.toString(r.page()));
    q.put("limit", Long.toString(r.limit()));
    q.putAll(r.extraFields());
    return q;
  }

  /** @param r renewal @return the JSON body ({@code device_nums} left out when empty) */
  public RequestBody createRenewOrder(CreateRenewOrderRequest r) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("out_trade_no", r.outTradeNo());
    if (!r.deviceNums().isEmpty()) {
      f.put("device_nums", new ArrayList<>(r.deviceNums()));
    }
    f.putAll(r.extraFields());
    return json(f);
  }

  /** @param r status @return the renew-status query */
  public Map<String, String> renewStatus(RenewStatusRequest r) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("out_trade_no", r.outTradeNo());
    q.putAll(r.extraFields());
    return q;
  }

  /** @param fields JSON members in order @return the unsigned JSON body */
  public RequestBody json(Map<String, ?> fields) {
    byte[] plain = plainJson(fields);
    if (plain != null) {
      return BytesBody.of(plain, JSON);
    }
    try {
      return BytesBody.of(mapper.get().writeValueAsBytes(fields), JSON);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a request body could not be written", e);
    }
  }

  /**
   * The mapper's bytes for members that are text, whole numbers or lists of those, written
   * directly; {@code null} for anything else (a {@code null}, another type, text with a control
   * character or a surrogate, which the mapper escapes), which the mapper then writes.
   */
  static @Nullable byte[] plainJson(Map<String, ?> fields) {
    Out out = new Out(128);
    out.write('{');
    boolean first = true;
    for (Map.Entry<String, ?> e : fields.entrySet()) {
      if (!first) {
        out.write(',');
      }
      first = false;
      if (!plainString(out, e.getKey())) {
        return null;
      }
      out.write(':');
      Object v = e.getValue();
      if (v instanceof java.util.Collection) {
        out.write('[');
        boolean firstItem = true;
        for (Object item : (java.util.Collection<?>) v) {
          if (!firstItem) {
            out.write(',');
          }
          firstItem = false;
          if (!plainScalar(out, item)) {
            return null;
          }
        }
        out.write(']');
      } else if (!plainScalar(out, v)) {
        return null;
      }
    }
    out.write('}');
    return out.toByteArray();
  }

  private static boolean plainScalar(Out out, @Nullable Object v) {
    if (v instanceof String) {
      return plainString(out, (String) v);
    }
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      out.digits(((Number) v).longValue());
      return true;
    }
    return false;
  }

  private static boolean plainString(Out out, @Nullable String s) {
    if (s == null) {
      return false;
    }
    out.write('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || Character.isSurrogate(c)) {
        return false;
      }
      if (c == '"' || c == '\\') {
        out.write('\\');
        out.write(c);
      } else if (c < 0x80) {
        out.write(c);
      } else if (c < 0x800) {
        out.write(0xC0 | c >> 6);
        out.write(0x80 | (c & 0x3F));
      } else {
        out.write(0xE0 | c >> 12);
        out.write(0x80 | (c >> 6 & 0x3F));
        out.write(0x80 | (c & 0x3F));
      }
    }
    out.write('"');
    return true;
  }

  private static boolean clashes(Map<String, String> extras, String... names) {
    if (extras.isEmpty()) {
      return false;
    }
    for (String n : names) {
      if (extras.containsKey(n)) {
        return true;
      }
    }
    return false;
  }

  /** A growable byte buffer with no synchronization (a ByteArrayOutputStream without its costs). */
  static final class Out {
    private byte[] buf;
    private int n;

    Out(int capacity) {
      buf = new byte[capacity];
    }

    void write(int b) {
      if (n == buf.length) {
        buf = java.util.Arrays.copyOf(buf, 2 * buf.length);
      }
      buf[n++] = (byte) b;
    }

    /** @param s ASCII text, written as it is */
    void ascii(String s) {
      for (int i = 0; i < s.length(); i++) {
        write(s.charAt(i));
      }
    }

    /** @param v written as Long.toString writes it */
    void digits(long v) {
      if (v == Long.MIN_VALUE) {
        ascii("-9223372036854775808");
        return;
      }
      if (v < 0) {
        write('-');
        v = -v;
      }
      long scale = 1;
      while (scale <= v / 10) {
        scale *= 10;
      }
      for (; scale > 0; scale /= 10) {
        write('0' + (int) (v / scale % 10));
      }
    }

    byte[] toByteArray() {
      return java.util.Arrays.copyOf(buf, n);
    }
  }

  /** @param fields text fields in order @return the unsigned multipart body */
  public static RequestBody multipart(Map<String, String> fields) {
    String boundary = Multipart.newBoundary();
    List<MultipartPart> parts = new ArrayList<>();
    for (Map.Entry<String, String> e : fields.entrySet()) {
      parts.add(new MultipartPart(e.getKey(), null, null, e.getValue().getBytes(StandardCharsets.UTF_8)));
    }
    return BytesBody.of(Multipart.write(boundary, parts), Multipart.type(boundary));
  }

  /** @param text a form value @return it form-urlencoded (UTF-8) */
  static String formEncode(String text) {
    try {
      return java.net.URLEncoder.encode(text, "UTF-8");
    } catch (java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void putList(Map<String, String> f, String name, List<String> values) {
    if (!values.isEmpty()) {
      f.put(name, lists.encode(values));
    }
  }

  private static List<String> texts(List<Long> values) {
    List<String> out = new ArrayList<>();
    for (Long v : values) {
      out.add(Long.toString(v));
    }
    return out;
  }

  private static void put(Map<String, String> f, String name, @Nullable Number value) {
    if (value != null) {
      f.put(name, value.toString());
    }
  }

  private static String flag(boolean b) {
    return b ? "1" : "0";
  }
}
