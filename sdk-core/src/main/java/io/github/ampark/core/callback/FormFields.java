package io.github.ampark.core.callback;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decodes {@code application/x-www-form-urlencoded} text (form bodies and query strings), the
 * way vendors send it: order kept, first value wins for a repeated name, {@code +} is a space, and
 * raw (unescaped) bytes decoded in the given charset. Linear in the input.
 *
 * <pre>{@code
 * Map<String, String> fields = FormFields.parse("a=1&b=%E4%B8%AD");   // {a=1, b=中}
 * }</pre>
 */
public final class FormFields {
  private FormFields() {}

  /**
   * Parses {@code a=1&b=%E4%B8%AD} as UTF-8. Order is kept; for a repeated name the first value
   * wins; {@code +} is a space.
   *
   * @param encoded form or query text
   * @return name → decoded value
   */
  public static Map<String, String> parse(String encoded) {
    return parse(encoded == null ? new byte[0] : encoded.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  /**
   * Parses form-urlencoded bytes. Percent-escapes and raw (unescaped) bytes are both decoded in
   * {@code charset}, so a vendor that sends raw UTF-8 Chinese in a form body is read correctly.
   *
   * @param raw the body bytes
   * @param charset charset of the decoded bytes
   * @return name → decoded value
   */
  public static Map<String, String> parse(byte[] raw, Charset charset) {
    Map<String, String> out = new LinkedHashMap<>();
    int start = 0;
    for (int i = 0; i <= raw.length; i++) {
      if (i == raw.length || raw[i] == '&') {
        if (i > start) {
          int eq = -1;
          for (int j = start; j < i; j++) {
            if (raw[j] == '=') {
              eq = j;
              break;
            }
          }
          String name = decode(raw, start, eq < 0 ? i : eq, charset);
          String value = eq < 0 ? "" : decode(raw, eq + 1, i, charset);
          out.putIfAbsent(name, value);
        }
        start = i + 1;
      }
    }
    return out;
  }

  private static String decode(byte[] raw, int from, int to, Charset charset) {
    int i = from;
    while (i < to && raw[i] != '+' && raw[i] != '%') {
      i++;
    }
    if (i == to) {
      return new String(raw, from, to - from, charset); // nothing escaped: no copy before decoding
    }
    byte[] out = new byte[to - from]; // decoding only shortens
    int n = i - from;
    System.arraycopy(raw, from, out, 0, n);
    for (; i < to; i++) {
      byte b = raw[i];
      if (b == '+') {
        out[n++] = ' ';
      } else if (b == '%' && i + 2 < to && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
        out[n++] = (byte) (hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
        i += 2;
      } else {
        out[n++] = b;
      }
    }
    return new String(out, 0, n, charset);
  }

  private static int hex(byte b) {
    if (b >= '0' && b <= '9') return b - '0';
    if (b >= 'a' && b <= 'f') return b - 'a' + 10;
    if (b >= 'A' && b <= 'F') return b - 'A' + 10;
    return -1;
  }
}
