package io.github.ampark.bolink.internal;

import io.github.ampark.bolink.model.ChargingDiscountRequest;
import io.github.ampark.bolink.model.CloudRequest;
import io.github.ampark.bolink.model.EntryOrderRequest;
import io.github.ampark.bolink.model.EtcPayRequest;
import io.github.ampark.bolink.model.ExitOrderRequest;
import io.github.ampark.bolink.model.JsonScalar;
import io.github.ampark.bolink.model.MonthCarPriceRequest;
import io.github.ampark.bolink.model.MonthCardPayRequest;
import io.github.ampark.bolink.model.ParkCheckRequest;
import io.github.ampark.bolink.model.ParkInfoRequest;
import io.github.ampark.bolink.model.ParkSetupRequest;
import io.github.ampark.bolink.model.PayNoticeRequest;
import io.github.ampark.bolink.model.PaymentRequest;
import io.github.ampark.bolink.model.QueryOrderStateRequest;
import io.github.ampark.bolink.model.QueryOrdersRequest;
import io.github.ampark.bolink.model.RedPacketChangeRequest;
import io.github.ampark.bolink.model.RefundRequest;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.money.Money;
import io.github.ampark.core.spi.BytesBody;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/**
 * Each request's {@code data} object, in the order of Bolink's document (or demo) for that
 * endpoint, with the wire types it documents: numbers for {@code N} fields (times in epoch
 * seconds, codes of numeric enums), strings for {@code S} fields (amounts as two-decimal yuan).
 * {@code null} members are left out. A request's extra fields follow the documented ones, in the
 * order they were put; one that repeats a documented name is refused.
 */
public final class RequestData {
  /** Content type of family A bodies. */
  public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private RequestData() {}

  /**
   * @param data the {@code data} map
   * @return the body the signer receives: {@code data}'s JSON text, written once
   */
  public static RequestBody body(Map<String, ?> data) {
    byte[] utf8;
    try {
      utf8 = JsonText.utf8(data);
    } catch (IllegalArgumentException e) {
      throw new ValidationException("data", e.getMessage());
    }
    return BytesBody.of(utf8, JSON);
  }

  private static Map<String, Object> extras(Map<String, Object> m, Map<String, JsonScalar> extra) {
    for (Map.Entry<String, JsonScalar> e : extra.entrySet()) {
      if (m.containsKey(e.getKey())) {
        throw new ValidationException("extraFields", "'" + e.getKey() + "' is a documented field of this request; set it with its own method");
      }
      m.put(e.getKey(), e.getValue());
    }
    return m;
  }

  /** 3.1, document example order. */
  public static Map<String, Object> entryOrder(EntryOrderRequest r, long unionId) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("car_number", r.carNumber());
    m.put("in_time", seconds(r.inTime()));
    m.put("order_id", r.orderId());
    m.put("empty_plot", r.emptyPlot());
    m.put("park_id", r.parkId());
    m.put("union_id", unionId);
    m.put("remark", r.remark().isEmpty() ? null : new LinkedHashMap<>(r.remark()));
    m.put("inpark_img", r.inParkImageUrl());
    return extras(m, r.extraFields());
  }

  /** 3.2, document order. */
  public static Map<String, Object> exitOrder(ExitOrderRequest r, long unionId) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("park_id", r.parkId());
    m.put("union_id", unionId);
    m.put("car_number", r.carNumber());
    m.put("in_time", seconds(r.inTime()));
    m.put("out_time", seconds(r.outTime()));
    m.put("pay_type", r.payTypeCode());
    m.put("empty_plot", r.emptyPlot());
    m.put("total", yuan(r.totalYuan()));
    m.put("order_id", r.orderId());
    m.put("auth_code", r.authCode());
    m.put("remark", r.remark().isEmpty() ? null : new LinkedHashMap<>(r.remark()));
    m.put("outpark_img", r.outParkImageUrl());
    m.put("out_channel_id", r.outChannelId());
    m.put("license_color", number(r.licenseColorCode()));
    return extras(m, r.extraFields());
  }

  /** 3.11, document order (reproduces the spec's BV3). */
  public static Map<String, Object> chargingDiscount(ChargingDiscountRequest r, long unionId) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("union_id", unionId);
    m.put("park_id", r.parkId());
    m.put("platform_id", number(r.platformCode()));
    m.put("car_number", r.carNumber());
    m.put("start_charge_seq", r.startChargeSeq());
    m.put("calculation_method", number(r.calculationMethodCode()));
    m.put("duration", r.duration());
    m.put("reduce_amount", yuanOrNull(r.reduceYuan()));
    m.put("out_time", seconds(r.outTime()));
    return extras(m, r.extraFields());
  }

  /** 4.1, document order. */
  public static Map<String, Object> queryOrders(QueryOrdersRequest r, long unionId) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("union_id", unionId);
    m.put("park_id", r.parkId());
    m.put("order_id", r.orderId());
    m.put("car_number", r.carNumber());
    m.put("start_time", seconds(r.startTime()));
    m.put("end_time", seconds(r.endTime()));
    m.put("page", r.page());
    m.put("size", r.size());
    return extras(m, r.extraFields());
  }

  /**
   * 4.2, demo order. {@code refund_money} is a JSON number (two decimals, plain), as the only
   * source (Bolink's demo) sends it; see docs/bolink.md.
   */
  public static Map<String, Object> refund(RefundRequest r, long unionId) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("union_id", unionId);
    m.put("park_id", r.parkId());
    m.put("trade_no", r.tradeNo());
    m.put("end_time", seconds(r.endTime()));
    m.put("refund_money", new BigDecimal(yuan(r.refundYuan())));
    m.put("subsidy_cancel_money", yuanOrNull(r.subsidyCancelYuan()));
    m.put("refund_reason", r.refundReason());
    return extras(m, r.extraFields());
  }

  /** 4.3, demo order. */
  public static Map<String, Object> queryOrderState(QueryOrderStateRequest r, long unionId) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("park_id", r.parkId());
    m.put("union_id", unionId);
    m.put("query_type", r.queryType());
    m.put("trade_no", r.tradeNo());
    return extras(m, r.extraFields());
  }

  /** {@code bolinkparkpay} / {@code bolinkunified}; {@code union_id} goes top level. */
  public static Map<String, Object> payment(PaymentRequest r, Instant now) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("park_id", r.parkId());
    m.put("trade_no", r.tradeNo());
    m.put("amount", yuan(r.amountYuan()));
    m.put("title", r.title());
    m.put("pay_type", number(r.methodCode()));
    m.put("channel", r.channelCode());
    m.put("auth_code", r.authCode());
    m.put("order_id", r.orderId());
    m.put("wx_open_id", r.wxOpenId());
    m.put("wx_app_id", r.wxAppId());
    m.put("car_number", r.carNumber());
    m.put("callback_url", r.callbackUrl());
    m.put("in_time", seconds(r.inTime()));
    m.put("time_temp", seconds(now));
    return extras(m, r.extraFields());
  }

  /** 3.3, document order; {@code union_id} goes top level. */
  public static Map<String, Object> monthCardPay(MonthCardPayRequest r, Instant now) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("park_id", r.parkId());
    m.put("amount", yuan(r.amountYuan()));
    m.put("card_id", r.cardId());
    m.put("trade_no", r.tradeNo());
    m.put("notify_url", r.notifyUrl());
    m.put("back_url", r.backUrl());
    m.put("cancel_url", r.cancelUrl());
    m.put("car_number", r.carNumber());
    m.put("attach", r.attach().isEmpty() ? null : new LinkedHashMap<>(r.attach()));
    m.put("pay_channel", r.channelCode());
    m.put("time_temp", seconds(now));
    m.put("server_id", r.serverId());
    return extras(m, r.extraFields());
  }

  /** 3.7; {@code union_id} goes top level; {@code lane_no} (demo) after the documented fields. */
  public static Map<String, Object> etcPay(EtcPayRequest r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("park_id", r.parkId());
    m.put("car_number", r.carNumber());
    m.put("in_time", seconds(r.inTime()));
    m.put("out_time", seconds(r.outTime()));
    m.put("pay_type", r.payTypeCode());
    m.put("empty_plot", r.emptyPlot());
    m.put("total_original", yuan(r.totalOriginalYuan()));
    m.put("total", yuan(r.totalYuan()));
    m.put("order_id", r.orderId());
    m.put("out_channel_id", r.outChannelId());
    m.put("license_color", number(r.licenseColorCode()));
    m.put("lane_no", r.laneNo());
    return extras(m, r.extraFields());
  }

  /** 3.10, document order. */
  public static Map<String, Object> redPacketChange(RedPacketChangeRequest r, long unionId, Instant now) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("union_id", unionId);
    m.put("park_id", r.parkId());
    m.put("amount", yuan(r.amountYuan()));
    m.put("trade_no", r.tradeNo());
    m.put("order_id", r.orderId());
    m.put("car_number", r.carNumber());
    m.put("timestamp", seconds(now));
    m.put("notify_url", r.notifyUrl());
    return extras(m, r.extraFields());
  }

  /** {@code uploadData} / {@code park_check}. */
  public static Map<String, Object> parkCheck(ParkCheckRequest r, long unionId) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("service_name", "park_check");
    m.put("union_id", unionId);
    m.put("park_id", r.parkId());
    m.put("car_number", r.carNumber());
    m.put("license_color", number(r.licenseColorCode()));
    return extras(m, r.extraFields());
  }

  /** 2.5, demo order and types. */
  public static Map<String, Object> parkSetup(ParkSetupRequest r, long unionId) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("park_id", r.parkId());
    m.put("union_id", unionId);
    m.put("nolience_config", Collections.singletonMap("is_verify", r.smsVerification() ? "1" : "0"));
    return extras(m, r.extraFields());
  }

  /** 2.1 / 2.2 in the order of the official example (BV1), the other listed fields beside their neighbours. */
  public static Map<String, Object> parkInfo(ParkInfoRequest r, long unionId, boolean update) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("park_id", r.parkId());
    m.put("name", r.name());
    m.put("address", r.address());
    m.put("phone", r.phone());
    m.put("mobile", r.mobile());
    m.put("lng", r.lng() == null ? null : r.lng().toPlainString());
    m.put("city_id", r.cityId());
    m.put("lat", r.lat() == null ? null : r.lat().toPlainString());
    m.put("total_plot", r.totalPlot());
    m.put("empty_plot", r.emptyPlot());
    m.put("union_id", unionId);
    m.put("price_desc", r.priceDesc());
    m.put("remark", r.remark());
    m.put("rand", r.rand());
    m.put("type", update ? r.updateType() : null);
    return extras(m, r.extraFields());
  }

  /** {@code paynoticetopark}; {@code union_id} as text, as in the cloud document's example. */
  public static Map<String, Object> payNotice(PayNoticeRequest r, long unionId) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("comid", r.parkId());
    m.put("union_id", Long.toString(unionId));
    m.put("car_number", r.carNumber());
    m.put("type", number(r.typeCode()));
    m.put("order_id", r.orderId());
    m.put("trade_no", r.tradeNo());
    m.put("pay_time", seconds(r.payTime()));
    m.put("payable", yuanOrNull(r.payableYuan()));
    m.put("act_total", yuanOrNull(r.actTotalYuan()));
    m.put("reduce_amount", yuanOrNull(r.reduceYuan()));
    m.put("deduction_money", yuanOrNull(r.deductionYuan()));
    m.put("deduction_time", r.deductionMinutes());
    return extras(m, r.extraFields());
  }

  /** {@code getmonthcarprice}: the document example's order, every value as text (BV6). */
  public static Map<String, Object> monthCarPrice(MonthCarPriceRequest r, long unionId) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("comid", r.parkId());
    m.put("union_id", Long.toString(unionId));
    m.put("start_time", Long.toString(r.startTime().getEpochSecond()));
    m.put("card_id", r.cardId());
    m.put("months", Integer.toString(r.months()));
    m.put("pid", r.pid());
    return extras(m, r.extraFields());
  }

  /** {@code outpark} / {@code prepayorder}: what every cloud request carries, then the caller's fields. */
  public static Map<String, Object> cloud(CloudRequest r, long unionId) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("comid", r.parkId());
    m.put("union_id", Long.toString(unionId));
    return extras(m, r.extraFields());
  }

  private static @Nullable Long seconds(@Nullable Instant t) {
    return t == null ? null : t.getEpochSecond();
  }

  private static String yuan(BigDecimal v) {
    return Money.yuanText(v);
  }

  private static @Nullable String yuanOrNull(@Nullable BigDecimal v) {
    return v == null ? null : Money.yuanText(v);
  }

  private static @Nullable Long number(@Nullable String code) {
    return code == null ? null : Long.valueOf(code);
  }
}
