package io.github.ampark.bolink.internal;

import io.github.ampark.core.Nullable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small scanner that returns the members of a JSON object as the exact text they were received
 * in, without parsing and re-serialising them. Bolink signs the characters of the {@code data}
 * value; verifying anything but those characters would accept or reject the wrong messages.
 *
 * <pre>{@code
 * Map<String, String> members = RawJson.members("{\"data\":{\"a\":\"\\u6587\"},\"sign\":\"AB\"}");
 * members.get("data");   // {"a":"\u6587"}   (as received, escapes kept)
 * members.get("sign");   // "AB"             (with its quotes)
 * }</pre>
 */
public final class RawJson {
  /** Deepest nesting accepted: Bolink's messages are two or three levels deep; deeper input is refused, never recursed into. */
  static final int MAX_DEPTH = 64;

  private final String text;
  private int pos;
  private int depth;

  private RawJson(String text) {
    this.text = text;
  }

  /**
   * @param json a JSON object, e.g. a callback body
   * @return member name (unescaped) → the value's raw text, in order
   * @throws IllegalArgumentException if it is not one well-formed JSON object, or a name repeats
   *     (readers disagree on which of two equal names wins, so such a body is refused)
   */
  public static Map<String, String> members(String json) {
    RawJson s = new RawJson(json);
    Map<String, String> out = new LinkedHashMap<>();
    s.ws();
    s.expect('{');
    s.ws();
    if (s.peek() == '}') {
      s.pos++;
    } else {
      while (true) {
        s.ws();
        int nameStart = s.pos;
        s.skipString();
        String name = unquote(json.substring(nameStart, s.pos));
        s.ws();
        s.expect(':');
        s.ws();
        int start = s.pos;
        s.skipValue();
        if (out.put(name, json.substring(start, s.pos)) != null) {
          throw new IllegalArgumentException("member '" + name + "' appears twice");
        }
        s.ws();
        char c = s.next();
        if (c == '}') {
          break;
        }
        if (c != ',') {
          throw s.error("',' or '}'");
        }
      }
    }
    s.ws();
    if (s.pos != json.length()) {
      throw s.error("end of text");
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The text of a raw JSON string literal, or {@code null} if the raw value is not a string.
   *
   * @param raw raw member text, e.g. {@code "AB"} with quotes
   * @return the unescaped string
   */
  public static @Nullable String stringValue(@Nullable String raw) {
    if (raw == null || raw.length() < 2 || raw.charAt(0) != '"') {
      return null;
    }
    return unquote(raw);
  }

  private static String unquote(String literal) {
    StringBuilder sb = new StringBuilder(literal.length());
    for (int i = 1; i < literal.length() - 1; i++) {
      char c = literal.charAt(i);
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = literal.charAt(++i);
      switch (e) {
        case 'b': sb.append('\b'); break;
        case 't': sb.append('\t'); break;
        case 'n': sb.append('\n'); break;
        case 'f': sb.append('\f'); break;
        case 'r': sb.append('\r'); break;
        case 'u':
          sb.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
          i += 4;
          break;
        default: sb.append(e);
      }
    }
    return sb.toString();
  }

  private void skipValue() {
    char c = peek();
    if (c == '"') {
      skipString();
    } else if (c == '{' || c == '[') {
      if (++depth > MAX_DEPTH) {
        throw error("at most " + MAX_DEPTH + " levels of nesting");
      }
      char close = c == '{' ? '}' : ']';
      pos++;
      ws();
      if (peek() == close) {
        pos++;
        depth--;
        return;
      }
      while (true) {
        ws();
        if (close == '}') {
          skipString();
          ws();
          expect(':');
          ws();
        }
        skipValue();
        ws();
        char n = next();
        if (n == close) {
          depth--;
          return;
        }
        if (n != ',') {
          throw error("',' or '" + close + "'");
        }
      }
    } else {
      int start = pos;
      while (pos < text.length() && "{}[],: \t\r\n\"".indexOf(text.charAt(pos)) < 0) {
        pos++;
      }
      String literal = text.substring(start, pos);
      if (!literal.matches("true|false|null|-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
        throw error("a JSON value");
      }
    }
  }

  private void skipString() {
    expect('"');
    while (true) {
      if (pos >= text.length()) {
        throw error("closing quote");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return;
      }
      if (c == '\\') {
        if (pos >= text.length()) {
          throw error("escape");
        }
        char e = text.charAt(pos++);
        if (e == 'u') {
          if (pos + 4 > text.length() || !text.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
            throw error("four hex digits");
          }
          pos += 4;
        } else if ("\"\\/bfnrt".indexOf(e) < 0) {
          throw error("a valid escape");
        }
      } else if (c < 0x20) {
        throw error("no raw control character in a string");
      }
    }
  }

  private void ws() {
    while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
  }

  private char peek() {
    if (pos >= text.length()) {
      throw error("more text");
    }
    return text.charAt(pos);
  }

  private char next() {
    char c = peek();
    pos++;
    return c;
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("'" + c + "'");
    }
    pos++;
  }

  private IllegalArgumentException error(String expected) {
    return new IllegalArgumentException("malformed JSON: expected " + expected + " at offset " + pos);
  }
}
