package io.github.ampark.yinli.internal;

import io.github.ampark.core.Checks;
import io.github.ampark.core.Secret;
import io.github.ampark.core.ValidationException;
import io.github.ampark.yinli.YinliCodec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The JDK implementations behind {@link YinliCodec.Cipher} and {@link YinliCodec.SignatureScheme}
 * (JCA only, nothing bundled). Key material is decoded once, when the codec is built; failures
 * name the setting and never echo key text.
 */
public final class Crypto {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int GCM_NONCE = 12;
  private static final int GCM_TAG_BITS = 128;

  private Crypto() {}

  /**
   * @param field the setting's name, for messages
   * @param key the key text
   * @param encoding how the text encodes the key bytes
   * @return 16, 24 or 32 key bytes
   */
  public static byte[] aesKey(String field, Secret key, YinliCodec.KeyEncoding encoding) {
    Checks.notNull(field, key);
    Checks.notNull(field + "Encoding", encoding);
    byte[] bytes;
    try {
      bytes = decode(key.reveal().trim(), encoding);
    } catch (IllegalArgumentException e) {
      throw new ValidationException(field, "is not valid " + encoding + " text");
    }
    if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
      throw new ValidationException(field, "must decode to 16, 24 or 32 bytes for AES (decodes to " + bytes.length + ")");
    }
    try {
      if (Cipher.getMaxAllowedKeyLength("AES") < bytes.length * 8) {
        throw new ValidationException(field, "is a " + bytes.length * 8 + "-bit AES key, which this JVM's crypto policy does not allow");
      }
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new ValidationException(field, "cannot be used: this JVM has no AES");
    }
    return bytes;
  }

  private static byte[] decode(String text, YinliCodec.KeyEncoding encoding) {
    switch (encoding) {
      case BASE64:
        return Base64.getDecoder().decode(text);
      case HEX:
        return hex(text);
      default:
        return text.getBytes(StandardCharsets.UTF_8);
    }
  }

  /** AES in ECB, CBC or GCM mode. */
  public static YinliCodec.Cipher aes(String transformation, byte[] key, YinliCodec.IvRule iv) {
    String description = transformation + (iv == null ? "" : " (IV " + iv + ")");
    return new YinliCodec.Cipher() {
      @Override
      public byte[] encrypt(byte[] plain) {
        try {
          Cipher c = Cipher.getInstance(transformation);
          SecretKeySpec k = new SecretKeySpec(key, "AES");
          if (transformation.startsWith("AES/ECB")) {
            c.init(Cipher.ENCRYPT_MODE, k);
            return c.doFinal(plain);
          }
          if (transformation.startsWith("AES/GCM")) {
            byte[] nonce = new byte[GCM_NONCE];
            RANDOM.nextBytes(nonce);
            c.init(Cipher.ENCRYPT_MODE, k, new GCMParameterSpec(GCM_TAG_BITS, nonce));
            return concat(nonce, c.doFinal(plain));
          }
          byte[] ivBytes = iv == YinliCodec.IvRule.RANDOM_PREFIX ? random16() : fixedIv(key, iv);
          c.init(Cipher.ENCRYPT_MODE, k, new IvParameterSpec(ivBytes));
          byte[] out = c.doFinal(plain);
          return iv == YinliCodec.IvRule.RANDOM_PREFIX ? concat(ivBytes, out) : out;
        } catch (GeneralSecurityException e) {
          throw new IllegalStateException(transformation + " is not available in this JVM", e);
        }
      }

      @Override
      public byte[] decrypt(byte[] data) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance(transformation);
        SecretKeySpec k = new SecretKeySpec(key, "AES");
        if (transformation.startsWith("AES/ECB")) {
          c.init(Cipher.DECRYPT_MODE, k);
          return c.doFinal(data);
        }
        if (transformation.startsWith("AES/GCM")) {
          if (data.length < GCM_NONCE + GCM_TAG_BITS / 8) {
            throw new GeneralSecurityException("shorter than nonce and tag");
          }
          c.init(Cipher.DECRYPT_MODE, k, new GCMParameterSpec(GCM_TAG_BITS, data, 0, GCM_NONCE));
          return c.doFinal(data, GCM_NONCE, data.length - GCM_NONCE);
        }
        if (iv == YinliCodec.IvRule.RANDOM_PREFIX) {
          if (data.length < 32) {
            throw new GeneralSecurityException("shorter than IV and one block");
          }
          c.init(Cipher.DECRYPT_MODE, k, new IvParameterSpec(data, 0, 16));
          return c.doFinal(data, 16, data.length - 16);
        }
        c.init(Cipher.DECRYPT_MODE, k, new IvParameterSpec(fixedIv(key, iv)));
        return c.doFinal(data);
      }

      @Override
      public String toString() {
        return description;
      }
    };
  }

  private static byte[] fixedIv(byte[] key, YinliCodec.IvRule iv) {
    return iv == YinliCodec.IvRule.FIRST_16_KEY_BYTES ? Arrays.copyOf(key, 16) : new byte[16];
  }

  private static byte[] random16() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    return b;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /**
   * A JCA signature scheme (e.g. {@code SHA256withRSA}).
   *
   * @param algorithm the JCA name
   * @param keyAlgorithm the key factory's name ({@code RSA})
   * @param ownPrivateKey PKCS#8, Base64 or PEM
   * @param peerPublicKey X.509 SubjectPublicKeyInfo, Base64 or PEM
   * @return the scheme
   */
  public static YinliCodec.SignatureScheme jca(String algorithm, String keyAlgorithm, Secret ownPrivateKey, String peerPublicKey) {
    Checks.notNull("ownPrivateKey", ownPrivateKey);
    Checks.notBlank("peerPublicKey", peerPublicKey);
    PrivateKey priv;
    PublicKey pub;
    try {
      KeyFactory f = KeyFactory.getInstance(keyAlgorithm);
      try {
        priv = f.generatePrivate(new PKCS8EncodedKeySpec(der(ownPrivateKey.reveal())));
      } catch (GeneralSecurityException | IllegalArgumentException e) {
        throw new ValidationException("ownPrivateKey", "is not a PKCS#8 " + keyAlgorithm + " private key in Base64 or PEM");
      }
      try {
        pub = f.generatePublic(new X509EncodedKeySpec(der(peerPublicKey)));
      } catch (GeneralSecurityException | IllegalArgumentException e) {
        throw new ValidationException("peerPublicKey", "is not an X.509 " + keyAlgorithm + " public key in Base64 or PEM");
      }
      Signature.getInstance(algorithm);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new ValidationException("signature", algorithm + " is not available in this JVM");
    }
    return new YinliCodec.SignatureScheme() {
      @Override
      public byte[] sign(byte[] content) {
        try {
          Signature s = Signature.getInstance(algorithm);
          s.initSign(priv);
          s.update(content);
          return s.sign();
        } catch (GeneralSecurityException e) {
          throw new IllegalStateException(algorithm + " signing failed", e);
        }
      }

      @Override
      public boolean verify(byte[] content, byte[] signature) {
        try {
          Signature s = Signature.getInstance(algorithm);
          s.initVerify(pub);
          s.update(content);
          return s.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
          return false;
        }
      }

      @Override
      public String toString() {
        return algorithm;
      }
    };
  }

  /** Base64 DER from Base64 text or PEM (headers and whitespace dropped). */
  static byte[] der(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (String line : text.split("\r?\n|\r")) {
      String t = line.trim();
      if (!t.startsWith("-----")) {
        b.append(t);
      }
    }
    return Base64.getMimeDecoder().decode(b.toString());
  }

  /** @param text even-length hex @return its bytes @throws IllegalArgumentException if not hex */
  public static byte[] hex(String text) {
    if (text.length() % 2 != 0) {
      throw new IllegalArgumentException("odd length");
    }
    byte[] out = new byte[text.length() / 2];
    for (int i = 0; i < out.length; i++) {
      char a = text.charAt(2 * i);
      char b = text.charAt(2 * i + 1);
      int hi = a < 128 ? Character.digit(a, 16) : -1;
      int lo = b < 128 ? Character.digit(b, 16) : -1;
      if (hi < 0 || lo < 0) {
        throw new IllegalArgumentException("not hex");
      }
      out[i] = (byte) (hi << 4 | lo);
    }
    return out;
  }

  /** @param bytes bytes @return lower-case hex */
  public static String hex(byte[] bytes) {
    char[] digits = "0123456789abcdef".toCharArray();
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = digits[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = digits[bytes[i] & 0xf];
    }
    return new String(out);
  }

  /** @param encoding text encoding @param bytes bytes @return the text */
  public static String encode(YinliCodec.TextEncoding encoding, byte[] bytes) {
    return encoding == YinliCodec.TextEncoding.HEX ? hex(bytes) : Base64.getEncoder().encodeToString(bytes);
  }

  /** @param encoding text encoding @param text text @return the bytes @throws IllegalArgumentException if malformed */
  public static byte[] decodeText(YinliCodec.TextEncoding encoding, String text) {
    return encoding == YinliCodec.TextEncoding.HEX
        ? hex(text.trim().toLowerCase(Locale.ROOT))
        : Base64.getDecoder().decode(text.trim());
  }
}
