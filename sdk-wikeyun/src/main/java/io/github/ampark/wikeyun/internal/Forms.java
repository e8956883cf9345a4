package io.github.ampark.wikeyun.internal;

import io.github.ampark.core.Nullable;
import io.github.ampark.wikeyun.model.AddCardRequest;
import io.github.ampark.wikeyun.model.CancelOrderRequest;
import io.github.ampark.wikeyun.model.CardDetails;
import io.github.ampark.wikeyun.model.CardInfoRequest;
import io.github.ampark.wikeyun.model.DeleteCardRequest;
import io.github.ampark.wikeyun.model.EditCardRequest;
import io.github.ampark.wikeyun.model.ForbidRequest;
import io.github.ampark.wikeyun.model.PushOrderRequest;
import io.github.ampark.wikeyun.model.QueryOrderRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The business parameters of each Power request (not API): the documented ones in the order the
 * vendor documents list them (absent optional values left out), then the request's extra fields in
 * the order they were added. Every one of them is signed.
 */
public final class Forms {
  private Forms() {}

  /** @return {@code store_id, card_num, province, city, type[, remark][, user_ext]}, extras */
  public static Map<String, String> addCard(String storeId, AddCardRequest r) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("store_id", storeId);
    card(f, r);
    return extras(f, r.extraFields());
  }

  /** @return {@code card_id, card_num, province, city, type[, remark][, user_ext]}, extras */
  public static Map<String, String> editCard(EditCardRequest r) {
    Map<String, String> f = cardId(r.cardId());
    card(f, r);
    return extras(f, r.extraFields());
  }

  /** @return {@code card_id}, extras */
  public static Map<String, String> cardInfo(CardInfoRequest r) {
    return extras(cardId(r.cardId()), r.extraFields());
  }

  /** @return {@code card_id}, extras */
  public static Map<String, String> deleteCard(DeleteCardRequest r) {
    return extras(cardId(r.cardId()), r.extraFields());
  }

  /** @return {@code store_id, cardId, order_no, amount, recharge_type[, notify_url][, change]}, extras */
  public static Map<String, String> pushOrder(String storeId, PushOrderRequest r) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("store_id", storeId);
    f.put("cardId", Long.toString(r.cardId()));
    f.put("order_no", r.orderNo());
    f.put("amount", Long.toString(r.amountYuan()));
    f.put("recharge_type", r.rechargeTypeCode());
    putIfPresent(f, "notify_url", r.notifyUrl());
    Boolean change = r.changeChannelOnFailure();
    if (change != null) {
      f.put("change", change ? "1" : "0");
    }
    return extras(f, r.extraFields());
  }

  /** @return {@code store_id} and one of {@code order_number} / {@code order_no}, extras */
  public static Map<String, String> query(String storeId, QueryOrderRequest r) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("store_id", storeId);
    putIfPresent(f, "order_number", r.orderNumber());
    putIfPresent(f, "order_no", r.orderNo());
    return extras(f, r.extraFields());
  }

  /** @return {@code order_number} with the numbers comma-separated, extras */
  public static Map<String, String> cancel(CancelOrderRequest r) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("order_number", String.join(",", r.orderNumbers()));
    return extras(f, r.extraFields());
  }

  /** @return {@code store_id, status}, extras */
  public static Map<String, String> forbid(String storeId, ForbidRequest r) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("store_id", storeId);
    f.put("status", r.disable() ? "1" : "0");
    return extras(f, r.extraFields());
  }

  private static Map<String, String> cardId(long cardId) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("card_id", Long.toString(cardId));
    return f;
  }

  private static void card(Map<String, String> f, CardDetails card) {
    f.put("card_num", card.cardNum());
    f.put("province", card.province());
    f.put("city", card.city());
    f.put("type", card.gridTypeCode());
    putIfPresent(f, "remark", card.remark());
    putIfPresent(f, "user_ext", card.userExt());
  }

  private static Map<String, String> extras(Map<String, String> f, Map<String, String> extra) {
    f.putAll(extra);
    return f;
  }

  private static void putIfPresent(Map<String, String> f, String name, @Nullable String value) {
    if (value != null) {
      f.put(name, value);
    }
  }
}
