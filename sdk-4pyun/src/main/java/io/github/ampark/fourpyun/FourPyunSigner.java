package io.github.ampark.fourpyun;

import io.github.ampark.core.signing.Canonicalizer;
import io.github.ampark.core.signing.Digests;
import io.github.ampark.core.signing.HexCase;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The two request signatures of the 4pyun (P云) park-side and open APIs, as pure functions. The
 * client applies them for you; use this class to check a signature by hand or to sign requests you
 * send yourself.
 *
 * <p><b>Form and query requests</b> ({@code enter}, {@code leave}, {@code prepay}, {@code payment},
 * openapi pushes, …): every parameter except {@code sign} whose value is neither {@code null} nor
 * empty, sorted by name, joined as {@code k1=v1&k2=v2} with the <em>raw</em> (not URL-encoded)
 * values, then {@code &app_secret=} and the secret appended; MD5 over the UTF-8 bytes, upper-case
 * hex, sent in the {@code sign} field. Files uploaded in a multipart request are not signed; their
 * {@code *_image_hash} field ({@link #fileHash(byte[])}) is.
 *
 * <p><b>JSON requests</b> ({@code parking/internal/vip}, {@code …/vip/recharge},
 * {@code …/blacklist}, energy syncs): MD5 over the exact body bytes followed by
 * {@code &app_secret=} and the secret, upper-case hex, sent as the {@code Authorization} header
 * (no scheme). The body carries no signature, so it must be sent exactly as signed.
 *
 * <pre>{@code
 * Map<String, String> p = new TreeMap<>();
 * p.put("park_uuid", "49f0cc52-e8c7-41e3-b54d-af666b8cc11a");
 * p.put("pay_partner", "11111114");
 * String sign = FourPyunSigner.formSign(p, appSecret);              // 32 upper-case hex digits
 * String auth = FourPyunSigner.jsonSign(bodyBytes, appSecret);      // the Authorization header
 * }</pre>
 *
 * <p>The P云 → park gateway callbacks use a third rule ({@code &key=}, empty values kept); it lives
 * next to its verifier in {@link FourPyunCallbacks#gatewaySign(Map, String)}.
 */
public final class FourPyunSigner {
  private static final Canonicalizer FORM = Canonicalizer.builder().skipEmpty(true).exclude("sign").build();
  private static final String SECRET_PREFIX = "app_secret=";

  private FourPyunSigner() {}

  /**
   * The form string-to-sign: {@code k1=v1&k2=v2…&app_secret=SECRET}.
   *
   * @param params the request parameters as sent (values raw, not URL-encoded); {@code sign},
   *     {@code null} and empty values are left out
   * @param appSecret the app secret
   * @return the string whose MD5 is the signature (contains the secret: never log it)
   */
  public static String formStringToSign(Map<String, ?> params, String appSecret) {
    String pairs = FORM.canonicalize(params);
    return pairs.isEmpty() ? SECRET_PREFIX + appSecret : pairs + "&" + SECRET_PREFIX + appSecret;
  }

  /**
   * The {@code sign} of a form or query request.
   *
   * @param params the request parameters (values raw)
   * @param appSecret the app secret
   * @return 32 upper-case hex digits
   */
  public static String formSign(Map<String, ?> params, String appSecret) {
    return Digests.md5Hex(formStringToSign(params, appSecret), HexCase.UPPER);
  }

  /**
   * The {@code Authorization} header of a JSON request: MD5(body + {@code &app_secret=} + secret).
   *
   * @param body the exact body bytes that are sent
   * @param appSecret the app secret
   * @return 32 upper-case hex digits
   */
  public static String jsonSign(byte[] body, String appSecret) {
    byte[] suffix = ("&" + SECRET_PREFIX + appSecret).getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[body.length + suffix.length];
    System.arraycopy(body, 0, all, 0, body.length);
    System.arraycopy(suffix, 0, all, body.length, suffix.length);
    return Digests.md5Hex(all, HexCase.UPPER);
  }

  /**
   * Like {@link #jsonSign(byte[], String)} for a body given as text (encoded as UTF-8).
   *
   * @param body the exact JSON text that is sent
   * @param appSecret the app secret
   * @return 32 upper-case hex digits
   */
  public static String jsonSign(String body, String appSecret) {
    return jsonSign(body.getBytes(StandardCharsets.UTF_8), appSecret);
  }

  /**
   * The {@code *_image_hash} of an uploaded file: MD5 of its bytes, upper-case hex.
   *
   * @param file the file bytes
   * @return 32 upper-case hex digits
   */
  public static String fileHash(byte[] file) {
    return Digests.md5Hex(file, HexCase.UPPER);
  }
}
