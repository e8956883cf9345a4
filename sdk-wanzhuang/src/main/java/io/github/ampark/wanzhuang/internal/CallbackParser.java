package io.github.ampark.wanzhuang.internal;

import io.github.ampark.core.CallbackVerificationException;
import io.github.ampark.core.Checks;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.callback.CallbackRequest;
import io.github.ampark.core.spi.BodyCodec;
import io.github.ampark.core.spi.MultipartPart;
import io.github.ampark.wanzhuang.model.CallbackKind;
import io.github.ampark.wanzhuang.model.FinishOrderEvent;
import io.github.ampark.wanzhuang.model.IccPayRequestEvent;
import io.github.ampark.wanzhuang.model.OfflineProfitEvent;
import io.github.ampark.wanzhuang.model.StartPowerEvent;
import io.github.ampark.wanzhuang.model.WanzhuangEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Callback bodies → events (not API). Forms (and, leniently, multipart) are read; every field is
 * kept. The fields that route an event or carry money ({@code device_num}, {@code device_port},
 * {@code charge_id}, {@code state}, {@code icc_id}, {@code pay_amount}, {@code coin}, {@code card},
 * {@code time}) must be present and well formed, or the callback is refused.
 */
public final class CallbackParser {
  private final @Nullable String endReasonField;

  /** @param endReasonField the finish_order field with the end reason, or null */
  public CallbackParser(@Nullable String endReasonField) {
    this.endReasonField = endReasonField;
  }

  /** @param kind from the path @param request the callback @return the event */
  public WanzhuangEvent parse(CallbackKind kind, CallbackRequest request) {
    return fromFields(kind, fields(request));
  }

  /** @param kind the callback @param f its fields @return the event */
  public WanzhuangEvent fromFields(CallbackKind kind, Map<String, String> f) {
    switch (kind) {
      case START_POWER:
        return StartPowerEvent.builder().deviceNum(device(f)).devicePort(number(f, "device_port"))
            .chargeId(number(f, "charge_id")).state(number(f, "state")).fields(f).build();
      case FINISH_ORDER:
        return FinishOrderEvent.builder().deviceNum(device(f)).devicePort(number(f, "device_port"))
            .chargeId(number(f, "charge_id"))
            .endReasonCode(endReasonField == null ? null : f.get(endReasonField))
            .fields(f).build();
      case ICC_PAY_REQ:
        String icc = f.get("icc_id");
        if (icc == null || icc.trim().isEmpty()) {
          throw reject("icc_pay_req carries no icc_id");
        }
        return IccPayRequestEvent.builder().deviceNum(device(f)).devicePort(number(f, "device_port"))
            .iccId(icc).payAmountFen(money(f, "pay_amount")).fields(f).build();
      case OFFLINE_PROFIT:
        return OfflineProfitEvent.builder().deviceNum(device(f)).coinFen(money(f, "coin")).cardFen(money(f, "card"))
            .time(number(f, "time")).fields(f).build();
      default:
        throw reject("unknown callback kind");
    }
  }

  private static Map<String, String> fields(CallbackRequest request) {
    if (request.isMultipart()) {
      Map<String, String> out = new LinkedHashMap<>();
      try {
        for (MultipartPart p : BodyCodec.multipart(request.body(), request.contentType())) {
          if (p.fileName() == null && out.put(p.name(), p.text()) != null) {
            throw reject("the field " + Checks.echo(p.name()) + " appears twice");
          }
        }
      } catch (IllegalArgumentException e) {
        throw reject("the multipart body cannot be read");
      }
      return out;
    }
    if (request.isForm() || request.mediaType().isEmpty()) {
      return new LinkedHashMap<>(BodyCodec.form(request));
    }
    throw reject("callbacks are forms or multipart (was " + Checks.echo(request.mediaType()) + ")");
  }

  private static String device(Map<String, String> f) {
    String d = f.get("device_num");
    if (d == null || d.trim().isEmpty()) {
      throw reject("the callback carries no device_num");
    }
    return d;
  }

  private static long number(Map<String, String> f, String name) {
    Long n = Mappers.number(f.get(name));
    if (n == null) {
      throw reject("the callback's " + name + " is missing or not a whole number (" + Checks.echo(f.get(name)) + ")");
    }
    return n;
  }

  private static long money(Map<String, String> f, String name) {
    long n = number(f, name);
    if (n < 0) {
      throw reject("the callback's " + name + " is negative");
    }
    return n;
  }

  private static CallbackVerificationException reject(String reason) {
    return new CallbackVerificationException("wanzhuang", reason);
  }
}
