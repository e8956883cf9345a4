package io.github.ampark.wikeyun;

import io.github.ampark.core.Checks;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.Secret;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.signing.Canonicalizer;
import io.github.ampark.core.signing.ConstantTime;
import io.github.ampark.core.signing.Digests;
import io.github.ampark.core.signing.HexCase;
import io.github.ampark.wikeyun.internal.Rules;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Wikeyun's signature, as a pure function (no clock, no I/O): the client signs every request with
 * it, and {@link #verify} checks a set of fields carrying a {@code sign} made by the same rule. Use
 * it to check a signature by hand, or to sign a test callback with the class that verifies it.
 *
 * <p>The rule (Go SDK {@code sign.go} and the PHP client {@code Base.php} agree):
 *
 * <ol>
 *   <li>take every business parameter plus the system parameters {@code app_key}, {@code
 *       timestamp}, {@code client}, {@code format} and {@code v}; never {@code sign};
 *   <li>sort the keys case-sensitively in byte order ({@code cardId} sorts after {@code app_key}
 *       and before {@code client});
 *   <li>concatenate {@code key + value} with no separators; an empty value leaves the key alone;
 *   <li>put the app secret at both ends;
 *   <li>MD5 over the UTF-8 bytes, as 32 upper-case hex digits.
 * </ol>
 *
 * <pre>{@code
 * WikeyunSigner signer = WikeyunSigner.of(Secret.of("appSecret", "testsecret"));
 * Map<String, String> params = new LinkedHashMap<>(WikeyunSigner.systemParameters("1000001", 1700000000L, "127.0.0.1"));
 * params.put("card_id", "67890");
 * signer.sign(params);                          // "5BA561D9B1DBA6F60E7AEBC30EA54990" (spec vector W2)
 *
 * Map<String, String> callback = signer.signed(fields);   // fields + sign, for a test callback
 * signer.verify(callback);                                // true
 * }</pre>
 *
 * <p><b>Callbacks:</b> Wikeyun's callback {@code sign} algorithm is UNKNOWN. {@link #verify} checks
 * the request rule over the callback's fields; whether real callbacks are signed that way is not
 * known, so {@link WikeyunCallbacks} only uses it when you plug in {@link
 * CallbackSignatureVerifier#requestRule(WikeyunSigner)}.
 *
 * <p>Thread-safe. {@link #toString()} never shows the secret; {@link #stringToSign} contains it, so
 * never log that. No method changes the maps it is given.
 */
public final class WikeyunSigner {
  /** The system parameter names in the order they go into the query string. */
  public static final List<String> SYSTEM_PARAMETERS =
      Collections.unmodifiableList(Arrays.asList("app_key", "timestamp", "client", "format", "v"));

  /** The {@code format} every request sends. */
  public static final String FORMAT = "json";

  /** The {@code v} every request sends. */
  public static final String VERSION = "1.0";

  /** The name of the signature parameter, never signed itself. */
  public static final String SIGN = "sign";

  private static final Canonicalizer CANONICAL =
      Canonicalizer.builder().pairSeparator("").keyValueSeparator("").exclude(SIGN).build();

  private final Secret secret;

  private WikeyunSigner(Secret secret) {
    this.secret = secret;
  }

  /**
   * A signer for a Wikeyun app secret held in a {@link Secret}.
   *
   * @param appSecret the app secret issued by Wikeyun
   * @return a signer
   * @throws ValidationException (field {@code appSecret}) if {@code null} or with control characters
   */
  public static WikeyunSigner of(Secret appSecret) {
    Rules.secret("appSecret", Checks.notNull("appSecret", appSecret).reveal());
    return new WikeyunSigner(appSecret);
  }

  /**
   * A signer for a Wikeyun app secret given as text.
   *
   * @param appSecret the app secret issued by Wikeyun
   * @return a signer
   * @throws ValidationException (field {@code appSecret}) if blank or with control characters
   */
  public static WikeyunSigner of(String appSecret) {
    return of(Secret.of("appSecret", appSecret));
  }

  /**
   * The system parameters of one request, in query-string order.
   *
   * @param appKey the app key
   * @param timestampSeconds Unix time in seconds
   * @param clientIp the caller's IP ({@code client}); empty when not configured
   * @return {@code app_key, timestamp, client, format=json, v=1.0}
   */
  public static Map<String, String> systemParameters(String appKey, long timestampSeconds, String clientIp) {
    Map<String, String> system = new LinkedHashMap<>();
    system.put("app_key", Checks.notNull("appKey", appKey));
    system.put("timestamp", Long.toString(timestampSeconds));
    system.put("client", Checks.notNull("clientIp", clientIp));
    system.put("format", FORMAT);
    system.put("v", VERSION);
    return system;
  }

  /**
   * The exact text that is hashed: {@code secret + k1v1k2v2… + secret} over the sorted keys.
   * Contains the secret: compare it in tests, never log it.
   *
   * @param params business and system parameters ({@code sign}, if present, is left out); a {@code
   *     null} value counts as empty
   * @return the string to sign
   * @throws ValidationException (field {@code params}) for a {@code null} map or name
   */
  public String stringToSign(Map<String, ?> params) {
    return CANONICAL.canonicalize(checked(params), secret.reveal(), secret.reveal());
  }

  /**
   * Signs request parameters: the MD5 of {@link #stringToSign(Map)}, as Wikeyun's {@code sign}
   * parameter expects it.
   *
   * @param params business and system parameters
   * @return the signature: MD5 of {@link #stringToSign}, 32 upper-case hex digits
   */
  public String sign(Map<String, ?> params) {
    // hashes the canonical text without copying it into a String (same text as stringToSign)
    String key = secret.reveal();
    return Digests.md5Hex(CANONICAL.canonicalText(checked(params), key, key), HexCase.UPPER);
  }

  /**
   * A copy of {@code fields} with {@code sign} set (last) to their signature, e.g. to build a test
   * callback that {@link #verify} accepts.
   *
   * @param fields the fields to sign ({@code sign}, if present, is replaced)
   * @return a new map: the fields in their order, then {@code sign}
   */
  public Map<String, String> signed(Map<String, ?> fields) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : checked(fields).entrySet()) {
      if (!SIGN.equals(e.getKey())) {
        out.put(e.getKey(), e.getValue() == null ? "" : String.valueOf(e.getValue()));
      }
    }
    out.put(SIGN, sign(out));
    return out;
  }

  /**
   * Whether {@code fields} carry a {@code sign} equal (compared in constant time, hex case
   * ignored) to the signature of all their other fields. Fails closed: a missing, empty or
   * malformed {@code sign} is {@code false}. Never changes {@code fields}.
   *
   * @param fields the received fields, including {@code sign}
   * @return whether the signature is valid
   */
  public boolean verify(Map<String, ?> fields) {
    Object sent = checked(fields).get(SIGN);
    if (!(sent instanceof String) || ((String) sent).length() != 32) {
      return false;
    }
    return ConstantTime.equalsIgnoreCase(sign(fields), (String) sent);
  }

  private static <M extends Map<String, ?>> M checked(@Nullable M params) {
    Checks.notNull("params", params);
    for (String name : params.keySet()) {
      if (name == null) {
        throw new ValidationException("params", "must not contain a null name");
      }
    }
    return params;
  }

  /**
   * Never shows the secret.
   *
   * @return a text for logs that never shows a secret
   */
  @Override
  public String toString() {
    return "WikeyunSigner{secret=****}";
  }
}
