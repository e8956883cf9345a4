package io.github.ampark.bolink.internal;

import io.github.ampark.core.spi.JsonStrings;
import io.github.ampark.bolink.model.JsonScalar;
import java.math.BigDecimal;
import java.math.BigInteger;
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
}
