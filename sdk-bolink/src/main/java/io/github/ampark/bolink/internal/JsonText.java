package io.github.ampark.bolink.internal;

import io.github.ampark.core.spi.JsonStrings;
import io.github.ampark.bolink.model.JsonScalar;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * Writes the {@code data} object of a Bolink request as compact JSON text, character for character
 * what fastjson 1.2.x (Bolink's own serializer) re-emits after parsing it — so that a server which
 * re-serialises {@code data} before checking the signature computes the same text we signed.
 *
 * <p>Rules (checked against fastjson 1.2.83):
 *
 * <ul>
 *   <li>keys in the map's iteration order (use a {@code LinkedHashMap});
 *   <li>{@code null} map values are left out (fastjson drops them when re-serialising); {@code null}
 *       in a list is written as {@code null};
 *   <li>non-ASCII characters raw (UTF-8 on the wire); {@code / & ? < > '} not escaped;
 *   <li>{@code \b \t \n \f \r \" \\} as short escapes; other characters below U+0020, U+007F–U+009F,
 *       U+2028 and U+2029 as six-character escapes with upper-case hex digits ({@code \}{@code u007F});
 *   <li>text with an unpaired surrogate is refused (UTF-8 cannot carry it: what is signed would
 *       not be what is sent);
 *   <li>integers plain; {@link BigDecimal} in plain notation ({@code 1.25}, never {@code 1.25E0});
 *       {@code double} and {@code float} are refused (money and measures are never binary floats).
 * </ul>
 *
 * <p>Enums are not accepted: each request mapping writes a code explicitly as the number or the
 * string its field is documented to be.
 */
public final class JsonText {

  private JsonText() {}

  /**
   * @param value a map, collection, string, integer, {@link BigDecimal} or boolean
   * @return its compact JSON text
   * @throws IllegalArgumentException for a floating-point number or an unsupported type
   */
  public static String write(Object value) {
    StringBuilder sb = new StringBuilder(128);
    write(sb, value);
    return sb.toString();
  }

  /**
   * {@link #write}'s text as UTF-8 bytes, written as bytes directly (no text in between).
   *
   * @param value as for {@link #write}
   * @return {@code write(value).getBytes(UTF_8)}
   * @throws IllegalArgumentException as {@link #write} does
   */
  static byte[] utf8(Object value) {
    Utf8 out = new Utf8();
    // anything the byte writer does not take (a refused value, an unpaired surrogate) goes
    // through write(), which refuses it with its own message or writes it
    return out.value(value) ? out.toBytes() : write(value).getBytes(StandardCharsets.UTF_8);
  }

  private static void write(StringBuilder sb, Object value) {
    if (value == null) {
      sb.append("null");
    } else if (value instanceof Map) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        if (e.getValue() == null) {
          continue;
        }
        if (!first) {
          sb.append(',');
        }
        first = false;
        string(sb, String.valueOf(e.getKey()));
        sb.append(':');
        write(sb, e.getValue());
      }
      sb.append('}');
    } else if (value instanceof Collection) {
      sb.append('[');
      boolean first = true;
      for (Object o : (Collection<?>) value) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        write(sb, o);
      }
      sb.append(']');
    } else if (value instanceof CharSequence) {
      string(sb, value.toString());
    } else if (value instanceof JsonScalar) {
      JsonScalar j = (JsonScalar) value;
      if (j.isText()) {
        string(sb, j.value());
      } else {
        sb.append(j.value());
      }
    } else if (value instanceof BigDecimal) {
      sb.append(((BigDecimal) value).toPlainString());
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte || value instanceof BigInteger) {
      sb.append(value.toString());
    } else if (value instanceof Boolean) {
      sb.append(value.toString());
    } else if (value instanceof Number) {
      throw new IllegalArgumentException(
          "only integers and BigDecimal are written to Bolink, never binary floating point (was a "
              + value.getClass().getSimpleName() + ")");
    } else {
      throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as Bolink JSON");
    }
  }

  /**
   * Appends a JSON string literal with fastjson's escapes.
   *
   * @param sb target
   * @param s the string
   */
  static void string(StringBuilder sb, String s) {
    JsonStrings.append(sb, s, JsonStrings.Style.FASTJSON);
  }

  /** The byte writer behind {@link #utf8}: the same rules as {@link #write}, UTF-8 out. */
  private static final class Utf8 {
    private static final byte[] HEX_UPPER = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    /** ASCII characters written as they are: printable, neither quote nor backslash (DEL is escaped). */
    private static final boolean[] PLAIN = new boolean[0x80];

    static {
      for (int c = 0x20; c < 0x7F; c++) {
        PLAIN[c] = c != '"' && c != '\\';
      }
    }
    private byte[] buf = new byte[256];
    private int n;

    /** @return false for what {@link #write} refuses or writes another way */
    boolean value(Object value) {
      if (value == null) {
        ascii("null");
      } else if (value instanceof Map) {
        put1('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
          if (e.getValue() == null) {
            continue;
          }
          if (!first) {
            put1(',');
          }
          first = false;
          if (!string(String.valueOf(e.getKey()))) {
            return false;
          }
          put1(':');
          if (!value(e.getValue())) {
            return false;
          }
        }
        put1('}');
      } else if (value instanceof Collection) {
        put1('[');
        boolean first = true;
        for (Object o : (Collection<?>) value) {
          if (!first) {
            put1(',');
          }
          first = false;
          if (!value(o)) {
            return false;
          }
        }
        put1(']');
      } else if (value instanceof CharSequence) {
        return string(value.toString());
      } else if (value instanceof JsonScalar) {
        JsonScalar j = (JsonScalar) value;
        return j.isText() ? string(j.value()) : raw(j.value());
      } else if (value instanceof BigDecimal) {
        ascii(((BigDecimal) value).toPlainString());
      } else if (value instanceof Integer || value instanceof Long || value instanceof Short
          || value instanceof Byte || value instanceof BigInteger || value instanceof Boolean) {
        ascii(value.toString());
      } else {
        return false;
      }
      return true;
    }

    /** A JSON string with {@link JsonStrings.Style#FASTJSON}'s escapes; false for an unpaired surrogate. */
    private boolean string(String s) {
      int len = s.length();
      ensure(len + 2); // room for an all-plain string: its characters need no ensure() each
      buf[n++] = '"';
      int i = 0;
      for (; i < len; i++) { // the plain ASCII run, byte for char
        char c = s.charAt(i);
        if (c >= 0x80 || !PLAIN[c]) {
          break;
        }
        buf[n++] = (byte) c;
      }
      for (; i < len; i++) {
        char c = s.charAt(i);
        if (c < 0x80 && PLAIN[c]) {
          put1(c);
        } else if (c == '"' || c == '\\') {
          put1('\\');
          put1(c);
        } else if (c == '\n') {
          escape('n');
        } else if (c == '\r') {
          escape('r');
        } else if (c == '\t') {
          escape('t');
        } else if (c == '\b') {
          escape('b');
        } else if (c == '\f') {
          escape('f');
        } else if (c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029') {
          put1('\\');
          put1('u');
          put1(HEX_UPPER[(c >> 12) & 15]);
          put1(HEX_UPPER[(c >> 8) & 15]);
          put1(HEX_UPPER[(c >> 4) & 15]);
          put1(HEX_UPPER[c & 15]);
        } else if (Character.isSurrogate(c)) {
          if (!Character.isHighSurrogate(c) || i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
            return false;
          }
          codePoint(Character.toCodePoint(c, s.charAt(++i)));
        } else {
          codePoint(c);
        }
      }
      put1('"');
      return true;
    }

    /** A raw scalar's text as String.getBytes writes it; false if it holds a surrogate. */
    private boolean raw(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isSurrogate(c)) {
          return false;
        }
        if (c < 0x80) {
          put1(c);
        } else {
          codePoint(c);
        }
      }
      return true;
    }

    private void escape(char c) {
      put1('\\');
      put1(c);
    }

    private void ascii(String s) {
      ensure(s.length());
      for (int i = 0; i < s.length(); i++) {
        buf[n++] = (byte) s.charAt(i);
      }
    }

    private void codePoint(int cp) {
      ensure(4);
      if (cp < 0x800) {
        buf[n++] = (byte) (0xC0 | cp >> 6);
      } else if (cp < 0x10000) {
        buf[n++] = (byte) (0xE0 | cp >> 12);
        buf[n++] = (byte) (0x80 | (cp >> 6 & 0x3F));
      } else {
        buf[n++] = (byte) (0xF0 | cp >> 18);
        buf[n++] = (byte) (0x80 | (cp >> 12 & 0x3F));
        buf[n++] = (byte) (0x80 | (cp >> 6 & 0x3F));
      }
      buf[n++] = (byte) (0x80 | (cp & 0x3F));
    }

    private void put1(int b) {
      ensure(1);
      buf[n++] = (byte) b;
    }

    private void ensure(int more) {
      if (n + more > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(n + more, 2 * buf.length));
      }
    }

    byte[] toBytes() {
      return Arrays.copyOf(buf, n);
    }
  }
}
