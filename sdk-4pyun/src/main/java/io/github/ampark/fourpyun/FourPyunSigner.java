package io.github.ampark.fourpyun;

import io.github.ampark.core.Checks;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.Secret;
import io.github.ampark.core.signing.Canonicalizer;
import io.github.ampark.core.signing.ConstantTime;
import io.github.ampark.core.signing.Digests;
import io.github.ampark.core.signing.HexCase;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Every signature rule 4pyun (P云) uses, as pure functions of one secret, with the verifiers for the
 * callback rules beside the signers — so you can sign a test callback with the class that verifies
 * it. Immutable and thread-safe; the secret never appears in {@link #toString()}. The client and
 * {@link FourPyunCallbacks} use it for you; use it yourself to check a signature by hand, to sign a
 * request you send another way, or to sign callbacks in your tests.
 *
 * <pre>{@code
 * FourPyunSigner signer = FourPyunSigner.of(Secret.of("appSecret", System.getenv("FOURPYUN_APP_SECRET")));
 * Map<String, String> p = new TreeMap<>();
 * p.put("park_uuid", "49f0cc52-e8c7-41e3-b54d-af666b8cc11a");
 * p.put("pay_partner", "11111114");
 * String sign = signer.formSign(p);            // 32 upper-case hex digits, the form's "sign"
 * String auth = signer.jsonSign(bodyBytes);    // the Authorization header of a JSON request
 *
 * FourPyunSigner gateway = FourPyunSigner.of(Secret.of("gatewayKey", key));
 * boolean genuine = gateway.verifyGateway(callbackFields);   // callbackFields includes "sign"
 * }</pre>
 *
 * <p><b>Form rule</b> (requests with a form, multipart or query; openapi pushes): every parameter
 * except {@code sign} whose value is neither {@code null} nor empty, sorted by name, joined as
 * {@code k1=v1&k2=v2} with the <em>raw</em> (not URL-encoded) values, then {@code &app_secret=} and
 * the secret; MD5 over the UTF-8 bytes, upper-case hex. Files uploaded in a multipart request are
 * not signed; their {@code *_image_hash} field ({@link #fileHash(byte[])}) is.
 *
 * <p><b>JSON rule</b> ({@code parking/internal/vip}, {@code …/vip/recharge}, {@code …/blacklist},
 * energy syncs): MD5 over the exact body bytes followed by {@code &app_secret=} and the secret,
 * upper-case hex, sent as the {@code Authorization} header (no scheme).
 *
 * <p><b>Gateway rule</b> (P云 → park HTTP gateway callbacks; official sample gateway {@code
 * SecurityProvider}): every field but {@code sign}, sorted by name, joined {@code k=v} by {@code &}
 * with empty values <em>kept</em> ({@code null} counts as empty), then {@code &key=} and the key;
 * MD5 over UTF-8, upper-case hex; compared ignoring case. P云's sample gateway hashes with the
 * JVM's default charset — on a Chinese Windows server (GBK) it disagrees with this (UTF-8) rule for
 * any non-ASCII value; see docs/4pyun.md.
 *
 * <p>Verifiers accept fields they do not know ("验签须支持扩展字段"): every field but {@code sign}
 * is signed. A missing or empty {@code sign} fails. The caller's map is never modified.
 */
public final class FourPyunSigner {
  private static final Canonicalizer FORM = Canonicalizer.builder().skipEmpty(true).exclude("sign").build();
  private static final Canonicalizer GATEWAY = Canonicalizer.builder().exclude("sign").build();
  private static final String APP_SECRET = "app_secret=";

  private final Secret secret;

  private FourPyunSigner(Secret secret) {
    this.secret = secret;
  }

  /**
   * A signer for one secret: the app secret (requests, openapi pushes) or the gateway key (gateway
   * callbacks).
   *
   * @param secret the app secret (requests, openapi pushes) or the gateway key (gateway callbacks)
   * @return a signer for that secret
   * @throws io.github.ampark.core.ValidationException if {@code secret} is {@code null}
   */
  public static FourPyunSigner of(Secret secret) {
    return new FourPyunSigner(Checks.notNull("secret", secret));
  }

  // ---- form rule ----

  /**
   * The form string-to-sign: {@code k1=v1&k2=v2…&app_secret=SECRET}. Contains the secret: never
   * log it.
   *
   * @param params the parameters as sent (values raw, not URL-encoded); {@code sign}, {@code null}
   *     and empty values are left out
   * @return the string whose MD5 is the signature
   */
  public String formStringToSign(Map<String, ?> params) {
    String pairs = FORM.canonicalize(Checks.notNull("params", params));
    return pairs.isEmpty() ? APP_SECRET + secret.reveal() : pairs + "&" + APP_SECRET + secret.reveal();
  }

  /**
   * Signs form or query parameters: the {@code sign} value P云 expects for them.
   *
   * @param params the parameters (values raw)
   * @return the {@code sign} of a form or query request: 32 upper-case hex digits
   */
  public String formSign(Map<String, ?> params) {
    return Digests.md5Hex(formStringToSign(params), HexCase.UPPER);
  }

  /**
   * Verifies fields signed with the form rule (an openapi push).
   *
   * @param fields the fields as received, including {@code sign}
   * @return whether {@code sign} is present, non-empty and right
   */
  public boolean verifyForm(Map<String, ?> fields) {
    String sign = sign(fields);
    return sign != null && ConstantTime.equalsIgnoreCase(formSign(fields), sign);
  }

  // ---- JSON rule ----

  /**
   * The JSON string-to-sign: the body text followed by {@code &app_secret=SECRET}. Contains the
   * secret: never log it.
   *
   * @param body the exact JSON text that is sent
   * @return the string whose MD5 (over UTF-8) is the signature
   */
  public String jsonStringToSign(String body) {
    return Checks.notNull("body", body) + "&" + APP_SECRET + secret.reveal();
  }

  /**
   * Signs the exact bytes of a JSON request body: the value of its {@code Authorization} header.
   *
   * @param body the exact body bytes that are sent
   * @return the {@code Authorization} header: MD5(body + {@code &app_secret=} + secret), 32
   *     upper-case hex digits
   */
  public String jsonSign(byte[] body) {
    Checks.notNull("body", body);
    byte[] suffix = ("&" + APP_SECRET + secret.reveal()).getBytes(StandardCharsets.UTF_8);
    // the body, then the suffix, into one digest: no copy of a body that may be a whole batch
    return Digests.md5Hex(body, suffix, HexCase.UPPER);
  }

  /**
   * Signs a JSON request body given as text, encoded as UTF-8: the value of its {@code
   * Authorization} header.
   *
   * @param body the exact JSON text that is sent (encoded as UTF-8)
   * @return the {@code Authorization} header
   */
  public String jsonSign(String body) {
    return jsonSign(Checks.notNull("body", body).getBytes(StandardCharsets.UTF_8));
  }

  // ---- gateway rule ----

  /**
   * The gateway string-to-sign: {@code k1=v1&k2=v2…&key=KEY}, every field but {@code sign}, empty
   * values kept. Contains the key: never log it.
   *
   * @param fields the fields as text ({@code null} counts as empty)
   * @return the string whose MD5 is the signature
   */
  public String gatewayStringToSign(Map<String, ?> fields) {
    return GATEWAY.canonicalize(Checks.notNull("fields", fields), "", "&key=" + secret.reveal());
  }

  /**
   * Signs gateway fields as P云 does — to test your endpoint, or to sign a reply.
   *
   * @param fields the fields
   * @return 32 upper-case hex digits
   */
  public String gatewaySign(Map<String, ?> fields) {
    return Digests.md5Hex(gatewayStringToSign(fields), HexCase.UPPER);
  }

  /**
   * Verifies a gateway call's fields.
   *
   * @param fields the fields as received, including {@code sign}
   * @return whether {@code sign} is present, non-empty and right (compared ignoring case)
   */
  public boolean verifyGateway(Map<String, ?> fields) {
    String sign = sign(fields);
    return sign != null && ConstantTime.equalsIgnoreCase(gatewaySign(fields), sign);
  }

  // ---- files ----

  /**
   * The {@code *_image_hash} of an uploaded file: MD5 of its bytes, upper-case hex (no secret).
   *
   * @param file the file bytes
   * @return 32 upper-case hex digits
   */
  public static String fileHash(byte[] file) {
    return Digests.md5Hex(Checks.notNull("file", file), HexCase.UPPER);
  }

  private static @Nullable String sign(Map<String, ?> fields) {
    Object sign = Checks.notNull("fields", fields).get("sign");
    return sign == null || sign.toString().isEmpty() ? null : sign.toString();
  }

  /**
   * Never shows the secret.
   *
   * @return a text for logs that never shows a secret
   */
  @Override
  public String toString() {
    return "FourPyunSigner{secret=" + secret + "}";
  }
}
