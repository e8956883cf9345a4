package io.github.ampark.yinli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ampark.core.ValidationException;
import io.github.ampark.yinli.model.BalanceAdjustment;
import io.github.ampark.yinli.model.DeviceInfoQuery;
import io.github.ampark.yinli.model.ElectricPriceRecord;
import io.github.ampark.yinli.model.MallInfoQuery;
import io.github.ampark.yinli.model.MessageRecipient;
import io.github.ampark.yinli.model.MessageUser;
import io.github.ampark.yinli.model.MeterDataQuery;
import io.github.ampark.yinli.model.MeterInfoQuery;
import io.github.ampark.yinli.model.MeterReading;
import io.github.ampark.yinli.model.MeterReadingBatch;
import io.github.ampark.yinli.model.OtherFee;
import io.github.ampark.yinli.model.RecipientSetting;
import io.github.ampark.yinli.model.TemplateMessage;
import io.github.ampark.yinli.model.TopUp;
import io.github.ampark.yinli.model.UsageQuery;
import io.github.ampark.yinli.model.UserIdentity;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import okhttp3.RequestBody;
import okio.Buffer;

/**
 * Every {@link Writers} body is byte for byte what Jackson's writer with the module's mapper
 * ({@link Json#newMapper()}, the writer the pipeline builds for a {@code @Body} of the model's
 * type) writes for the same model, with the same content type: over text of every script, quotes,
 * backslashes, paired and lone surrogates, optional fields left out, decimals of every scale the
 * models accept (negative ones included), and extra fields in their order; for the monthly push,
 * batches of readings with and without every optional field, price records (number text written
 * as it is) and other fees, and text holding control characters (which readings accept); for
 * template messages, recipients, settings and users nested to every depth, with extra fields at
 * each level, and parameters of any text.
 */
class WritersMatchJackson {
  static final ObjectMapper MAPPER = Json.newMapper();

  /** Text of any character, mostly short; a model refuses what is blank or holds control characters. */
  static Arbitrary<String> text() {
    Arbitrary<String> any = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(10);
    Arbitrary<String> tricky = Arbitraries.strings()
        .withChars('"', '\\', '/', 'a', '印', '\u2028', '\uD83D', '\uDE00', '\u00e9', ' ', '\u007e', '\u0080')
        .ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> ascii = Arbitraries.strings().alpha().numeric().withChars('-', '_').ofMinLength(1).ofMaxLength(12);
    return Arbitraries.frequencyOf(Tuple.of(2, any), Tuple.of(3, tricky), Tuple.of(2, ascii));
  }

  static Arbitrary<String> optionalText() {
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just((String) null)), Tuple.of(3, text()));
  }

  /** Decimals of scale -6..6 and up to 18 digits: the models refuse what is beyond their limits. */
  static Arbitrary<BigDecimal> decimal() {
    Arbitrary<BigInteger> unscaled = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.longs().between(-100_000, 100_000).map(BigInteger::valueOf)),
        Tuple.of(1, Arbitraries.longs().between(-999_999_999_999_999_999L, 999_999_999_999_999_999L).map(BigInteger::valueOf)));
    return net.jqwik.api.Combinators.combine(unscaled, Arbitraries.integers().between(-6, 6)).as(BigDecimal::new);
  }

  static Arbitrary<Integer> page() {
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just((Integer) null)),
        Tuple.of(3, Arbitraries.integers().between(1, Integer.MAX_VALUE)));
  }

  static Arbitrary<Map<String, String>> extras() {
    Arbitrary<String> value = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just("")), Tuple.of(4, text()));
    // pairs, not Arbitraries.maps (built on flatMap, which made jqwik's replay of a stored failure crawl)
    return net.jqwik.api.Combinators.combine(text(), value).as(Tuple::of).list().ofMaxSize(3).map(pairs -> {
      Map<String, String> m = new LinkedHashMap<>();
      pairs.forEach(p -> m.put(p.get1(), p.get2()));
      return m;
    });
  }

  @Provide
  Arbitrary<DeviceInfoQuery> deviceInfoQueries() {
    return net.jqwik.api.Combinators.combine(text(), optionalText(), extras())
        .as((s, d, x) -> built(() -> DeviceInfoQuery.builder().shopCode(s).deviceActualCode(d).putAllExtraFields(x).build())).filter(java.util.Objects::nonNull);
  }

  @Provide
  Arbitrary<TopUp> topUps() {
    return net.jqwik.api.Combinators.combine(text(), optionalText(), decimal(), text(), optionalText(), optionalText(), extras())
        .as((s, d, a, p, t, u, x) -> built(() -> TopUp.builder().shopCode(s).deviceActualCode(d).amount(a).payNo(p)
            .payType(t).payUser(u).putAllExtraFields(x).build())).filter(java.util.Objects::nonNull);
  }

  @Provide
  Arbitrary<UsageQuery> usageQueries() {
    return net.jqwik.api.Combinators.combine(text(), optionalText(), optionalText(), optionalText(), extras())
        .as((s, d, q, t, x) -> built(() -> UsageQuery.builder().shopCode(s).deviceActualCode(d).queryType(q).time(t)
            .putAllExtraFields(x).build())).filter(java.util.Objects::nonNull);
  }

  @Provide
  Arbitrary<BalanceAdjustment> adjustments() {
    return net.jqwik.api.Combinators.combine(text(), decimal(), optionalText(), optionalText(), extras())
        .as((s, b, r, h, x) -> built(() -> BalanceAdjustment.builder().shopCode(s).afterBalance(b).remark(r).happenTime(h)
            .putAllExtraFields(x).build())).filter(java.util.Objects::nonNull);
  }

  @Provide
  Arbitrary<MeterDataQuery> meterDataQueries() {
    return net.jqwik.api.Combinators.combine(optionalText(), optionalText(), optionalText(), page(), page(), extras())
        .as((s, d, t, n, z, x) -> built(() -> MeterDataQuery.builder().shopCode(s).deviceActualCode(d).dataType(t)
            .pageNo(n).pageSize(z).putAllExtraFields(x).build())).filter(java.util.Objects::nonNull);
  }

  @Provide
  Arbitrary<MeterInfoQuery> meterInfoQueries() {
    return net.jqwik.api.Combinators.combine(text().list().ofMaxSize(3), optionalText(), text(), optionalText(), extras())
        .as((c, e, m, s, x) -> built(() -> MeterInfoQuery.builder().deviceActualCodes(c).endTime(e).mallCode(m)
            .startTime(s).putAllExtraFields(x).build())).filter(java.util.Objects::nonNull);
  }

  @Provide
  Arbitrary<MallInfoQuery> mallInfoQueries() {
    return net.jqwik.api.Combinators.combine(optionalText(), optionalText(), optionalText(), extras())
        .as((a, m, o, x) -> built(() -> MallInfoQuery.builder().areaCode(a).mallCode(m).orgCode(o)
            .putAllExtraFields(x).build())).filter(java.util.Objects::nonNull);
  }

  /** Text a reading takes (not blank; control characters allowed there). */
  static Arbitrary<String> readingText() {
    Arbitrary<String> controls = Arbitraries.strings().withCharRange('\u0000', '\u001f').withChars('a', '\u007f')
        .ofMinLength(1).ofMaxLength(4).map(t -> "x" + t);
    return Arbitraries.frequencyOf(Tuple.of(4, text()), Tuple.of(1, controls));
  }

  static Arbitrary<String> optionalReadingText() {
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just((String) null)), Tuple.of(2, readingText()));
  }

  static Arbitrary<BigDecimal> optionalDecimal() {
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just((BigDecimal) null)), Tuple.of(2, decimal()));
  }

  /** Number text as NumberText.PATTERN takes it: {@code 0}, {@code -12}, {@code 1.50}. */
  static Arbitrary<String> priceLevel() {
    Arbitrary<String> whole = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just("0")),
        Tuple.of(3, Arbitraries.strings().numeric().ofMaxLength(5).map(d -> "1" + d)));
    return net.jqwik.api.Combinators.combine(Arbitraries.of("", "-"), whole,
            Arbitraries.of("", ".5", ".50", ".000", ".123456789"))
        .as((sign, w, frac) -> sign + w + frac);
  }

  static Arbitrary<MeterReading> reading() {
    Arbitrary<List<ElectricPriceRecord>> prices = net.jqwik.api.Combinators.combine(priceLevel(), decimal())
        .as((l, n) -> built(() -> ElectricPriceRecord.of(l, n))).filter(java.util.Objects::nonNull).list().ofMaxSize(2);
    Arbitrary<List<OtherFee>> fees = net.jqwik.api.Combinators.combine(readingText(), decimal())
        .as((t, a) -> built(() -> OtherFee.of(t, a))).filter(java.util.Objects::nonNull).list().ofMaxSize(2);
    Arbitrary<MeterReading.Builder> head = net.jqwik.api.Combinators.combine(optionalReadingText(), optionalReadingText(),
            optionalReadingText(), readingText(), optionalDecimal(), optionalDecimal(), optionalDecimal(), optionalDecimal())
        .as((t, s, n, d, e, c, l, a) -> {
          MeterReading.Builder b = MeterReading.builder();
          b.type(t).shopCode(s).storeNo(n).deviceActualCode(d).totalElec(e).chargeAmount(c).lossAmount(l).totalAmount(a);
          return b;
        });
    return net.jqwik.api.Combinators.combine(head, decimal(), prices, readingText(), optionalDecimal(), optionalDecimal(),
            fees, optionalDecimal())
        .as((b, r, p, d, f, v, o, m) -> built(() -> {
          b.readNum(r).priceRecords(p).readDate(d).refundAmount(f).receivableAmount(v).otherFees(o).amount(m);
          return (MeterReading) b.build();
        }))
        .filter(java.util.Objects::nonNull);
  }

  @Provide
  Arbitrary<MeterReadingBatch> batches() {
    return net.jqwik.api.Combinators.combine(readingText(), readingText(), reading().list().ofMinSize(1).ofMaxSize(3))
        .as((m, v, rs) -> built(() -> MeterReadingBatch.of(m, v, rs)))
        .filter(java.util.Objects::nonNull);
  }

  @Property(tries = 1000)
  void meterReadingBatchIsWrittenAsJacksonWritesIt(@ForAll("batches") MeterReadingBatch b) {
    same(MeterReadingBatch.class, b, Writers.body(b));
  }

  /** Any text at all, empty included: {@code extendedParams} checks neither names nor values. */
  static Arbitrary<String> anyText() {
    return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.strings().all().ofMaxLength(6)), Tuple.of(2, readingText()));
  }

  static <T> Arbitrary<T> orNull(Arbitrary<T> a) {
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just((T) null)), Tuple.of(2, a));
  }

  static Arbitrary<MessageUser> user() {
    Arbitrary<UserIdentity> identity = net.jqwik.api.Combinators.combine(text(), optionalText(), extras())
        .as((i, n, x) -> built(() -> UserIdentity.builder().identity(i).identityName(n).putAllExtraFields(x).build()))
        .filter(java.util.Objects::nonNull);
    return net.jqwik.api.Combinators.combine(optionalText(), optionalText(), text().list().ofMaxSize(2),
            identity.list().ofMaxSize(2), extras())
        .as((c, t, ids, il, x) -> built(() -> MessageUser.builder().clientId(c).idType(t).identities(ids).identityList(il)
            .putAllExtraFields(x).build()))
        .filter(java.util.Objects::nonNull);
  }

  static Arbitrary<MessageRecipient> recipient() {
    Arbitrary<RecipientSetting> setting = net.jqwik.api.Combinators.combine(orNull(user()), optionalText(), optionalText(),
            user().list().ofMaxSize(2), extras())
        .as((cc, c, t, to, x) -> built(() -> RecipientSetting.builder().ccUser(cc).orgCode(c).orgType(t).toUsers(to)
            .putAllExtraFields(x).build()))
        .filter(java.util.Objects::nonNull);
    return net.jqwik.api.Combinators.combine(optionalText(), setting.list().ofMaxSize(2), extras())
        .as((c, st, x) -> built(() -> MessageRecipient.builder().code(c).settings(st).putAllExtraFields(x).build()))
        .filter(java.util.Objects::nonNull);
  }

  @Provide
  Arbitrary<TemplateMessage> templateMessages() {
    Arbitrary<Map<String, String>> params = net.jqwik.api.Combinators.combine(anyText(), anyText()).as(Tuple::of)
        .list().ofMaxSize(3).map(pairs -> {
          Map<String, String> m = new LinkedHashMap<>();
          pairs.forEach(p -> m.put(p.get1(), p.get2()));
          return m;
        });
    return net.jqwik.api.Combinators.combine(params, text(), Arbitraries.integers().list().ofMaxSize(3),
            recipient().list().ofMaxSize(2), extras())
        .as((p, t, ch, r, x) -> built(() -> TemplateMessage.builder().putAllExtendedParams(p).messageTheme(t)
            .pickChannels(ch).recipients(r).putAllExtraFields(x).build()))
        .filter(java.util.Objects::nonNull);
  }

  @Property(tries = 1000)
  void templateMessageIsWrittenAsJacksonWritesIt(@ForAll("templateMessages") TemplateMessage m) {
    same(TemplateMessage.class, m, Writers.body(m));
  }

  @Property(tries = 1500)
  void deviceInfoQueryIsWrittenAsJacksonWritesIt(@ForAll("deviceInfoQueries") DeviceInfoQuery q) {
    same(DeviceInfoQuery.class, q, Writers.body(q));
  }

  @Property(tries = 1500)
  void topUpIsWrittenAsJacksonWritesIt(@ForAll("topUps") TopUp t) {
    same(TopUp.class, t, Writers.body(t));
  }

  @Property(tries = 1000)
  void usageQueryIsWrittenAsJacksonWritesIt(@ForAll("usageQueries") UsageQuery q) {
    same(UsageQuery.class, q, Writers.body(q));
  }

  @Property(tries = 1000)
  void balanceAdjustmentIsWrittenAsJacksonWritesIt(@ForAll("adjustments") BalanceAdjustment a) {
    same(BalanceAdjustment.class, a, Writers.body(a));
  }

  @Property(tries = 1000)
  void meterDataQueryIsWrittenAsJacksonWritesIt(@ForAll("meterDataQueries") MeterDataQuery q) {
    same(MeterDataQuery.class, q, Writers.body(q));
  }

  @Property(tries = 1000)
  void meterInfoQueryIsWrittenAsJacksonWritesIt(@ForAll("meterInfoQueries") MeterInfoQuery q) {
    same(MeterInfoQuery.class, q, Writers.body(q));
  }

  @Property(tries = 1000)
  void mallInfoQueryIsWrittenAsJacksonWritesIt(@ForAll("mallInfoQueries") MallInfoQuery q) {
    same(MallInfoQuery.class, q, Writers.body(q));
  }

  @Example
  void surrogatesAreEscapedAndOtherTextIsUtf8AsJacksonWritesIt() throws IOException {
    DeviceInfoQuery q = DeviceInfoQuery.builder().shopCode("印\"\\\uD83D\uDE00").deviceActualCode("x\uDE00")
        .putExtraFields("k\"", "").build();
    assertThat(bytes(Writers.body(q))).asString(java.nio.charset.StandardCharsets.UTF_8)
        .isEqualTo("{\"shopCode\":\"印\\\"\\\\\\uD83D\\uDE00\",\"deviceActualCode\":\"x\\uDE00\",\"k\\\"\":\"\"}");
    same(DeviceInfoQuery.class, q, Writers.body(q));
  }

  @Example
  void controlCharactersAreEscapedAsJacksonEscapesThem() throws IOException {
    // the models refuse control characters; the writer still escapes them as Jackson does
    StringBuilder mine = new StringBuilder();
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x20; c++) {
      all.append(c);
    }
    all.append('\u007f');
    Writers.string(mine, all.toString());
    assertThat(mine.toString()).isEqualTo(MAPPER.writeValueAsString(all.toString()));
  }

  private static <T> T built(Supplier<T> build) {
    try {
      return build.get();
    } catch (ValidationException e) {
      return null;
    }
  }

  private static byte[] bytes(RequestBody body) throws IOException {
    Buffer b = new Buffer();
    body.writeTo(b);
    return b.readByteArray();
  }

  private static void same(Class<?> type, Object model, RequestBody mine) {
    try {
      byte[] jackson = MAPPER.writerFor(MAPPER.getTypeFactory().constructType(type)).writeValueAsBytes(model);
      assertThat(bytes(mine)).as("%s written from %s", type.getSimpleName(), model).isEqualTo(jackson);
      assertThat(mine.contentType()).hasToString("application/json; charset=UTF-8");
      assertThat(mine.contentLength()).isEqualTo(jackson.length);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
