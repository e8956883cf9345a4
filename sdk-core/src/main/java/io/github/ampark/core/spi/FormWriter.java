package io.github.ampark.core.spi;

/**
 * Writes form fields as {@code application/x-www-form-urlencoded} bytes exactly as OkHttp's {@code
 * FormBody} writes them (UTF-8; letters, digits and {@code -._*} as they are, space as {@code +},
 * every other byte as upper-case {@code %XX}; a lone surrogate, which has no UTF-8 form, as {@code
 * %3F}), straight into one array of the exact length: no builder lists, no encoded strings, no
 * buffer. Linear in the text.
 */
final class FormWriter {
  private static final byte[] HEX = {
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'
  };

  private FormWriter() {}

  /**
   * @param given names and values, alternating ({@code name, value, name, value, …})
   * @param n how many of {@code given} to write (even)
   * @return {@code name=value&name=value…}, encoded
   */
  static byte[] write(String[] given, int n) {
    int length = Math.max(0, n / 2 - 1) + n / 2;
    for (int i = 0; i < n; i++) {
      length += encodedLength(given[i]);
    }
    byte[] out = new byte[length];
    int at = 0;
    for (int i = 0; i < n; i += 2) {
      if (i > 0) {
        out[at++] = '&';
      }
      at = encode(given[i], out, at);
      out[at++] = '=';
      at = encode(given[i + 1], out, at);
    }
    return out;
  }

  private static boolean plain(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
        || c == '-' || c == '.' || c == '_' || c == '*';
  }

  private static int encodedLength(String s) {
    int length = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (plain(c) || c == ' ') {
        length += 1;
      } else if (c < 0x80) {
        length += 3;
      } else if (c < 0x800) {
        length += 6;
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        length += 12;
        i++;
      } else if (Character.isSurrogate(c)) {
        length += 3; // '?'
      } else {
        length += 9;
      }
    }
    return length;
  }

  private static int encode(String s, byte[] out, int at) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (plain(c)) {
        out[at++] = (byte) c;
      } else if (c == ' ') {
        out[at++] = '+';
      } else if (c < 0x80) {
        at = escape(c, out, at);
      } else if (c < 0x800) {
        at = escape(0xC0 | c >> 6, out, at);
        at = escape(0x80 | c & 0x3F, out, at);
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        at = escape(0xF0 | cp >> 18, out, at);
        at = escape(0x80 | cp >> 12 & 0x3F, out, at);
        at = escape(0x80 | cp >> 6 & 0x3F, out, at);
        at = escape(0x80 | cp & 0x3F, out, at);
      } else if (Character.isSurrogate(c)) {
        at = escape('?', out, at);
      } else {
        at = escape(0xE0 | c >> 12, out, at);
        at = escape(0x80 | c >> 6 & 0x3F, out, at);
        at = escape(0x80 | c & 0x3F, out, at);
      }
    }
    return at;
  }

  private static int escape(int b, byte[] out, int at) {
    out[at] = '%';
    out[at + 1] = HEX[b >> 4 & 0xF];
    out[at + 2] = HEX[b & 0xF];
    return at + 3;
  }
}
