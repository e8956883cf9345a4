package io.github.ampark.core;

import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Field checks for model {@code @Value.Check} methods (for module authors). Each throws a {@link
 * ValidationException} naming the field, before anything is sent.
 */
public final class Checks {
  /**
   * Plain ASCII http(s) URLs with a host name and no port: the shape nearly every notify URL has,
   * checked without OkHttp's full parse (IDN, canonicalisation), which showed up in call profiles.
   * Anything else goes through {@link HttpUrl#parse}.
   */
  private static final Pattern SIMPLE_HTTP_URL = Pattern.compile(
      "(?i)https?://[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*"
          + "(?:[/?#][\\x21-\\x7e]*)?");

  private Checks() {}

  /**
   * @param field name
   * @param value a value that must be present
   * @param <T> its type
   * @return the value, if not {@code null}
   */
  public static <T> T notNull(String field, @Nullable T value) {
    if (value == null) {
      throw new ValidationException(field, "must not be null");
    }
    return value;
  }

  /** @param field name @param value value @return the value, if not blank */
  public static String notBlank(String field, @Nullable String value) {
    if (value == null || value.trim().isEmpty()) {
      throw new ValidationException(field, "must not be blank");
    }
    return value;
  }

  /** @param field name @param value value @return the value, if positive */
  public static long positive(String field, long value) {
    if (value <= 0) {
      throw new ValidationException(field, "must be positive (was " + value + ")");
    }
    return value;
  }

  /** @param field name @param value value @return the value, if zero or positive */
  public static long notNegative(String field, long value) {
    if (value < 0) {
      throw new ValidationException(field, "must not be negative (was " + value + ")");
    }
    return value;
  }

  /** @param field name @param value value @param min lower bound @param max upper bound @return the value, if within */
  public static long between(String field, long value, long min, long max) {
    if (value < min || value > max) {
      throw new ValidationException(field, "must be between " + min + " and " + max + " (was " + value + ")");
    }
    return value;
  }

  /** @param field name @param value value (not blank) @param max longest allowed length @return the value */
  public static String maxLength(String field, String value, int max) {
    notBlank(field, value);
    if (value.length() > max) {
      throw new ValidationException(field, "must be at most " + max + " characters (was " + value.length() + ")");
    }
    return value;
  }

  /**
   * @param field name
   * @param value value (not blank)
   * @param pattern the whole value must match
   * @param description what the pattern means, for the message
   * @return the value
   */
  public static String matches(String field, String value, Pattern pattern, String description) {
    notBlank(field, value);
    if (!pattern.matcher(value).matches()) {
      throw new ValidationException(field, "must be " + description);
    }
    return value;
  }

  /** @param field name @param value value @return the value, if an absolute http(s) URL */
  public static String httpUrl(String field, @Nullable String value) {
    notBlank(field, value);
    if (SIMPLE_HTTP_URL.matcher(value).matches()) {
      return value;
    }
    if (HttpUrl.parse(value) == null) {
      throw new ValidationException(field, "must be an absolute http or https URL (was " + value + ")");
    }
    return value;
  }

  /** How many characters of an input {@link #echo} shows at most. */
  public static final int ECHO_LIMIT = 32;

  /**
   * A short, safe rendering of an untrusted value for exception and log messages: at most {@value
   * #ECHO_LIMIT} characters, control and non-printable characters escaped ({@code \n}, {@code
   * \u0000}), and the full length when it was cut. Never use it on secrets.
   *
   * @param value the value, may be {@code null}
   * @return e.g. {@code "T2024\r\nX"} or {@code "AAAAAAAA…" (10485760 chars)}
   */
  public static String echo(@Nullable String value) {
    if (value == null) {
      return "null";
    }
    int n = Math.min(value.length(), ECHO_LIMIT);
    StringBuilder sb = new StringBuilder(n + 16).append('"');
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c) && n == i + 1) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    sb.append('"');
    if (value.length() > n) {
      sb.append("\u2026 (").append(value.length()).append(" chars)");
    }
    return sb.toString();
  }
}
