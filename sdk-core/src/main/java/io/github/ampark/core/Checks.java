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
  /**
   * The common case, checked without a regex: {@code http(s)://} (any case), a host of dot-separated
   * labels of 1–63 ASCII letters, digits and inner hyphens, then nothing or one of {@code / ? #}
   * followed by printable ASCII without spaces. Exactly what the pattern
   * {@code (?i)https?://[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*(?:[/?#][\x21-\x7e]*)?}
   * matches; anything else is left to OkHttp's parser.
   */
  static boolean isSimpleHttpUrl(String value) {
    int i;
    if (value.regionMatches(true, 0, "http://", 0, 7)) {
      i = 7;
    } else if (value.regionMatches(true, 0, "https://", 0, 8)) {
      i = 8;
    } else {
      return false;
    }
    int n = value.length();
    int labelStart = i;
    for (; ; i++) {
      char c = i < n ? value.charAt(i) : '/';
      if (c == '.' || !isHostChar(c)) {
        int length = i - labelStart;
        if (length < 1 || length > 63 || value.charAt(labelStart) == '-' || value.charAt(i - 1) == '-') {
          return false;
        }
        if (c != '.') {
          break;
        }
        labelStart = i + 1;
      }
    }
    if (i == n) {
      return true;
    }
    char c = value.charAt(i);
    if (c != '/' && c != '?' && c != '#') {
      return false;
    }
    for (i++; i < n; i++) {
      c = value.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHostChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  }

  private Checks() {}

  /**
   * The value, if not {@code null}.
   *
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

  /**
   * The value, if not blank.
   *
   * @param field name
   * @param value value
   * @return the value, if not blank
   */
  public static String notBlank(String field, @Nullable String value) {
    if (value == null || value.trim().isEmpty()) {
      throw new ValidationException(field, "must not be blank");
    }
    return value;
  }

  /**
   * The value, if positive.
   *
   * @param field name
   * @param value value
   * @return the value, if positive
   */
  public static long positive(String field, long value) {
    if (value <= 0) {
      throw new ValidationException(field, "must be positive (was " + value + ")"); // a number: safe to echo
    }
    return value;
  }

  /**
   * The value, if zero or positive.
   *
   * @param field name
   * @param value value
   * @return the value, if zero or positive
   */
  public static long notNegative(String field, long value) {
    if (value < 0) {
      throw new ValidationException(field, "must not be negative (was " + value + ")");
    }
    return value;
  }

  /**
   * The value, if within.
   *
   * @param field name
   * @param value value
   * @param min lower bound
   * @param max upper bound
   * @return the value, if within
   */
  public static long between(String field, long value, long min, long max) {
    if (value < min || value > max) {
      throw new ValidationException(field, "must be between " + min + " and " + max + " (was " + value + ")");
    }
    return value;
  }

  /**
   * The value.
   *
   * @param field name
   * @param value value (not blank)
   * @param max longest allowed length
   * @return the value
   */
  public static String maxLength(String field, String value, int max) {
    notBlank(field, value);
    if (value.length() > max) {
      throw new ValidationException(field, "must be at most " + max + " characters (was " + value.length() + ")");
    }
    return value;
  }

  /**
   * The value.
   *
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

  /** The longest URL {@link #httpUrl} accepts. */
  public static final int MAX_URL_LENGTH = 2048;

  /**
   * The value, if an absolute http(s) URL of at most {@value #MAX_URL_LENGTH} characters without
   * control characters (CR, LF, NUL…: they would be sent verbatim).
   *
   * @param field name
   * @param value value
   * @return the value, if an absolute http(s) URL of at most {@value #MAX_URL_LENGTH} characters
   *     without control characters (CR, LF, NUL…: they would be sent verbatim)
   */
  public static String httpUrl(String field, @Nullable String value) {
    notBlank(field, value);
    if (value.length() > MAX_URL_LENGTH) {
      throw new ValidationException(field, "must be at most " + MAX_URL_LENGTH + " characters (was " + value.length() + ")");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\u2028' || c == '\u2029' || Character.isISOControl(c)) {
        throw new ValidationException(field, "must not contain control characters (was " + echo(value) + ")");
      }
    }
    if (isSimpleHttpUrl(value)) {
      return value;
    }
    if (HttpUrl.parse(value) == null) {
      throw new ValidationException(field, "must be an absolute http or https URL (was " + echo(value) + ")");
    }
    return value;
  }

  /**
   * Rejects control characters (CR, LF, NUL, DEL, other C0/C1 controls, and the Unicode line and
   * paragraph separators): they end up in headers, logs and signed strings.
   *
   * @param field name
   * @param value value, not {@code null}
   * @return the value
   */
  public static String noControl(String field, @Nullable String value) {
    notNull(field, value);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        throw new ValidationException(
            field, "must not contain control characters (found " + escape(c) + " at index " + i + ")");
      }
    }
    return value;
  }

  /**
   * A key, order number or other identifier: not blank, at most {@code maxLength} characters, no
   * control characters, no leading or trailing white space.
   *
   * @param field name
   * @param value value
   * @param maxLength longest allowed length
   * @return the value
   */
  public static String identifier(String field, @Nullable String value, int maxLength) {
    maxLength(field, value, maxLength);
    noControl(field, value);
    if (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1))) {
      throw new ValidationException(field, "must not start or end with white space (was " + echo(value) + ")");
    }
    return value;
  }

  /**
   * An HTTP header name: a non-empty RFC 7230 token (letters, digits and {@code !#$%&'*+-.^_`|~}),
   * at most 256 characters.
   *
   * @param field name of the Java field holding it
   * @param name the header name
   * @return the name
   */
  public static String headerName(String field, @Nullable String name) {
    notBlank(field, name);
    if (name.length() > 256) {
      throw new ValidationException(field, "must be at most 256 characters (was " + name.length() + ")");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean token = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
      if (!token) {
        throw new ValidationException(field, "must be an HTTP header name (found " + escape(c) + " at index " + i + ")");
      }
    }
    return name;
  }

  /**
   * An HTTP header value: printable ASCII, space and tab only (what OkHttp accepts), at most 8192
   * characters. The message names the offending character and its position, never the value: header
   * values are often tokens.
   *
   * @param field name of the Java field holding it
   * @param value the value
   * @return the value
   */
  public static String headerValue(String field, @Nullable String value) {
    notNull(field, value);
    if (value.length() > 8192) {
      throw new ValidationException(field, "must be at most 8192 characters (was " + value.length() + ")");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(c == '\t' || c >= 0x20 && c <= 0x7e)) {
        throw new ValidationException(
            field, "must be printable ASCII for an HTTP header (found " + escape(c) + " at index " + i + ")");
      }
    }
    return value;
  }

  private static String escape(char c) {
    if (c == '\n') {
      return "\\n";
    }
    if (c == '\r') {
      return "\\r";
    }
    if (c == '\t') {
      return "\\t";
    }
    if (c >= 0x20 && c <= 0x7e) {
      return "'" + c + "'";
    }
    return String.format("\\u%04x", (int) c);
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
    return '"' + clip(value, ECHO_LIMIT, true);
  }

  /**
   * At most {@code limit} characters of untrusted text (a vendor's message, an error code) for an
   * exception message: control characters escaped, the full length given when cut.
   *
   * @param value the text, may be {@code null}
   * @param limit most characters kept
   * @return the safe text, {@code null} for {@code null}
   */
  public static @Nullable String clip(@Nullable String value, int limit) {
    return value == null ? null : clip(value, limit, false);
  }

  private static String clip(String value, int limit, boolean quoted) {
    int n = Math.min(value.length(), limit);
    StringBuilder sb = new StringBuilder(n + 16);
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (quoted && (c == '"' || c == '\\')) {
        sb.append('\\').append(c);
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c) && n == i + 1) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    if (quoted) {
      sb.append('"');
    }
    if (value.length() > n) {
      sb.append("\u2026 (").append(value.length()).append(" chars)");
    }
    return sb.toString();
  }
}
