package io.github.ampark.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.core.Checks;
import io.github.ampark.core.ValidationException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * {@link TimeFormat}'s Shanghai and UTC formats write and read exactly what the {@code java.time}
 * definition does: the reference here is {@code DateTimeFormatter} with the JDK's Asia/Shanghai
 * rules and {@code Instant.parse}, built in this test, never the production formatter. Instants
 * cover {@link TimeFormat#MIN} to {@link TimeFormat#MAX}, with China's 1986–1991 daylight-saving
 * transitions, year boundaries, leap days, 9999 and nanoseconds generated on purpose; texts add
 * every way to be wrong or lenient: malformed, out of range, padded, non-ASCII digits, Feb 30,
 * 24:00, second 60, fractions, offsets, signs.
 */
class TimeFormatMatchesJavaTimeProperties {
  static final int TRIES = 3000;
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withZone(SHANGHAI);
  static final long MIN = 0L;
  static final long MAX = LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.ofHours(8));

  // ---- the reference: java.time, and TimeFormat's documented checks around it ----

  static String expectedFormat(TimeFormat format, Instant instant) {
    if (instant.getEpochSecond() < MIN || instant.isAfter(Instant.ofEpochSecond(MAX))) {
      return "refused"; // MAX is the last whole second: a nanosecond later is out of range
    }
    return format == TimeFormat.UTC_ISO ? ISO.format(instant.truncatedTo(ChronoUnit.SECONDS)) : COMPACT.format(instant);
  }

  static String actualFormat(TimeFormat format, Instant instant) {
    try {
      return format.format("t", instant);
    } catch (ValidationException e) {
      assertThat(e.field()).isEqualTo("t");
      return "refused";
    }
  }

  static String expectedParse(TimeFormat format, String text) {
    if (text.trim().isEmpty()) {
      return refusal("is required");
    }
    String notOne = "is not a " + format.name() + " time (was " + Checks.echo(text) + ")";
    if (text.length() > 64) {
      return refusal(notOne);
    }
    try {
      String t = text.trim();
      Instant instant = format == TimeFormat.UTC_ISO
          ? Instant.parse(t)
          : LocalDateTime.parse(t, COMPACT).atZone(SHANGHAI).toInstant();
      return "read " + instant;
    } catch (DateTimeException e) {
      return refusal(notOne);
    }
  }

  static String refusal(String message) {
    return "refused " + new ValidationException("pay_time", message).getMessage();
  }

  static String actualParse(TimeFormat format, String text) {
    try {
      return "read " + format.parse("pay_time", text);
    } catch (ValidationException e) {
      assertThat(e.field()).isEqualTo("pay_time");
      return "refused " + e.getMessage();
    }
  }

  // ---- instants ----

  static final List<Long> SHANGHAI_TRANSITIONS = new ArrayList<>();

  static {
    for (ZoneOffsetTransition t : SHANGHAI.getRules().getTransitions()) {
      if (t.toEpochSecond() >= MIN) {
        SHANGHAI_TRANSITIONS.add(t.toEpochSecond());
      }
    }
  }

  @Provide
  Arbitrary<Instant> instants() {
    Arbitrary<Long> anywhere = Arbitraries.longs().between(MIN, MAX);
    Arbitrary<Long> nearTransition = Combinators.combine(
            Arbitraries.of(SHANGHAI_TRANSITIONS), Arbitraries.longs().between(-7300, 7300))
        .as(Long::sum);
    Arbitrary<Long> yearBoundary = Combinators.combine(
            Arbitraries.integers().between(1970, 10000), Arbitraries.of(0, 8), Arbitraries.longs().between(-2, 2))
        .as((year, offsetHours, delta) ->
            LocalDateTime.of(year, 1, 1, 0, 0).toEpochSecond(ZoneOffset.ofHours(offsetHours)) + delta);
    Arbitrary<Long> leapDay = Combinators.combine(
            Arbitraries.integers().between(1970 / 4, 9999 / 4).map(q -> q * 4),
            Arbitraries.of(28, 29, 30), Arbitraries.integers().between(0, 86_399), Arbitraries.of(0, 8))
        .as((year, day, second, offsetHours) ->
            LocalDateTime.of(year, 2, 1, 0, 0).plusDays(day - 1).toEpochSecond(ZoneOffset.ofHours(offsetHours)) + second);
    Arbitrary<Long> ends = Combinators.combine(
            Arbitraries.of(MIN, MAX, LocalDateTime.of(9999, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC),
                LocalDateTime.of(1992, 1, 1, 0, 0).toEpochSecond(ZoneOffset.ofHours(8)),
                LocalDateTime.of(1991, 9, 15, 2, 0).toEpochSecond(ZoneOffset.ofHours(9))),
            Arbitraries.longs().between(-90_000, 90_000))
        .as(Long::sum);
    Arbitrary<Long> seconds = Arbitraries.frequencyOf(
        Tuple.of(4, anywhere), Tuple.of(3, nearTransition), Tuple.of(2, yearBoundary),
        Tuple.of(2, leapDay), Tuple.of(2, ends));
    Arbitrary<Integer> nanos = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(0)),
        Tuple.of(2, Arbitraries.integers().between(0, 999_999_999)),
        Tuple.of(1, Arbitraries.of(1, 999_999_999, 500_000_000)));
    return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
  }

  @Property(tries = TRIES)
  void utcIsoWritesWhatDateTimeFormatterWrites(@ForAll("instants") Instant instant) {
    assertThat(actualFormat(TimeFormat.UTC_ISO, instant)).isEqualTo(expectedFormat(TimeFormat.UTC_ISO, instant));
  }

  @Property(tries = TRIES)
  void shanghaiCompactWritesWhatDateTimeFormatterWritesInAsiaShanghai(@ForAll("instants") Instant instant) {
    assertThat(actualFormat(TimeFormat.SHANGHAI_COMPACT, instant))
        .isEqualTo(expectedFormat(TimeFormat.SHANGHAI_COMPACT, instant));
  }

  // ---- texts ----

  /** Date and time fields, mostly valid, sometimes just out of range (month 13, Feb 30, 24:00, second 60). */
  @Provide
  Arbitrary<int[]> fields() {
    Arbitrary<Integer> year = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(1970, 9999)),
        Tuple.of(3, Arbitraries.integers().between(1985, 1993)),
        Tuple.of(1, Arbitraries.integers().between(0, 1969)),
        Tuple.of(1, Arbitraries.of(1900, 2000, 2100, 2400, 9996, 9999, 0, 1, 1991, 1992)));
    Arbitrary<Integer> month = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.integers().between(1, 12)), Tuple.of(2, Arbitraries.of(2, 4, 9)), Tuple.of(1, Arbitraries.of(0, 13, 99)));
    Arbitrary<Integer> day = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.integers().between(1, 28)), Tuple.of(3, Arbitraries.integers().between(28, 31)),
        Tuple.of(1, Arbitraries.of(0, 32, 99)));
    Arbitrary<Integer> hour = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.integers().between(0, 23)), Tuple.of(2, Arbitraries.of(0, 1, 2, 3, 23, 24)), Tuple.of(1, Arbitraries.of(25, 99)));
    Arbitrary<Integer> sixty = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.integers().between(0, 59)), Tuple.of(2, Arbitraries.of(0, 59)), Tuple.of(1, Arbitraries.of(60, 99)));
    Arbitrary<int[]> any = Combinators.combine(year, month, day, hour, sixty, sixty)
        .as((y, mo, d, h, mi, s) -> new int[] {y, mo, d, h, mi, s});
    // Feb 28 to Mar 1 of years divisible by 4, centuries (leap only every 400 years) most of all
    Arbitrary<Integer> leapCandidate = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.integers().between(0, 2499).map(q -> q * 4)),
        Tuple.of(1, Arbitraries.integers().between(0, 99).map(c -> c * 100)));
    Arbitrary<int[]> leapDay = Combinators.combine(leapCandidate, Arbitraries.of(28, 29, 30, 31, 32), hour, sixty)
        .as((y, d, h, mi) -> d > 29 ? new int[] {y, d == 32 ? 3 : 2, d == 32 ? 1 : d, h, mi, 0} : new int[] {y, 2, d, h, mi, 0});
    return Arbitraries.frequencyOf(Tuple.of(5, any), Tuple.of(1, leapDay));
  }

  static String layout(TimeFormat format, int[] f) {
    return format == TimeFormat.UTC_ISO
        ? String.format("%04d-%02d-%02dT%02d:%02d:%02dZ", f[0], f[1], f[2], f[3], f[4], f[5])
        : String.format("%04d%02d%02d%02d%02d%02d", f[0], f[1], f[2], f[3], f[4], f[5]);
  }

  /** Ways real text differs from the canonical layout. */
  @Provide
  Arbitrary<Mutation> mutations() {
    return Arbitraries.frequencyOf(
        Tuple.of(12, Arbitraries.just(Mutation.NONE)),
        Tuple.of(1, Arbitraries.of(" ", "\t", "\n", "0", "+", "-", "\u3000", "\u00a0").map(Mutation::prefix)),
        Tuple.of(1, Arbitraries.of(" ", "\t", "0", "Z", ".5", ".000", "+08:00", "z", "\u3000").map(Mutation::suffix)),
        Tuple.of(2, Combinators.combine(Arbitraries.integers().between(0, 19),
                Arbitraries.of('\uff10', '\u0660', '\u0966', '\u06f0', 'O', 'l', 't', 'z', ' ', '-', ':', 'T', 'Z'),
                Arbitraries.integers().between(0, 9))
            .as(Mutation::replace)),
        Tuple.of(1, Arbitraries.integers().between(0, 19).map(Mutation::delete)),
        Tuple.of(1, Combinators.combine(Arbitraries.integers().between(0, 19), Arbitraries.of('0', '9', ' ', '-'))
            .as(Mutation::insert)));
  }

  interface Mutation {
    Mutation NONE = text -> text;

    String apply(String text);

    static Mutation prefix(String p) {
      return text -> p + text;
    }

    static Mutation suffix(String s) {
      return text -> text + s;
    }

    /** Replaces the character at {@code at} by {@code c}; a non-ASCII zero becomes the same digit in its script. */
    static Mutation replace(int at, char c, int digit) {
      char with = Character.isDigit(c) ? (char) (c + digit) : c;
      return text -> at >= text.length() ? text : text.substring(0, at) + with + text.substring(at + 1);
    }

    static Mutation delete(int at) {
      return text -> at >= text.length() ? text : text.substring(0, at) + text.substring(at + 1);
    }

    static Mutation insert(int at, char c) {
      return text -> at > text.length() ? text : text.substring(0, at) + c + text.substring(at);
    }
  }

  @Provide
  Arbitrary<String> garbage() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.strings().withChars("0123456789-T:Zz .+\uff11").ofMaxLength(24)),
        Tuple.of(1, Arbitraries.strings().withChars("0123456789").ofMinLength(12).ofMaxLength(19)),
        Tuple.of(1, Arbitraries.strings().withChars("0123456789 ").ofMinLength(60).ofMaxLength(70)),
        Tuple.of(1, Arbitraries.of("", " ", "\t\n", "20181130105250" + repeat(' ', 51), "+1000001011000000",
            "+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "2018-11-30T10:52Z", "2018-11-30T10:52:50.123456789Z",
            "1990-04-15T02:00:00+09:00", "2018-11-30t10:52:50z", "20181130105250.5")));
  }

  static String repeat(char c, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(c);
    }
    return sb.toString();
  }

  /** Local Shanghai times in and around the 1986–1991 gaps and overlaps, minute by minute. */
  @Provide
  Arbitrary<String> shanghaiDstLocalTimes() {
    return Combinators.combine(Arbitraries.of(SHANGHAI_TRANSITIONS), Arbitraries.integers().between(-150, 150))
        .as((epoch, minutes) -> LocalDateTime.ofEpochSecond(epoch + minutes * 60L, 0, ZoneOffset.ofHours(8)))
        .map(t -> String.format("%04d%02d%02d%02d%02d%02d",
            t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond()));
  }

  @Property(tries = TRIES)
  void utcIsoReadsOrRefusesWhatInstantParseDoes(@ForAll("fields") int[] fields, @ForAll("mutations") Mutation mutation) {
    String text = mutation.apply(layout(TimeFormat.UTC_ISO, fields));
    assertThat(actualParse(TimeFormat.UTC_ISO, text)).as(text).isEqualTo(expectedParse(TimeFormat.UTC_ISO, text));
  }

  @Property(tries = TRIES)
  void shanghaiCompactReadsOrRefusesWhatDateTimeFormatterDoes(
      @ForAll("fields") int[] fields, @ForAll("mutations") Mutation mutation) {
    String text = mutation.apply(layout(TimeFormat.SHANGHAI_COMPACT, fields));
    assertThat(actualParse(TimeFormat.SHANGHAI_COMPACT, text)).as(text)
        .isEqualTo(expectedParse(TimeFormat.SHANGHAI_COMPACT, text));
  }

  @Property(tries = TRIES)
  void garbageIsReadOrRefusedAsJavaTimeDoes(@ForAll("garbage") String text) {
    for (TimeFormat format : new TimeFormat[] {TimeFormat.UTC_ISO, TimeFormat.SHANGHAI_COMPACT}) {
      assertThat(actualParse(format, text)).as(format + " " + text).isEqualTo(expectedParse(format, text));
    }
  }

  @Property(tries = 1000)
  void shanghaiLocalTimesAroundDaylightSavingTransitionsReadAsTheZoneRulesSay(
      @ForAll("shanghaiDstLocalTimes") String text) {
    assertThat(actualParse(TimeFormat.SHANGHAI_COMPACT, text)).as(text)
        .isEqualTo(expectedParse(TimeFormat.SHANGHAI_COMPACT, text));
  }

  @Property(tries = TRIES)
  void whatEitherFormatWritesReadsBackToTheSameSecond(@ForAll("instants") Instant instant) {
    for (TimeFormat format : new TimeFormat[] {TimeFormat.UTC_ISO, TimeFormat.SHANGHAI_COMPACT}) {
      String text = actualFormat(format, instant);
      if (!text.equals("refused")) {
        assertThat(actualParse(format, text)).isEqualTo(expectedParse(format, text));
      }
    }
  }
}
