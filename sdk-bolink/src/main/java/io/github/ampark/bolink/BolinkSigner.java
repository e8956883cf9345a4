package io.github.ampark.bolink;

import io.github.ampark.bolink.internal.JsonText;
import io.github.ampark.bolink.internal.RawJson;
import io.github.ampark.core.CallbackVerificationException;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.Secret;
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
 * Bolink's signature rules as pure functions over one key, and the callback verifier beside them:
 * the client and {@link BolinkCallbacks} use this class, and you can sign a test callback with the
 * very class that verifies it.
 *
 * <p><b>Families A (union API, callbacks) and B (cloud open API)</b>: the string to sign is the
 * exact JSON text of the {@code data} object followed directly by {@code key=} and the key — the
 * vendor key {@code ukey} for the union API and callbacks, the park key {@code ckey} for the cloud
 * — with no {@code &} in between. The signature is the upper-case hex MD5 of its UTF-8 bytes. The
 * same characters that were signed are sent as the value of {@code data}; family B then
 * Base64-encodes the whole {@code {"data":…,"sign":…}} body.
 *
 * <p><b>Family C (legacy v1)</b>: the parameters sorted by name, those with a {@code null}, blank
 * or {@code "null"} value (and {@code sign} itself) left out, written {@code k=v} joined by
 * {@code &}, then {@code key=} and the key appended directly.
 *
 * <pre>{@code
 * BolinkSigner ukey = BolinkSigner.of(System.getenv("BOLINK_UKEY"));
 * Map<String, Object> data = new LinkedHashMap<>();
 * data.put("union_id", 200666);
 * data.put("car_number", "晋SS0000");
 * String text = BolinkSigner.dataJson(data);     // {"union_id":200666,"car_number":"晋SS0000"}
 * String sign = ukey.sign(text);                  // MD5(text + "key=" + ukey), upper case
 * String body = ukey.envelope(text);              // {"data":{…},"sign":"…"}
 * String data = ukey.verifiedData(callbackBody);  // the signed data text, or CallbackVerificationException
 * String cloud = BolinkSigner.of(ckey).cloudBody(text);
 * }</pre>
 *
 * <p>{@link #dataJson(Map)} writes what Bolink's fastjson re-emits: raw UTF-8 for Chinese text,
 * {@code /}, {@code &}, {@code ?}, {@code <} unescaped, plain decimals, {@code null} members left
 * out, keys in the map's order. Nothing here changes its arguments. Thread-safe; {@link
 * #toString()} never shows the key, {@link #stringToSign} contains it (never log that).
 */
public final class BolinkSigner {
  private static final Canonicalizer LEGACY =
      Canonicalizer.builder().skipBlank(true).skipValues("null").exclude("sign").build();

  private final Secret key;
  /** UTF-8 of {@code "key=" + key}, made on first use (a race makes it twice, harmlessly). */
  private volatile @Nullable byte[] keyTail;

  private BolinkSigner(Secret key) {
    this.key = key;
  }

  /**
   * A signer for a key given as text: the {@code ukey} (union API, callbacks) or a park's {@code
   * ckey} (cloud API).
   *
   * @param key {@code ukey} (union API, callbacks) or a park's {@code ckey} (cloud API)
   * @return a signer
   * @throws io.github.ampark.core.ValidationException (field {@code key}) if blank
   */
  public static BolinkSigner of(String key) {
    return new BolinkSigner(Secret.of("key", key));
  }

  /**
   * A signer for a key held in a {@link Secret}.
   *
   * @param key the key as a {@link Secret}
   * @return a signer
   */
  public static BolinkSigner of(Secret key) {
    return new BolinkSigner(io.github.ampark.core.Checks.notNull("key", key));
  }

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
   * Families A and B: the exact text that is hashed. Contains the key: compare it in tests, never
   * log it.
   *
   * @param dataJson the exact text of the {@code data} value
   * @return {@code dataJson + "key=" + key}
   */
  public String stringToSign(String dataJson) {
    return dataJson + "key=" + key.reveal();
  }

  /**
   * Signs the exact text of a request's {@code data} value (families A and B).
   *
   * @param dataJson the exact text of the {@code data} value
   * @return the family A / B signature: upper-case MD5 of {@link #stringToSign}
   */
  public String sign(String dataJson) {
    // UTF-8 of dataJson + "key=" + key is UTF-8 of dataJson followed by UTF-8 of "key=" + key:
    // the 'k' between them keeps a trailing unpaired surrogate of dataJson unpaired in both
    return Digests.md5Hex(dataJson.getBytes(StandardCharsets.UTF_8), keyTail(), HexCase.UPPER);
  }

  private byte[] keyTail() {
    byte[] tail = keyTail;
    if (tail == null) {
      tail = stringToSign("").getBytes(StandardCharsets.UTF_8);
      keyTail = tail;
    }
    return tail;
  }

  /**
   * Checks a family A / B signature in constant time; fails closed.
   *
   * @param dataJson the exact text of the {@code data} value as received
   * @param sign the received signature; {@code null} or empty is {@code false}
   * @return whether it matches (Bolink sends upper case; lower case is accepted)
   */
  public boolean verify(String dataJson, @Nullable String sign) {
    return sign != null && !sign.isEmpty() && ConstantTime.equalsIgnoreCase(sign(dataJson), sign);
  }

  /**
   * The family A body: {@code {"data":<dataJson>,"sign":"<sign>"}}, which is also what a Bolink
   * callback looks like.
   *
   * @param dataJson the text to sign and send
   * @return the body
   */
  public String envelope(String dataJson) {
    String sign = sign(dataJson);
    return new StringBuilder(dataJson.length() + sign.length() + 20)
        .append("{\"data\":").append(dataJson).append(",\"sign\":\"").append(sign).append("\"}").toString();
  }

  /**
   * The family B body: Base64 (standard alphabet, with padding) of {@link #envelope}.
   *
   * @param dataJson the {@code data} text
   * @return the Base64 text to send
   */
  public String cloudBody(String dataJson) {
    return Base64.getEncoder().encodeToString(envelope(dataJson).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A signed callback body as Bolink sends it — for your tests and for replaying an event.
   *
   * @param data the {@code data} members in order (include {@code service_name})
   * @return {@code {"data":…,"sign":…}}
   */
  public String signedCallback(Map<String, ?> data) {
    return envelope(dataJson(data));
  }

  /**
   * The callback (and family A/B answer) verifier: checks {@code {"data":{…},"sign":"…"}} over the
   * exact characters of {@code data} as received — never a re-serialisation — and gives them.
   * Fails closed: a body that is not one JSON object, repeats a member name, has no {@code data}
   * object, no or an empty {@code sign}, or a wrong one is refused. Members other than {@code data}
   * and {@code sign} are ignored (they are not signed).
   *
   * @param body the body as received
   * @return the verified text of {@code data}
   * @throws CallbackVerificationException if it does not verify
   */
  public String verifiedData(String body) {
    Map<String, String> members;
    try {
      members = RawJson.members(body == null ? "" : body.trim());
    } catch (IllegalArgumentException e) {
      throw reject("body is not one JSON object (" + e.getMessage() + ")");
    }
    String data = members.get("data");
    if (data == null || !data.startsWith("{")) {
      throw reject("no 'data' object");
    }
    String sign = RawJson.stringValue(members.get("sign"));
    if (sign == null || sign.isEmpty()) {
      throw reject("no signature");
    }
    if (!verify(data, sign)) {
      throw reject("signature does not match");
    }
    return data;
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
   * The text the legacy rule (family C) signs. It contains the key: never log it.
   *
   * @param params the parameters
   * @return the family C string to sign: {@link #legacyCanonical} + {@code key=} + key (contains the key)
   */
  public String legacyStringToSign(Map<String, ?> params) {
    return LEGACY.canonicalize(plain(params), "", "key=" + key.reveal());
  }

  /**
   * Signs parameters by the legacy rule (family C): upper-case MD5 of {@link
   * #legacyStringToSign(Map)}.
   *
   * @param params the parameters
   * @return the family C signature: upper-case MD5 of {@link #legacyStringToSign}
   */
  public String signLegacy(Map<String, ?> params) {
    return Digests.md5Hex(legacyStringToSign(params), HexCase.UPPER);
  }

  private static Map<String, Object> plain(Map<String, ?> params) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : params.entrySet()) {
      Object v = e.getValue();
      out.put(e.getKey(), v instanceof BigDecimal ? ((BigDecimal) v).toPlainString() : v);
    }
    return out;
  }

  private static CallbackVerificationException reject(String reason) {
    return new CallbackVerificationException("bolink", reason);
  }

  /**
   * Never shows the key.
   *
   * @return a text for logs that never shows a secret
   */
  @Override
  public String toString() {
    return "BolinkSigner{key=****}";
  }
}
