package io.github.ampark.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ValidationException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeFormatTest {
  // 2021-06-30 23:59:59 +08:00, the 4pyun seed's pay_time
  static final Instant T = Instant.parse("2021-06-30T15:59:59Z");

  @Test
  void epochSecondsAndMillis() {
    assertThat(TimeFormat.EPOCH_SECONDS.format(T.plusMillis(999))).isEqualTo("1625068799");
    assertThat(TimeFormat.EPOCH_MILLIS.format(T)).isEqualTo("1625068799000");
    assertThat(TimeFormat.EPOCH_SECONDS.parse("1700000000")).isEqualTo(Instant.ofEpochSecond(1700000000));
    assertThat(TimeFormat.EPOCH_MILLIS.parse("1625068799000")).isEqualTo(T);
    assertThat(TimeFormat.EPOCH_SECONDS.format(Instant.EPOCH)).isEqualTo("0");
  }

  @Test
  void utcIsoToTheSecondWithZ() {
    assertThat(TimeFormat.UTC_ISO.format(T.plusMillis(500))).isEqualTo("2021-06-30T15:59:59Z");
    assertThat(TimeFormat.UTC_ISO.parse("2022-09-30T16:00:00Z")).isEqualTo(Instant.parse("2022-09-30T16:00:00Z"));
  }

  @Test
  void shanghaiCompactIsUtcPlusEightAcrossMidnightAndYearEnd() {
    assertThat(TimeFormat.SHANGHAI_COMPACT.format(T)).isEqualTo("20210630235959");
    assertThat(TimeFormat.SHANGHAI_COMPACT.format(Instant.parse("2021-12-31T16:00:00Z"))).isEqualTo("20220101000000");
    assertThat(TimeFormat.SHANGHAI_COMPACT.parse("20181130105250")).isEqualTo(Instant.parse("2018-11-30T02:52:50Z"));
  }

  @Test
  void badTextIsAValidationErrorNamingTheField() {
    assertThatThrownBy(() -> TimeFormat.SHANGHAI_COMPACT.parse("pay_time", "2018-11-30"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("pay_time"));
    assertThatThrownBy(() -> TimeFormat.EPOCH_MILLIS.parse("abc")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> TimeFormat.UTC_ISO.parse(" ")).isInstanceOf(ValidationException.class);
  }

  @Test
  void shanghaiIsTheAsiaShanghaiZoneReadThroughTimeFormatOrItsInterface() {
    assertThat(TimeFormat.SHANGHAI).isEqualTo(java.time.ZoneId.of("Asia/Shanghai")).isSameAs(ChinaTimeZone.SHANGHAI);
  }

  @Test
  void maxIsTheLastSecondOf9999InShanghai() {
    assertThat(TimeFormat.MAX).isEqualTo(Instant.parse("9999-12-31T15:59:59Z"));
    assertThat(TimeFormat.SHANGHAI_COMPACT.format(TimeFormat.MAX)).isEqualTo("99991231235959");
    assertThatThrownBy(() -> TimeFormat.SHANGHAI_COMPACT.format(TimeFormat.MAX.plusNanos(1))).isInstanceOf(ValidationException.class);
  }

  @Test
  void shanghaiTimesDuringChinasDaylightSavingYearsKeepTheZoneRules() {
    // 1990-07-01 12:00 local was daylight time, UTC+9
    assertThat(TimeFormat.SHANGHAI_COMPACT.format(Instant.parse("1990-07-01T03:00:00Z"))).isEqualTo("19900701120000");
    assertThat(TimeFormat.SHANGHAI_COMPACT.parse("19900701120000")).isEqualTo(Instant.parse("1990-07-01T03:00:00Z"));
  }

  @Test
  void javaTimesLenientReadingsStayAsTheyWere() {
    // DateTimeFormatter's SMART resolver: Feb 30 is the last day of February, 24:00:00 the next midnight
    assertThat(TimeFormat.SHANGHAI_COMPACT.parse("20230230120000")).isEqualTo(Instant.parse("2023-02-28T04:00:00Z"));
    assertThat(TimeFormat.SHANGHAI_COMPACT.parse("20231231240000")).isEqualTo(Instant.parse("2023-12-31T16:00:00Z"));
    assertThatThrownBy(() -> TimeFormat.SHANGHAI_COMPACT.parse("pay_time", "2023123112000\uff10"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("pay_time"));
  }
}
