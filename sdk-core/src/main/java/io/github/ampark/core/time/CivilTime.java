package io.github.ampark.core.time;

import java.time.Instant;

/**
 * {@link TimeFormat}'s common paths written by hand, so that a vendor call formats and reads its
 * times without {@code DateTimeFormatter} or the time-zone database (both load dozens of classes at
 * a client's first call).
 *
 * <p>Each method covers only what it can prove equal to {@link JavaTimeFormats} and answers {@code
 * null} for anything else, which the caller then hands to {@code JavaTimeFormats}: texts that are
 * not exactly the canonical form (other lengths, signs, non-ASCII digits, lower-case letters,
 * fractions), values out of range (month 13, Feb 30, hour 24, second 60) and Shanghai times before
 * {@link #FIXED_OFFSET_FROM} (China observed daylight saving time 1986–1991; its last transition was
 * on 1991-09-15; since then Asia/Shanghai is a fixed UTC+08:00). So every refusal and every
 * lenient reading of {@code java.time} stays exactly what it was. Dates are converted with the
 * proleptic Gregorian day-count formulas of H. Hinnant ("chrono-Compatible Low-Level Date
 * Algorithms"), valid for years 0 to 9999 here.
 */
final class CivilTime {
  /** 1992-01-01T00:00:00+08:00, from which Asia/Shanghai is taken as a fixed UTC+08:00. */
  static final long FIXED_OFFSET_FROM = 694_195_200L;

  /** The first local Shanghai year read by hand: all of it lies after the last DST transition. */
  static final int FIXED_OFFSET_YEAR = 1992;

  static final int SHANGHAI_OFFSET_SECONDS = 8 * 3600;

  private static final int SECONDS_PER_DAY = 86_400;
  private static final long INVALID = Long.MIN_VALUE;
  /** 0001-01-01T00:00:00Z: {@code yyyy} is the year of the era, which differs from the proleptic year before year 1. */
  private static final long MIN_YEAR_1 = daysFromCivil(1, 1, 1) * SECONDS_PER_DAY;
  /** 9999-12-31T23:59:59Z. */
  private static final long MAX_YEAR_9999 = daysFromCivil(10_000, 1, 1) * SECONDS_PER_DAY - 1;

  private CivilTime() {}

  /** {@code yyyy-MM-dd'T'HH:mm:ss'Z'} for an instant from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z, else null. */
  static String utcIso(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (seconds < MIN_YEAR_1 || seconds > MAX_YEAR_9999) {
      return null;
    }
    char[] out = new char[20];
    writeDateTime(out, seconds, true);
    out[19] = 'Z';
    return new String(out);
  }

  /** {@code uuuuMMddHHmmss} in Shanghai for an instant from 1992 (Shanghai) to the end of 9999, else null. */
  static String shanghaiCompact(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (seconds < FIXED_OFFSET_FROM || seconds > MAX_YEAR_9999 - SHANGHAI_OFFSET_SECONDS) {
      return null;
    }
    char[] out = new char[14];
    writeDateTime(out, seconds + SHANGHAI_OFFSET_SECONDS, false);
    return new String(out);
  }

  /** The instant of exactly {@code dddd-dd-ddTdd:dd:ddZ} naming a valid date and time, else null. */
  static Instant parseUtcIso(String text) {
    if (text.length() != 20
        || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
        || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != 'Z') {
      return null;
    }
    long seconds = epochSeconds(
        digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2),
        digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2), 0);
    return seconds == INVALID ? null : Instant.ofEpochSecond(seconds);
  }

  /** The instant of exactly 14 ASCII digits naming a valid Shanghai date and time from 1992 on, else null. */
  static Instant parseShanghaiCompact(String text) {
    if (text.length() != 14) {
      return null;
    }
    int year = digits(text, 0, 4);
    if (year < FIXED_OFFSET_YEAR) {
      return null;
    }
    long seconds = epochSeconds(
        year, digits(text, 4, 2), digits(text, 6, 2),
        digits(text, 8, 2), digits(text, 10, 2), digits(text, 12, 2), SHANGHAI_OFFSET_SECONDS);
    return seconds == INVALID ? null : Instant.ofEpochSecond(seconds);
  }

  /** The epoch second of a local date-time at {@code offsetSeconds} east of UTC, or INVALID if a field is out of range. */
  private static long epochSeconds(int year, int month, int day, int hour, int minute, int second, int offsetSeconds) {
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)
        || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return INVALID;
    }
    return daysFromCivil(year, month, day) * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second - offsetSeconds;
  }

  /** The value of {@code length} ASCII digits at {@code from}, or -1 if any character is not one. */
  private static int digits(String text, int from, int length) {
    int value = 0;
    for (int i = from; i < from + length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return isLeap(year) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  static boolean isLeap(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /** Days from 1970-01-01 to the given proleptic Gregorian date (Hinnant's days_from_civil). */
  static long daysFromCivil(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long doy = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097 + doe - 719_468;
  }

  /**
   * Writes {@code yyyyMMddHHmmss}, or with {@code separators} {@code yyyy-MM-ddTHH:mm:ss}, of a
   * local epoch second whose year is 0 to 9999 (Hinnant's civil_from_days).
   */
  private static void writeDateTime(char[] out, long localSeconds, boolean separators) {
    long days = Math.floorDiv(localSeconds, SECONDS_PER_DAY);
    int secondOfDay = (int) (localSeconds - days * SECONDS_PER_DAY);
    long z = days + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long doe = z - era * 146_097;
    long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    int day = (int) (doy - (153 * mp + 2) / 5 + 1);
    int month = (int) (mp < 10 ? mp + 3 : mp - 9);
    int year = (int) (yoe + era * 400 + (month <= 2 ? 1 : 0));
    int i = put(out, 0, year, 4);
    if (separators) {
      out[i++] = '-';
    }
    i = put(out, i, month, 2);
    if (separators) {
      out[i++] = '-';
    }
    i = put(out, i, day, 2);
    if (separators) {
      out[i++] = 'T';
    }
    i = put(out, i, secondOfDay / 3600, 2);
    if (separators) {
      out[i++] = ':';
    }
    i = put(out, i, secondOfDay / 60 % 60, 2);
    if (separators) {
      out[i++] = ':';
    }
    put(out, i, secondOfDay % 60, 2);
  }

  private static int put(char[] out, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
    return at + width;
  }
}
