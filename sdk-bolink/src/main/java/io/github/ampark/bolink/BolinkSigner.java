package io.github.ampark.bolink;

import io.github.ampark.bolink.internal.JsonText;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.signing.Canonicalizer;
import io.github.ampark.core.signing.ConstantTime;
import io.github.ampark.core.signing.Digests;
import io.github.ampark.core.signing.HexCase;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bolink's three signature rules, as pure functions. {@link BolinkClient} and {@link
 * BolinkCallbacks} use them; call them yourself to sign a test message or to check our output.
 *
 * <p><b>Families A (union API) and B (cloud open API)</b>: the string to sign is the exact JSON
 * text of the {@code data} object followed directly by {@code key=} and the key — the vendor key
 * {@code ukey} for the union API, the park key {@code ckey} for the cloud — with no {@code &} in
 * between. The signature is the upper-case hex MD5 of its UTF-8 bytes. The same characters that
 * were signed are sent as the value of {@code data}; family B then Base64-encodes the whole
 * {@code {"data":…,"sign":…}} body.
 *
 * <p><b>Family C (legacy v1)</b>: the parameters sorted by name, those with a {@code null}, blank
 * or {@code "null"} value (and {@code sign} itself) left out, written {@code k=v} joined by
 * {@code &}, then {@code key=} and the key appended directly.
 *
 * <pre>{@code
 * Map<String, Object> data = new LinkedHashMap<>();
 * data.put("union_id", 200666);
 * data.put("car_number", "晋SS0000");
 * String text = BolinkSigner.dataJson(data);           // {"union_id":200666,"car_number":"晋SS0000"}
 * String sign = BolinkSigner.sign(text, ukey);         // MD5(text + "key=" + ukey), upper case
 * String body = BolinkSigner.envelope(text, sign);     // {"data":{…},"sign":"…"}
 * String cloud = BolinkSigner.cloudBody(text, ckey);   // Base64 of the envelope signed with ckey
 * String legacy = BolinkSigner.signLegacy(params, ukey);
 * }</pre>
 *
 * <p>{@link #dataJson(Map)} writes what Bolink's fastjson re-emits: raw UTF-8 for Chinese text,
 * {@code /}, {@code &}, {@code ?}, {@code <} unescaped, plain decimals, {@code null} members left
 * out, keys in the map's order.
 */
public final class BolinkSigner {
  private static final Canonicalizer LEGACY =
      Canonicalizer.builder().skipBlank(true).skipValues("null").exclude("sign").build();

  private BolinkSigner() {}

  /**
   * Compact JSON text for a {@code data} object, in the map's key order.
   *
   * @param data field → value (strings, integers, {@link BigDecimal}, booleans, nested maps and lists)
   * @return the text to sign and send
   * @throws IllegalArgumentException for a {@code double}, {@code float} or unsupported value
   */
  public static String dataJson(Map<String, ?> data) {
    return JsonText.write(data);
  }

  /**
   * The family A / B signature: upper-case MD5 of {@code dataJson + "key=" + key}.
   *
   * @param dataJson the exact text of the {@code data} value
   * @param key {@code ukey} (union API, callbacks) or {@code ckey} (cloud API)
   * @return 32 upper-case hex digits
   */
  public static String sign(String dataJson, String key) {
    return Digests.md5Hex(dataJson + "key=" + key, HexCase.UPPER);
  }

  /**
   * Checks a family A / B signature in constant time.
   *
   * @param dataJson the exact text of the {@code data} value as received
   * @param key the key
   * @param sign the received signature, possibly {@code null} (then {@code false})
   * @return whether it matches (Bolink sends upper case; lower case is accepted)
   */
  public static boolean verify(String dataJson, String key, @Nullable String sign) {
    return ConstantTime.equalsIgnoreCase(sign(dataJson, key), sign);
  }

  /**
   * The family A body: {@code {"data":<dataJson>,"sign":"<sign>"}}.
   *
   * @param dataJson the signed text
   * @param sign its signature
   * @return the body
   */
  public static String envelope(String dataJson, String sign) {
    return "{\"data\":" + dataJson + ",\"sign\":\"" + sign + "\"}";
  }

  /**
   * The family B body: Base64 (standard alphabet, with padding) of {@link #envelope} signed with
   * the park's {@code ckey}.
   *
   * @param dataJson the {@code data} text
   * @param ckey the park key
   * @return the Base64 text to send
   */
  public static String cloudBody(String dataJson, String ckey) {
    String envelope = envelope(dataJson, sign(dataJson, ckey));
    return Base64.getEncoder().encodeToString(envelope.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The family C canonical string without the key: sorted {@code k=v} pairs joined by {@code &}.
   *
   * @param params the parameters (a {@code sign} entry is ignored)
   * @return e.g. {@code address=北京&empty_plot=56}
   */
  public static String legacyCanonical(Map<String, ?> params) {
    return LEGACY.canonicalize(plain(params));
  }

  /**
   * The family C signature: upper-case MD5 of {@link #legacyCanonical} followed by {@code key=}
   * and the key.
   *
   * @param params the parameters
   * @param key the vendor key
   * @return 32 upper-case hex digits
   */
  public static String signLegacy(Map<String, ?> params, String key) {
    return Digests.md5Hex(LEGACY.canonicalize(plain(params), "", "key=" + key), HexCase.UPPER);
  }

  private static Map<String, Object> plain(Map<String, ?> params) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : params.entrySet()) {
      Object v = e.getValue();
      out.put(e.getKey(), v instanceof BigDecimal ? ((BigDecimal) v).toPlainString() : v);
    }
    return out;
  }
}
