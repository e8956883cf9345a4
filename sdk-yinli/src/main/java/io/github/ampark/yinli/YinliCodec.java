package io.github.ampark.yinli;

import io.github.ampark.core.CallbackVerificationException;
import io.github.ampark.core.Checks;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.Secret;
import io.github.ampark.core.ValidationException;
import io.github.ampark.yinli.internal.Crypto;
import io.github.ampark.yinli.internal.HeaderChecks;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Yinli's "0.1 通用请求方式" envelope, both ways: the business JSON is AES-encrypted into the
 * multipart field {@code body} and signed with the <em>sender's</em> private key into the field
 * {@code signature}; the receiver verifies with the sender's public key and decrypts. Answers carry
 * {@code data.body} and {@code data.signature}, encrypted and signed by the answering side. The
 * same codec serves a client (seal requests, open answers) and a receiver (open requests, seal
 * answers): each side configures its own private key and its peer's public key.
 *
 * <p>Yinli's page names the steps but not their parameters, so every one is chosen explicitly
 * here; {@link Builder#build()} refuses a codec with a step left open and says what to ask Yinli:
 *
 * <pre>{@code
 * YinliCodec codec = YinliCodec.builder()
 *     .cipher(YinliCodec.Cipher.aesEcbPkcs5(Secret.of("aesKey", aesKey), YinliCodec.KeyEncoding.BASE64))
 *     .bodyText(YinliCodec.TextEncoding.BASE64)          // how the ciphertext is written into "body"
 *     .signature(YinliCodec.SignatureScheme.sha256WithRsa(
 *         Secret.of("privateKey", myPkcs8Base64), yinliPublicKeyBase64))
 *     .signatureText(YinliCodec.TextEncoding.BASE64)
 *     .signedContent(YinliCodec.SignedContent.CIPHERTEXT) // what "signature" covers
 *     .version("1.0").corpId("C001").appId("A001")       // the request headers Yinli assigns
 *     .build();
 * }</pre>
 *
 * <p><b>The exact rules.</b> Plain text is the business JSON as UTF-8 bytes. {@code body} is the
 * {@link Cipher}'s output written with {@link #bodyText}. The signed bytes are, for {@link
 * SignedContent#CIPHERTEXT}, the {@code body} text as UTF-8 (what travels), for {@link
 * SignedContent#PLAINTEXT} the business JSON's UTF-8 bytes; {@code signature} is the {@link
 * SignatureScheme}'s output written with {@link #signatureText}. Opening checks the signature first
 * when the ciphertext is signed, and decrypts first when the plaintext is; any failure (bad text,
 * bad padding, a GCM tag, a signature mismatch) is the same refusal.
 *
 * <p><b>Ready choices.</b> Ciphers: AES/ECB/PKCS5Padding, AES/CBC/PKCS5Padding with an {@link
 * IvRule}, AES/GCM/NoPadding (12-byte random nonce before the ciphertext, 128-bit tag after); keys
 * as Base64, hex or the key text's own bytes. Signatures: SHA256withRSA (keys as Base64 DER or
 * PEM). SM3withSM2 is not in the JDK and would need a crypto provider in every user's runtime, so
 * it is a plug point: implement {@link SignatureScheme} with the provider you use (docs/yinli.md
 * shows Bouncy Castle). Header values: {@code requestId} a random UUID and {@code requestTime}
 * epoch milliseconds unless replaced.
 *
 * <p>Keys are {@link Secret}s and never printed; {@link #toString()} names only the choices.
 * Immutable and thread-safe.
 */
public final class YinliCodec {
  /** The request header carrying the interface version. */
  public static final String VERSION = "version";
  /** The request header carrying the corporation id. */
  public static final String CORP_ID = "corpId";
  /** The request header carrying the application id. */
  public static final String APP_ID = "appId";
  /** The request header carrying the request's unique id. */
  public static final String REQUEST_ID = "requestId";
  /** The request header carrying the request's time. */
  public static final String REQUEST_TIME = "requestTime";
  /** The multipart field (request) and {@code data} field (answer) carrying the ciphertext. */
  public static final String BODY = "body";
  /** The multipart field (request) and {@code data} field (answer) carrying the signature. */
  public static final String SIGNATURE = "signature";

  private final Cipher cipher;
  private final SignatureScheme signature;
  private final TextEncoding bodyText;
  private final TextEncoding signatureText;
  private final SignedContent signedContent;
  private final String version;
  private final String corpId;
  private final String appId;
  private final Supplier<String> requestIds;
  private final Function<Instant, String> requestTimes;
  private final Clock clock;

  private YinliCodec(Builder b) {
    this.cipher = b.cipher;
    this.signature = b.signature;
    this.bodyText = b.bodyText;
    this.signatureText = b.signatureText;
    this.signedContent = b.signedContent;
    this.version = b.version;
    this.corpId = b.corpId;
    this.appId = b.appId;
    this.requestIds = b.requestIds;
    this.requestTimes = b.requestTimes;
    this.clock = b.clock;
  }

  /**
   * Starts a codec. Every crypto step (cipher, body text, signature scheme, signature text, signed
   * content) and the three assigned headers ({@code version}, {@code corpId}, {@code appId}) must be
   * given: Yinli has not published them, so there is no default to fall back on.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Encrypts and signs business JSON (a request to send, or an answer to give).
   *
   * @param json the business JSON text
   * @return the {@code body} and {@code signature} texts
   */
  public Sealed seal(String json) {
    Checks.notNull("json", json);
    byte[] plain = json.getBytes(StandardCharsets.UTF_8);
    String body = Crypto.encode(bodyText, cipher.encrypt(plain));
    byte[] signed = signedContent == SignedContent.CIPHERTEXT ? body.getBytes(StandardCharsets.UTF_8) : plain;
    return new Sealed(body, Crypto.encode(signatureText, signature.sign(signed)));
  }

  /**
   * The bytes {@code signature} covers for a sealed pair, by this codec's {@link SignedContent}:
   * the {@code body} text as UTF-8, or the business JSON as UTF-8. To check another implementation
   * against this one.
   *
   * @param body the {@code body} text
   * @param json the business JSON it encrypts
   * @return the signed bytes
   */
  public byte[] signedBytes(String body, String json) {
    return (signedContent == SignedContent.CIPHERTEXT ? body : json).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Verifies and decrypts what the peer sent (a request received, or an answer).
   *
   * @param body the {@code body} text
   * @param signature the {@code signature} text
   * @return the business JSON text
   * @throws CallbackVerificationException if either is missing, malformed, or the signature or the
   *     decryption fails (the reason never contains key material)
   */
  public String open(@Nullable String body, @Nullable String signature) {
    if (body == null || body.isEmpty()) {
      throw refused("no body");
    }
    if (signature == null || signature.isEmpty()) {
      throw refused("no signature");
    }
    byte[] sig;
    byte[] ciphertext;
    try {
      sig = Crypto.decodeText(signatureText, signature);
    } catch (IllegalArgumentException e) {
      throw refused("the signature is not " + signatureText + " text");
    }
    try {
      ciphertext = Crypto.decodeText(bodyText, body);
    } catch (IllegalArgumentException e) {
      throw refused("the body is not " + bodyText + " text");
    }
    if (signedContent == SignedContent.CIPHERTEXT && !this.signature.verify(body.getBytes(StandardCharsets.UTF_8), sig)) {
      throw refused("signature mismatch");
    }
    byte[] plain;
    try {
      plain = cipher.decrypt(ciphertext);
    } catch (GeneralSecurityException | RuntimeException e) {
      throw refused("the body does not decrypt");
    }
    if (signedContent == SignedContent.PLAINTEXT && !this.signature.verify(plain, sig)) {
      throw refused("signature mismatch");
    }
    return new String(plain, StandardCharsets.UTF_8);
  }

  private static CallbackVerificationException refused(String reason) {
    return new CallbackVerificationException(YinliClient.VENDOR, "0.1 envelope refused: " + reason);
  }

  /**
   * The five request headers, in Yinli's order, with a fresh {@code requestId} and {@code
   * requestTime}.
   *
   * @return header name → value
   */
  public Map<String, String> requestHeaders() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put(VERSION, version);
    h.put(CORP_ID, corpId);
    h.put(APP_ID, appId);
    h.put(REQUEST_ID, HeaderChecks.value(REQUEST_ID, requestIds.get()));
    h.put(REQUEST_TIME, HeaderChecks.value(REQUEST_TIME, requestTimes.apply(clock.instant())));
    return h;
  }

  /**
   * The {@code version} header sent with every sealed request, as Yinli assigns it.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * The {@code corpId} header sent with every sealed request, as Yinli assigns it.
   *
   * @return the corporation id
   */
  public String corpId() {
    return corpId;
  }

  /**
   * The {@code appId} header sent with every sealed request, as Yinli assigns it.
   *
   * @return the application id
   */
  public String appId() {
    return appId;
  }

  /** The choices, never a key. */
  @Override
  public String toString() {
    return "YinliCodec{" + cipher + ", body " + bodyText + ", " + signature + " over " + signedContent
        + " as " + signatureText + ", appId " + appId + "}";
  }

  /** A sealed pair: the {@code body} and {@code signature} texts. */
  public static final class Sealed {
    private final String body;
    private final String signature;

    /**
     * A sealed pair as received or made.
     *
     * @param body the ciphertext as text ({@code body})
     * @param signature the signature as text ({@code signature})
     */
    public Sealed(String body, String signature) {
      this.body = Checks.notNull("body", body);
      this.signature = Checks.notNull("signature", signature);
    }

    /**
     * The ciphertext as text ({@code body}).
     *
     * @return the ciphertext as text
     */
    public String body() {
      return body;
    }

    /**
     * The signature as text ({@code signature}).
     *
     * @return the signature as text
     */
    public String signature() {
      return signature;
    }

    /** Lengths only. */
    @Override
    public String toString() {
      return "Sealed{body " + body.length() + " chars, signature " + signature.length() + " chars}";
    }
  }

  /** How a key's text encodes its bytes. */
  public enum KeyEncoding {
    /** Standard Base64 of the key bytes. */
    BASE64,
    /** Hex of the key bytes (either case). */
    HEX,
    /** The key text's own UTF-8 bytes (e.g. a 16-character key for AES-128). */
    RAW
  }

  /** How bytes (ciphertext, signature) are written as text. */
  public enum TextEncoding {
    /** Standard Base64 with padding, no line breaks. */
    BASE64,
    /** Lower-case hex (either case is read). */
    HEX
  }

  /** What {@code signature} covers. */
  public enum SignedContent {
    /** The {@code body} text as sent (UTF-8). */
    CIPHERTEXT,
    /** The business JSON before encryption (UTF-8). */
    PLAINTEXT
  }

  /** Where AES/CBC takes its 16-byte IV from. */
  public enum IvRule {
    /** A fresh random IV for each message, written before the ciphertext. */
    RANDOM_PREFIX,
    /** The first 16 bytes of the key (common in Chinese integrations; weak, but a peer may require it). */
    FIRST_16_KEY_BYTES,
    /** Sixteen zero bytes. */
    ZERO
  }

  /** The symmetric step: encrypts the business JSON, decrypts the peer's. A plug point. */
  public interface Cipher {
    /**
     * Encrypts the business JSON.
     *
     * @param plain the business JSON's UTF-8 bytes
     * @return the ciphertext, including any IV or nonce the mode needs
     */
    byte[] encrypt(byte[] plain);

    /**
     * Decrypts what the peer sent.
     *
     * @param ciphertext the peer's ciphertext, including any IV or nonce
     * @return the plain bytes
     * @throws GeneralSecurityException if it does not decrypt
     */
    byte[] decrypt(byte[] ciphertext) throws GeneralSecurityException;

    /**
     * AES/ECB/PKCS5Padding.
     *
     * @param key the shared AES key (16, 24 or 32 bytes once decoded)
     * @param encoding how {@code key} is written
     * @return the cipher
     * @throws ValidationException naming {@code aesKey} if the key is malformed
     */
    static Cipher aesEcbPkcs5(Secret key, KeyEncoding encoding) {
      return Crypto.aes("AES/ECB/PKCS5Padding", Crypto.aesKey("aesKey", key, encoding), null);
    }

    /**
     * AES/CBC/PKCS5Padding.
     *
     * @param key the shared AES key
     * @param encoding how {@code key} is written
     * @param iv where the IV comes from
     * @return the cipher
     */
    static Cipher aesCbcPkcs5(Secret key, KeyEncoding encoding, IvRule iv) {
      return Crypto.aes("AES/CBC/PKCS5Padding", Crypto.aesKey("aesKey", key, encoding), Checks.notNull("iv", iv));
    }

    /**
     * AES/GCM/NoPadding with a random 12-byte nonce before the ciphertext and a 128-bit tag.
     *
     * @param key the shared AES key
     * @param encoding how {@code key} is written
     * @return the cipher
     */
    static Cipher aesGcm(Secret key, KeyEncoding encoding) {
      return Crypto.aes("AES/GCM/NoPadding", Crypto.aesKey("aesKey", key, encoding), null);
    }
  }

  /**
   * The asymmetric step: signs with your private key, verifies with your peer's public key. A plug
   * point (SM3withSM2 goes here, with the provider of your choice).
   */
  public interface SignatureScheme {
    /**
     * Signs with your private key.
     *
     * @param content the signed bytes ({@link SignedContent} decides which)
     * @return the signature bytes
     */
    byte[] sign(byte[] content);

    /**
     * Verifies the peer's signature with the peer's public key. Must not throw: anything malformed is
     * {@code false}.
     *
     * @param content the signed bytes
     * @param signature the peer's signature bytes
     * @return {@code true} only when it is the peer's signature of {@code content}
     */
    boolean verify(byte[] content, byte[] signature);

    /**
     * SHA256withRSA (PKCS#1 v1.5).
     *
     * @param ownPrivateKey your PKCS#8 RSA private key, Base64 DER or PEM
     * @param peerPublicKey the peer's X.509 RSA public key, Base64 DER or PEM
     * @return the scheme
     * @throws ValidationException naming {@code ownPrivateKey} or {@code peerPublicKey} if malformed
     */
    static SignatureScheme sha256WithRsa(Secret ownPrivateKey, String peerPublicKey) {
      return Crypto.jca("SHA256withRSA", "RSA", ownPrivateKey, peerPublicKey);
    }
  }

  /** Builds a {@link YinliCodec}. */
  public static final class Builder {
    private @Nullable Cipher cipher;
    private @Nullable SignatureScheme signature;
    private @Nullable TextEncoding bodyText;
    private @Nullable TextEncoding signatureText;
    private @Nullable SignedContent signedContent;
    private @Nullable String version;
    private @Nullable String corpId;
    private @Nullable String appId;
    private Supplier<String> requestIds = () -> UUID.randomUUID().toString();
    private Function<Instant, String> requestTimes = t -> Long.toString(t.toEpochMilli());
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * The symmetric step, e.g. {@link Cipher#aesEcbPkcs5}; required (UNKNOWN at the vendor: ask Yinli).
     *
     * @param cipher the AES step
     * @return this builder
     */
    public Builder cipher(Cipher cipher) {
      this.cipher = Checks.notNull("cipher", cipher);
      return this;
    }

    /**
     * How the ciphertext is written into {@code body}; required.
     *
     * @param encoding Base64 or hex
     * @return this builder
     */
    public Builder bodyText(TextEncoding encoding) {
      this.bodyText = Checks.notNull("bodyText", encoding);
      return this;
    }

    /**
     * The asymmetric step, e.g. {@link SignatureScheme#sha256WithRsa}; required (UNKNOWN at the vendor:
     * SM3withSM2 is possible).
     *
     * @param scheme the signature step
     * @return this builder
     */
    public Builder signature(SignatureScheme scheme) {
      this.signature = Checks.notNull("signature", scheme);
      return this;
    }

    /**
     * How the signature is written into {@code signature}; required.
     *
     * @param encoding Base64 or hex
     * @return this builder
     */
    public Builder signatureText(TextEncoding encoding) {
      this.signatureText = Checks.notNull("signatureText", encoding);
      return this;
    }

    /**
     * What {@code signature} covers: the {@code body} text or the business JSON; required.
     *
     * @param content the signed content
     * @return this builder
     */
    public Builder signedContent(SignedContent content) {
      this.signedContent = Checks.notNull("signedContent", content);
      return this;
    }

    /**
     * The {@code version} header Yinli assigns; required.
     *
     * @param version the header's value
     * @return this builder
     * @throws ValidationException (field {@code version}) if blank or not a valid header value
     */
    public Builder version(String version) {
      this.version = HeaderChecks.value("version", version);
      return this;
    }

    /**
     * The {@code corpId} header Yinli assigns; required.
     *
     * @param corpId the header's value
     * @return this builder
     * @throws ValidationException (field {@code corpId}) if blank or not a valid header value
     */
    public Builder corpId(String corpId) {
      this.corpId = HeaderChecks.value("corpId", corpId);
      return this;
    }

    /**
     * The {@code appId} header Yinli assigns; required.
     *
     * @param appId the header's value
     * @return this builder
     * @throws ValidationException (field {@code appId}) if blank or not a valid header value
     */
    public Builder appId(String appId) {
      this.appId = HeaderChecks.value("appId", appId);
      return this;
    }

    /**
     * Makes each request's {@code requestId} header. Default: a random UUID.
     *
     * @param ids called once per request
     * @return this builder
     */
    public Builder requestIds(Supplier<String> ids) {
      this.requestIds = Checks.notNull("requestIds", ids);
      return this;
    }

    /**
     * Writes the {@code requestTime} header from the request's instant. Default: epoch milliseconds
     * (Yinli's format is UNKNOWN).
     *
     * @param format from the instant to the header's text
     * @return this builder
     */
    public Builder requestTimes(Function<Instant, String> format) {
      this.requestTimes = Checks.notNull("requestTimes", format);
      return this;
    }

    /**
     * The clock {@code requestTime} is read from. Default the UTC system clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNull("clock", clock);
      return this;
    }

    /**
     * Builds the codec; immutable and thread-safe.
     *
     * @return the codec
     * @throws ValidationException naming the first step left open, with what to ask Yinli
     */
    public YinliCodec build() {
      List<String> missing = new ArrayList<>();
      if (cipher == null) {
        missing.add("cipher (ask Yinli: the AES mode and padding, the IV rule, and how the AES key is encoded)");
      }
      if (bodyText == null) {
        missing.add("bodyText (ask Yinli: is the ciphertext in 'body' Base64 or hex?)");
      }
      if (signature == null) {
        missing.add("signature (ask Yinli: the signature algorithm — SHA256withRSA? SM3withSM2? — and exchange public keys)");
      }
      if (signatureText == null) {
        missing.add("signatureText (ask Yinli: is 'signature' Base64 or hex?)");
      }
      if (signedContent == null) {
        missing.add("signedContent (ask Yinli: does the signature cover the ciphertext or the plain JSON?)");
      }
      if (version == null || corpId == null || appId == null) {
        missing.add("version, corpId and appId (ask Yinli: the header values assigned to you)");
      }
      if (!missing.isEmpty()) {
        String first = missing.get(0);
        throw new ValidationException(first.substring(0, first.indexOf(' ')), "is required: " + String.join("; ", missing));
      }
      return new YinliCodec(this);
    }
  }
}
