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
}
