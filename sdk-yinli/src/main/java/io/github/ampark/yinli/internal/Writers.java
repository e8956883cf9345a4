package io.github.ampark.yinli.internal;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.BytesBody;
import io.github.ampark.core.spi.JsonStrings;
import io.github.ampark.yinli.model.AdjustResult;
import io.github.ampark.yinli.model.BalanceAdjustment;
import io.github.ampark.yinli.model.Device;
import io.github.ampark.yinli.model.DeviceInfo;
import io.github.ampark.yinli.model.DeviceInfoQuery;
import io.github.ampark.yinli.model.ElectricPriceRecord;
import io.github.ampark.yinli.model.MallInfoQuery;
import io.github.ampark.yinli.model.MessageRecipient;
import io.github.ampark.yinli.model.MessageUser;
import io.github.ampark.yinli.model.MeterData;
import io.github.ampark.yinli.model.MeterDataPage;
import io.github.ampark.yinli.model.MeterDataQuery;
import io.github.ampark.yinli.model.MeterInfoQuery;
import io.github.ampark.yinli.model.MeterReading;
import io.github.ampark.yinli.model.MeterReadingBatch;
import io.github.ampark.yinli.model.OtherFee;
import io.github.ampark.yinli.model.RealtimePoint;
import io.github.ampark.yinli.model.RecipientSetting;
import io.github.ampark.yinli.model.TemplateMessage;
import io.github.ampark.yinli.model.TopUp;
import io.github.ampark.yinli.model.TopUpResult;
import io.github.ampark.yinli.model.Usage;
import io.github.ampark.yinli.model.UsageDetail;
import io.github.ampark.yinli.model.UsageQuery;
import io.github.ampark.yinli.model.UserIdentity;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
    o.name("data");
    o.sb.append('[');
    List<MeterReading> readings = b.readings();
    for (int i = 0; i < readings.size(); i++) {
      if (i > 0) {
        o.sb.append(',');
      }
      reading(o.sb, readings.get(i));
    }
    o.sb.append(']');
    return body(o.text("mallCode", b.mallCode()).text("version", b.version()));
  }

  private static void reading(StringBuilder sb, MeterReading r) {
    sb.append('{');
    Obj o = new Obj(sb)
        .text("type", r.type())
        .text("shopCode", r.shopCode())
        .text("storeNo", r.storeNo())
        .text("deviceActualCode", r.deviceActualCode())
        .decimal("totalElec", r.totalElec())
        .decimal("chargeAmount", r.chargeAmount())
        .decimal("lossAmount", r.lossAmount())
        .decimal("totalAmount", r.totalAmount())
        .decimal("readNum", r.readNum());
    List<ElectricPriceRecord> prices = r.priceRecords();
    if (!prices.isEmpty()) {
      o.name("deviceElectricPriceRecordList");
      sb.append('[');
      for (int i = 0; i < prices.size(); i++) {
        // priceLevel is number text checked against NumberText.PATTERN, written as it is (NumberText)
        sb.append(i > 0 ? "," : "").append('{');
        new Obj(sb).raw("priceLevel", prices.get(i).priceLevel()).decimal("readNum", prices.get(i).readNum()).end();
      }
      sb.append(']');
    }
    o.text("readDate", r.readDate())
        .decimal("refundAmount", r.refundAmount())
        .decimal("receivableAmount", r.receivableAmount());
    List<OtherFee> fees = r.otherFees();
    if (!fees.isEmpty()) {
      o.name("otherFeeDataList");
      sb.append('[');
      for (int i = 0; i < fees.size(); i++) {
        sb.append(i > 0 ? "," : "").append('{');
        new Obj(sb).text("otherFeeType", fees.get(i).otherFeeType()).decimal("otherFeeAmount", fees.get(i).otherFeeAmount()).end();
      }
      sb.append(']');
    }
    o.decimal("amount", r.amount()).end();
  }

  /** 1.5 模板消息推送: parameters, channels and the recipients' nested settings and users. */
  public static RequestBody body(TemplateMessage m) {
    Obj o = new Obj();
    if (!m.extendedParams().isEmpty()) {
      o.name("extendedParams");
      o.sb.append('{');
      new Obj(o.sb).extras(m.extendedParams()).end();
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
    List<MessageRecipient> recipients = m.recipients();
    if (!recipients.isEmpty()) {
      o.name("recipientList");
      o.sb.append('[');
      for (int i = 0; i < recipients.size(); i++) {
        o.sb.append(i > 0 ? "," : "");
        recipient(o.sb, recipients.get(i));
      }
      o.sb.append(']');
    }
    return body(o.extras(m.extraFields()));
  }

  private static void recipient(StringBuilder sb, MessageRecipient r) {
    sb.append('{');
    Obj o = new Obj(sb).text("code", r.code());
    List<RecipientSetting> settings = r.settings();
    if (!settings.isEmpty()) {
      o.name("recipientSettingItems");
      sb.append('[');
      for (int i = 0; i < settings.size(); i++) {
        sb.append(i > 0 ? "," : "");
        setting(sb, settings.get(i));
      }
      sb.append(']');
    }
    o.extras(r.extraFields()).end();
  }

  private static void setting(StringBuilder sb, RecipientSetting s) {
    sb.append('{');
    Obj o = new Obj(sb);
    MessageUser cc = s.ccUser();
    if (cc != null) {
      o.name("ccUser");
      user(sb, cc);
    }
    o.text("orgCode", s.orgCode()).text("orgType", s.orgType());
    List<MessageUser> to = s.toUsers();
    if (!to.isEmpty()) {
      o.name("toUser");
      sb.append('[');
      for (int i = 0; i < to.size(); i++) {
        sb.append(i > 0 ? "," : "");
        user(sb, to.get(i));
      }
      sb.append(']');
    }
    o.extras(s.extraFields()).end();
  }

  private static void user(StringBuilder sb, MessageUser u) {
    sb.append('{');
    Obj o = new Obj(sb).text("clientId", u.clientId()).text("idType", u.idType()).texts("identities", u.identities());
    List<UserIdentity> ids = u.identityList();
    if (!ids.isEmpty()) {
      o.name("identityList");
      sb.append('[');
      for (int i = 0; i < ids.size(); i++) {
        UserIdentity id = ids.get(i);
        sb.append(i > 0 ? "," : "").append('{');
        new Obj(sb).text("identity", id.identity()).text("identityName", id.identityName()).extras(id.extraFields()).end();
      }
      sb.append(']');
    }
    o.extras(u.extraFields()).end();
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
    Obj o = Obj.asText()
        .text("shopCode", d.shopCode())
        .text("deviceActualCode", d.deviceActualCode())
        .decimal("balance", d.balance())
        .whole("days", d.days());
    List<Device> devices = d.devices();
    if (!devices.isEmpty()) {
      o.name("deviceList");
      o.sb.append('[');
      for (int i = 0; i < devices.size(); i++) {
        o.sb.append(i > 0 ? "," : "").append('{');
        Obj.asText(o.sb).text("storeCode", devices.get(i).storeCode()).end();
      }
      o.sb.append(']');
    }
    return o.text();
  }

  private static String meterDataPage(MeterDataPage page) {
    Obj o = Obj.asText();
    List<MeterData> meters = page.meters();
    if (!meters.isEmpty()) {
      o.name("list");
      o.sb.append('[');
      for (int i = 0; i < meters.size(); i++) {
        MeterData m = meters.get(i);
        o.sb.append(i > 0 ? "," : "").append('{');
        Obj mo = Obj.asText(o.sb)
            .text("shopCode", m.shopCode())
            .text("storeCode", m.storeCode())
            .text("deviceActualCode", m.deviceActualCode())
            .text("type", m.type());
        List<RealtimePoint> points = m.realtimePoints();
        if (!points.isEmpty()) {
          mo.name("rtLIst");
          o.sb.append('[');
          for (int j = 0; j < points.size(); j++) {
            o.sb.append(j > 0 ? "," : "").append('{');
            Obj.asText(o.sb).text("pointType", points.get(j).pointType()).decimal("value", points.get(j).value()).end();
          }
          o.sb.append(']');
        }
        mo.end();
      }
      o.sb.append(']');
    }
    return o.text();
  }

  /** A JSON array of usages, or null if the list holds anything else (null included). */
  private static @Nullable String usages(List<?> list) {
    for (Object u : list) {
      if (!(u instanceof Usage)) {
        return null;
      }
    }
    StringBuilder sb = new StringBuilder(64).append('[');
    for (int i = 0; i < list.size(); i++) {
      Usage u = (Usage) list.get(i);
      sb.append(i > 0 ? "," : "").append('{');
      Obj o = Obj.asText(sb)
          .text("deviceActualCode", u.deviceActualCode())
          .text("mTime", u.time())
          .decimal("mUsed", u.used())
          .decimal("mAmount", u.amount());
      List<UsageDetail> details = u.details();
      if (!details.isEmpty()) {
        o.name("detail");
        sb.append('[');
        for (int j = 0; j < details.size(); j++) {
          UsageDetail d = details.get(j);
          sb.append(j > 0 ? "," : "").append('{');
          Obj.asText(sb).text("mDate", d.date()).decimal("mUsed", d.used()).decimal("mAmount", d.amount()).end();
        }
        sb.append(']');
      }
      o.end();
    }
    return sb.append(']').toString();
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
      this(new StringBuilder(128).append('{'));
    }

    /** An object whose opening brace was just appended to {@code sb}. */
    Obj(StringBuilder sb) {
      this(sb, false);
    }

    private Obj(StringBuilder sb, boolean asText) {
      this.sb = sb;
      this.start = sb.length();
      this.asText = asText;
    }

    /** A new top-level object whose text is what {@code writeValueAsString} writes. */
    static Obj asText() {
      return asText(new StringBuilder(64).append('{'));
    }

    /** Like {@link #Obj(StringBuilder)}, its text being what {@code writeValueAsString} writes. */
    static Obj asText(StringBuilder sb) {
      return new Obj(sb, true);
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
