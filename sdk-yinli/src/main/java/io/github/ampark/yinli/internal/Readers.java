package io.github.ampark.yinli.internal;

import static io.github.ampark.core.spi.AnswerFields.decimal;
import static io.github.ampark.core.spi.AnswerFields.smallWholeNumber;
import static io.github.ampark.core.spi.AnswerFields.text;
import static io.github.ampark.core.spi.AnswerFields.wholeNumber;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.spi.AnswerFields;
import io.github.ampark.core.spi.DataReader;
import io.github.ampark.yinli.model.AdjustResult;
import io.github.ampark.yinli.model.BalanceAdjustment;
import io.github.ampark.yinli.model.Device;
import io.github.ampark.yinli.model.DeviceInfo;
import io.github.ampark.yinli.model.DeviceInfoQuery;
import io.github.ampark.yinli.model.MallInfo;
import io.github.ampark.yinli.model.MeterData;
import io.github.ampark.yinli.model.MeterDataPage;
import io.github.ampark.yinli.model.MeterDataQuery;
import io.github.ampark.yinli.model.MeterInfo;
import io.github.ampark.yinli.model.RealtimePoint;
import io.github.ampark.yinli.model.TopUp;
import io.github.ampark.yinli.model.Usage;
import io.github.ampark.yinli.model.UsageDetail;
import io.github.ampark.yinli.model.UsageQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads Yinli's answers (and, for {@code YinliCallbacks}, the 2.x requests) from the tree by hand, as the module's mapper ({@link Json#newMapper()})
 * binds them to the models, without Jackson's bean introspection (see core's {@code DataReader}).
 * Pinned reader by reader against Jackson's binding in {@code ReadersMatchJackson}.
 *
 * <p>The shapes, as Jackson binds them: a model is a JSON object (anything else is refused); a
 * list field missing, {@code null} or blank text is empty, a single object is a one-element list,
 * and every element must be an object. Unknown fields are ignored; field names are exact.
 *
 * <p>Stricter than Jackson in one place, a top-level list answer (1.3, 1.4, 2.3): blank text, which
 * Jackson binds to a {@code null} list, and a {@code null} element, which it keeps, are refused, so
 * a call never returns {@code null} or a list holding one.
 */
public final class Readers {
  private Readers() {}

  /** 2.1 查询设备信息. */
  public static DeviceInfo deviceInfo(JsonNode data) {
    object(data, "data");
    return DeviceInfo.builder()
        .shopCode(text(data, "shopCode"))
        .deviceActualCode(text(data, "deviceActualCode"))
        .balance(decimal(data, "balance"))
        .days(wholeNumber(data, "days"))
        .devices(listField(data, "deviceList", Readers::device))
        .build();
  }

  static Device device(JsonNode data) {
    object(data, "deviceList");
    return Device.builder().storeCode(text(data, "storeCode")).build();
  }

  /** 1.3 电表信息查询. */
  public static List<MeterInfo> meterInfos(JsonNode data) {
    return answerList(data, Readers::meterInfo);
  }

  static MeterInfo meterInfo(JsonNode data) {
    object(data, "data");
    return MeterInfo.builder()
        .mallCode(text(data, "mallCode"))
        .mallName(text(data, "mallName"))
        .contractNo(text(data, "contNo"))
        .build();
  }

  /** 1.4 商场信息查询. */
  public static List<MallInfo> mallInfos(JsonNode data) {
    return answerList(data, Readers::mallInfo);
  }

  static MallInfo mallInfo(JsonNode data) {
    object(data, "data");
    return MallInfo.builder()
        .orgCode(text(data, "orgCode"))
        .orgName(text(data, "orgName"))
        .areaCode(text(data, "areaCode"))
        .areaName(text(data, "areaName"))
        .provinceName(text(data, "provinceName"))
        .build();
  }

  /** 2.3 用电数据查询. */
  public static List<Usage> usages(JsonNode data) {
    return answerList(data, Readers::usage);
  }

  static Usage usage(JsonNode data) {
    object(data, "data");
    return Usage.builder()
        .deviceActualCode(text(data, "deviceActualCode"))
        .time(text(data, "mTime"))
        .used(decimal(data, "mUsed"))
        .amount(decimal(data, "mAmount"))
        .details(listField(data, "detail", Readers::usageDetail))
        .build();
  }

  static UsageDetail usageDetail(JsonNode data) {
    object(data, "detail");
    return UsageDetail.builder()
        .date(text(data, "mDate"))
        .used(decimal(data, "mUsed"))
        .amount(decimal(data, "mAmount"))
        .build();
  }

  /** 2.5 余额调整. */
  public static AdjustResult adjustResult(JsonNode data) {
    object(data, "data");
    return AdjustResult.builder().balance(decimal(data, "balance")).build();
  }

  /** 2.6 同步电表数据. */
  public static MeterDataPage meterDataPage(JsonNode data) {
    object(data, "data");
    return MeterDataPage.builder().meters(listField(data, "list", Readers::meterData)).build();
  }

  static MeterData meterData(JsonNode data) {
    object(data, "list");
    return MeterData.builder()
        .shopCode(text(data, "shopCode"))
        .storeCode(text(data, "storeCode"))
        .deviceActualCode(text(data, "deviceActualCode"))
        .type(text(data, "type"))
        .realtimePoints(listField(data, "rtLIst", Readers::realtimePoint))
        .build();
  }

  static RealtimePoint realtimePoint(JsonNode data) {
    object(data, "rtLIst");
    return RealtimePoint.builder()
        .pointType(text(data, "pointType"))
        .value(decimal(data, "value"))
        .build();
  }

  // --- the 2.x requests, as YinliCallbacks reads them ---------------------------------------------
  // Jackson binds these through Immutables' Json helper: listed fields by name, every other field
  // into a HashMap (so extraFields() iterates in HashMap order), a null left unset, then build(),
  // whose checks throw the ValidationException the callbacks report. The readers do the same.

  /** 2.1 查询设备信息, received. */
  public static DeviceInfoQuery deviceInfoQuery(JsonNode data) {
    object(data, "data");
    DeviceInfoQuery.Builder b = DeviceInfoQuery.builder();
    String shopCode = text(data, "shopCode");
    if (shopCode != null) {
      b.shopCode(shopCode);
    }
    b.deviceActualCode(text(data, "deviceActualCode"));
    b.putAllExtraFields(extras(data, "shopCode", "deviceActualCode"));
    return b.build();
  }

  /** 2.2 充值交费, received. */
  public static TopUp topUp(JsonNode data) {
    object(data, "data");
    TopUp.Builder b = TopUp.builder();
    String shopCode = text(data, "shopCode");
    BigDecimal amount = decimal(data, "amount");
    String payNo = text(data, "payNo");
    b.deviceActualCode(text(data, "deviceActualCode")).payType(text(data, "payType")).payUser(text(data, "payUser"));
    if (shopCode != null) {
      b.shopCode(shopCode);
    }
    if (amount != null) {
      b.amount(amount);
    }
    if (payNo != null) {
      b.payNo(payNo);
    }
    b.putAllExtraFields(extras(data, "shopCode", "deviceActualCode", "amount", "payNo", "payType", "payUser"));
    return b.build();
  }

  /** 2.3 用电数据查询, received. */
  public static UsageQuery usageQuery(JsonNode data) {
    object(data, "data");
    UsageQuery.Builder b = UsageQuery.builder();
    String shopCode = text(data, "shopCode");
    if (shopCode != null) {
      b.shopCode(shopCode);
    }
    b.deviceActualCode(text(data, "deviceActualCode")).queryType(text(data, "queryType")).time(text(data, "time"));
    b.putAllExtraFields(extras(data, "shopCode", "deviceActualCode", "queryType", "time"));
    return b.build();
  }

  /** 2.5 余额调整, received. */
  public static BalanceAdjustment balanceAdjustment(JsonNode data) {
    object(data, "data");
    BalanceAdjustment.Builder b = BalanceAdjustment.builder();
    String shopCode = text(data, "shopCode");
    BigDecimal afterBalance = decimal(data, "afterBalance");
    b.remark(text(data, "remark")).happenTime(text(data, "happenTime"));
    if (shopCode != null) {
      b.shopCode(shopCode);
    }
    if (afterBalance != null) {
      b.afterBalance(afterBalance);
    }
    b.putAllExtraFields(extras(data, "shopCode", "afterBalance", "remark", "happenTime"));
    return b.build();
  }

  /** 2.6 同步电表数据, received. */
  public static MeterDataQuery meterDataQuery(JsonNode data) {
    object(data, "data");
    return MeterDataQuery.builder()
        .shopCode(text(data, "shopCode"))
        .deviceActualCode(text(data, "deviceActualCode"))
        .dataType(text(data, "dataType"))
        .pageNo(smallWholeNumber(data, "pageNo"))
        .pageSize(smallWholeNumber(data, "pageSize"))
        .putAllExtraFields(extras(data, "shopCode", "deviceActualCode", "dataType", "pageNo", "pageSize"))
        .build();
  }

  /**
   * The fields not listed, as Immutables' Json helper collects them for {@code @JsonAnySetter}: a
   * HashMap filled in document order, each value read as text ({@code null} kept, which the
   * builder then refuses).
   */
  private static Map<String, String> extras(JsonNode data, String... listed) {
    Map<String, String> extras = new HashMap<>();
    Iterator<String> names = data.fieldNames();
    next:
    while (names.hasNext()) {
      String name = names.next();
      for (String l : listed) {
        if (l.equals(name)) {
          continue next;
        }
      }
      extras.put(name, text(data, name));
    }
    return extras;
  }

  /**
   * A model is an object; anything else (text, a number, an array, {@code null}) does not fit.
   * {@code field} names the list field an element came from, or {@code "data"} for the answer.
   */
  private static void object(JsonNode data, String field) {
    if (!data.isObject()) {
      throw new AnswerFields.Mismatch(field, "is not an object");
    }
  }

  /**
   * A list field of a model: missing, {@code null} or blank text is empty (Jackson's
   * ACCEPT_EMPTY_STRING_AS_NULL_OBJECT, blank included); an array is read element by element; any
   * other value is one element (ACCEPT_SINGLE_VALUE_AS_ARRAY), which only an object fits.
   */
  private static <T> List<T> listField(JsonNode object, String field, DataReader<T> element) {
    JsonNode n = object.get(field);
    if (n == null || n.isNull() || (n.isTextual() && n.textValue().trim().isEmpty())) {
      return Collections.emptyList();
    }
    return elements(n, element);
  }

  /**
   * A list answer: an array read element by element, or a single object as a one-element list.
   * Blank text and {@code null} elements are refused (Jackson would give {@code null} and keep them).
   */
  private static <T> List<T> answerList(JsonNode data, DataReader<T> element) {
    if (data.isTextual() && data.textValue().trim().isEmpty()) {
      throw new AnswerFields.Mismatch("data", "is blank text, not a list");
    }
    return elements(data, element);
  }

  private static <T> List<T> elements(JsonNode n, DataReader<T> element) {
    if (!n.isArray()) {
      return Collections.singletonList(element.read(n));
    }
    List<T> out = new ArrayList<>(n.size());
    for (JsonNode e : n) {
      out.add(element.read(e));
    }
    return out;
  }
}
