package io.github.ampark.core.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Hex digests over UTF-8 text, as vendor signatures need them. Strings are always encoded as
 * UTF-8, whatever the platform charset.
 *
 * <pre>{@code
 * Digests.md5Hex("abc", HexCase.UPPER);            // 900150983CD24FB0D6963F7D28E17F72
 * Digests.hmacSha256Hex("key", "data", HexCase.LOWER);
 * }</pre>
 */
public final class Digests {
  private static final char[] UPPER = "0123456789ABCDEF".toCharArray();
  private static final char[] LOWER = "0123456789abcdef".toCharArray();

  private Digests() {}

  /**
   * MD5 of the UTF-8 bytes of {@code text}, as 32 hex digits.
   *
   * @param text the text, hashed as UTF-8
   * @param hexCase upper or lower case hex digits
   * @return MD5 of the UTF-8 bytes of {@code text}, as 32 hex digits
   */
  public static String md5Hex(String text, HexCase hexCase) {
    return md5Hex((CharSequence) text, hexCase);
  }

  /**
   * MD5 of the UTF-8 bytes of {@code text}, as 32 hex digits: the same as {@link
   * #md5Hex(String, HexCase)} of {@code text.toString()}, without that copy (e.g. for {@link
   * Canonicalizer#canonicalText}).
   *
   * @param text the text, hashed as UTF-8 (a lone surrogate as {@code ?}, as {@code String.getBytes} does)
   * @param hexCase upper or lower case hex digits
   * @return MD5 of the UTF-8 bytes of {@code text}, as 32 hex digits
   */
  public static String md5Hex(CharSequence text, HexCase hexCase) {
    // encoded in chunks into a per-thread buffer and hashed with a per-thread digest: no copy of
    // the text's bytes and no new MessageDigest per call (same bytes as text.getBytes(UTF_8))
    Scratch s = MD5.get();
    s.md.reset();
    s.update(text);
    return s.hex(hexCase);
  }

  /**
   * MD5 of {@code bytes}, as 32 hex digits.
   *
   * @param bytes the bytes to hash
   * @param hexCase upper or lower case hex digits
   * @return MD5 of {@code bytes}, as 32 hex digits
   */
  public static String md5Hex(byte[] bytes, HexCase hexCase) {
    Scratch s = MD5.get();
    s.md.reset();
    s.md.update(bytes);
    return s.hex(hexCase);
  }

  /**
   * MD5 of {@code first} followed by {@code second}, as 32 hex digits: the same as {@link
   * #md5Hex(byte[], HexCase)} of the two arrays joined, without joining them (e.g. a body and the
   * {@code key=…} that follows it in a string to sign).
   *
   * @param first the bytes hashed first
   * @param second the bytes hashed after them
   * @param hexCase upper or lower case hex digits
   * @return MD5 of {@code first} then {@code second}, as 32 hex digits
   */
  public static String md5Hex(byte[] first, byte[] second, HexCase hexCase) {
    Scratch s = MD5.get();
    s.md.reset();
    s.md.update(first);
    s.md.update(second);
    return s.hex(hexCase);
  }

  /**
   * SHA-256 of the UTF-8 bytes of {@code text}, as 64 hex digits.
   *
   * @param text the text, hashed as UTF-8
   * @param hexCase upper or lower case hex digits
   * @return SHA-256 of the UTF-8 bytes of {@code text}, as 64 hex digits
   */
  public static String sha256Hex(String text, HexCase hexCase) {
    return sha256Hex(text.getBytes(StandardCharsets.UTF_8), hexCase);
  }

  /**
   * SHA-256 of {@code bytes}, as 64 hex digits.
   *
   * @param bytes the bytes to hash
   * @param hexCase upper or lower case hex digits
   * @return SHA-256 of {@code bytes}, as 64 hex digits
   */
  public static String sha256Hex(byte[] bytes, HexCase hexCase) {
    return hex(digest("SHA-256", bytes), hexCase);
  }

  /**
   * HMAC-SHA256 of the UTF-8 {@code text} under the UTF-8 {@code key}, as 64 hex digits.
   *
   * @param key the secret key, as UTF-8
   * @param text the text, as UTF-8
   * @param hexCase upper or lower case hex digits
   * @return HMAC-SHA256 of the UTF-8 {@code text} under the UTF-8 {@code key}, as 64 hex digits
   */
  public static String hmacSha256Hex(String key, String text, HexCase hexCase) {
    return hmacSha256Hex(key.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_8), hexCase);
  }

  /**
   * HMAC-SHA256 of {@code bytes} under {@code key}, as 64 hex digits.
   *
   * @param key the secret key bytes
   * @param bytes the bytes to authenticate
   * @param hexCase upper or lower case hex digits
   * @return HMAC-SHA256 of {@code bytes} under {@code key}, as 64 hex digits
   */
  public static String hmacSha256Hex(byte[] key, byte[] bytes, HexCase hexCase) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      // RFC 2104 pads the key with zeros to the block size, so an empty key is the key {0};
      // SecretKeySpec refuses an empty array outright
      mac.init(new SecretKeySpec(key.length == 0 ? new byte[] {0} : key, "HmacSHA256"));
      return hex(mac.doFinal(bytes), hexCase);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every JVM", e);
    }
  }

  /**
   * Bytes as hex digits.
   *
   * @param bytes the bytes to write, two digits each
   * @param hexCase upper or lower case hex digits
   * @return bytes as hex digits
   */
  public static String hex(byte[] bytes, HexCase hexCase) {
    char[] digits = hexCase == HexCase.UPPER ? UPPER : LOWER;
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = digits[(bytes[i] >> 4) & 0xF];
      out[2 * i + 1] = digits[bytes[i] & 0xF];
    }
    return new String(out);
  }

  private static final ThreadLocal<Scratch> MD5 = ThreadLocal.withInitial(() -> new Scratch("MD5"));

  /** A thread's digest and its buffers; never leaves the thread, so needs no lock. */
  private static final class Scratch {
    private static final int CHUNK = 256;
    final MessageDigest md;
    // 3 spare bytes: a chunk is flushed once it holds CHUNK bytes, and one char adds at most 4
    private final byte[] buf = new byte[CHUNK + 4];
    private final byte[] out = new byte[64];

    Scratch(String algorithm) {
      try {
        md = MessageDigest.getInstance(algorithm);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(algorithm + " is required of every JVM", e);
      }
    }

    /** Feeds the UTF-8 bytes of {@code text}, exactly as {@code String.getBytes(UTF_8)} encodes it. */
    void update(CharSequence text) {
      int n = 0;
      int len = text.length();
      for (int i = 0; i < len; i++) {
        char c = text.charAt(i);
        if (c < 0x80) {
          buf[n++] = (byte) c;
        } else if (c < 0x800) {
          buf[n++] = (byte) (0xC0 | (c >> 6));
          buf[n++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(text.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, text.charAt(++i));
          buf[n++] = (byte) (0xF0 | (cp >> 18));
          buf[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
          buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
          buf[n++] = (byte) (0x80 | (cp & 0x3F));
        } else if (Character.isSurrogate(c)) {
          buf[n++] = (byte) '?'; // a lone surrogate: String.getBytes replaces it with '?'
        } else {
          buf[n++] = (byte) (0xE0 | (c >> 12));
          buf[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
          buf[n++] = (byte) (0x80 | (c & 0x3F));
        }
        if (n >= CHUNK) {
          md.update(buf, 0, n);
          n = 0;
        }
      }
      md.update(buf, 0, n);
    }

    /** Finishes the digest and writes it as hex, reading the digest from a reused buffer. */
    String hex(HexCase hexCase) {
      int len = md.getDigestLength();
      try {
        md.digest(out, 0, len);
      } catch (java.security.DigestException e) {
        throw new IllegalStateException(e);
      }
      char[] digits = hexCase == HexCase.UPPER ? UPPER : LOWER;
      byte[] text = new byte[len * 2];
      for (int i = 0; i < len; i++) {
        text[2 * i] = (byte) digits[(out[i] >> 4) & 0xF];
        text[2 * i + 1] = (byte) digits[out[i] & 0xF];
      }
      return new String(text, StandardCharsets.ISO_8859_1);
    }
  }

  private static byte[] digest(String algorithm, byte[] bytes) {
    try {
      return MessageDigest.getInstance(algorithm).digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is required of every JVM", e);
    }
  }
}
