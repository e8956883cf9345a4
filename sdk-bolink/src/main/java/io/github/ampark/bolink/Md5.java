package io.github.ampark.bolink;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Upper-case hex MD5 with the digest kept between calls: the same digits as {@code
 * Digests.md5Hex(text, HexCase.UPPER)} without a provider lookup per call. MD5 has no key, so one
 * idle digest waits in a one-slot pool shared by every signer; a second thread at the same moment
 * clones its own. Thread-safe.
 */
final class Md5 {
  private static final char[] UPPER = "0123456789ABCDEF".toCharArray();
  private static final MessageDigest PROTOTYPE = newInstance();
  private static final AtomicReference<MessageDigest> IDLE = new AtomicReference<>();

  private Md5() {}

  /**
   * @param first bytes hashed first
   * @param second bytes hashed after them
   * @return MD5 of {@code first} then {@code second}, 32 upper-case hex digits
   */
  static String upperHex(byte[] first, byte[] second) {
    MessageDigest md = IDLE.getAndSet(null);
    if (md == null) {
      md = copy();
    }
    md.update(first);
    md.update(second);
    byte[] digest = md.digest();
    IDLE.set(md);
    char[] out = new char[2 * digest.length];
    for (int i = 0; i < digest.length; i++) {
      out[2 * i] = UPPER[(digest[i] >> 4) & 0xF];
      out[2 * i + 1] = UPPER[digest[i] & 0xF];
    }
    return new String(out);
  }

  /**
   * @param text hashed as UTF-8
   * @return MD5 of its UTF-8 bytes, 32 upper-case hex digits
   */
  static String upperHex(String text) {
    return upperHex(text.getBytes(StandardCharsets.UTF_8), new byte[0]);
  }

  private static MessageDigest copy() {
    try {
      return (MessageDigest) PROTOTYPE.clone();
    } catch (CloneNotSupportedException e) {
      return newInstance();
    }
  }

  private static MessageDigest newInstance() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is required of every JVM", e);
    }
  }
}
