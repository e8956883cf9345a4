package io.github.ampark.fourpyun.internal;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.time.TimeFormat;
import io.github.ampark.fourpyun.FourPyunHandler;
import io.github.ampark.fourpyun.model.DirectEnterEvent;
import io.github.ampark.fourpyun.model.DiscountCreateEvent;
import io.github.ampark.fourpyun.model.DiscountDestroyEvent;
import io.github.ampark.fourpyun.model.GatewayEvent;
import io.github.ampark.fourpyun.model.GatewayReply;
import io.github.ampark.fourpyun.model.OtherGatewayEvent;
import io.github.ampark.fourpyun.model.PaymentBillingEvent;
import io.github.ampark.fourpyun.model.PaymentResultEvent;
import io.github.ampark.fourpyun.model.VipQueryEvent;
import io.github.ampark.fourpyun.model.VipRenewalEvent;
import java.util.Map;

/** Verified gateway fields → typed events, their duplicate keys, and dispatch to a handler. */
public final class GatewayEvents {
  /** {@code service.parking.payment.billing}. */
  public static final String PAYMENT_BILLING = "service.parking.payment.billing";
  /** {@code service.parking.payment.result}. */
  public static final String PAYMENT_RESULT = "service.parking.payment.result";
  /** {@code service.parking.direct.enter}. */
  public static final String DIRECT_ENTER = "service.parking.direct.enter";
  /** {@code service.parking.vip.query}. */
  public static final String VIP_QUERY = "service.parking.vip.query";
  /** {@code service.parking.vip.renewal}. */
  public static final String VIP_RENEWAL = "service.parking.vip.renewal";
  /** {@code service.parking.discount.create}. */
  public static final String DISCOUNT_CREATE = "service.parking.discount.create";
  /** {@code service.parking.discount.destroy}. */
  public static final String DISCOUNT_DESTROY = "service.parking.discount.destroy";

  private GatewayEvents() {}

  /**
   * @param f verified fields
   * @return the typed event
   * @throws io.github.ampark.core.CallbackVerificationException if a field the service needs is
   *     missing or malformed
   */
  public static GatewayEvent of(CallbackFields f) {
    String service = f.required("service");
    Map<String, String> all = f.unsigned();
    String version = f.optional("version");
    String charset = f.optional("charset");
    String park = f.optional("park_uuid");
    switch (service) {
      case PAYMENT_BILLING:
        return PaymentBillingEvent.builder().service(service).version(version).charset(charset).parkUuid(park).fields(all)
            .plate(f.optional("plate"))
            .cardId(f.optional("card_id"))
            .passport(f.optional("passport"))
            .gateId(f.optional("gate_id"))
            .build();
      case PAYMENT_RESULT:
        return PaymentResultEvent.builder().service(service).version(version).charset(charset).parkUuid(park).fields(all)
            .parkingSerial(f.optional("parking_serial"))
            .parkingOrder(f.required("parking_order"))
            .gateId(f.optional("gate_id"))
            .plate(f.optional("plate"))
            .paySerial(f.required("pay_serial"))
            .payTime(f.requiredTime("pay_time", TimeFormat.SHANGHAI_COMPACT))
            .valueFen(f.requiredLong("value"))
            .freeValueFen(f.optionalLong("free_value"))
            .payOrigin(f.optional("pay_origin"))
            .payOriginDesc(f.optional("pay_origin_desc"))
            .paySource(f.optional("pay_source"))
            .autopayType(f.optional("autopay_type"))
            .payValueFen(f.optionalLong("pay_value"))
            .reduceValueFen(f.optionalLong("reduce_value"))
            .build();
      case DIRECT_ENTER:
        return DirectEnterEvent.builder().service(service).version(version).charset(charset).parkUuid(park).fields(all)
            .passport(f.optional("passport"))
            .gateId(f.optional("gate_id"))
            .build();
      case VIP_QUERY:
        return VipQueryEvent.builder().service(service).version(version).charset(charset).parkUuid(park).fields(all)
            .plate(f.required("plate"))
            .build();
      case VIP_RENEWAL:
        // plate is optional here (vip-renewal.md marks it N): a card-only renewal is valid
        return VipRenewalEvent.builder().service(service).version(version).charset(charset).parkUuid(park).fields(all)
            .plate(f.optional("plate"))
            .cardNo(f.optional("card_no"))
            .cardId(f.optional("card_id"))
            .payTime(f.optionalTime("pay_time", TimeFormat.SHANGHAI_COMPACT))
            .paySerial(f.required("pay_serial"))
            .payValueFen(f.optionalLong("pay_value"))
            .typeCode(f.optional("type"))
            .value(f.optionalLong("value"))
            .quantity(f.optionalLong("quantity"))
            .build();
      case DISCOUNT_CREATE:
        return DiscountCreateEvent.builder().service(service).version(version).charset(charset).parkUuid(park).fields(all)
            .parkingSerial(f.optional("parking_serial"))
            .plate(f.optional("plate"))
            .grantSerial(f.required("grant_serial"))
            .typeCode(f.optional("type"))
            .value(f.optionalLong("value"))
            .reason(f.optional("reason"))
            .storeName(f.optional("store_name"))
            .storeCode(f.optional("store_code"))
            .couponRule(f.optional("coupon_rule"))
            .chargeRule(f.optional("charge_rule"))
            .build();
      case DISCOUNT_DESTROY:
        return DiscountDestroyEvent.builder().service(service).version(version).charset(charset).parkUuid(park).fields(all)
            .grantSerial(f.required("grant_serial"))
            .build();
      default:
        return OtherGatewayEvent.builder().service(service).version(version).charset(charset).parkUuid(park).fields(all)
            .build();
    }
  }

  /**
   * The identity of a notification P云 may repeat, for the duplicate guard; {@code null} for
   * queries, which are answered every time.
   *
   * @param e the event
   * @return the key, or {@code null}
   */
  public static @Nullable String duplicateKey(GatewayEvent e) {
    String prefix = "4pyun:" + e.service() + ":" + e.parkUuid() + ":";
    if (e instanceof PaymentResultEvent) {
      PaymentResultEvent p = (PaymentResultEvent) e;
      return prefix + p.parkingOrder() + ":" + p.paySerial();
    }
    if (e instanceof VipRenewalEvent) {
      return prefix + ((VipRenewalEvent) e).paySerial();
    }
    if (e instanceof DiscountCreateEvent) {
      return prefix + ((DiscountCreateEvent) e).grantSerial();
    }
    if (e instanceof DiscountDestroyEvent) {
      return prefix + ((DiscountDestroyEvent) e).grantSerial();
    }
    return null;
  }

  /**
   * @param e the event
   * @param h the handler
   * @return the handler's reply
   */
  public static GatewayReply dispatch(GatewayEvent e, FourPyunHandler h) {
    if (e instanceof PaymentBillingEvent) {
      return h.onPaymentBilling((PaymentBillingEvent) e);
    }
    if (e instanceof PaymentResultEvent) {
      return h.onPaymentResult((PaymentResultEvent) e);
    }
    if (e instanceof DirectEnterEvent) {
      return h.onDirectEnter((DirectEnterEvent) e);
    }
    if (e instanceof VipQueryEvent) {
      return h.onVipQuery((VipQueryEvent) e);
    }
    if (e instanceof VipRenewalEvent) {
      return h.onVipRenewal((VipRenewalEvent) e);
    }
    if (e instanceof DiscountCreateEvent) {
      return h.onDiscountCreate((DiscountCreateEvent) e);
    }
    if (e instanceof DiscountDestroyEvent) {
      return h.onDiscountDestroy((DiscountDestroyEvent) e);
    }
    return h.onOther((OtherGatewayEvent) e);
  }
}
