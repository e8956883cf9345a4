package io.github.ampark.yinli.internal;

import static io.github.ampark.yinli.internal.WritersMatchJackson.decimal;
import static io.github.ampark.yinli.internal.WritersMatchJackson.optionalDecimal;
import static io.github.ampark.yinli.internal.WritersMatchJackson.optionalText;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ampark.core.ValidationException;
import io.github.ampark.yinli.model.AdjustResult;
import io.github.ampark.yinli.model.Device;
import io.github.ampark.yinli.model.DeviceInfo;
import io.github.ampark.yinli.model.MeterData;
import io.github.ampark.yinli.model.MeterDataPage;
import io.github.ampark.yinli.model.RealtimePoint;
import io.github.ampark.yinli.model.TopUpResult;
import io.github.ampark.yinli.model.Usage;
import io.github.ampark.yinli.model.UsageDetail;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * {@link Writers#replyData} writes every callback reply model exactly as {@code YinliCallbacks}
 * wrote it before, with {@code ObjectMapper.writeValueAsString(data)} and the module's mapper: each
 * reply type of {@code YinliHandler} with every field kind (text of every script, quotes,
 * backslashes and surrogates; null fields left out; decimals of every scale, negative ones
 * included; whole numbers of any size; lists empty, left out, or holding elements whose fields are
 * all absent). Anything else is left to Jackson ({@code null}).
 */
class ReplyWritersMatchJackson {
  static final ObjectMapper MAPPER = Json.newMapper();

  static Arbitrary<Long> optionalWhole() {
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just((Long) null)),
        Tuple.of(2, Arbitraries.longs().between(-1000, 100_000)),
        Tuple.of(1, Arbitraries.longs()),
        Tuple.of(1, Arbitraries.of(0L, Long.MIN_VALUE, Long.MAX_VALUE)));
  }

  @Provide
  Arbitrary<DeviceInfo> deviceInfos() {
    Arbitrary<Device> device = optionalText().map(s -> Device.builder().storeCode(s).build());
    return Combinators.combine(optionalText(), optionalText(), optionalDecimal(), optionalWhole(), device.list().ofMaxSize(3))
        .as((s, d, b, n, l) -> built(() -> DeviceInfo.builder().shopCode(s).deviceActualCode(d).balance(b).days(n)
            .devices(l).build()))
        .filter(Objects::nonNull);
  }

  @Provide
  Arbitrary<List<Usage>> usageLists() {
    Arbitrary<UsageDetail> detail = Combinators.combine(optionalText(), optionalDecimal(), optionalDecimal())
        .as((d, u, a) -> built(() -> UsageDetail.builder().date(d).used(u).amount(a).build()))
        .filter(Objects::nonNull);
    Arbitrary<Usage> usage = Combinators.combine(optionalText(), optionalText(), optionalDecimal(), optionalDecimal(),
            detail.list().ofMaxSize(3))
        .as((c, t, u, a, ds) -> built(() -> Usage.builder().deviceActualCode(c).time(t).used(u).amount(a).details(ds).build()))
        .filter(Objects::nonNull);
    // a handler answers with any List: an ArrayList, Arrays.asList, an unmodifiable or singleton list
    return usage.list().ofMaxSize(3).map(l -> l.size() == 1 && l.hashCode() % 2 == 0
        ? Collections.singletonList(l.get(0))
        : l.size() % 2 == 0 ? Collections.unmodifiableList(l) : new ArrayList<>(l));
  }

  @Provide
  Arbitrary<AdjustResult> adjustResults() {
    return optionalDecimal().map(b -> built(() -> AdjustResult.builder().balance(b).build())).filter(Objects::nonNull);
  }

  @Provide
  Arbitrary<MeterDataPage> meterDataPages() {
    Arbitrary<RealtimePoint> point = Combinators.combine(optionalText(), optionalDecimal())
        .as((t, v) -> built(() -> RealtimePoint.builder().pointType(t).value(v).build()))
        .filter(Objects::nonNull);
    Arbitrary<MeterData> meter = Combinators.combine(optionalText(), optionalText(), optionalText(), optionalText(),
            point.list().ofMaxSize(3))
        .as((s, st, d, t, ps) -> built(() -> MeterData.builder().shopCode(s).storeCode(st).deviceActualCode(d).type(t)
            .realtimePoints(ps).build()))
        .filter(Objects::nonNull);
    return meter.list().ofMaxSize(3).map(ms -> built(() -> MeterDataPage.builder().meters(ms).build())).filter(Objects::nonNull);
  }

  @Property(tries = 1500)
  void deviceInfoIsWrittenAsJacksonWritesIt(@ForAll("deviceInfos") DeviceInfo d) {
    same(d);
  }

  @Property(tries = 1500)
  void usageListIsWrittenAsJacksonWritesIt(@ForAll("usageLists") List<Usage> l) {
    same(l);
  }

  @Property(tries = 1000)
  void adjustResultIsWrittenAsJacksonWritesIt(@ForAll("adjustResults") AdjustResult a) {
    same(a);
  }

  @Property(tries = 1500)
  void meterDataPageIsWrittenAsJacksonWritesIt(@ForAll("meterDataPages") MeterDataPage p) {
    same(p);
  }

  @Property(tries = 200)
  void topUpResultIsAnEmptyObjectAsJacksonWritesIt(@ForAll("payNos") String payNo) {
    same(TopUpResult.of(payNo));
  }

  @Provide
  Arbitrary<String> payNos() {
    return WritersMatchJackson.text().filter(t -> built(() -> TopUpResult.of(t)) != null);
  }

  @Example
  void decimalsArePlainAndWholeNumbersExact() throws JsonProcessingException {
    DeviceInfo d = DeviceInfo.builder().shopCode("印\"\\\uD83D\uDE00").balance(new BigDecimal("1E+3")).days(Long.MIN_VALUE)
        .addDevices(Device.builder().build(), Device.builder().storeCode("A-1").build()).build();
    assertThat(Writers.replyData(d)).isEqualTo(
        "{\"shopCode\":\"印\\\"\\\\\uD83D\uDE00\",\"balance\":1000,\"days\":-9223372036854775808,"
            + "\"deviceList\":[{},{\"storeCode\":\"A-1\"}]}");
    same(d);
    same(AdjustResult.builder().balance(new BigDecimal("-0.0100")).build());
    same(MeterDataPage.builder().build());
    same(Collections.emptyList());
  }

  @Example
  void stringsAreEscapedAsJacksonsWriterGeneratorEscapesThemNotItsUtf8One() throws JsonProcessingException {
    // writeValueAsString leaves surrogates (paired or not), U+007F and U+2028 as they are
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x20; c++) {
      all.append(c);
    }
    all.append("\u007f\u2028\uD83D\uDE00\uDE00\"\\/é印");
    StringBuilder mine = new StringBuilder();
    Writers.textString(mine, all.toString());
    assertThat(mine.toString()).isEqualTo(MAPPER.writeValueAsString(all.toString()));
    same(AdjustResult.builder().build());
  }

  @Example
  void dataOfAnyOtherTypeIsLeftToJackson() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("a", 1);
    assertThat(Writers.replyData(map)).isNull();
    assertThat(Writers.replyData(Arrays.asList(Usage.builder().build(), "x"))).isNull();
    assertThat(Writers.replyData(Arrays.asList(Usage.builder().build(), null))).isNull();
    assertThat(Writers.replyData(BigDecimal.ONE)).isNull();
  }

  private static void same(Object data) {
    try {
      String jackson = MAPPER.writeValueAsString(data);
      assertThat(Writers.replyData(data)).as("written from %s", data).isEqualTo(jackson);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private static <T> T built(Supplier<T> build) {
    try {
      return build.get();
    } catch (ValidationException e) {
      return null;
    }
  }
}
