package io.github.ampark.core.spi;

import io.github.ampark.core.callback.CallbackRequest;
import io.github.ampark.core.callback.FormFields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.AmparkJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Readers for the body encodings vendors use (for module authors: callbacks, signing and redaction):
 * form-urlencoded, JSON and multipart.
 */
public final class BodyCodec {
  private BodyCodec() {}

  /**
   * Parses {@code a=1&b=%E4%B8%AD} as UTF-8; see {@link FormFields#parse(String)}.
   *
   * @param encoded form or query text
   * @return name → decoded value
   */
  public static Map<String, String> form(String encoded) {
    return FormFields.parse(encoded);
  }

  /**
   * Parses form-urlencoded bytes; see {@link FormFields#parse(byte[], Charset)}.
   *
   * @param raw the body bytes
   * @param charset charset of the decoded bytes
   * @return name → decoded value
   */
  public static Map<String, String> form(byte[] raw, Charset charset) {
    return FormFields.parse(raw, charset);
  }

  /**
   * Parses a request's form body.
   *
   * @param request the callback
   * @return name → decoded value
   */
  public static Map<String, String> form(CallbackRequest request) {
    return form(request.body(), request.charset());
  }

  /**
   * Whether {@code b} is well-formed UTF-8 (Unicode table 3-7: no overlong form, no surrogate,
   * nothing past U+10FFFF), which is exactly what the JDK's UTF-8 decoder reads without replacing
   * anything. Bytes that pass decode to text and encode back to the same bytes, so code working on
   * the bytes reads what code working on the text would.
   *
   * @param b the bytes
   * @return whether they are well-formed UTF-8 (an empty array is)
   */
  public static boolean isWellFormedUtf8(byte[] b) {
    int i = 0;
    int n = b.length;
    while (i < n) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int extra;
      int lo = 0x80;
      int hi = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        extra = 1;
      } else if (c >= 0xE0 && c <= 0xEF) {
        extra = 2;
        if (c == 0xE0) {
          lo = 0xA0;
        } else if (c == 0xED) {
          hi = 0x9F;
        }
      } else if (c >= 0xF0 && c <= 0xF4) {
        extra = 3;
        if (c == 0xF0) {
          lo = 0x90;
        } else if (c == 0xF4) {
          hi = 0x8F;
        }
      } else {
        return false;
      }
      if (i + extra >= n) {
        return false;
      }
      int second = b[i + 1] & 0xFF;
      if (second < lo || second > hi) {
        return false;
      }
      for (int k = 2; k <= extra; k++) {
        int next = b[i + k] & 0xFF;
        if (next < 0x80 || next > 0xBF) {
          return false;
        }
      }
      i += extra + 1;
    }
    return true;
  }

  /**
   * Parses a JSON body.
   *
   * @param body UTF-8 JSON
   * @return the tree
   * @throws IllegalArgumentException if not JSON
   */
  public static JsonNode json(byte[] body) {
    try {
      JsonNode node = Mapper.MAPPER.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw new IllegalArgumentException("empty body");
      }
      return node;
    } catch (IOException e) {
      throw new IllegalArgumentException("body is not JSON", e);
    }
  }

  /**
   * Parses a {@code multipart/form-data} body.
   *
   * @param body the raw body
   * @param contentType the {@code Content-Type} header, with its {@code boundary}
   * @return the parts in order
   * @throws IllegalArgumentException if the body is not valid multipart
   */
  public static List<MultipartPart> multipart(byte[] body, String contentType) {
    String boundary = boundary(contentType);
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    List<MultipartPart> parts = new ArrayList<>();
    int pos = indexOf(body, delimiter, 0);
    if (pos < 0) {
      throw new IllegalArgumentException("multipart boundary not found");
    }
    while (true) {
      pos += delimiter.length;
      if (pos + 1 < body.length && body[pos] == '-' && body[pos + 1] == '-') {
        return Collections.unmodifiableList(parts);
      }
      pos = skipCrlf(body, pos);
      int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), pos);
      if (headerEnd < 0) {
        throw new IllegalArgumentException("multipart part without header end");
      }
      String headerText = new String(body, pos, headerEnd - pos, StandardCharsets.UTF_8);
      int contentStart = headerEnd + 4;
      int next = indexOf(body, concat("\r\n".getBytes(StandardCharsets.ISO_8859_1), delimiter), contentStart);
      if (next < 0) {
        throw new IllegalArgumentException("multipart part without closing boundary");
      }
      byte[] content = new byte[next - contentStart];
      System.arraycopy(body, contentStart, content, 0, content.length);
      parts.add(part(headerText, content));
      pos = next + 2;
    }
  }

  private static MultipartPart part(String headerText, byte[] content) {
    String name = null;
    String fileName = null;
    String type = null;
    for (String line : headerText.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String h = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String v = line.substring(colon + 1).trim();
      if ("content-disposition".equals(h)) {
        name = param(v, "name");
        fileName = param(v, "filename");
      } else if ("content-type".equals(h)) {
        type = v;
      }
    }
    if (name == null) {
      throw new IllegalArgumentException("multipart part without a name");
    }
    return new MultipartPart(name, fileName, type, content);
  }

  private static @Nullable String param(String header, String key) {
    for (String p : header.split(";")) {
      String t = p.trim();
      int eq = t.indexOf('=');
      if (eq > 0 && t.substring(0, eq).trim().equalsIgnoreCase(key)) {
        String v = t.substring(eq + 1).trim();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
          v = v.substring(1, v.length() - 1);
        }
        return v;
      }
    }
    return null;
  }

  private static String boundary(String contentType) {
    String b = contentType == null ? null : param(contentType, "boundary");
    if (b == null || b.isEmpty()) {
      throw new IllegalArgumentException("multipart content type without boundary");
    }
    if (b.length() > 70) {
      // RFC 2046: 1 to 70 characters; a longer one would make the boundary search O(body × boundary)
      throw new IllegalArgumentException("multipart boundary longer than 70 characters");
    }
    return b;
  }

  private static int skipCrlf(byte[] b, int pos) {
    if (pos + 1 < b.length && b[pos] == '\r' && b[pos + 1] == '\n') {
      return pos + 2;
    }
    return pos;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static int indexOf(byte[] hay, byte[] needle, int from) {
    outer:
    for (int i = Math.max(from, 0); i <= hay.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Made by the first JSON body parsed: {@link #isWellFormedUtf8} and the form readers need no mapper. */
  private static final class Mapper {
    static final ObjectMapper MAPPER = AmparkJson.newMapper();
  }
}
