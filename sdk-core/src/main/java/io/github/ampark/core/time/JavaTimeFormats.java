package io.github.ampark.core.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;

/**
 * The {@code java.time} formatters {@link TimeFormat} used for everything before it had {@link
 * CivilTime}: still the definition of every format, and the path for any text or instant the hand
 * written one does not cover. A holder, so that the formatters and the time-zone database load only
 * when first needed.
 */
final class JavaTimeFormats {
  static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  static final DateTimeFormatter COMPACT =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withZone(ChinaTimeZone.SHANGHAI);

  private JavaTimeFormats() {}

  static String utcIso(Instant instant) {
    return ISO.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  static Instant parseUtcIso(String text) {
    return Instant.parse(text);
  }

  static String shanghaiCompact(Instant instant) {
    return COMPACT.format(instant);
  }

  static Instant parseShanghaiCompact(String text) {
    return LocalDateTime.parse(text, COMPACT).atZone(ChinaTimeZone.SHANGHAI).toInstant();
  }
}
