package io.github.ampark.testkit.yinli;

import io.github.ampark.core.Nullable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The fake's side of Yinli's "0.1 通用请求方式" envelope, written with the JCA directly and
 * independently of {@code sdk-yinli}'s codec, so that a shared mistake cannot cancel out: pick
 * the same choices as the client's {@code YinliCodec} (mode, texts, what is signed) and swap the
 * keys (the fake signs with its own private key and verifies with yours).
 *
 * <pre>{@code
 * KeyPair fakeKeys = FakeYinliEnvelope.newRsaKeyPair();
 * FakeYinliEnvelope envelope = FakeYinliEnvelope.builder()
 *     .aesKey("0123456789abcdef".getBytes(UTF_8)).mode(FakeYinliEnvelope.Mode.ECB)
 *     .bodyText(FakeYinliEnvelope.Text.BASE64).signatureText(FakeYinliEnvelope.Text.BASE64)
 *     .signCiphertext(true)
 *     .fakePrivateKey(fakeKeys.getPrivate()).peerPublicKey(yourPublicKeyBase64)
 *     .build();
 * }</pre>
 */
public final class FakeYinliEnvelope {
  /** The AES mode (and, for CBC, where the IV comes from). */
  public enum Mode {
    /** AES/ECB/PKCS5Padding. */
    ECB,
    /** AES/CBC/PKCS5Padding, a random IV before the ciphertext. */
    CBC_RANDOM_IV,
    /** AES/CBC/PKCS5Padding, the IV is the key's first 16 bytes. */
    CBC_KEY_IV,
    /** AES/CBC/PKCS5Padding, a zero IV. */
    CBC_ZERO_IV,
    /** AES/GCM/NoPadding, a 12-byte nonce before the ciphertext, 128-bit tag. */
    GCM
  }

  /** How bytes are written as text. */
  public enum Text {
    /** Standard Base64. */
    BASE64,
    /** Lower-case hex. */
    HEX
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] aesKey;
  private final Mode mode;
  private final Text bodyText;
  private final Text signatureText;
  private final boolean signCiphertext;
  private final PrivateKey fakePrivateKey;
  private final PublicKey peerPublicKey;

  private FakeYinliEnvelope(Builder b) {
    this.aesKey = b.aesKey;
    this.mode = b.mode;
    this.bodyText = b.bodyText;
    this.signatureText = b.signatureText;
    this.signCiphertext = b.signCiphertext;
    this.fakePrivateKey = b.fakePrivateKey;
    this.peerPublicKey = b.peerPublicKey;
  }

  /**
   * A builder; every setting is required.
   *
   * @return a builder; every setting is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A fresh 2048-bit RSA key pair (for tests and samples).
   *
   * @return a fresh 2048-bit RSA key pair (for tests and samples)
   */
  public static KeyPair newRsaKeyPair() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Its X.509 encoding in Base64.
   *
   * @param key a public key
   * @return its X.509 encoding in Base64
   */
  public static String base64(PublicKey key) {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  /**
   * Its PKCS#8 encoding in Base64.
   *
   * @param key a private key
   * @return its PKCS#8 encoding in Base64
   */
  public static String base64(PrivateKey key) {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  /** A sealed pair. */
  public static final class Sealed {
    /** The {@code body} text. */
    public final String body;
    /** The {@code signature} text. */
    public final String signature;

    Sealed(String body, String signature) {
      this.body = body;
      this.signature = signature;
    }
  }

  /**
   * Encrypts with the shared key and signs with the fake's private key.
   *
   * @param json business JSON
   * @return body and signature texts
   */
  public Sealed seal(String json) {
    try {
      byte[] plain = json.getBytes(StandardCharsets.UTF_8);
      String body = text(bodyText, encrypt(plain));
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initSign(fakePrivateKey);
      s.update(signCiphertext ? body.getBytes(StandardCharsets.UTF_8) : plain);
      return new Sealed(body, text(signatureText, s.sign()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Verifies with the peer's public key and decrypts.
   *
   * @param body the {@code body} text
   * @param signature the {@code signature} text
   * @return the business JSON, or {@code null} if anything fails
   */
  public @Nullable String open(@Nullable String body, @Nullable String signature) {
    if (body == null || signature == null || body.isEmpty() || signature.isEmpty()) {
      return null;
    }
    try {
      byte[] sig = bytes(signatureText, signature);
      byte[] plain = decrypt(bytes(bodyText, body));
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initVerify(peerPublicKey);
      s.update(signCiphertext ? body.getBytes(StandardCharsets.UTF_8) : plain);
      return s.verify(sig) ? new String(plain, StandardCharsets.UTF_8) : null;
    } catch (GeneralSecurityException | RuntimeException e) {
      return null;
    }
  }

  private byte[] encrypt(byte[] plain) throws GeneralSecurityException {
    SecretKeySpec k = new SecretKeySpec(aesKey, "AES");
    switch (mode) {
      case ECB: {
        Cipher c = Cipher.getInstance("AES/ECB/PKCS5Padding");
        c.init(Cipher.ENCRYPT_MODE, k);
        return c.doFinal(plain);
      }
      case GCM: {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, k, new GCMParameterSpec(128, nonce));
        return join(nonce, c.doFinal(plain));
      }
      case CBC_RANDOM_IV: {
        byte[] iv = new byte[16];
        RANDOM.nextBytes(iv);
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        c.init(Cipher.ENCRYPT_MODE, k, new IvParameterSpec(iv));
        return join(iv, c.doFinal(plain));
      }
      default: {
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        c.init(Cipher.ENCRYPT_MODE, k, new IvParameterSpec(fixedIv()));
        return c.doFinal(plain);
      }
    }
  }

  private byte[] decrypt(byte[] data) throws GeneralSecurityException {
    SecretKeySpec k = new SecretKeySpec(aesKey, "AES");
    switch (mode) {
      case ECB: {
        Cipher c = Cipher.getInstance("AES/ECB/PKCS5Padding");
        c.init(Cipher.DECRYPT_MODE, k);
        return c.doFinal(data);
      }
      case GCM: {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, k, new GCMParameterSpec(128, Arrays.copyOf(data, 12)));
        return c.doFinal(Arrays.copyOfRange(data, 12, data.length));
      }
      case CBC_RANDOM_IV: {
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        c.init(Cipher.DECRYPT_MODE, k, new IvParameterSpec(Arrays.copyOf(data, 16)));
        return c.doFinal(Arrays.copyOfRange(data, 16, data.length));
      }
      default: {
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        c.init(Cipher.DECRYPT_MODE, k, new IvParameterSpec(fixedIv()));
        return c.doFinal(data);
      }
    }
  }

  private byte[] fixedIv() {
    return mode == Mode.CBC_KEY_IV ? Arrays.copyOf(aesKey, 16) : new byte[16];
  }

  private static byte[] join(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static String text(Text t, byte[] bytes) {
    if (t == Text.BASE64) {
      return Base64.getEncoder().encodeToString(bytes);
    }
    StringBuilder sb = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return sb.toString();
  }

  private static byte[] bytes(Text t, String text) {
    if (t == Text.BASE64) {
      return Base64.getDecoder().decode(text);
    }
    String h = text.toLowerCase(Locale.ROOT);
    if (h.length() % 2 != 0) {
      throw new IllegalArgumentException("odd hex");
    }
    byte[] out = new byte[h.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
    }
    return out;
  }

  /** Builds a {@link FakeYinliEnvelope}. */
  public static final class Builder {
    private byte[] aesKey;
    private Mode mode;
    private Text bodyText;
    private Text signatureText;
    private Boolean signCiphertext;
    private PrivateKey fakePrivateKey;
    private PublicKey peerPublicKey;

    private Builder() {}

    /**
     * Sets the shared AES key's bytes (16, 24 or 32).
     *
     * @param key the shared AES key's bytes (16, 24 or 32)
     * @return this
     */
    public Builder aesKey(byte[] key) {
      this.aesKey = key.clone();
      return this;
    }

    /**
     * Sets the AES mode.
     *
     * @param mode the AES mode
     * @return this
     */
    public Builder mode(Mode mode) {
      this.mode = mode;
      return this;
    }

    /**
     * Sets how the ciphertext is written in {@code body}.
     *
     * @param text how the ciphertext is written in {@code body}
     * @return this
     */
    public Builder bodyText(Text text) {
      this.bodyText = text;
      return this;
    }

    /**
     * Sets how the signature is written.
     *
     * @param text how the signature is written
     * @return this
     */
    public Builder signatureText(Text text) {
      this.signatureText = text;
      return this;
    }

    /**
     * Sets what the signature covers: the ciphertext in {@code body} ({@code true}) or the plain
     * JSON ({@code false}).
     *
     * @param ciphertext {@code true}: the signature covers the {@code body} text; {@code false}:
     *     the plain JSON
     * @return this
     */
    public Builder signCiphertext(boolean ciphertext) {
      this.signCiphertext = ciphertext;
      return this;
    }

    /**
     * Sets the fake's (Yinli's) RSA private key.
     *
     * @param key the fake's (Yinli's) RSA private key
     * @return this
     */
    public Builder fakePrivateKey(PrivateKey key) {
      this.fakePrivateKey = key;
      return this;
    }

    /**
     * Sets your X.509 RSA public key in Base64.
     *
     * @param base64 your X.509 RSA public key in Base64
     * @return this
     */
    public Builder peerPublicKey(String base64) {
      try {
        this.peerPublicKey = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
      } catch (GeneralSecurityException e) {
        throw new IllegalArgumentException("not an RSA public key", e);
      }
      return this;
    }

    /**
     * The envelope.
     *
     * @return the envelope
     * @throws IllegalStateException if a setting is missing
     */
    public FakeYinliEnvelope build() {
      if (aesKey == null || mode == null || bodyText == null || signatureText == null || signCiphertext == null
          || fakePrivateKey == null || peerPublicKey == null) {
        throw new IllegalStateException("FakeYinliEnvelope needs aesKey, mode, bodyText, signatureText, signCiphertext, "
            + "fakePrivateKey and peerPublicKey");
      }
      return new FakeYinliEnvelope(this);
    }
  }
}
