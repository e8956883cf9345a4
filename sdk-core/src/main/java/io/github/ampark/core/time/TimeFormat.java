package io.github.ampark.core.time;

import io.github.ampark.core.ValidationException;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * The wire formats vendors use for an {@link Instant}. The API always speaks {@code Instant};
 * each vendor module picks the format its endpoint wants.
 *
 * <pre>{@code
 * TimeFormat.EPOCH_MILLIS.format(t);                  // "1625068799000"
 * TimeFormat.UTC_ISO.format(t);                       // "2021-06-30T15:59:59Z"
 * TimeFormat.SHANGHAI_COMPACT.format(t);              // "20210630235959"
 * TimeFormat.SHANGHAI_COMPACT.parse("20181130105250");
 * }</pre>
 *
 * <p>The formats are defined by {@code java.time} ({@code DateTimeFormatter} patterns, {@code
 * Instant.parse}, the Asia/Shanghai zone rules). Canonical texts and instants from 1992 on are
 * written and read by hand with the same result, so a vendor call loads neither {@code
 * DateTimeFormatter} nor the time-zone database; anything else (earlier Shanghai times, texts
 * {@code java.time} reads leniently or refuses) takes the {@code java.time} path, loaded on first use.
 * {@link ChinaTimeZone#SHANGHAI SHANGHAI} is inherited from {@link ChinaTimeZone} for the same reason.
 */
public enum TimeFormat implements ChinaTimeZone {
  /** Unix time in whole seconds, e.g. {@code "1700000000"}; sub-second parts are dropped. */
  EPOCH_SECONDS {
    @Override
    String render(Instant instant) {
      return Long.toString(instant.getEpochSecond());
    }

    @Override
    Instant doParse(String text) {
      return Instant.ofEpochSecond(Long.parseLong(text));
    }
  },
  /** Unix time in milliseconds, e.g. {@code "1625068799000"}. */
  EPOCH_MILLIS {
    @Override
    String render(Instant instant) {
      return Long.toString(instant.toEpochMilli());
    }

    @Override
    Instant doParse(String text) {
      return Instant.ofEpochMilli(Long.parseLong(text));
    }
  },
  /** UTC ISO-8601 to the second, {@code yyyy-MM-dd'T'HH:mm:ss'Z'}, e.g. {@code "2022-09-30T16:00:00Z"}. */
  UTC_ISO {
    @Override
    String render(Instant instant) {
      String text = CivilTime.utcIso(instant);
      return text != null ? text : JavaTimeFormats.utcIso(instant);
    }

    @Override
    Instant doParse(String text) {
      Instant instant = CivilTime.parseUtcIso(text);
      return instant != null ? instant : JavaTimeFormats.parseUtcIso(text);
    }
  },
  /** {@code yyyyMMddHHmmss} in Asia/Shanghai (UTC+8), e.g. {@code "20181130105250"}. */
  SHANGHAI_COMPACT {
    @Override
    String render(Instant instant) {
      String text = CivilTime.shanghaiCompact(instant);
      return text != null ? text : JavaTimeFormats.shanghaiCompact(instant);
    }

    @Override
    Instant doParse(String text) {
      Instant instant = CivilTime.parseShanghaiCompact(text);
      return instant != null ? instant : JavaTimeFormats.parseShanghaiCompact(text);
    }
  };

  /** The earliest instant {@link #format} accepts: 1970-01-01T00:00:00Z. */
  public static final Instant MIN = Instant.EPOCH;
  /** The latest instant {@link #format} accepts: 9999-12-31T15:59:59Z (the last second of 9999 in Shanghai). */
  public static final Instant MAX = Instant.ofEpochSecond(253_402_271_999L);

  /**
   * The instant as this format writes it on the wire, e.g. {@code 20240102150405} for {@code
   * yyyyMMddHHmmss} in Asia/Shanghai.
   *
   * @param instant the time, from {@link #MIN} to {@link #MAX}
   * @return its wire text
   * @throws ValidationException (field {@code "time"}) if {@code null} or out of range
   */
  public String format(Instant instant) {
    return format("time", instant);
  }

  /**
   * Like {@link #format(Instant)}, naming {@code field} in the error.
   *
   * @param field the Java field name for the error
   * @param instant the time, from {@link #MIN} to {@link #MAX}
   * @return its wire text
   */
  public String format(String field, Instant instant) {
    if (instant == null) {
      throw new ValidationException(field, "is required");
    }
    if (instant.isBefore(MIN) || instant.isAfter(MAX)) {
      throw new ValidationException(field, "must be between " + MIN + " and " + MAX + " (was " + instant.getEpochSecond() + " s)");
    }
    return render(instant);
  }

  abstract String render(Instant instant);

  abstract Instant doParse(String text);

  /**
   * Reads the wire text of this format back into an instant.
   *
   * @param text the text, surrounding whitespace ignored
   * @return the instant
   * @throws ValidationException (field {@code "time"}) if the text is not in this format
   */
  public Instant parse(String text) {
    return parse("time", text);
  }

  /**
   * Parses the wire text, naming {@code field} in the error.
   *
   * @param field the field name for the error
   * @param text the text
   * @return the instant
   */
  public Instant parse(String field, String text) {
    if (text == null || text.trim().isEmpty()) {
      throw new ValidationException(field, "is required");
    }
    if (text.length() > 64) {
      throw new ValidationException(field, "is not a " + name() + " time (was " + io.github.ampark.core.Checks.echo(text) + ")");
    }
    try {
      return doParse(text.trim());
    } catch (DateTimeException | NumberFormatException e) {
      throw new ValidationException(field, "is not a " + name() + " time (was " + io.github.ampark.core.Checks.echo(text) + ")");
    }
  }
}
