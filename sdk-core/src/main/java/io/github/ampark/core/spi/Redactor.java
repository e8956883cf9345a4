package io.github.ampark.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.BodyCodec;
import io.github.ampark.core.spi.MultipartPart;
import io.github.ampark.core.spi.AmparkJson;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;

/**
 * Removes secrets from anything Ampark prints: log lines, exception bodies, {@code toString()}
 * (for module authors). Works on query strings, headers, form, multipart and JSON bodies, and
 * free text:
 *
 * <ul>
 *   <li>values of sensitive names are replaced by {@code ****}: the built-in ones ({@code sign},
 *       {@code signature}, {@code key}, {@code ukey}, {@code ckey}, {@code auth_code},
 *       {@code authorization}, {@code cookie}, and any name containing {@code secret},
 *       {@code password} or {@code token}) plus the client's configured ones;
 *   <li>{@code name=value} fragments with a sensitive name are masked inside free text (a vendor
 *       echoing its string-to-sign in an error hint);
 *   <li>the literal values of the client's own secrets are masked wherever they appear.
 * </ul>
 */
public final class Redactor {
  /** The replacement text. */
  public static final String MASK = "****";

  private static final Set<String> BUILT_IN =
      Collections.unmodifiableSet(
          new HashSet<>(
              Arrays.asList(
                  "sign", "signature", "sign_str", "key", "ukey", "ckey", "auth_code", "authorization",
                  "proxy-authorization", "cookie", "set-cookie", "x-api-key", "pwd")));
  private static final String[] FRAGMENTS = {"secret", "password", "passwd", "token"};

  /** The mapper for redacting JSON bodies, made by the first body redacted (a client that logs no body never needs it). */
  private static final class Json {
    static final ObjectMapper MAPPER = AmparkJson.newMapper();
  }
  /** Characters of a body shown at most (cut before redaction). */
  private static final int MAX_LOGGED_BYTES = 16 * 1024;
  /** Bytes of a body looked at at most. */
  private static final int MAX_VIEWED_BYTES = 64 * 1024;

  private final Set<String> extra;
  private final List<String> secrets;
  private final @Nullable Function<byte[], String> bodyView;

  private Redactor(Set<String> extra, List<String> secrets, @Nullable Function<byte[], String> bodyView) {
    this.extra = extra;
    this.secrets = secrets;
    this.bodyView = bodyView;
  }

  /**
   * A redactor.
   *
   * @param sensitiveNames extra names to redact (case-insensitive)
   * @param secretValues literal secret values to mask anywhere (values shorter than 3 characters are
   *     ignored to keep text readable)
   * @return a redactor
   */
  public static Redactor of(Collection<String> sensitiveNames, Collection<String> secretValues) {
    Set<String> names = new HashSet<>();
    for (String n : sensitiveNames) {
      names.add(n.toLowerCase(Locale.ROOT));
    }
    List<String> values = new ArrayList<>();
    for (String s : secretValues) {
      if (s != null && s.length() >= 3) {
        values.add(s);
      }
    }
    values.sort(Comparator.comparingInt(String::length).reversed());
    return new Redactor(Collections.unmodifiableSet(names), Collections.unmodifiableList(values), null);
  }

  /**
   * A redactor with only the built-in names.
   *
   * @return a redactor with only the built-in names
   */
  public static Redactor defaults() {
    return of(Collections.<String>emptySet(), Collections.<String>emptySet());
  }

  /**
   * A copy that first turns a body into readable text (e.g. decodes Base64) before redacting it.
   *
   * @param view returns the readable text, or {@code null} to treat the bytes as they are
   * @return the new redactor
   */
  public Redactor withBodyView(Function<byte[], String> view) {
    return new Redactor(extra, secrets, view);
  }

  /**
   * A copy that also masks these literal secret values.
   *
   * @param moreSecrets literal values (such as a vendor secret) masked wherever they appear in text
   * @return a copy that also masks these literal secret values
   */
  public Redactor withSecrets(Collection<String> moreSecrets) {
    List<String> all = new ArrayList<>(secrets);
    for (String s : moreSecrets) {
      if (s != null && s.length() >= 3) {
        all.add(s);
      }
    }
    all.sort(Comparator.comparingInt(String::length).reversed());
    return new Redactor(extra, Collections.unmodifiableList(all), bodyView);
  }

  /**
   * Whether its value must never be shown.
   *
   * @param name a field, parameter or header name
   * @return whether its value must never be shown
   */
  public boolean isSensitive(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (BUILT_IN.contains(n) || extra.contains(n)) {
      return true;
    }
    for (String f : FRAGMENTS) {
      if (n.contains(f)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Masks secrets in free text; {@code null} stays {@code null}. Linear in the length of the text
   * (one pass per configured secret value, then one pass for {@code name=value} pairs).
   *
   * @param text the text, or {@code null}
   * @return the text with secrets masked, or {@code null} for {@code null}
   */
  public @Nullable String redactText(@Nullable String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (String s : secrets) {
      out = out.replace(s, MASK);
    }
    return maskPairs(out);
  }

  /**
   * Masks the value of every {@code name=value}, {@code "name":"value"} and {@code "name": "value"}
   * pair with a sensitive name. A name is a run of {@code [A-Za-z0-9_-]} starting at its first
   * letter or underscore; a value runs up to {@code &}, a quote or white space. A hand-written scan
   * rather than a regular expression: a backtracking pattern costs O(n²) on a long run of letters
   * without a separator, and the text comes from untrusted answers.
   */
  private String maskPairs(String text) {
    int n = text.length();
    StringBuilder sb = null;
    int copied = 0; // text[0, copied) is in sb (or unchanged, while sb is null)
    int i = 0;
    while (i < n) {
      if (!isNameChar(text.charAt(i))) {
        i++;
        continue;
      }
      int runEnd = i;
      int nameStart = -1;
      while (runEnd < n && isNameChar(text.charAt(runEnd))) {
        if (nameStart < 0 && isNameStart(text.charAt(runEnd))) {
          nameStart = runEnd;
        }
        runEnd++;
      }
      int sep = nameStart < 0 ? 0 : separatorLength(text, runEnd);
      if (sep == 0) {
        i = runEnd;
        continue;
      }
      int valueStart = runEnd + sep;
      int valueEnd = valueStart;
      while (valueEnd < n && !endsValue(text.charAt(valueEnd))) {
        valueEnd++;
      }
      boolean masked = valueEnd - valueStart == MASK.length() && text.startsWith(MASK, valueStart);
      if (valueEnd > valueStart && !masked && isSensitive(text.substring(nameStart, runEnd))) {
        if (sb == null) {
          sb = new StringBuilder(n);
        }
        sb.append(text, copied, valueStart).append(MASK);
        copied = valueEnd;
      }
      i = valueEnd;
    }
    if (sb == null) {
      return text;
    }
    return sb.append(text, copied, n).toString();
  }

  private static boolean isNameStart(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
  }

  private static boolean isNameChar(char c) {
    return isNameStart(c) || c >= '0' && c <= '9' || c == '-';
  }

  private static int separatorLength(String text, int at) {
    if (at >= text.length()) {
      return 0;
    }
    if (text.charAt(at) == '=') {
      return 1;
    }
    if (text.startsWith("\":\"", at)) {
      return 3;
    }
    if (text.startsWith("\": \"", at)) {
      return 4;
    }
    return 0;
  }

  private static boolean endsValue(char c) {
    return c == '&' || c == '"' || c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /**
   * The URL with sensitive query values masked.
   *
   * @param url the URL, as sent
   * @return the URL with sensitive query values masked
   */
  public String redactUrl(HttpUrl url) {
    if (url.querySize() == 0) {
      return redactText(url.toString());
    }
    HttpUrl.Builder b = url.newBuilder().query(null);
    for (int i = 0; i < url.querySize(); i++) {
      String name = url.queryParameterName(i);
      String value = url.queryParameterValue(i);
      b.addQueryParameter(name, value == null ? null : isSensitive(name) ? MASK : value);
    }
    return redactText(b.build().toString());
  }

  /**
   * Headers as {@code name: value} lines with sensitive values masked.
   *
   * @param headers the headers, as sent
   * @return headers as {@code name: value} lines with sensitive values masked
   */
  public String redactHeaders(Headers headers) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      sb.append(name).append(": ").append(isSensitive(name) ? MASK : redactText(headers.value(i))).append('\n');
    }
    return sb.toString();
  }

  /**
   * A body as printable text, with sensitive fields and secrets masked. JSON, form and multipart
   * bodies are redacted field by field; other text by {@link #redactText}; binary bodies are
   * summarised.
   *
   * @param body exact bytes
   * @param contentType their type, or {@code null}
   * @return printable, redacted text
   */
  public String redactBody(byte[] body, @Nullable MediaType contentType) {
    if (body.length == 0) {
      return "";
    }
    String subtype = contentType == null ? "" : contentType.subtype().toLowerCase(Locale.ROOT);
    if ("form-data".equals(subtype) && "multipart".equals(contentType.type())) {
      return body.length > MAX_VIEWED_BYTES
          ? "(multipart body, " + body.length + " bytes)"
          : redactMultipart(body, contentType.toString());
    }
    if (contentType != null && isBinary(contentType)) {
      return "(" + body.length + " bytes of " + contentType + ")";
    }
    // Cut before anything else looks at it: what follows is linear, but need not be fast on 4 MiB.
    byte[] shown = body.length > MAX_VIEWED_BYTES ? Arrays.copyOf(body, MAX_VIEWED_BYTES) : body;
    String more = body.length > MAX_VIEWED_BYTES ? "…(" + body.length + " bytes)" : "";
    Charset cs = contentType == null ? null : contentType.charset(null);
    String text = new String(shown, cs == null ? StandardCharsets.UTF_8 : cs);
    if (bodyView != null) {
      String view;
      try {
        view = bodyView.apply(shown);
      } catch (RuntimeException e) {
        view = null;
      }
      if (view != null) {
        return "(decoded) " + redactStructured(view, subtype, more);
      }
    }
    return redactStructured(text, subtype, more);
  }

  private String redactStructured(String text, String subtype, String more) {
    if (text.length() > MAX_LOGGED_BYTES || !more.isEmpty()) {
      // cut first, then redact the cut text as free text (it is no longer well-formed JSON or form)
      String cut = dropSecretPrefixAtEnd(text.substring(0, Math.min(text.length(), MAX_LOGGED_BYTES)));
      return redactText(cut) + (more.isEmpty() ? "…(" + text.length() + " chars)" : more);
    }
    String trimmed = text.trim();
    String out;
    if (subtype.contains("json") || trimmed.startsWith("{") || trimmed.startsWith("[")) {
      out = redactJson(text);
    } else if (subtype.equals("x-www-form-urlencoded")) {
      out = redactForm(text);
    } else {
      out = redactText(text);
    }
    if (out.length() > MAX_LOGGED_BYTES) {
      return out.substring(0, MAX_LOGGED_BYTES) + "…(" + out.length() + " chars)";
    }
    return out;
  }

  /** A cut may end inside a secret value; drop such a partial secret rather than show its start. */
  private String dropSecretPrefixAtEnd(String cut) {
    int drop = 0;
    for (String s : secrets) {
      for (int k = Math.min(s.length() - 1, cut.length()); k > drop; k--) {
        if (cut.regionMatches(cut.length() - k, s, 0, k)) {
          drop = k;
          break;
        }
      }
    }
    return cut.substring(0, cut.length() - drop);
  }

  /**
   * JSON text with sensitive fields masked at any depth; non-JSON falls back to {@link
   * #redactText}.
   *
   * @param json the JSON text (or any text)
   * @return JSON text with sensitive fields masked at any depth; non-JSON falls back to {@link
   *     #redactText}
   */
  public String redactJson(String json) {
    try {
      JsonNode tree = Json.MAPPER.readTree(json);
      if (tree == null) {
        return redactText(json);
      }
      return Json.MAPPER.writeValueAsString(redactTree(tree.deepCopy()));
    } catch (IOException e) {
      return redactText(json);
    }
  }

  /**
   * A copy of the tree with sensitive fields masked at any depth.
   *
   * @param node the tree; it is not changed
   * @return a copy of the tree with sensitive fields masked at any depth
   */
  public JsonNode redactTree(JsonNode node) {
    if (node instanceof ObjectNode) {
      ObjectNode obj = (ObjectNode) node;
      Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
      List<String> names = new ArrayList<>();
      while (it.hasNext()) {
        names.add(it.next().getKey());
      }
      for (String name : names) {
        JsonNode child = obj.get(name);
        if (isSensitive(name) && !child.isContainerNode() && !child.isNull()) {
          obj.set(name, TextNode.valueOf(MASK));
        } else {
          obj.set(name, redactTree(child));
        }
      }
      return obj;
    }
    if (node instanceof ArrayNode) {
      ArrayNode arr = (ArrayNode) node;
      for (int i = 0; i < arr.size(); i++) {
        arr.set(i, redactTree(arr.get(i)));
      }
      return arr;
    }
    if (node.isTextual()) {
      String t = node.asText();
      String r = redactText(t);
      return t.equals(r) ? node : TextNode.valueOf(r);
    }
    return node;
  }

  /**
   * Form-urlencoded text with sensitive values masked (other values kept as sent).
   *
   * @param form the form-urlencoded text
   * @return form-urlencoded text with sensitive values masked (other values kept as sent)
   */
  public String redactForm(String form) {
    StringBuilder sb = new StringBuilder(form.length());
    for (String pair : form.split("&", -1)) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      int eq = pair.indexOf('=');
      String rawName = eq < 0 ? pair : pair.substring(0, eq);
      String name = decode(rawName);
      if (eq >= 0 && isSensitive(name)) {
        sb.append(rawName).append('=').append(MASK);
      } else {
        sb.append(pair);
      }
    }
    return redactText(sb.toString());
  }

  private String redactMultipart(byte[] body, String contentType) {
    try {
      List<MultipartPart> parts = BodyCodec.multipart(body, contentType);
      StringBuilder sb = new StringBuilder("(multipart) ");
      for (MultipartPart p : parts) {
        sb.append(p.name()).append('=');
        if (p.fileName() != null) {
          sb.append("<file ").append(p.fileName()).append(", ").append(p.content().length).append(" bytes>");
        } else if (isSensitive(p.name())) {
          sb.append(MASK);
        } else {
          sb.append(redactText(p.text()));
        }
        sb.append("; ");
      }
      return sb.toString();
    } catch (RuntimeException e) {
      return "(multipart body, " + body.length + " bytes)";
    }
  }

  private static boolean isBinary(MediaType type) {
    String t = type.type().toLowerCase(Locale.ROOT);
    String s = type.subtype().toLowerCase(Locale.ROOT);
    if ("text".equals(t)) {
      return false;
    }
    return !(s.contains("json") || s.contains("xml") || s.contains("x-www-form-urlencoded") || s.contains("javascript"));
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, "UTF-8");
    } catch (IllegalArgumentException | java.io.UnsupportedEncodingException e) {
      return s;
    }
  }
}
