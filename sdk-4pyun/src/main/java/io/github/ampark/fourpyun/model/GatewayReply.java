package io.github.ampark.fourpyun.model;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.time.TimeFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a park answers a P云 gateway call: {@code {"result_code":"1001","message":"…"}} plus the
 * service's data. Immutable; {@code with…} methods return copies.
 *
 * <pre>{@code
 * GatewayReply.ok();                                                   // acknowledged
 * GatewayReply.billing(bill);                                          // the bill
 * GatewayReply.error(GatewayResultCode.NOT_FOUND, "未查询到停车信息");  // the car has already left
 * GatewayReply.ok().withField("total", 100).withField("parking", 10);  // any other service
 * }</pre>
 */
public final class GatewayReply {
  private static final Set<String> RESERVED = Collections.unmodifiableSet(
      new HashSet<>(Arrays.asList("result_code", "message", "hint", "sign", "service", "version", "charset")));
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final GatewayResultCode resultCode;
  private final String message;
  private final @Nullable String hint;
  private final Map<String, Object> fields;

  private GatewayReply(GatewayResultCode resultCode, String message, @Nullable String hint, Map<String, Object> fields) {
    this.resultCode = resultCode;
    this.message = message;
    this.hint = hint;
    this.fields = Collections.unmodifiableMap(fields);
  }

  /**
   * Success, message {@code 处理成功}.
   *
   * @return the success reply
   */
  public static GatewayReply ok() {
    return ok("处理成功");
  }

  /**
   * A success reply ({@code 1001}) with your own message.
   *
   * @param message message for P云
   * @return success
   */
  public static GatewayReply ok(String message) {
    return new GatewayReply(GatewayResultCode.OK, text("message", message), null, new LinkedHashMap<>());
  }

  /**
   * An error reply with a result code and message for P云.
   *
   * @param code any code but {@link GatewayResultCode#OK}, named or {@link GatewayResultCode#of}
   * @param message what went wrong
   * @return the error
   */
  public static GatewayReply error(GatewayResultCode code, String message) {
    if (code == null || GatewayResultCode.OK.equals(code)) {
      throw new ValidationException("code", "must be an error code (was " + code + ")");
    }
    return new GatewayReply(code, text("message", message), null, new LinkedHashMap<>());
  }

  /**
   * The reply for a service the park does not offer: {@code 1503 接口尚未实现} with the service as hint,
   * as P云's official sample answers.
   *
   * @param service the service
   * @return {@code 1503 接口尚未实现}, as the official sample answers unknown services
   */
  public static GatewayReply unsupported(String service) {
    return error(GatewayResultCode.SERVICE_UNAVAILABLE, "接口尚未实现").withHint(service);
  }

  /**
   * A success reply carrying a car's bill.
   *
   * @param bill the bill
   * @return success with the bill's fields
   */
  public static GatewayReply billing(BillingAnswer bill) {
    Map<String, Object> f = new LinkedHashMap<>();
    put(f, "plate", bill.plate());
    put(f, "card_id", bill.cardId());
    put(f, "parking_serial", bill.parkingSerial());
    put(f, "parking_order", bill.parkingOrder());
    put(f, "enter_time", bill.enterTime() == null ? null : TimeFormat.SHANGHAI_COMPACT.format(bill.enterTime()));
    put(f, "parking_time", seconds(bill.parkingTime()));
    put(f, "total_value", bill.totalValueFen());
    put(f, "free_value", bill.freeValueFen());
    put(f, "paid_value", bill.paidValueFen());
    put(f, "pay_value", bill.payValueFen());
    put(f, "enter_free_time", seconds(bill.enterFreeTime()));
    put(f, "buffer_time", seconds(bill.bufferTime()));
    put(f, "parking_number", bill.parkingNumber());
    put(f, "locking_status", bill.lockingStatus());
    put(f, "autopay_status", bill.autopayStatus());
    return new GatewayReply(GatewayResultCode.OK, "处理成功", null, f);
  }

  /**
   * A success reply listing the plate's monthly cards ({@code vips}).
   *
   * @param vips the plate's cards (may be empty)
   * @return success with {@code vips}
   */
  public static GatewayReply vips(List<VipAnswer> vips) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (VipAnswer v : vips) {
      Map<String, Object> m = new LinkedHashMap<>();
      put(m, "realname", v.realname());
      put(m, "plate", v.plate());
      put(m, "card_no", v.cardNo());
      put(m, "card_id", v.cardId());
      put(m, "charge_type", v.chargeType());
      put(m, "charge_desc", v.chargeDesc());
      put(m, "charge_price", v.chargePriceFen());
      put(m, "mobile", v.mobile());
      put(m, "id_card", v.idCard());
      put(m, "create_time", day(v.createDate()));
      put(m, "expire_time", day(v.expireDate()));
      put(m, "type", number(v.type().code()));
      put(m, "balance", v.balance());
      list.add(Collections.unmodifiableMap(m));
    }
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("vips", Collections.unmodifiableList(list));
    return new GatewayReply(GatewayResultCode.OK, "处理成功", null, f);
  }

  /**
   * A success reply carrying the recorded no-plate entry.
   *
   * @param entry the recorded entry
   * @return success with its fields
   */
  public static GatewayReply directEnter(DirectEnterAnswer entry) {
    Map<String, Object> f = new LinkedHashMap<>();
    put(f, "enter_time", TimeFormat.SHANGHAI_COMPACT.format(entry.enterTime()));
    put(f, "enter_gate", entry.enterGate());
    put(f, "parking_time", seconds(entry.parkingTime()));
    put(f, "parking_serial", entry.parkingSerial());
    return new GatewayReply(GatewayResultCode.OK, "处理成功", null, f);
  }

  /**
   * A copy of this reply with a {@code hint} for P云's operators.
   *
   * @param hint a hint for P云's operators
   * @return a copy with it
   */
  public GatewayReply withHint(String hint) {
    return new GatewayReply(resultCode, message, text("hint", hint), new LinkedHashMap<>(fields));
  }

  /**
   * A copy of this reply with one more field of the service's answer.
   *
   * @param name a field of the service's answer (snake_case, not one of the envelope's)
   * @param value a string, number, boolean, list or map; {@code null} removes the field
   * @return a copy with it
   */
  public GatewayReply withField(String name, @Nullable Object value) {
    if (name == null || name.trim().isEmpty() || RESERVED.contains(name)) {
      throw new ValidationException("name", "must be a data field name, not blank or one of " + RESERVED);
    }
    Map<String, Object> f = new LinkedHashMap<>(fields);
    if (value == null) {
      f.remove(name);
    } else {
      f.put(name, value);
    }
    return new GatewayReply(resultCode, message, hint, f);
  }

  /**
   * The result code P云 reads ({@code result_code}); {@code 1001} acknowledges the call.
   *
   * @return the result code
   */
  public GatewayResultCode resultCode() {
    return resultCode;
  }

  /**
   * Whether this acknowledges the call ({@code 1001}).
   *
   * @return whether this acknowledges the call
   */
  public boolean isOk() {
    return GatewayResultCode.OK.equals(resultCode);
  }

  /**
   * The message for P云 ({@code message}).
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * The hint for P云's operators ({@code hint}), or {@code null} when the reply has none.
   *
   * @return the hint, or {@code null}
   */
  public @Nullable String hint() {
    return hint;
  }

  /**
   * The service's data fields in wire form, in order.
   *
   * @return the service's data fields in wire form, in order
   */
  public Map<String, Object> fields() {
    return fields;
  }

  @Override
  public String toString() {
    return "GatewayReply{" + resultCode.code() + " " + message + (hint == null ? "" : ", hint=" + hint)
        + ", fields=" + fields.keySet() + "}";
  }

  private static String text(String field, String value) {
    if (value == null || value.trim().isEmpty()) {
      throw new ValidationException(field, "must not be blank");
    }
    return value;
  }

  private static void put(Map<String, Object> m, String key, @Nullable Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }

  /** A numeric code as a JSON number (as the document shows {@code type}); any other code as text. */
  private static Object number(String code) {
    return code.matches("-?[0-9]{1,9}") ? (Object) Integer.valueOf(code) : code;
  }

  private static @Nullable Long seconds(@Nullable Duration d) {
    return d == null ? null : d.getSeconds();
  }

  private static @Nullable String day(@Nullable LocalDate d) {
    return d == null ? null : DAY.format(d);
  }
}
