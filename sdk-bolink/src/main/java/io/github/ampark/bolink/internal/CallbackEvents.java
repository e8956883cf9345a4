package io.github.ampark.bolink.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.bolink.BolinkHandler;
import io.github.ampark.bolink.model.BolinkEvent;
import io.github.ampark.bolink.model.BolinkReply;
import io.github.ampark.bolink.model.GenericEvent;
import io.github.ampark.bolink.model.MonthCardPayEvent;
import io.github.ampark.bolink.model.NoLicenceInParkEvent;
import io.github.ampark.bolink.model.PayNoticeEvent;
import io.github.ampark.bolink.model.PrepayOrderEvent;
import io.github.ampark.bolink.model.QueryPriceEvent;
import io.github.ampark.bolink.model.VerifyCodeEvent;
import io.github.ampark.core.CallbackVerificationException;
import io.github.ampark.core.Checks;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.BodyCodec;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Verified {@code data} text → typed event, and event → handler method. Routing uses only the
 * {@code service_name} inside the signed {@code data}; a value that changes meaning and cannot be
 * read (an amount that is not a number, a notification without its key) refuses the callback.
 */
public final class CallbackEvents {
  private CallbackEvents() {}

  /**
   * @param data the verified text of {@code data}
   * @return the event
   * @throws CallbackVerificationException if the signed data has no {@code service_name} or a typed field cannot be read
   */
  public static BolinkEvent event(String data) {
    JsonNode tree;
    try {
      tree = BodyCodec.json(data.getBytes(StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw reject("'data' is not JSON");
    }
    Map<String, String> f = Responses.fields(tree);
    String service = tree.path("service_name").isValueNode() ? tree.path("service_name").asText() : null;
    if (service == null || service.isEmpty()) {
      throw reject("no service_name in the signed data (a top-level one is not signed and is ignored)");
    }
    switch (service) {
      case "query_price":
        return QueryPriceEvent.builder().serviceName(service).rawData(data).fields(f).build();
      case "prepay_order":
        return PrepayOrderEvent.builder().serviceName(service).rawData(data).fields(f).build();
      case "nolicence_in_park":
        return NoLicenceInParkEvent.builder().serviceName(service).rawData(data).fields(f).build();
      case "verify_code":
        return VerifyCodeEvent.builder().serviceName(service).rawData(data).fields(f).build();
      case "monthcard_pay":
        String tradeNo = f.get("trade_no");
        if (tradeNo == null || tradeNo.isEmpty()) {
          throw reject("monthcard_pay without trade_no");
        }
        return MonthCardPayEvent.builder().serviceName(service).rawData(data).fields(f).tradeNo(tradeNo)
            .cardId(f.get("card_id")).amountYuan(yuan(f, "amount")).arriveYuan(yuan(f, "arrive_money"))
            .feeYuan(yuan(f, "fee")).state(f.get("state")).type(f.get("type")).outTradeNo(f.get("out_trade_no"))
            .payTime(f.get("pay_time")).startTime(f.get("start_time")).build();
      case "pay_notice":
        return PayNoticeEvent.builder().serviceName(service).rawData(data).fields(f).typeCode(f.get("type"))
            .platFormIds(list(tree.get("plat_form_id"))).build();
      default:
        return GenericEvent.builder().serviceName(service).rawData(data).fields(f).build();
    }
  }

  /**
   * @param event the event
   * @return whether Bolink resends it until acknowledged (then duplicates are filtered)
   */
  public static boolean notification(BolinkEvent event) {
    return !(event instanceof QueryPriceEvent || event instanceof VerifyCodeEvent || event instanceof NoLicenceInParkEvent);
  }

  /**
   * @param event the event
   * @param handler the user's handler
   * @return its reply
   */
  public static BolinkReply dispatch(BolinkEvent event, BolinkHandler handler) {
    if (event instanceof QueryPriceEvent) {
      return handler.onQueryPrice((QueryPriceEvent) event);
    } else if (event instanceof PrepayOrderEvent) {
      return handler.onPrepayOrder((PrepayOrderEvent) event);
    } else if (event instanceof NoLicenceInParkEvent) {
      return handler.onNoLicenceInPark((NoLicenceInParkEvent) event);
    } else if (event instanceof VerifyCodeEvent) {
      return handler.onVerifyCode((VerifyCodeEvent) event);
    } else if (event instanceof MonthCardPayEvent) {
      return handler.onMonthCardPay((MonthCardPayEvent) event);
    } else if (event instanceof PayNoticeEvent) {
      return handler.onPayNotice((PayNoticeEvent) event);
    }
    return handler.onOther((GenericEvent) event);
  }

  private static @Nullable BigDecimal yuan(Map<String, String> f, String name) {
    String t = f.get(name);
    if (t == null || t.trim().isEmpty()) {
      return null;
    }
    try {
      BigDecimal v = new BigDecimal(t.trim());
      Validation.decimal(name, v, 6, Validation.MAX_YUAN);
      return v;
    } catch (RuntimeException e) {
      throw reject("'" + name + "' is not an amount (" + Checks.echo(t) + ")");
    }
  }

  private static List<String> list(@Nullable JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (n.isArray()) {
      for (JsonNode item : n) {
        out.add(item.isValueNode() ? item.asText() : item.toString());
      }
    } else {
      out.add(n.isValueNode() ? n.asText() : n.toString());
    }
    return out;
  }

  private static CallbackVerificationException reject(String reason) {
    return new CallbackVerificationException(BolinkContext.VENDOR, reason);
  }
}
