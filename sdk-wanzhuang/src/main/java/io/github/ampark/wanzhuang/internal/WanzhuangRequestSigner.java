package io.github.ampark.wanzhuang.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.AmparkJson;
import io.github.ampark.core.spi.BodyCodec;
import io.github.ampark.core.spi.MultipartPart;
import io.github.ampark.core.spi.OutgoingRequest;
import io.github.ampark.core.spi.RequestSigner;
import io.github.ampark.wanzhuang.WanzhuangSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;

/**
 * Signs each attempt (not API): {@code app_id}, {@code timestamp} (Unix seconds from the client's
 * clock, fresh per attempt) and {@code sign} go where the business fields are —
 *
 * <ul>
 *   <li>no body (GET): appended to the query string, in that order; repeated keys ({@code
 *       device_nums[]}) are one array parameter for the signature;
 *   <li>JSON: added as the last members of the object ({@code app_id} a string, {@code timestamp} a
 *       number, {@code sign} a string) and the object written again; a body the mapper would write
 *       again unchanged ({@link FlatJson}, what {@link Bodies} writes) gets the three members
 *       appended to its bytes instead, which is the same text;
 *   <li>multipart: appended as the last three text parts; file parts are not signed;
 *   <li>form-urlencoded (raw requests only): appended as the last three fields.
 * </ul>
 */
public final class WanzhuangRequestSigner implements RequestSigner {
  private static final byte[] APP_ID_MEMBER = "\"app_id\":".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] TIMESTAMP_MEMBER = ",\"timestamp\":".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] SIGN_MEMBER = ",\"sign\":\"".getBytes(StandardCharsets.ISO_8859_1);
  private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<LinkedHashMap<String, Object>>() {};

  private final String appId;
  private final WanzhuangSigner signer;
  private final Clock clock;
  private final Supplier<ObjectMapper> mapper;
  private final @Nullable byte[] appIdJson;

  /**
   * @param appId the application id
   * @param signer the signature function
   * @param clock the source of {@code timestamp}
   * @param mapper the client's JSON mapper
   */
  public WanzhuangRequestSigner(String appId, WanzhuangSigner signer, Clock clock, ObjectMapper mapper) {
    this(appId, signer, clock, () -> mapper, appIdJson(appId, mapper));
  }

  /**
   * A signer for a client on Ampark's mapper ({@link AmparkJson#newMapper()}, which writes plain
   * text as it is), asked for only when a body must be parsed and written again: a body the fast
   * path signs never makes it.
   *
   * @param appId the application id
   * @param signer the signature function
   * @param clock the source of {@code timestamp}
   * @param amparkMapper the client's mapper, made by {@link AmparkJson#newMapper()}
   */
  public WanzhuangRequestSigner(String appId, WanzhuangSigner signer, Clock clock, Supplier<ObjectMapper> amparkMapper) {
    this(appId, signer, clock, amparkMapper, isPlainJsonText(appId) ? plainAppIdJson(appId) : null);
  }

  private WanzhuangRequestSigner(
      String appId, WanzhuangSigner signer, Clock clock, Supplier<ObjectMapper> mapper, @Nullable byte[] appIdJson) {
    this.appId = appId;
    this.signer = signer;
    this.clock = clock;
    this.mapper = mapper;
    this.appIdJson = appIdJson;
  }

  @Override
  public void sign(OutgoingRequest request) {
    long ts = clock.instant().getEpochSecond();
    MediaType type = request.contentType();
    byte[] body = request.body();
    if (type == null || body.length == 0 && !"json".equals(type.subtype())) {
      signQuery(request, ts);
    } else if ("json".equals(type.subtype())) {
      signJson(request, body, type, ts);
    } else if ("multipart".equals(type.type())) {
      signMultipart(request, body, type, ts);
    } else {
      signForm(request, ts);
    }
  }

  private void signQuery(OutgoingRequest request, long ts) {
    HttpUrl url = request.url();
    Map<String, Object> params = new LinkedHashMap<>();
    for (int i = 0; i < url.querySize(); i++) {
      String value = url.queryParameterValue(i);
      String name = url.queryParameterName(i);
      if (name.endsWith("[]") && !params.containsKey(name)) {
        params.put(name, new ArrayList<Object>());
      }
      add(params, name, value == null ? "" : value);
    }
    params.put(WanzhuangSigner.APP_ID, appId);
    params.put(WanzhuangSigner.TIMESTAMP, Long.toString(ts));
    String sign = signer.sign(params);
    request.addQueryParameter(WanzhuangSigner.APP_ID, appId);
    request.addQueryParameter(WanzhuangSigner.TIMESTAMP, Long.toString(ts));
    request.addQueryParameter(WanzhuangSigner.SIGN, sign);
  }

  private void signJson(OutgoingRequest request, byte[] body, MediaType type, long ts) {
    byte[] signed = appendedSigned(body, ts);
    request.body(signed != null ? signed : rewrittenSigned(body, ts), type);
  }

  /**
   * The fast path: the signed body by appending to {@code body}, or {@code null} when {@code body}
   * is not one the mapper writes again unchanged (then {@link #rewrittenSigned} applies).
   */
  @Nullable byte[] appendedSigned(byte[] body, long ts) {
    byte[] streamed = streamedSigned(body, ts);
    if (streamed != null) {
      return streamed;
    }
    byte[] appIdText = appIdJson;
    Map<String, Object> flat = appIdText == null ? null
        : FlatJson.members(body, WanzhuangSigner.APP_ID, WanzhuangSigner.TIMESTAMP, WanzhuangSigner.SIGN);
    if (flat == null) {
      return null;
    }
    flat.put(WanzhuangSigner.APP_ID, appId);
    flat.put(WanzhuangSigner.TIMESTAMP, ts);
    String sign = signer.sign(flat);
    return isPlainJsonText(sign) ? appendSigned(body, appIdText, ts, sign) : null;
  }

  /**
   * The fastest path, for a flat body without arrays and the default hash: the string to sign is
   * fed to the HMAC piece by piece straight from the body's bytes (names sorted as {@link
   * WanzhuangSigner#stringToSign} sorts them: UTF-8 byte order is code point order, which is
   * {@code String} order below U+10000, all FlatJson accepts) and the hex digits written into the
   * signed body; {@code null} when it does not apply.
   */
  @Nullable byte[] streamedSigned(byte[] body, long ts) {
    byte[] appIdText = appIdJson;
    HmacSha256 hmac = appIdText == null ? null : HmacSha256.of(signer);
    int[] m = hmac == null ? null
        : FlatJson.scan(body, WanzhuangSigner.APP_ID, WanzhuangSigner.TIMESTAMP, WanzhuangSigner.SIGN);
    if (m == null) {
      return null;
    }
    byte[] tsText = Long.toString(ts).getBytes(StandardCharsets.ISO_8859_1);
    // members 0..n-1 from the body, n the app_id, n+1 the timestamp; sorted by name
    int n = m.length / 5;
    int[] order = new int[n + 2];
    for (int k = 0; k < order.length; k++) {
      int x = k;
      int at = k;
      while (at > 0 && compareNames(body, m, appIdText, order[at - 1], x, n) > 0) {
        order[at] = order[at - 1];
        at--;
      }
      order[at] = x;
    }
    for (int k = 1; k < order.length; k++) {
      if (compareNames(body, m, appIdText, order[k - 1], order[k], n) == 0) {
        return null; // a repeated name: the map path decides (it declines)
      }
    }
    boolean skipEmpty = signer.skipsEmptyValues();
    HmacSha256.Slot mac = hmac.begin();
    boolean first = true;
    for (int x : order) {
      byte[] src;
      int ks;
      int ke;
      int vs;
      int ve;
      int kind;
      if (x < n) {
        src = body;
        ks = m[5 * x];
        ke = m[5 * x + 1];
        vs = m[5 * x + 2];
        ve = m[5 * x + 3];
        kind = m[5 * x + 4];
      } else if (x == n) {
        src = appIdText;
        vs = 1;
        ve = appIdText.length - 1;
        kind = FlatJson.TEXT;
        ks = ke = 0;
      } else {
        src = tsText;
        vs = 0;
        ve = tsText.length;
        kind = FlatJson.LITERAL;
        ks = ke = 0;
      }
      if (skipEmpty && kind != FlatJson.LITERAL && vs == ve) {
        continue;
      }
      if (!first) {
        mac.update((byte) '&');
      }
      first = false;
      if (x < n) {
        mac.update(body, ks, ke - ks);
      } else {
        byte[] name = x == n ? APP_ID_NAME : TIMESTAMP_NAME;
        mac.update(name, 0, name.length);
      }
      mac.update((byte) '=');
      if (kind == FlatJson.TEXT_ESCAPED) {
        int from = vs;
        for (int k = vs; k < ve; k++) {
          if (src[k] == '\\') {
            mac.update(src, from, k - from);
            from = ++k; // the escaped character itself is kept
          }
        }
        mac.update(src, from, ve - from);
      } else {
        mac.update(src, vs, ve - vs);
      }
    }
    return appendSigned(body, appIdText, tsText, mac);
  }

  private static final byte[] APP_ID_NAME = WanzhuangSigner.APP_ID.getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] TIMESTAMP_NAME = WanzhuangSigner.TIMESTAMP.getBytes(StandardCharsets.ISO_8859_1);

  /** Unsigned byte order of the names of members {@code x} and {@code y} (see {@link #streamedSigned}). */
  private static int compareNames(byte[] body, int[] m, byte[] appIdText, int x, int y, int n) {
    byte[] a = x < n ? body : x == n ? APP_ID_NAME : TIMESTAMP_NAME;
    int as = x < n ? m[5 * x] : 0;
    int ae = x < n ? m[5 * x + 1] : a.length;
    byte[] b = y < n ? body : y == n ? APP_ID_NAME : TIMESTAMP_NAME;
    int bs = y < n ? m[5 * y] : 0;
    int be = y < n ? m[5 * y + 1] : b.length;
    int len = Math.min(ae - as, be - bs);
    for (int k = 0; k < len; k++) {
      int d = (a[as + k] & 0xFF) - (b[bs + k] & 0xFF);
      if (d != 0) {
        return d;
      }
    }
    return (ae - as) - (be - bs);
  }

  /** {@link #appendSigned(byte[], byte[], long, String)} with the hex digits written by the HMAC. */
  private static byte[] appendSigned(byte[] body, byte[] appIdJson, byte[] tsText, HmacSha256.Slot mac) {
    byte[] out = withMembers(body, appIdJson, tsText, 64);
    mac.finishLowerHex(out, out.length - 2 - 64);
    return out;
  }

  /** The body parsed into a map, the three members put, the map written again. */
  byte[] rewrittenSigned(byte[] body, long ts) {
    Map<String, Object> fields;
    try {
      ObjectMapper mapper = this.mapper.get();
      fields = body.length == 0 ? new LinkedHashMap<>() : mapper.readValue(body, OBJECT);
      fields.put(WanzhuangSigner.APP_ID, appId);
      fields.put(WanzhuangSigner.TIMESTAMP, ts);
      fields.put(WanzhuangSigner.SIGN, signer.sign(fields));
      return mapper.writeValueAsBytes(fields);
    } catch (IOException e) {
      throw new UncheckedIOException("a Wanzhuang JSON body is not one JSON object", e);
    }
  }

  /**
   * What the mapper writes for the body's members followed by {@code app_id} (a string), {@code
   * timestamp} (a number) and {@code sign} (a string): the body up to its closing brace, then the
   * three members. Only for a body {@link FlatJson} accepted and texts the mapper writes as they are.
   */
  private static byte[] appendSigned(byte[] body, byte[] appIdJson, long ts, String sign) {
    byte[] signText = sign.getBytes(StandardCharsets.ISO_8859_1); // plain ASCII (isPlainJsonText)
    byte[] out = withMembers(body, appIdJson, Long.toString(ts).getBytes(StandardCharsets.ISO_8859_1), signText.length);
    System.arraycopy(signText, 0, out, out.length - 2 - signText.length, signText.length);
    return out;
  }

  /**
   * The body up to its closing brace, then {@code "app_id":<appIdJson>,"timestamp":<tsText>,"sign":"},
   * room for {@code signLength} bytes of signature, then the closing quote and brace: the caller
   * writes the signature just before those last two bytes.
   */
  private static byte[] withMembers(byte[] body, byte[] appIdJson, byte[] tsText, int signLength) {
    int open = body.length - 1;
    boolean empty = open == 1;
    int n = open + (empty ? 0 : 1) + APP_ID_MEMBER.length + appIdJson.length + TIMESTAMP_MEMBER.length + tsText.length
        + SIGN_MEMBER.length + signLength + 2;
    byte[] out = new byte[n];
    System.arraycopy(body, 0, out, 0, open);
    int at = open;
    if (!empty) {
      out[at++] = ',';
    }
    at = put(out, at, APP_ID_MEMBER);
    at = put(out, at, appIdJson);
    at = put(out, at, TIMESTAMP_MEMBER);
    at = put(out, at, tsText);
    put(out, at, SIGN_MEMBER);
    out[n - 2] = '"';
    out[n - 1] = '}';
    return out;
  }

  private static int put(byte[] out, int at, byte[] part) {
    System.arraycopy(part, 0, out, at, part.length);
    return at + part.length;
  }

  /** Printable ASCII but {@code "} and {@code \}: the mapper writes such a string as it is. */
  private static boolean isPlainJsonText(String s) {
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  /** {@code "appId"} as the mapper writes it, or {@code null} when the fast path must not be taken. */
  private static @Nullable byte[] appIdJson(String appId, ObjectMapper mapper) {
    boolean plainMapper = !mapper.getFactory().isEnabled(JsonGenerator.Feature.ESCAPE_NON_ASCII)
        && mapper.getFactory().getCharacterEscapes() == null
        && !mapper.isEnabled(SerializationFeature.INDENT_OUTPUT)
        && !mapper.isEnabled(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        && !mapper.getFactory().isEnabled(JsonGenerator.Feature.WRITE_NUMBERS_AS_STRINGS);
    if (!plainMapper || !isPlainJsonText(appId)) {
      return null;
    }
    return plainAppIdJson(appId);
  }

  private static byte[] plainAppIdJson(String appId) {
    return ("\"" + appId + "\"").getBytes(StandardCharsets.ISO_8859_1);
  }

  private void signMultipart(OutgoingRequest request, byte[] body, MediaType type, long ts) {
    String boundary = type.parameter("boundary");
    List<MultipartPart> parts = new ArrayList<>(BodyCodec.multipart(body, type.toString()));
    Map<String, Object> params = new LinkedHashMap<>();
    for (MultipartPart p : parts) {
      if (p.fileName() == null) {
        add(params, p.name(), p.text());
      }
    }
    params.put(WanzhuangSigner.APP_ID, appId);
    params.put(WanzhuangSigner.TIMESTAMP, Long.toString(ts));
    String sign = signer.sign(params);
    parts.add(text(WanzhuangSigner.APP_ID, appId));
    parts.add(text(WanzhuangSigner.TIMESTAMP, Long.toString(ts)));
    parts.add(text(WanzhuangSigner.SIGN, sign));
    request.body(Multipart.write(boundary, parts), type);
  }

  private void signForm(OutgoingRequest request, long ts) {
    Map<String, Object> params = new LinkedHashMap<>(BodyCodec.form(request.bodyText()));
    params.put(WanzhuangSigner.APP_ID, appId);
    params.put(WanzhuangSigner.TIMESTAMP, Long.toString(ts));
    String sign = signer.sign(params);
    String tail = "app_id=" + Bodies.formEncode(appId) + "&timestamp=" + ts + "&sign=" + sign;
    String text = request.bodyText();
    request.body((text.isEmpty() ? tail : text + "&" + tail).getBytes(StandardCharsets.UTF_8), request.contentType());
  }

  private static MultipartPart text(String name, String value) {
    return new MultipartPart(name, null, null, value.getBytes(StandardCharsets.UTF_8));
  }

  @SuppressWarnings("unchecked")
  private static void add(Map<String, Object> params, String name, String value) {
    Object prior = params.get(name);
    if (prior == null) {
      params.put(name, value);
    } else if (prior instanceof List) {
      ((List<Object>) prior).add(value);
    } else {
      List<Object> list = new ArrayList<>();
      list.add(prior);
      list.add(value);
      params.put(name, list);
    }
  }
}
