package io.github.ampark.yinli.internal;

import io.github.ampark.core.Checks;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The field checks of the Yinli models; each names the field and echoes at most a short escaped prefix. */
public final class Fields {
  /** Most integer digits a money or reading field may have (below 10^15, exact in every common database type). */
  public static final int MAX_INTEGER_DIGITS = 15;
  /** Most decimals a money or reading field may have. */
  public static final int MAX_SCALE = 6;
  /** Longest text field accepted (Yinli publishes no lengths; this only bounds what is sent). */
  public static final int MAX_TEXT = 1024;

  private Fields() {}

  /** A required text: not blank, no control characters, at most {@value #MAX_TEXT} characters. */
  public static String text(String field, @Nullable String value) {
    Checks.notBlank(field, value);
    if (value.length() > MAX_TEXT) {
      throw new ValidationException(field, "must be at most " + MAX_TEXT + " characters (was " + value.length() + ")");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        throw new ValidationException(field, "must not contain control characters (was " + Checks.echo(value) + ")");
      }
    }
    return value;
  }

  /** An optional text: {@code null}, or as {@link #text}. */
  public static void optionalText(String field, @Nullable String value) {
    if (value != null) {
      text(field, value);
    }
  }

  /** Every element of a list as {@link #text}. */
  public static void texts(String field, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      text(field + "[" + i + "]", values.get(i));
    }
  }

  /**
   * A money or reading field: {@code null}, or at most {@value #MAX_INTEGER_DIGITS} integer digits
   * and {@value #MAX_SCALE} decimals (so {@code 1E+20000} is refused before anything is written).
   */
  public static void decimal(String field, @Nullable BigDecimal value) {
    if (value == null) {
      return;
    }
    if (value.scale() > MAX_SCALE) {
      throw new ValidationException(field, "must have at most " + MAX_SCALE + " decimals (has " + value.scale() + ")");
    }
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > MAX_INTEGER_DIGITS) {
      throw new ValidationException(field, "must be below 10^" + MAX_INTEGER_DIGITS + " in absolute value (has "
          + integerDigits + " integer digits)");
    }
  }

  /** A positive money field (also {@link #decimal}). */
  public static void positive(String field, BigDecimal value) {
    if (value.signum() <= 0) {
      throw new ValidationException(field, "must be positive");
    }
  }

  /** A page number or size: {@code null} or positive. */
  public static void page(String field, @Nullable Integer value) {
    if (value != null && value <= 0) {
      throw new ValidationException(field, "must be positive (was " + value + ")");
    }
  }

  /** Extra fields: names not blank, not one of the listed fields; values as {@link #text} or empty. */
  public static void extras(Map<String, String> extras, String... listed) {
    Set<String> known = new HashSet<>(Arrays.asList(listed));
    for (Map.Entry<String, String> e : extras.entrySet()) {
      String name = text("extraFields", e.getKey());
      if (known.contains(name)) {
        throw new ValidationException("extraFields", "must not repeat a listed field (" + Checks.echo(name) + ")");
      }
      if (!e.getValue().isEmpty()) {
        text("extraFields." + Checks.echo(name), e.getValue());
      }
    }
  }
}
