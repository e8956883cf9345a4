package io.github.ampark.core.spi;

import io.github.ampark.core.Checks;

/**
 * Writes a JSON string literal into text a module signs itself (for module authors), in one of the
 * escape styles vendors use. Linear in the input; nothing else is escaped, so the signed text and
 * the sent text stay the same bytes.
 *
 * <pre>{@code
 * StringBuilder sb = new StringBuilder();
 * JsonStrings.append(sb, "a\"b\n", JsonStrings.Style.MINIMAL);   // "a\"b\n"
 * }</pre>
 */
public final class JsonStrings {
  private static final char[] HEX_UPPER = "0123456789ABCDEF".toCharArray();
  private static final char[] HEX_LOWER = "0123456789abcdef".toCharArray();

  /** How a string is escaped. */
  public enum Style {
    /**
     * What RFC 8259 requires and no more: {@code \"}, {@code \\}, {@code \n}, {@code \r}, {@code
     * \t}; every other control character below U+0020 as {@code \}{@code u00xx} in lower-case hex.
     */
    MINIMAL,
    /**
     * fastjson's writer: also {@code \b} and {@code \f}; U+0000–U+001F, U+007F–U+009F, U+2028 and
     * U+2029 as {@code \}{@code uXXXX} in upper-case hex; an unpaired surrogate is refused (UTF-8
     * cannot carry it, so what is signed would differ from what is sent).
     */
    FASTJSON,
    /**
     * Jackson 2's UTF-8 generator as {@link AmparkJson#newMapper()} configures it (what {@code
     * writeValueAsBytes} writes): also {@code \b} and {@code \f}; every other control character
     * below U+0020 as {@code \}{@code u00XX} in upper-case hex; every UTF-16 surrogate, paired or
     * not, as {@code \}{@code uXXXX} in upper-case hex (Jackson 2 writes a pair as two escapes, not
     * as one 4-byte UTF-8 character, unless {@code COMBINE_UNICODE_SURROGATES_IN_UTF8} is on).
     * For a module that writes by hand the bytes Jackson's writer wrote before.
     */
    JACKSON,
    /**
     * Jackson 2's {@code Writer}-based generator as {@link AmparkJson#newMapper()} configures it
     * (what {@code writeValueAsString} writes): like {@link #JACKSON}, except that surrogates,
     * paired or not, are written as they are (the text is UTF-16, not UTF-8). For a module that
     * writes by hand the text Jackson's {@code writeValueAsString} wrote before.
     */
    JACKSON_TEXT
  }

  private JsonStrings() {}

  /**
   * Appends {@code s} to {@code sb} as a quoted JSON string, escaped in the given style.
   *
   * @param sb the text being written
   * @param s the string, written with quotes
   * @param style the escape style
   * @throws IllegalArgumentException under {@link Style#FASTJSON}, for an unpaired surrogate
   */
  public static void append(StringBuilder sb, String s, Style style) {
    Checks.notNull("style", style);
    boolean fastjson = style == Style.FASTJSON;
    boolean jacksonText = style == Style.JACKSON_TEXT;
    boolean jackson = style == Style.JACKSON || jacksonText;
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if ((fastjson || jackson) && c == '\b') {
            sb.append("\\b");
          } else if ((fastjson || jackson) && c == '\f') {
            sb.append("\\f");
          } else if (jackson && !jacksonText && Character.isSurrogate(c)) {
            unicode(sb, c, HEX_UPPER);
          } else if (fastjson && Character.isSurrogate(c)) {
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (!paired) {
              throw new IllegalArgumentException("text has an unpaired surrogate at " + i + ": it cannot be sent as UTF-8");
            }
            sb.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || fastjson && ((c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029')) {
            unicode(sb, c, fastjson || jackson ? HEX_UPPER : HEX_LOWER);
          } else {
            sb.append(c);
          }
      }
    }
    sb.append('"');
  }

  private static void unicode(StringBuilder sb, char c, char[] hex) {
    sb.append("\\u").append(hex[(c >> 12) & 15]).append(hex[(c >> 8) & 15]).append(hex[(c >> 4) & 15]).append(hex[c & 15]);
  }
}
