package io.github.ampark.yinli.internal;

import static io.github.ampark.core.testing.AnswerValues.REFUSED;
import static io.github.ampark.core.testing.AnswerValues.outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ampark.core.AmparkException;
import io.github.ampark.core.spi.AnswerFields;
import io.github.ampark.core.spi.DataReader;
import io.github.ampark.core.testing.AnswerValues;
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
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Every {@link Readers} reader gives what Jackson's binding with the module's mapper ({@link
 * Json#newMapper()}, exact decimals in trees) gives for the same answer: an equal value, or a
 * refusal on both sides. Answers are objects over each type's wire field names whose scalars are
 * core's {@link AnswerValues#values()} (numbers as text, padded, out of range, blanks, booleans,
 * objects, arrays…) and whose list fields are arrays, single objects, {@code null}, blanks, text,
 * numbers, arrays holding {@code null}, blanks, scalars or arrays; and non-objects in place of each.
 *
 * <p>The 2.x requests {@code YinliCallbacks} reads are compared as it reports them: the value with
 * its extra fields in iteration order, or the refusal's message (a model check's own message, or
 * one message for anything else), over the listed fields and up to three others of any name and
 * value.
 *
 * <p>The one place the readers are stricter (a top-level list answer that is blank text, or holds a
 * {@code null} element, which Jackson binds to {@code null} or keeps) is checked as exactly that:
 * Jackson's {@code null} on one side, a refusal on the other; and pinned by its own examples.
 */
class ReadersMatchJackson {
  static final ObjectMapper MAPPER = Json.newMapper();

  // --- generators: JSON text, parsed by the module's mapper -----------------------------------

  /** A scalar field's value, or {@code null} for "left out". */
  static Arbitrary<String> scalar() {
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just((String) null)), Tuple.of(6, AnswerValues.values()));
  }

  /** Anything a model or element could be sent as besides an object. */
  static Arbitrary<String> notAnObject() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, AnswerValues.values()),
        Tuple.of(1, Arbitraries.of("null", "\"\"", "\"  \"", "\"\\t\"", "[]", "[{}]", "[null]", "[[]]", "true", "0")));
  }

  /** A model: mostly an object over the fields, sometimes something else. */
  static Arbitrary<String> model(Object... fieldsAndValues) {
    Arbitrary<String> object = object(fieldsAndValues);
    return Arbitraries.frequencyOf(Tuple.of(8, object), Tuple.of(1, notAnObject()));
  }

  /**
   * An object: pairs of a field name and the {@code Arbitrary<String>} of its value (a {@code null}
   * value leaves the field out); sometimes a field twice, or a foreign field.
   */
  @SuppressWarnings("unchecked")
  static Arbitrary<String> object(Object... fieldsAndValues) {
    List<Arbitrary<String>> parts = new ArrayList<>();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      String name = (String) fieldsAndValues[i];
      Arbitrary<String> value = (Arbitrary<String>) fieldsAndValues[i + 1];
      parts.add(value.map(v -> v == null ? "" : MAPPER.getNodeFactory().textNode(name) + ":" + v));
    }
    parts.add(Arbitraries.of("", "", "", "\"extra\":1", "\"SHOPCODE\":\"x\"", "\"list\":[1]", "\"devices\":[{}]"));
    return net.jqwik.api.Combinators.combine(parts).as(vs -> {
      StringBuilder sb = new StringBuilder("{");
      for (String v : vs) {
        if (!v.isEmpty()) {
          sb.append(sb.length() > 1 ? "," : "").append(v);
        }
      }
      return sb.append('}').toString();
    });
  }

  /** A list field's value (or {@code null}: left out), its elements drawn from {@code element}. */
  static Arbitrary<String> list(Arbitrary<String> element) {
    Arbitrary<String> odd = Arbitraries.frequencyOf(Tuple.of(6, element), Tuple.of(1, notAnObject()));
    Arbitrary<String> array = odd.list().ofMaxSize(3).map(es -> "[" + String.join(",", es) + "]");
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just((String) null)),
        Tuple.of(5, array),
        Tuple.of(2, element),
        Tuple.of(2, notAnObject()));
  }

  static Arbitrary<String> device() {
    return model("storeCode", scalar());
  }

  static Arbitrary<String> deviceInfo() {
    return model("shopCode", scalar(), "deviceActualCode", scalar(), "balance", scalar(), "days", scalar(),
        "deviceList", list(device()));
  }

  static Arbitrary<String> meterInfo() {
    return model("mallCode", scalar(), "mallName", scalar(), "contNo", scalar(), "contractNo", scalar());
  }

  static Arbitrary<String> mallInfo() {
    return model("orgCode", scalar(), "orgName", scalar(), "areaCode", scalar(), "areaName", scalar(),
        "provinceName", scalar());
  }

  static Arbitrary<String> usageDetail() {
    return model("mDate", scalar(), "mUsed", scalar(), "mAmount", scalar());
  }

  static Arbitrary<String> usage() {
    return model("deviceActualCode", scalar(), "mTime", scalar(), "mUsed", scalar(), "mAmount", scalar(),
        "detail", list(usageDetail()));
  }

  static Arbitrary<String> adjustResult() {
    return model("balance", scalar());
  }

  static Arbitrary<String> realtimePoint() {
    return model("pointType", scalar(), "value", scalar());
  }

  static Arbitrary<String> meterData() {
    return model("shopCode", scalar(), "storeCode", scalar(), "deviceActualCode", scalar(), "type", scalar(),
        "rtLIst", list(realtimePoint()));
  }

  static Arbitrary<String> meterDataPage() {
    return model("list", list(meterData()));
  }

  /** A top-level list answer: an array, a single element, or anything else. */
  static Arbitrary<String> answerList(Arbitrary<String> element) {
    return list(element).filter(v -> v != null);
  }

  @Provide Arbitrary<String> deviceInfos() { return answer(deviceInfo()); }
  @Provide Arbitrary<String> devices() { return answer(device()); }
  @Provide Arbitrary<String> meterInfoLists() { return answer(answerList(meterInfo())); }
  @Provide Arbitrary<String> mallInfoLists() { return answer(answerList(mallInfo())); }
  @Provide Arbitrary<String> usageLists() { return answer(answerList(usage())); }
  @Provide Arbitrary<String> usageDetails() { return answer(usageDetail()); }
  @Provide Arbitrary<String> adjustResults() { return answer(adjustResult()); }
  @Provide Arbitrary<String> meterDataPages() { return answer(meterDataPage()); }
  @Provide Arbitrary<String> meterDatas() { return answer(meterData()); }
  @Provide Arbitrary<String> realtimePoints() { return answer(realtimePoint()); }

  /** What reaches a reader: the pipeline refuses an answer without data, or with JSON null, before. */
  static Arbitrary<String> answer(Arbitrary<String> data) {
    return data.filter(json -> !tree(json).isNull());
  }

  // --- the properties --------------------------------------------------------------------------

  @Property(tries = 1500)
  void deviceInfoReadsAsJacksonBindsIt(@ForAll("deviceInfos") String json) {
    same(DeviceInfo.class, Readers::deviceInfo, json);
  }

  @Property(tries = 1000)
  void deviceReadsAsJacksonBindsIt(@ForAll("devices") String json) {
    same(Device.class, Readers::device, json);
  }

  @Property(tries = 1500)
  void meterInfoListReadsAsJacksonBindsIt(@ForAll("meterInfoLists") String json) {
    sameList(new TypeReference<List<MeterInfo>>() {}, Readers::meterInfos, json);
  }

  @Property(tries = 1500)
  void mallInfoListReadsAsJacksonBindsIt(@ForAll("mallInfoLists") String json) {
    sameList(new TypeReference<List<MallInfo>>() {}, Readers::mallInfos, json);
  }

  @Property(tries = 1500)
  void usageListReadsAsJacksonBindsIt(@ForAll("usageLists") String json) {
    sameList(new TypeReference<List<Usage>>() {}, Readers::usages, json);
  }

  @Property(tries = 1000)
  void usageDetailReadsAsJacksonBindsIt(@ForAll("usageDetails") String json) {
    same(UsageDetail.class, Readers::usageDetail, json);
  }

  @Property(tries = 1000)
  void adjustResultReadsAsJacksonBindsIt(@ForAll("adjustResults") String json) {
    same(AdjustResult.class, Readers::adjustResult, json);
  }

  @Property(tries = 1500)
  void meterDataPageReadsAsJacksonBindsIt(@ForAll("meterDataPages") String json) {
    same(MeterDataPage.class, Readers::meterDataPage, json);
  }

  @Property(tries = 1000)
  void meterDataReadsAsJacksonBindsIt(@ForAll("meterDatas") String json) {
    same(MeterData.class, Readers::meterData, json);
  }

  @Property(tries = 1000)
  void realtimePointReadsAsJacksonBindsIt(@ForAll("realtimePoints") String json) {
    same(RealtimePoint.class, Readers::realtimePoint, json);
  }

  // --- the 2.x requests YinliCallbacks reads ---------------------------------------------------

  /** A request body: the listed fields and up to three others (any name, any value). */
  static Arbitrary<String> request(String... listed) {
    Object[] pairs = new Object[listed.length * 2];
    for (int i = 0; i < listed.length; i++) {
      pairs[2 * i] = listed[i];
      pairs[2 * i + 1] = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just((String) null)),
          Tuple.of(6, AnswerValues.values()), Tuple.of(8, Arbitraries.of("\"S-101\"", "\"P-1\"", "\"88.50\"", "1", "\"\"")));
    }
    Arbitrary<String> names = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6)),
        Tuple.of(1, Arbitraries.of("", " ", "SHOPCODE", "extraFields", "a\u0001", "印力", "k\"")));
    Arbitrary<String> extra = net.jqwik.api.Combinators.combine(names, Arbitraries.frequencyOf(
            Tuple.of(4, AnswerValues.values()), Tuple.of(1, Arbitraries.of("\"\"", "null", "{}", "[]", "\"x\\u0002\""))))
        .as((n, v) -> MAPPER.getNodeFactory().textNode(n) + ":" + v);
    return net.jqwik.api.Combinators.combine(object(pairs), extra.list().ofMaxSize(3))
        .as((o, xs) -> xs.isEmpty() ? o : "{" + String.join(",", xs) + (o.equals("{}") ? "}" : "," + o.substring(1)));
  }

  @Provide Arbitrary<String> deviceInfoQueries() { return request("shopCode", "deviceActualCode"); }
  @Provide Arbitrary<String> topUps() { return request("shopCode", "deviceActualCode", "amount", "payNo", "payType", "payUser"); }
  @Provide Arbitrary<String> usageQueries() { return request("shopCode", "deviceActualCode", "queryType", "time"); }
  @Provide Arbitrary<String> adjustments() { return request("shopCode", "afterBalance", "remark", "happenTime"); }
  @Provide Arbitrary<String> meterDataQueries() { return request("shopCode", "deviceActualCode", "dataType", "pageNo", "pageSize"); }

  @Property(tries = 1500)
  void deviceInfoQueryReadsAsJacksonBindsIt(@ForAll("deviceInfoQueries") String json) {
    sameRequest(DeviceInfoQuery.class, Readers::deviceInfoQuery, json);
  }

  @Property(tries = 2000)
  void topUpReadsAsJacksonBindsIt(@ForAll("topUps") String json) {
    sameRequest(TopUp.class, Readers::topUp, json);
  }

  @Property(tries = 1000)
  void usageQueryReadsAsJacksonBindsIt(@ForAll("usageQueries") String json) {
    sameRequest(UsageQuery.class, Readers::usageQuery, json);
  }

  @Property(tries = 1500)
  void balanceAdjustmentReadsAsJacksonBindsIt(@ForAll("adjustments") String json) {
    sameRequest(BalanceAdjustment.class, Readers::balanceAdjustment, json);
  }

  @Property(tries = 1500)
  void meterDataQueryReadsAsJacksonBindsIt(@ForAll("meterDataQueries") String json) {
    sameRequest(MeterDataQuery.class, Readers::meterDataQuery, json);
  }

  /**
   * What YinliCallbacks makes of a reading: the value with its extra fields in iteration order, or
   * the refusal it reports (a model check's message, or one message for everything else).
   */
  static Object callbackOutcome(Class<?> type, Reading read) {
    try {
      Object v = read.read();
      return Arrays.asList(v, new ArrayList<>(((Map<?, ?>) type.getMethod("extraFields").invoke(v)).entrySet()));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    } catch (IOException | RuntimeException e) {
      Throwable c = e instanceof IOException ? e.getCause() : e;
      return c instanceof AmparkException ? "refused: " + c.getMessage() : "refused: fields of the wrong type or missing";
    }
  }

  /** A reading that may refuse. */
  interface Reading {
    Object read() throws IOException;
  }

  private static void sameRequest(Class<?> type, DataReader<?> reader, String json) {
    JsonNode data = tree(json);
    Object jackson = callbackOutcome(type, () -> MAPPER.treeToValue(data, type));
    Object mine = callbackOutcome(type, () -> reader.read(data));
    assertThat(mine).as("%s read from %s", type.getSimpleName(), data).isEqualTo(jackson);
  }

  // --- the stricter refusals, by name ---------------------------------------------------------

  @Example
  void aListAnswerOfBlankTextIsRefusedWhereJacksonGivesNull() {
    for (String json : new String[] {"\"\"", "\"  \"", "\"\\t\\n\""}) {
      JsonNode data = tree(json);
      assertThat(jackson(listType(new TypeReference<List<MallInfo>>() {}), data)).isNull();
      assertThatThrownBy(() -> Readers.mallInfos(data)).isInstanceOfSatisfying(AnswerFields.Mismatch.class,
          e -> assertThat(e.field()).isEqualTo("data"));
      assertThatThrownBy(() -> Readers.meterInfos(data)).isInstanceOf(AnswerFields.Mismatch.class);
      assertThatThrownBy(() -> Readers.usages(data)).isInstanceOf(AnswerFields.Mismatch.class);
    }
  }

  @Example
  void aListAnswerHoldingNullIsRefusedWhereJacksonKeepsTheNull() {
    JsonNode data = tree("[{\"orgCode\":\"O-1\"},null]");
    assertThat((List<?>) jackson(listType(new TypeReference<List<MallInfo>>() {}), data)).hasSize(2).containsNull();
    assertThatThrownBy(() -> Readers.mallInfos(data)).isInstanceOfSatisfying(AnswerFields.Mismatch.class,
        e -> assertThat(e.field()).isEqualTo("data"));
    assertThatThrownBy(() -> Readers.meterInfos(tree("[null]"))).isInstanceOf(AnswerFields.Mismatch.class);
    assertThatThrownBy(() -> Readers.usages(tree("[null]"))).isInstanceOf(AnswerFields.Mismatch.class);
  }

  @Example
  void aListFieldTakesASingleObjectAndReadsBlankTextAsEmpty() {
    DeviceInfo info = Readers.deviceInfo(tree("{\"deviceList\":{\"storeCode\":7}}"));
    assertThat(info.devices()).extracting(Device::storeCode).containsExactly("7");
    assertThat(Readers.deviceInfo(tree("{\"deviceList\":\" \"}")).devices()).isEmpty();
    assertThatThrownBy(() -> Readers.deviceInfo(tree("{\"deviceList\":[{},null]}")))
        .isInstanceOfSatisfying(AnswerFields.Mismatch.class, e -> assertThat(e.field()).isEqualTo("deviceList"));
  }

  @Example
  void decimalsKeepEveryDigitAsTheModuleMapperReadsThem() {
    assertThat(Readers.adjustResult(tree("{\"balance\":88.50}")).balance().toPlainString()).isEqualTo("88.50");
    assertThat(Readers.meterDataPage(tree("{\"list\":{\"rtLIst\":{\"value\":220.10}}}")).meters().get(0)
        .realtimePoints().get(0).value().toPlainString()).isEqualTo("220.10");
  }

  // --- the check ----------------------------------------------------------------------------------

  static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(json, e);
    }
  }

  static JavaType listType(TypeReference<?> type) {
    return MAPPER.getTypeFactory().constructType(type);
  }

  static Object jackson(JavaType type, JsonNode data) {
    return outcome(() -> MAPPER.readerFor(type).readValue(MAPPER.treeAsTokens(data)));
  }

  private static void same(Class<?> type, DataReader<?> reader, String json) {
    JsonNode data = tree(json);
    Object mine = outcome(() -> reader.read(data));
    assertThat(mine).as("%s read from %s", type.getSimpleName(), data).isEqualTo(jackson(MAPPER.constructType(type), data));
    if (mine == REFUSED) {
      assertThatThrownBy(() -> reader.read(data)).isInstanceOf(AnswerFields.Mismatch.class);
    }
  }

  private static void sameList(TypeReference<?> type, DataReader<?> reader, String json) {
    JsonNode data = tree(json);
    Object theirs = jackson(listType(type), data);
    Object mine = outcome(() -> reader.read(data));
    boolean blank = data.isTextual() && data.textValue().trim().isEmpty();
    boolean holdsNull = theirs instanceof List && ((List<?>) theirs).contains(null);
    if (blank || holdsNull) {
      // the stricter case, and only it: Jackson gives null or keeps a null element, the reader refuses
      if (blank) {
        assertThat(theirs).as("Jackson on %s", data).isNull();
      }
      assertThat(mine).as("%s read from %s", type.getType(), data).isEqualTo(REFUSED);
      return;
    }
    assertThat(mine).as("%s read from %s", type.getType(), data).isEqualTo(theirs);
    if (mine == REFUSED) {
      assertThatThrownBy(() -> reader.read(data)).isInstanceOf(AnswerFields.Mismatch.class);
    }
  }
}
