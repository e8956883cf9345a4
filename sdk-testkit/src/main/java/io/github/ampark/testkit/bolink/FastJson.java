package io.github.ampark.testkit.bolink;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Bolink's server does with a JSON body, written independently of the SDK: parse it keeping
 * member order (fastjson's {@code Feature.OrderedField}) and write a value back the way fastjson
 * 1.2.x does (raw non-ASCII, no {@code /} or HTML escaping, {@code null} members dropped, numbers
 * as parsed). The fake signs and verifies over {@link #write} of the parsed {@code data}, so a
 * client that signed different characters than fastjson re-emits is caught.
 */
final class FastJson {
  /** Marker for a JSON {@code null} (a map value of {@code null} would be ambiguous). */
  static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  private final String s;
  private int i;

  private FastJson(String s) {
    this.s = s;
  }

  /** {@return maps (ordered), lists, strings, numbers, booleans or {@link #NULL}} */
  static Object parse(String text) {
    FastJson p = new FastJson(text);
    p.ws();
    Object v = p.value();
    p.ws();
    if (p.i != text.length()) {
      throw new IllegalArgumentException("trailing text at " + p.i);
    }
    return v;
  }

  static String write(Object value) {
    StringBuilder sb = new StringBuilder();
    write(sb, value);
    return sb.toString();
  }

  @SuppressWarnings("unchecked")
  private static void write(StringBuilder sb, Object v) {
    if (v == null || v == NULL) {
      sb.append("null");
    } else if (v instanceof Map) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<String, Object> e : ((Map<String, Object>) v).entrySet()) {
        if (e.getValue() == null || e.getValue() == NULL) {
          continue; // fastjson leaves null members out
        }
        if (!first) {
          sb.append(',');
        }
        first = false;
        quote(sb, e.getKey());
        sb.append(':');
        write(sb, e.getValue());
      }
      sb.append('}');
    } else if (v instanceof List) {
      sb.append('[');
      boolean first = true;
      for (Object o : (List<Object>) v) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        write(sb, o);
      }
      sb.append(']');
    } else if (v instanceof String) {
      quote(sb, (String) v);
    } else {
      sb.append(v.toString());
    }
  }

  private static void quote(StringBuilder sb, String str) {
    sb.append('"');
    for (char c : str.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c == '\b') {
        sb.append("\\b");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\f') {
        sb.append("\\f");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c < ' ' || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    sb.append('"');
  }

  private Object value() {
    char c = peek();
    switch (c) {
      case '{': {
        i++;
        Map<String, Object> m = new LinkedHashMap<>();
        ws();
        if (peek() == '}') {
          i++;
          return m;
        }
        while (true) {
          ws();
          String k = string();
          ws();
          expect(':');
          ws();
          m.put(k, value());
          ws();
          char n = s.charAt(i++);
          if (n == '}') {
            return m;
          }
          if (n != ',') {
            throw new IllegalArgumentException("expected , or } at " + (i - 1));
          }
        }
      }
      case '[': {
        i++;
        List<Object> l = new ArrayList<>();
        ws();
        if (peek() == ']') {
          i++;
          return l;
        }
        while (true) {
          ws();
          l.add(value());
          ws();
          char n = s.charAt(i++);
          if (n == ']') {
            return l;
          }
          if (n != ',') {
            throw new IllegalArgumentException("expected , or ] at " + (i - 1));
          }
        }
      }
      case '"':
        return string();
      default:
        int start = i;
        while (i < s.length() && "-+.eE0123456789truefalsn".indexOf(s.charAt(i)) >= 0) {
          i++;
        }
        String lit = s.substring(start, i);
        if (lit.equals("true") || lit.equals("false")) {
          return Boolean.valueOf(lit);
        }
        if (lit.equals("null")) {
          return NULL;
        }
        if (lit.isEmpty()) {
          throw new IllegalArgumentException("unexpected '" + c + "' at " + start);
        }
        if (lit.contains(".") || lit.contains("e") || lit.contains("E")) {
          return new BigDecimal(lit);
        }
        BigInteger big = new BigInteger(lit);
        return big.bitLength() < 32 ? (Object) big.intValue() : big.bitLength() < 64 ? (Object) big.longValue() : big;
    }
  }

  private String string() {
    expect('"');
    StringBuilder sb = new StringBuilder();
    while (true) {
      char c = s.charAt(i++);
      if (c == '"') {
        return sb.toString();
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = s.charAt(i++);
      switch (e) {
        case 'b': sb.append('\b'); break;
        case 't': sb.append('\t'); break;
        case 'n': sb.append('\n'); break;
        case 'f': sb.append('\f'); break;
        case 'r': sb.append('\r'); break;
        case 'u': sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
        default: sb.append(e);
      }
    }
  }

  private void ws() {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
  }

  private char peek() {
    if (i >= s.length()) {
      throw new IllegalArgumentException("unexpected end");
    }
    return s.charAt(i);
  }

  private void expect(char c) {
    if (peek() != c) {
      throw new IllegalArgumentException("expected " + c + " at " + i);
    }
    i++;
  }
}
