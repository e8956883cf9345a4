package io.github.ampark.wanzhuang.internal;

import io.github.ampark.core.Nullable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON object body that Ampark's mapper would write again byte for byte (not API): the
 * signer's fast path appends {@code app_id, timestamp, sign} to such a body instead of parsing it
 * into a tree and writing the tree again, which gives the same bytes for it.
 *
 * <p>The accepted text is a strict subset of what the mapper writes: one object, no whitespace,
 * member values that are strings, integers (no leading zero, no {@code -0}), {@code true}, {@code
 * false}, or arrays of those; strings in valid UTF-8 with no control character and no escape but
 * {@code \"} and {@code \\}, and no character beyond U+FFFF (the mapper escapes those); no
 * repeated member name. Anything else ({@code null}, a fraction, a nested object, an escape the
 * mapper would write differently, trailing text) gives {@code null}, and the caller takes the
 * parse-and-write path, whose behaviour (errors included) is unchanged.
 */
final class FlatJson {
  /** Kinds of a member's value in {@link #scan}'s answer. */
  static final int TEXT = 0;
  static final int TEXT_ESCAPED = 1;
  static final int LITERAL = 2;

  private static final String SCANNED = "";

  private final byte[] b;
  private int i;
  /** whether to make the strings (members) or only check the text (scan) */
  private boolean keep = true;
  private boolean sawEscape;

  private FlatJson(byte[] b) {
    this.b = b;
  }

  /**
   * @param body the body bytes
   * @param reserved member names that must not occur (the signer adds them)
   * @return the members in order, integers as their digits, or {@code null} if the body is not in
   *     the subset
   */
  static @Nullable Map<String, Object> members(byte[] body, String... reserved) {
    if (body.length < 2 || body[0] != '{' || body[body.length - 1] != '}') {
      return null;
    }
    return new FlatJson(body).object(reserved);
  }

  /**
   * Checks the body like {@link #members} without making strings: where each member's name and
   * value are.
   *
   * @param body the body bytes
   * @param reserved member names that must not occur (ASCII)
   * @return {@code n} members as {@code 5n} ints (name start, name end, value start, value end,
   *     value kind: {@link #TEXT} the bytes between the quotes, {@link #TEXT_ESCAPED} the same with
   *     {@code \"} or {@code \\} in them, {@link #LITERAL} digits, {@code true} or {@code false}),
   *     or {@code null} if the body is not in the subset, has an array, has a name with an escape,
   *     or has more than 64 members; repeated names are not checked
   */
  static @Nullable int[] scan(byte[] body, String... reserved) {
    if (body.length < 2 || body[0] != '{' || body[body.length - 1] != '}') {
      return null;
    }
    FlatJson p = new FlatJson(body);
    p.keep = false;
    return p.scanObject(reserved);
  }

  private @Nullable int[] scanObject(String[] reserved) {
    int[] out = new int[40];
    int n = 0;
    i = 1;
    int end = b.length - 1;
    if (i == end) {
      return new int[0];
    }
    while (true) {
      int keyStart = i + 1;
      sawEscape = false;
      if (string() == null || sawEscape || isReserved(keyStart, i - 1, reserved) || i >= end || b[i++] != ':') {
        return null;
      }
      int keyEnd = i - 2;
      if (i >= b.length || b[i] == '[') {
        return null;
      }
      boolean text = b[i] == '"';
      int valueStart = text ? i + 1 : i;
      sawEscape = false;
      if (value(false) == null || i > end) {
        return null;
      }
      if (n + 5 > out.length) {
        if (out.length >= 320) {
          return null;
        }
        out = java.util.Arrays.copyOf(out, 2 * out.length);
      }
      out[n++] = keyStart;
      out[n++] = keyEnd;
      out[n++] = valueStart;
      out[n++] = text ? i - 1 : i;
      out[n++] = !text ? LITERAL : sawEscape ? TEXT_ESCAPED : TEXT;
      if (i == end) {
        return java.util.Arrays.copyOf(out, n);
      }
      if (b[i++] != ',') {
        return null;
      }
    }
  }

  private boolean isReserved(int from, int to, String[] reserved) {
    for (String r : reserved) {
      if (r.length() == to - from) {
        boolean same = true;
        for (int k = 0; same && k < r.length(); k++) {
          same = b[from + k] == r.charAt(k);
        }
        if (same) {
          return true;
        }
      }
    }
    return false;
  }

  private @Nullable Map<String, Object> object(String[] reserved) {
    Map<String, Object> out = new LinkedHashMap<>();
    i = 1;
    int end = b.length - 1;
    if (i == end) {
      return out;
    }
    while (true) {
      String key = string();
      if (key == null || out.containsKey(key) || isReserved(key, reserved) || i >= end || b[i++] != ':') {
        return null;
      }
      Object value = value(true);
      if (value == null || i > end) {
        return null;
      }
      out.put(key, value);
      if (i == end) {
        return out;
      }
      if (b[i++] != ',') {
        return null;
      }
    }
  }

  private static boolean isReserved(String key, String[] reserved) {
    for (String r : reserved) {
      if (r.equals(key)) {
        return true;
      }
    }
    return false;
  }

  private @Nullable Object value(boolean arrayAllowed) {
    if (i >= b.length) {
      return null;
    }
    byte c = b[i];
    if (c == '"') {
      return string();
    }
    if (c == '-' || c >= '0' && c <= '9') {
      return integer();
    }
    if (c == 't') {
      return literal("true") ? Boolean.TRUE : null;
    }
    if (c == 'f') {
      return literal("false") ? Boolean.FALSE : null;
    }
    if (c == '[' && arrayAllowed) {
      return array();
    }
    return null;
  }

  private @Nullable List<Object> array() {
    List<Object> out = new ArrayList<>();
    i++;
    if (i < b.length && b[i] == ']') {
      i++;
      return out;
    }
    while (true) {
      Object item = value(false);
      if (item == null || i >= b.length) {
        return null;
      }
      out.add(item);
      byte c = b[i++];
      if (c == ']') {
        return out;
      }
      if (c != ',') {
        return null;
      }
    }
  }

  private boolean literal(String word) {
    int n = word.length();
    if (i + n > b.length) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (b[i + k] != word.charAt(k)) {
        return false;
      }
    }
    i += n;
    return true;
  }

  private @Nullable String integer() {
    int start = i;
    if (b[i] == '-') {
      i++;
    }
    int digits = i;
    while (i < b.length && b[i] >= '0' && b[i] <= '9') {
      i++;
    }
    int n = i - digits;
    if (n == 0 || n > 1 && b[digits] == '0' || n == 1 && b[digits] == '0' && digits > start) {
      return null;
    }
    if (i < b.length && (b[i] == '.' || b[i] == 'e' || b[i] == 'E')) {
      return null;
    }
    if (!keep) {
      return SCANNED;
    }
    return new String(b, start, i - start, StandardCharsets.ISO_8859_1);
  }

  private @Nullable String string() {
    if (i >= b.length || b[i] != '"') {
      return null;
    }
    int start = ++i;
    boolean ascii = true;
    boolean escaped = false;
    while (true) {
      if (i >= b.length) {
        return null;
      }
      int c = b[i] & 0xFF;
      if (c == '"') {
        break;
      }
      if (c < 0x20) {
        return null;
      }
      if (c == '\\') {
        if (i + 1 >= b.length || b[i + 1] != '"' && b[i + 1] != '\\') {
          return null;
        }
        escaped = true;
        i += 2;
        continue;
      }
      if (c >= 0xF0) {
        // a character beyond U+FFFF: the mapper writes it as two escaped surrogates, not as these bytes
        return null;
      }
      if (c >= 0x80) {
        ascii = false;
      }
      i++;
    }
    int len = i - start;
    i++;
    sawEscape |= escaped;
    if (!keep) {
      return ascii || validUtf8(start, len) ? SCANNED : null;
    }
    String text;
    if (ascii) {
      text = new String(b, start, len, StandardCharsets.ISO_8859_1);
    } else {
      try {
        text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b, start, len)).toString();
      } catch (CharacterCodingException e) {
        return null;
      }
    }
    return escaped ? unescape(text) : text;
  }

  private boolean validUtf8(int start, int len) {
    try {
      // non-ASCII text only: the same check members() makes
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b, start, len));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static String unescape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '\\') {
        c = text.charAt(++k);
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
