package io.github.ampark.spring.yinli;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.Secret;
import io.github.ampark.core.ValidationException;
import io.github.ampark.spring.ClientSettings;
import io.github.ampark.yinli.YinliClient;
import io.github.ampark.yinli.YinliCodec;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * One Yinli tenant's settings: {@code ampark.yinli.*} (shared) or {@code ampark.yinli.tenants.<name>.*}
 * (overrides on top of the shared ones). Yinli publishes no host, so {@code base-url} is required
 * and is what makes the shared settings a tenant. The 0.1 envelope ({@code codec.*}) has <b>no
 * defaults</b>: Yinli's page names its steps but none of their parameters (UNKNOWN in the spec), so
 * every choice is yours to get from Yinli; a codec with a step left open fails naming it and saying
 * what to ask. Without any {@code codec.*} setting the client speaks plain JSON to the 1.x
 * endpoints and cannot call or serve the 2.x ones. Secrets ({@code codec.aes-key}, {@code
 * codec.private-key}) never appear in {@link #toString()} or in actuator's {@code /configprops} and
 * {@code /env}.
 */
public class YinliSettings extends ClientSettings {
  /**
   * Whether Yinli's 1.x endpoints use the 0.1 envelope too (UNKNOWN: ask Yinli). Required when a
   * codec is configured; no default.
   */
  private Boolean assetsEnvelope;

  /** The 0.1 envelope's choices; every one is required once any is set, none has a default. */
  @NestedConfigurationProperty
  private final Codec codec = new Codec();

  /** {@return whether the 1.x endpoints are sealed, or {@code null} (unset; no default)} */
  public Boolean getAssetsEnvelope() {
    return assetsEnvelope;
  }

  /**
   * Sets {@code assets-envelope}: {@code true} if Yinli's 1.x endpoints use the 0.1 envelope too.
   *
   * @param assetsEnvelope {@code true} if Yinli's 1.x endpoints use the 0.1 envelope too
   */
  public void setAssetsEnvelope(Boolean assetsEnvelope) {
    this.assetsEnvelope = assetsEnvelope;
  }

  /** {@return the envelope's choices (never {@code null}; its fields are {@code null} until set)} */
  public Codec getCodec() {
    return codec;
  }

  /** {@return whether the shared settings describe a tenant (a base URL is set)} */
  boolean hasCredentials() {
    String url = getBaseUrl();
    return url != null && !url.isEmpty();
  }

  /** {@return whether the tenant asks for a step of {@link YinliCodecSteps}} */
  boolean needsCustomSteps() {
    return codec.cipher == CipherChoice.CUSTOM || codec.signature == SignatureChoice.CUSTOM;
  }

  /**
   * Builds this tenant's codec.
   *
   * @param tenant the tenant (for a custom step and messages)
   * @param steps your custom steps, or {@code null} if you declared none
   * @return the codec, or {@code null} when no {@code codec.*} setting is given (plain JSON)
   * @throws ValidationException naming the first step left open, with what to ask Yinli
   * @throws IllegalStateException if a {@code custom} step has no {@link YinliCodecSteps} to make it
   */
  public @Nullable YinliCodec toCodec(String tenant, @Nullable YinliCodecSteps steps) {
    if (!codec.isSet()) {
      return null;
    }
    YinliCodec.Builder b = YinliCodec.builder();
    if (codec.cipher != null) {
      b.cipher(cipher(tenant, steps));
    }
    if (codec.bodyText != null) {
      b.bodyText(codec.bodyText);
    }
    if (codec.signature != null) {
      b.signature(signature(tenant, steps));
    }
    if (codec.signatureText != null) {
      b.signatureText(codec.signatureText);
    }
    if (codec.signedContent != null) {
      b.signedContent(codec.signedContent);
    }
    if (codec.version != null) {
      b.version(codec.version);
    }
    if (codec.corpId != null) {
      b.corpId(codec.corpId);
    }
    if (codec.appId != null) {
      b.appId(codec.appId);
    }
    return b.build();
  }

  private YinliCodec.Cipher cipher(String tenant, @Nullable YinliCodecSteps steps) {
    if (codec.cipher == CipherChoice.CUSTOM) {
      YinliCodec.Cipher c = steps == null ? null : steps.cipher(tenant, this);
      if (c == null) {
        throw new IllegalStateException("ampark.yinli codec.cipher=custom (tenant " + tenant + ") needs a YinliCodecSteps"
            + " bean whose cipher(tenant, settings) returns the cipher");
      }
      return c;
    }
    if (codec.aesKeyEncoding == null) {
      throw new ValidationException("codec.aesKeyEncoding", "is required: ask Yinli how the AES key is written (BASE64, HEX, RAW)");
    }
    Secret key = Secret.of("codec.aesKey", codec.aesKey);
    switch (codec.cipher) {
      case AES_ECB_PKCS5:
        return YinliCodec.Cipher.aesEcbPkcs5(key, codec.aesKeyEncoding);
      case AES_GCM:
        return YinliCodec.Cipher.aesGcm(key, codec.aesKeyEncoding);
      default:
        if (codec.ivRule == null) {
          throw new ValidationException("codec.ivRule", "is required with AES_CBC_PKCS5: ask Yinli where the IV comes from");
        }
        return YinliCodec.Cipher.aesCbcPkcs5(key, codec.aesKeyEncoding, codec.ivRule);
    }
  }

  private YinliCodec.SignatureScheme signature(String tenant, @Nullable YinliCodecSteps steps) {
    if (codec.signature == SignatureChoice.CUSTOM) {
      YinliCodec.SignatureScheme s = steps == null ? null : steps.signature(tenant, this);
      if (s == null) {
        throw new IllegalStateException("ampark.yinli codec.signature=custom (tenant " + tenant + ") needs a YinliCodecSteps"
            + " bean whose signature(tenant, settings) returns the scheme");
      }
      return s;
    }
    if (codec.peerPublicKey == null || codec.peerPublicKey.isEmpty()) {
      throw new ValidationException("codec.peerPublicKey", "is required: Yinli's X.509 RSA public key (Base64 DER or PEM)");
    }
    return YinliCodec.SignatureScheme.sha256WithRsa(Secret.of("codec.privateKey", codec.privateKey), codec.peerPublicKey);
  }

  /**
   * A builder with these settings applied.
   *
   * @param codec the tenant's codec, or {@code null} for plain JSON
   * @return the builder (a missing base URL or envelope choice fails in {@code build()} with a
   *     {@link ValidationException} naming the field)
   */
  public YinliClient.Builder toBuilder(@Nullable YinliCodec codec) {
    YinliClient.Builder b = YinliClient.builder();
    if (codec != null) {
      b.codec(codec);
    }
    if (assetsEnvelope != null) {
      b.assetsEnvelope(assetsEnvelope);
    }
    applyTo(b);
    return b;
  }

  /** {@return the non-secret settings (keys as {@code ****})} */
  @Override
  public String toString() {
    return "YinliSettings{baseUrl=" + getBaseUrl() + ", assetsEnvelope=" + assetsEnvelope + ", codec=" + codec + "}";
  }

  /** The 0.1 envelope's cipher: the ready AES choices of sdk-yinli, or your own. */
  public enum CipherChoice {
    /** AES/ECB/PKCS5Padding with {@code aes-key}. */
    AES_ECB_PKCS5,
    /** AES/CBC/PKCS5Padding with {@code aes-key} and {@code iv-rule}. */
    AES_CBC_PKCS5,
    /** AES/GCM/NoPadding (12-byte random nonce before the ciphertext, 128-bit tag) with {@code aes-key}. */
    AES_GCM,
    /** Your {@link YinliCodecSteps#cipher} bean. */
    CUSTOM
  }

  /** The 0.1 envelope's signature: the ready scheme of sdk-yinli, or your own. */
  public enum SignatureChoice {
    /** SHA256withRSA with {@code private-key} (yours) and {@code peer-public-key} (Yinli's). */
    SHA256_WITH_RSA,
    /** Your {@link YinliCodecSteps#signature} bean (e.g. SM3withSM2). */
    CUSTOM
  }

  /** {@code ampark.yinli[.tenants.<name>].codec.*}: the envelope's choices (all UNKNOWN at Yinli: no defaults). */
  public static class Codec {
    /** The AES step. */
    private CipherChoice cipher;

    /** The shared AES key (secret), as written by aes-key-encoding. */
    private String aesKey;

    /** How aes-key is written: BASE64, HEX or RAW (the text's own bytes). */
    private YinliCodec.KeyEncoding aesKeyEncoding;

    /** Where AES/CBC takes its IV from (AES_CBC_PKCS5 only). */
    private YinliCodec.IvRule ivRule;

    /** How the ciphertext is written into "body": BASE64 or HEX. */
    private YinliCodec.TextEncoding bodyText;

    /** The signature step. */
    private SignatureChoice signature;

    /** Your PKCS#8 RSA private key, Base64 DER or PEM (secret; SHA256_WITH_RSA). */
    private String privateKey;

    /** Yinli's X.509 RSA public key, Base64 DER or PEM (SHA256_WITH_RSA). */
    private String peerPublicKey;

    /** How the signature is written into "signature": BASE64 or HEX. */
    private YinliCodec.TextEncoding signatureText;

    /** What the signature covers: CIPHERTEXT (the body text) or PLAINTEXT (the business JSON). */
    private YinliCodec.SignedContent signedContent;

    /** The "version" header Yinli assigns. */
    private String version;

    /** The "corpId" header Yinli assigns. */
    private String corpId;

    /** The "appId" header Yinli assigns. */
    private String appId;

    /** {@return whether any choice is set (then all are required)} */
    boolean isSet() {
      return cipher != null || aesKey != null || aesKeyEncoding != null || ivRule != null || bodyText != null
          || signature != null || privateKey != null || peerPublicKey != null || signatureText != null
          || signedContent != null || version != null || corpId != null || appId != null;
    }

    /** {@return the cipher choice, or {@code null} (no default)} */
    public CipherChoice getCipher() {
      return cipher;
    }

    /**
     * Sets {@code cipher}: AES_ECB_PKCS5, AES_CBC_PKCS5, AES_GCM or CUSTOM.
     *
     * @param cipher AES_ECB_PKCS5, AES_CBC_PKCS5, AES_GCM or CUSTOM
     */
    public void setCipher(CipherChoice cipher) {
      this.cipher = cipher;
    }

    /** {@return the AES key text (secret: do not log it), or {@code null}} */
    public String getAesKey() {
      return aesKey;
    }

    /**
     * Sets {@code aes-key}: the shared AES key (16, 24 or 32 bytes once decoded).
     *
     * @param aesKey the shared AES key (16, 24 or 32 bytes once decoded)
     */
    public void setAesKey(String aesKey) {
      this.aesKey = aesKey;
    }

    /** {@return how the AES key is written, or {@code null} (no default)} */
    public YinliCodec.KeyEncoding getAesKeyEncoding() {
      return aesKeyEncoding;
    }

    /**
     * Sets {@code aes-key-encoding}: BASE64, HEX or RAW.
     *
     * @param aesKeyEncoding BASE64, HEX or RAW
     */
    public void setAesKeyEncoding(YinliCodec.KeyEncoding aesKeyEncoding) {
      this.aesKeyEncoding = aesKeyEncoding;
    }

    /** {@return the CBC IV rule, or {@code null} (no default)} */
    public YinliCodec.IvRule getIvRule() {
      return ivRule;
    }

    /**
     * Sets {@code iv-rule}: RANDOM_PREFIX, FIRST_16_KEY_BYTES or ZERO.
     *
     * @param ivRule RANDOM_PREFIX, FIRST_16_KEY_BYTES or ZERO
     */
    public void setIvRule(YinliCodec.IvRule ivRule) {
      this.ivRule = ivRule;
    }

    /** {@return how "body" is written, or {@code null} (no default)} */
    public YinliCodec.TextEncoding getBodyText() {
      return bodyText;
    }

    /**
     * Sets {@code body-text}: BASE64 or HEX.
     *
     * @param bodyText BASE64 or HEX
     */
    public void setBodyText(YinliCodec.TextEncoding bodyText) {
      this.bodyText = bodyText;
    }

    /** {@return the signature choice, or {@code null} (no default)} */
    public SignatureChoice getSignature() {
      return signature;
    }

    /**
     * Sets {@code signature}: SHA256_WITH_RSA or CUSTOM.
     *
     * @param signature SHA256_WITH_RSA or CUSTOM
     */
    public void setSignature(SignatureChoice signature) {
      this.signature = signature;
    }

    /** {@return your private key (secret: do not log it), or {@code null}} */
    public String getPrivateKey() {
      return privateKey;
    }

    /**
     * Sets {@code private-key}: your PKCS#8 RSA private key, Base64 DER or PEM.
     *
     * @param privateKey your PKCS#8 RSA private key, Base64 DER or PEM
     */
    public void setPrivateKey(String privateKey) {
      this.privateKey = privateKey;
    }

    /** {@return Yinli's public key, or {@code null}} */
    public String getPeerPublicKey() {
      return peerPublicKey;
    }

    /**
     * Sets {@code peer-public-key}: Yinli's X.509 RSA public key, Base64 DER or PEM.
     *
     * @param peerPublicKey Yinli's X.509 RSA public key, Base64 DER or PEM
     */
    public void setPeerPublicKey(String peerPublicKey) {
      this.peerPublicKey = peerPublicKey;
    }

    /** {@return how "signature" is written, or {@code null} (no default)} */
    public YinliCodec.TextEncoding getSignatureText() {
      return signatureText;
    }

    /**
     * Sets {@code signature-text}: BASE64 or HEX.
     *
     * @param signatureText BASE64 or HEX
     */
    public void setSignatureText(YinliCodec.TextEncoding signatureText) {
      this.signatureText = signatureText;
    }

    /** {@return what the signature covers, or {@code null} (no default)} */
    public YinliCodec.SignedContent getSignedContent() {
      return signedContent;
    }

    /**
     * Sets {@code signed-content}: CIPHERTEXT or PLAINTEXT.
     *
     * @param signedContent CIPHERTEXT or PLAINTEXT
     */
    public void setSignedContent(YinliCodec.SignedContent signedContent) {
      this.signedContent = signedContent;
    }

    /** {@return the "version" header, or {@code null}} */
    public String getVersion() {
      return version;
    }

    /**
     * Sets {@code version}: the "version" header Yinli assigns.
     *
     * @param version the "version" header Yinli assigns
     */
    public void setVersion(String version) {
      this.version = version;
    }

    /** {@return the "corpId" header, or {@code null}} */
    public String getCorpId() {
      return corpId;
    }

    /**
     * Sets {@code corp-id}: the "corpId" header Yinli assigns.
     *
     * @param corpId the "corpId" header Yinli assigns
     */
    public void setCorpId(String corpId) {
      this.corpId = corpId;
    }

    /** {@return the "appId" header, or {@code null}} */
    public String getAppId() {
      return appId;
    }

    /**
     * Sets {@code app-id}: the "appId" header Yinli assigns.
     *
     * @param appId the "appId" header Yinli assigns
     */
    public void setAppId(String appId) {
      this.appId = appId;
    }

    /** {@return the choices, keys as {@code ****}} */
    @Override
    public String toString() {
      return "Codec{cipher=" + cipher + ", aesKey=" + (aesKey == null ? "null" : "****") + ", aesKeyEncoding=" + aesKeyEncoding
          + ", ivRule=" + ivRule + ", bodyText=" + bodyText + ", signature=" + signature + ", privateKey="
          + (privateKey == null ? "null" : "****") + ", signatureText=" + signatureText + ", signedContent=" + signedContent
          + ", version=" + version + ", corpId=" + corpId + ", appId=" + appId + "}";
    }
  }
}
