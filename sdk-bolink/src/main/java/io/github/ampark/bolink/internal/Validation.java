package io.github.ampark.bolink.internal;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import io.github.ampark.core.CodedEnum;

/** Field checks shared by the request models (not API). */
public final class Validation {
  private Validation() {}

  /** Largest amount any Bolink money field accepts: 99,999,999.99 yuan (the SDK's own bound). */
  public static final BigDecimal MAX_YUAN = new BigDecimal("99999999.99");

  /** Largest 3.11 {@code duration} accepted (unit unpublished): 999,999,999, at most six decimals. */
  public static final BigDecimal MAX_DURATION = new BigDecimal("999999999");

  /** Earliest time sent (epoch second 0). */
  public static final Instant MIN_TIME = Instant.EPOCH;

  /** Latest time sent: 9999-01-01T00:00:00Z (leaves room for a one-month query window after it). */
  public static final Instant MAX_TIME = Instant.parse("9999-01-01T00:00:00Z");

  /**
   * Checks a yuan amount: 0 (or more than 0 when {@code positive}) to {@link #MAX_YUAN}, at most two
   * decimals. Works on any {@link BigDecimal}, including {@code 1E+2147483647}, without building
   * its digits.
   *
   * @param field Java field name
   * @param yuan amount
   * @param positive whether zero is refused
   */
  public static void yuan(String field, BigDecimal yuan, boolean positive) {
    decimal(field, yuan, 2, MAX_YUAN);
    if (yuan.signum() < 0 || (positive && yuan.signum() == 0)) {
      throw new ValidationException(
          field, "must be " + (positive ? "more than zero" : "zero or more") + " (was " + echo(yuan) + ")");
    }
  }

  /**
   * Checks a decimal's size and scale before anything expands it.
   *
   * @param field Java field name
   * @param value the value
   * @param maxScale most decimals
   * @param max largest absolute value
   */
  public static void decimal(String field, BigDecimal value, int maxScale, BigDecimal max) {
    if (value == null) {
      throw new ValidationException(field, "is required");
    }
    // integer digits = precision - scale, computed in long: 1E+2147483647 has 2^31 of them
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > max.precision() - max.scale() || value.abs().compareTo(max) > 0) {
      throw new ValidationException(field, "must be at most " + max.toPlainString() + " (was " + echo(value) + ")");
    }
    if (value.scale() > maxScale && value.stripTrailingZeros().scale() > maxScale) {
      throw new ValidationException(field, "must have at most " + maxScale + " decimals (was " + echo(value) + ")");
    }
  }

  /**
   * @param field Java field name
   * @param time a time sent as epoch seconds
   */
  public static void time(String field, Instant time) {
    if (time == null) {
      throw new ValidationException(field, "is required");
    }
    if (time.isBefore(MIN_TIME) || time.isAfter(MAX_TIME)) {
      throw new ValidationException(field, "must be between " + MIN_TIME + " and " + MAX_TIME + " (was " + time + ")");
    }
  }

  /**
   * @param field Java field name
   * @param time an optional time
   */
  public static void optionalTime(String field, @Nullable Instant time) {
    if (time != null) {
      time(field, time);
    }
  }

  private static String echo(BigDecimal value) {
    // scientific text is short and never expands the digits
    return Checks.echo(value.toString());
  }

  /**
   * @param field Java field name
   * @param value an enum constant or {@code null}
   */
  public static void known(String field, @Nullable Enum<?> value) {
    if (value != null && "UNKNOWN".equals(value.name())) {
      throw new ValidationException(field, "UNKNOWN cannot be sent; choose a known value");
    }
  }

  /** @param s text @return whether it is null or blank */
  public static boolean blank(@Nullable String s) {
    return s == null || s.trim().isEmpty();
  }

  /**
   * The code to send for a constant chosen in a builder.
   *
   * @param field Java field name (of the enum setter)
   * @param value the constant
   * @return its code
   * @throws ValidationException for {@code null} or the {@code UNKNOWN} constant (send its code instead)
   */
  public static String codeOf(String field, @Nullable CodedEnum value) {
    if (value == null) {
      throw new ValidationException(field, "must not be null");
    }
    if (value.code() == null) {
      throw new ValidationException(field, "UNKNOWN cannot be sent; set the code itself (" + field + "Code)");
    }
    return value.code();
  }

  /**
   * Checks a code that is sent as given (an open enum: codes this SDK does not list are allowed).
   *
   * @param field Java field name
   * @param code the code, or {@code null} when optional and absent
   * @param numeric whether the field is a JSON number on the wire
   */
  public static void code(String field, @Nullable String code, boolean numeric) {
    if (code == null) {
      return;
    }
    if (numeric ? !code.matches("-?[0-9]{1,9}") : code.isEmpty() || code.length() > 64 || hasControl(code)) {
      throw new ValidationException(field, (numeric ? "must be a whole number of at most 9 digits" : "must be 1 to 64 characters without control characters")
          + " (was " + Checks.echo(code) + ")");
    }
  }

  /**
   * Checks extra {@code data} field names: 1 to 64 characters without control characters. (A name
   * the request already sends is refused when the request is written.)
   *
   * @param extra the extra fields
   */
  public static void extraFields(Map<String, ?> extra) {
    for (String name : extra.keySet()) {
      if (name.isEmpty() || name.length() > 64 || hasControl(name)) {
        throw new ValidationException("extraFields", "a name must be 1 to 64 characters without control characters (was " + Checks.echo(name) + ")");
      }
    }
  }

  private static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isISOControl(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
