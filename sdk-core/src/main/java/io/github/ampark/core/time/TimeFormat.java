package io.github.ampark.core.time;

import io.github.ampark.core.ValidationException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

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
 */
public enum TimeFormat {
  /** Unix time in whole seconds, e.g. {@code "1700000000"}; sub-second parts are dropped. */
  EPOCH_SECONDS {
    @Override
    public String format(Instant instant) {
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
    public String format(Instant instant) {
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
    public String format(Instant instant) {
      return ISO.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    @Override
    Instant doParse(String text) {
      return Instant.parse(text);
    }
  },
  /** {@code yyyyMMddHHmmss} in Asia/Shanghai (UTC+8), e.g. {@code "20181130105250"}. */
  SHANGHAI_COMPACT {
    @Override
    public String format(Instant instant) {
      return COMPACT.format(instant);
    }

    @Override
    Instant doParse(String text) {
      return LocalDateTime.parse(text, COMPACT).atZone(SHANGHAI).toInstant();
    }
  };

  /** China Standard Time. */
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withZone(SHANGHAI);

  /**
   * @param instant the time
   * @return its wire text
   */
  public abstract String format(Instant instant);

  abstract Instant doParse(String text);

  /**
   * Parses the wire text.
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
    try {
      return doParse(text.trim());
    } catch (DateTimeException | NumberFormatException e) {
      throw new ValidationException(field, "is not a " + name() + " time (was " + text + ")");
    }
  }
}
