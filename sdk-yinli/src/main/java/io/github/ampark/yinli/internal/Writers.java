package io.github.ampark.yinli.internal;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.BytesBody;
import io.github.ampark.core.spi.JsonStrings;
import io.github.ampark.yinli.model.AdjustResult;
import io.github.ampark.yinli.model.BalanceAdjustment;
import io.github.ampark.yinli.model.DeviceInfo;
import io.github.ampark.yinli.model.DeviceInfoQuery;
import io.github.ampark.yinli.model.MallInfoQuery;
import io.github.ampark.yinli.model.MessageRecipient;
import io.github.ampark.yinli.model.MessageUser;
import io.github.ampark.yinli.model.MeterData;
import io.github.ampark.yinli.model.MeterDataPage;
import io.github.ampark.yinli.model.MeterDataQuery;
import io.github.ampark.yinli.model.MeterInfoQuery;
import io.github.ampark.yinli.model.MeterReading;
import io.github.ampark.yinli.model.MeterReadingBatch;
import io.github.ampark.yinli.model.RecipientSetting;
import io.github.ampark.yinli.model.TemplateMessage;
import io.github.ampark.yinli.model.TopUp;
import io.github.ampark.yinli.model.TopUpResult;
import io.github.ampark.yinli.model.Usage;
import io.github.ampark.yinli.model.UsageQuery;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/**
 * Writes every request body of the typed endpoints, and the data of every typed callback reply, by
 * hand, byte for byte as the module's mapper ({@link Json#newMapper()}) writes them, so a first
 * call or callback does not make Jackson introspect the model (its bean serializer). Pinned writer
 * by writer against Jackson's writer in {@code WritersMatchJackson} and {@code
 * ReplyWritersMatchJackson}.
 *
 * <p>Jackson's rules, as they apply to these models: fields in {@code @JsonPropertyOrder}, a
 * {@code null} field left out, an empty list left out ({@code NON_EMPTY}), then the extra fields
 * ({@code @JsonAnyGetter}) in the map's order; decimals plain ({@code WRITE_BIGDECIMAL_AS_PLAIN});
 * text escaped as Jackson's UTF-8 generator escapes it ({@link JsonStrings.Style#JACKSON}); a
 * price record's {@code priceLevel} as the number text it holds ({@link NumberText}); a template
 * message's {@code extendedParams} in the map's order.
 */
public final class Writers {
  /** The content type Jackson-written bodies carry. */
  private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");

  private Writers() {}

  /** 2.1 查询设备信息. */
  public static RequestBody body(DeviceInfoQuery q) {
    return body(new Obj()
        .text("shopCode", q.shopCode())
        .text("deviceActualCode", q.deviceActualCode())
        .extras(q.extraFields()));
  }

  /** 2.2 充值交费. */
  public static RequestBody body(TopUp t) {
    return body(new Obj()
        .text("shopCode", t.shopCode())
        .text("deviceActualCode", t.deviceActualCode())
        .decimal("amount", t.amount())
        .text("payNo", t.payNo())
        .text("payType", t.payType())
        .text("payUser", t.payUser())
        .extras(t.extraFields()));
  }

  /** 2.3 用电数据查询. */
  public static RequestBody body(UsageQuery q) {
    return body(new Obj()
        .text("shopCode", q.shopCode())
        .text("deviceActualCode", q.deviceActualCode())
        .text("queryType", q.queryType())
        .text("time", q.time())
        .extras(q.extraFields()));
  }

  /** 2.5 余额调整. */
  public static RequestBody body(BalanceAdjustment a) {
    return body(new Obj()
        .text("shopCode", a.shopCode())
        .decimal("afterBalance", a.afterBalance())
        .text("remark", a.remark())
        .text("happenTime", a.happenTime())
        .extras(a.extraFields()));
  }

  /** 2.6 同步电表数据. */
  public static RequestBody body(MeterDataQuery q) {
    return body(new Obj()
        .text("shopCode", q.shopCode())
        .text("deviceActualCode", q.deviceActualCode())
        .text("dataType", q.dataType())
        .number("pageNo", q.pageNo())
        .number("pageSize", q.pageSize())
        .extras(q.extraFields()));
  }

  /** 1.3 电表信息查询. */
  public static RequestBody body(MeterInfoQuery q) {
    return body(new Obj()
        .texts("deviceActualCodes", q.deviceActualCodes())
        .text("endTime", q.endTime())
        .text("mallCode", q.mallCode())
        .text("startTime", q.startTime())
        .extras(q.extraFields()));
  }

  /** 1.4 商场信息查询. */
  public static RequestBody body(MallInfoQuery q) {
    return body(new Obj()
        .text("areaCode", q.areaCode())
        .text("mallCode", q.mallCode())
        .text("orgCode", q.orgCode())
        .extras(q.extraFields()));
  }

  /** 1.1 每月推送电表读数: readings in order, each with its price records and other fees. */
  public static RequestBody body(MeterReadingBatch b) {
    Obj o = new Obj();
    o.name("data"); // written even when empty, unlike the lists below
    o.elements(b.readings(), Writers::reading);
    return body(o.text("mallCode", b.mallCode()).text("version", b.version()));
  }

  private static void reading(Obj o, MeterReading r) {
    o.text("type", r.type())
        .text("shopCode", r.shopCode())
        .text("storeNo", r.storeNo())
        .text("deviceActualCode", r.deviceActualCode())
        .decimal("totalElec", r.totalElec())
        .decimal("chargeAmount", r.chargeAmount())
        .decimal("lossAmount", r.lossAmount())
        .decimal("totalAmount", r.totalAmount())
        .decimal("readNum", r.readNum())
        // priceLevel is number text checked against NumberText.PATTERN, written as it is (NumberText)
        .objects("deviceElectricPriceRecordList", r.priceRecords(),
            (e, p) -> e.raw("priceLevel", p.priceLevel()).decimal("readNum", p.readNum()))
        .text("readDate", r.readDate())
        .decimal("refundAmount", r.refundAmount())
        .decimal("receivableAmount", r.receivableAmount())
        .objects("otherFeeDataList", r.otherFees(),
            (e, f) -> e.text("otherFeeType", f.otherFeeType()).decimal("otherFeeAmount", f.otherFeeAmount()))
        .decimal("amount", r.amount());
  }

  /** 1.5 模板消息推送: parameters, channels and the recipients' nested settings and users. */
  public static RequestBody body(TemplateMessage m) {
    Obj o = new Obj();
    if (!m.extendedParams().isEmpty()) {
      o.object("extendedParams", m.extendedParams(), Obj::extras);
    }
    o.text("messageTheme", m.messageTheme());
    List<Integer> channels = m.pickChannels();
    if (!channels.isEmpty()) {
      o.name("pickChannels");
      o.sb.append('[');
      for (int i = 0; i < channels.size(); i++) {
        o.sb.append(i > 0 ? "," : "").append(channels.get(i).intValue());
      }
      o.sb.append(']');
    }
    return body(o.objects("recipientList", m.recipients(), Writers::recipient).extras(m.extraFields()));
  }

  private static void recipient(Obj o, MessageRecipient r) {
    o.text("code", r.code()).objects("recipientSettingItems", r.settings(), Writers::setting).extras(r.extraFields());
  }

  private static void setting(Obj o, RecipientSetting s) {
    o.object("ccUser", s.ccUser(), Writers::user)
        .text("orgCode", s.orgCode())
        .text("orgType", s.orgType())
        .objects("toUser", s.toUsers(), Writers::user)
        .extras(s.extraFields());
  }

  private static void user(Obj o, MessageUser u) {
    o.text("clientId", u.clientId())
        .text("idType", u.idType())
        .texts("identities", u.identities())
        .objects("identityList", u.identityList(),
            (e, id) -> e.text("identity", id.identity()).text("identityName", id.identityName()).extras(id.extraFields()))
        .extras(u.extraFields());
  }

  /**
   * The JSON text of a callback reply's data, as {@code ObjectMapper.writeValueAsString(data)} with
   * the module's mapper writes it, for the reply models of {@code YinliHandler}: {@link DeviceInfo},
   * {@link TopUpResult} (no visible field: {@code {}}), a list of {@link Usage}, {@link
   * AdjustResult} and {@link MeterDataPage}.
   *
   * @param data the reply's data
   * @return its JSON text, or {@code null} for any other type (a list holding anything but usages
   *     included), which the caller writes with Jackson
   */
  public static @Nullable String replyData(Object data) {
    if (data instanceof DeviceInfo) {
      return deviceInfo((DeviceInfo) data);
    }
    if (data instanceof TopUpResult) {
      return "{}";
    }
    if (data instanceof AdjustResult) {
      return Obj.asText().decimal("balance", ((AdjustResult) data).balance()).text();
    }
    if (data instanceof MeterDataPage) {
      return meterDataPage((MeterDataPage) data);
    }
    if (data instanceof List) {
      return usages((List<?>) data);
    }
    return null;
  }

  private static String deviceInfo(DeviceInfo d) {
    return Obj.asText()
        .text("shopCode", d.shopCode())
        .text("deviceActualCode", d.deviceActualCode())
        .decimal("balance", d.balance())
        .whole("days", d.days())
        .objects("deviceList", d.devices(), (e, device) -> e.text("storeCode", device.storeCode()))
        .text();
  }

  private static String meterDataPage(MeterDataPage page) {
    return Obj.asText().objects("list", page.meters(), Writers::meterData).text();
  }

  private static void meterData(Obj o, MeterData m) {
    o.text("shopCode", m.shopCode())
        .text("storeCode", m.storeCode())
        .text("deviceActualCode", m.deviceActualCode())
        .text("type", m.type())
        .objects("rtLIst", m.realtimePoints(), (e, p) -> e.text("pointType", p.pointType()).decimal("value", p.value()));
  }

  /** A JSON array of usages, or null if the list holds anything else (null included). */
  private static @Nullable String usages(List<?> list) {
    List<Usage> usages = new ArrayList<>(list.size());
    for (Object u : list) {
      if (!(u instanceof Usage)) {
        return null;
      }
      usages.add((Usage) u);
    }
    StringBuilder sb = new StringBuilder(64);
    Obj.elements(sb, true, usages, Writers::usage);
    return sb.toString();
  }

  private static void usage(Obj o, Usage u) {
    o.text("deviceActualCode", u.deviceActualCode())
        .text("mTime", u.time())
        .decimal("mUsed", u.used())
        .decimal("mAmount", u.amount())
        .objects("detail", u.details(),
            (e, d) -> e.text("mDate", d.date()).decimal("mUsed", d.used()).decimal("mAmount", d.amount()));
  }

  private static RequestBody body(Obj o) {
    return BytesBody.of(o.bytes(), JSON);
  }

  /** One JSON object being written. */
  static final class Obj {
    private final StringBuilder sb;
    private final int start;
    /** Strings as Jackson's {@code Writer} generator escapes them ({@code writeValueAsString}), not its UTF-8 one. */
    private final boolean asText;

    /** A new top-level object. */
    Obj() {
      this(new StringBuilder(128).append('{'), false);
    }

    /** An object whose opening brace was just appended to {@code sb}, its strings escaped as {@code asText} says. */
    private Obj(StringBuilder sb, boolean asText) {
      this.sb = sb;
      this.start = sb.length();
      this.asText = asText;
    }

    /** A new top-level object whose text is what {@code writeValueAsString} writes. */
    static Obj asText() {
      return new Obj(new StringBuilder(64).append('{'), true);
    }

    private void string(String value) {
      if (asText) {
        Writers.textString(sb, value);
      } else {
        Writers.string(sb, value);
      }
    }

    /** Number text already checked to be a JSON number, written as it is. */
    Obj raw(String name, String number) {
      name(name);
      sb.append(number);
      return this;
    }

    void end() {
      sb.append('}');
    }

    Obj text(String name, @Nullable String value) {
      if (value != null) {
        name(name);
        string(value);
      }
      return this;
    }

    Obj decimal(String name, @Nullable BigDecimal value) {
      if (value != null) {
        name(name);
        sb.append(value.toPlainString());
      }
      return this;
    }

    Obj number(String name, @Nullable Integer value) {
      if (value != null) {
        name(name);
        sb.append(value.intValue());
      }
      return this;
    }

    Obj whole(String name, @Nullable Long value) {
      if (value != null) {
        name(name);
        sb.append(value.longValue());
      }
      return this;
    }

    /** A list of text, left out when empty. */
    Obj texts(String name, List<String> values) {
      if (!values.isEmpty()) {
        name(name);
        sb.append('[');
        for (int i = 0; i < values.size(); i++) {
          if (i > 0) {
            sb.append(',');
          }
          string(values.get(i));
        }
        sb.append(']');
      }
      return this;
    }

    /** One nested object, left out when {@code value} is null; its fields written by {@code fields}, in this object's style. */
    <T> Obj object(String name, @Nullable T value, BiConsumer<Obj, T> fields) {
      if (value != null) {
        name(name);
        sb.append('{');
        Obj element = new Obj(sb, asText);
        fields.accept(element, value);
        element.end();
      }
      return this;
    }

    /** A list of objects, left out when empty (Jackson's {@code NON_EMPTY}); see {@link #elements}. */
    <T> Obj objects(String name, List<T> items, BiConsumer<Obj, T> fields) {
      if (!items.isEmpty()) {
        name(name);
        elements(sb, asText, items, fields);
      }
      return this;
    }

    /** The array of {@code items} at this point, each an object in this object's style whose fields {@code fields} writes. */
    <T> Obj elements(List<T> items, BiConsumer<Obj, T> fields) {
      elements(sb, asText, items, fields);
      return this;
    }

    /** Appends {@code [ {…}, {…} ]}: each item an object of the given style whose fields {@code fields} writes. */
    static <T> void elements(StringBuilder sb, boolean asText, List<T> items, BiConsumer<Obj, T> fields) {
      sb.append('[');
      for (int i = 0; i < items.size(); i++) {
        sb.append(i > 0 ? "," : "").append('{');
        Obj element = new Obj(sb, asText);
        fields.accept(element, items.get(i));
        element.end();
      }
      sb.append(']');
    }

    Obj extras(Map<String, String> extras) {
      for (Map.Entry<String, String> e : extras.entrySet()) {
        text(e.getKey(), e.getValue());
      }
      return this;
    }

    void name(String name) {
      if (sb.length() > start) {
        sb.append(',');
      }
      string(name);
      sb.append(':');
    }

    byte[] bytes() {
      return text().getBytes(StandardCharsets.UTF_8);
    }

    /** Closes this top-level object and answers its text. */
    String text() {
      return sb.append('}').toString();
    }
  }

  /** A JSON string as Jackson's UTF-8 generator writes it (see the class comment). */
  static void string(StringBuilder sb, String s) {
    JsonStrings.append(sb, s, JsonStrings.Style.JACKSON);
  }

  /**
   * A JSON string as Jackson's {@code Writer}-based generator writes it ({@code
   * writeValueAsString}, the text a callback reply's data was written as): surrogates, U+007F and
   * U+2028 as they are, unlike {@link #string}.
   */
  static void textString(StringBuilder sb, String s) {
    JsonStrings.append(sb, s, JsonStrings.Style.JACKSON_TEXT);
  }
}
