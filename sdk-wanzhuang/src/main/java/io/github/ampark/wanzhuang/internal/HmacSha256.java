package io.github.ampark.wanzhuang.internal;

import io.github.ampark.core.Nullable;
import io.github.ampark.wanzhuang.WanzhuangSigner;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under one key, as lower-case hex, with the keyed {@link Mac} kept between calls. The
 * output is exactly {@code Digests.hmacSha256Hex(key, text, HexCase.LOWER)}: the key and the text
 * as UTF-8, an empty key as the key {@code {0}}.
 *
 * <p>Looking up and keying a {@code Mac} per call is most of what an HMAC costs for the short texts
 * a request signs; here one idle {@code Mac} (with its byte buffers) waits in a one-slot pool. A
 * caller takes it (or clones the keyed prototype when another thread holds it) and puts it back, so
 * no thread keeps a {@code Mac} of its own. Thread-safe. Not API.
 */
public final class HmacSha256 {
  private static final byte[] LOWER = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final int DIGEST = 32;
  private static final int MAX_KEPT = 8192;

  private final SecretKeySpec keySpec;
  private final Mac prototype;
  private final AtomicReference<Slot> idle = new AtomicReference<>();

  /**
   * @param key the secret key, used as its UTF-8 bytes
   */
  public HmacSha256(String key) {
    byte[] k = key.getBytes(StandardCharsets.UTF_8);
    // RFC 2104 pads the key with zeros to the block size, so an empty key is the key {0};
    // SecretKeySpec refuses an empty array outright
    keySpec = new SecretKeySpec(k.length == 0 ? new byte[] {0} : k, "HmacSHA256");
    prototype = keyed(keySpec);
  }

  /**
   * @param text the text, authenticated as UTF-8
   * @return the HMAC as 64 lower-case hex digits
   */
  public String lowerHex(String text) {
    Slot slot = idle.getAndSet(null);
    if (slot == null) {
      slot = new Slot(newMac());
    }
    String out = slot.lowerHex(text);
    // a Slot that threw is dropped (its Mac may be mid-update); only a finished one goes back
    idle.set(slot);
    return out;
  }

  /**
   * Starts an HMAC over text given in pieces; {@link Slot#finishLowerHex} ends it. A slot that is
   * not finished (an exception between) is simply dropped.
   *
   * @return the slot to update
   */
  Slot begin() {
    Slot slot = idle.getAndSet(null);
    return slot != null ? slot : new Slot(newMac());
  }

  /**
   * How the request signer reaches the keyed HMAC of a {@link WanzhuangSigner} (set once, by
   * that class); not API.
   */
  public interface Access {
    /**
     * @param signer a signer
     * @return its HMAC under its secret, or {@code null} when it does not hash with {@link
     *     WanzhuangSigner.Hash#HMAC_SHA256}
     */
    @Nullable HmacSha256 hmacOf(WanzhuangSigner signer);
  }

  private static volatile @Nullable Access access;

  /**
   * Called once by {@link WanzhuangSigner}'s class initializer; later calls are ignored.
   *
   * @param a the accessor
   */
  public static synchronized void access(Access a) {
    if (access == null) {
      access = a;
    }
  }

  static @Nullable HmacSha256 of(WanzhuangSigner signer) {
    Access a = access;
    return a == null ? null : a.hmacOf(signer);
  }

  private Mac newMac() {
    try {
      return (Mac) prototype.clone();
    } catch (CloneNotSupportedException e) {
      // the JDK's HmacSHA256 clones; a provider whose Mac does not is keyed afresh
      return keyed(keySpec);
    }
  }

  private static Mac keyed(SecretKeySpec keySpec) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(keySpec);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every JVM", e);
    }
  }

  /** One idle {@code Mac} with its buffers. */
  final class Slot {
    private final Mac mac;
    private final byte[] digest = new byte[DIGEST];
    private final byte[] hex = new byte[2 * DIGEST];
    private byte[] in = new byte[256];

    Slot(Mac mac) {
      this.mac = mac;
    }

    void update(byte[] b, int off, int len) {
      mac.update(b, off, len);
    }

    void update(byte b) {
      mac.update(b);
    }

    /**
     * Writes the HMAC of what was updated as 64 lower-case hex digits into {@code out} at {@code
     * at}, and puts this slot back in the pool.
     */
    void finishLowerHex(byte[] out, int at) {
      try {
        mac.doFinal(digest, 0);
      } catch (ShortBufferException e) {
        throw new IllegalStateException(e);
      }
      for (int i = 0; i < DIGEST; i++) {
        out[at + 2 * i] = LOWER[(digest[i] >> 4) & 0xF];
        out[at + 2 * i + 1] = LOWER[digest[i] & 0xF];
      }
      idle.set(this);
    }

    String lowerHex(String text) {
      int n = text.length();
      if (in.length < n && n <= MAX_KEPT) {
        in = new byte[Math.min(MAX_KEPT, Math.max(n, 2 * in.length))];
      }
      // a long text (a large callback) is encoded on its own rather than kept in the pool
      boolean ascii = n <= in.length;
      for (int i = 0; ascii && i < n; i++) {
        char c = text.charAt(i);
        if (c >= 0x80) {
          ascii = false;
          break;
        }
        in[i] = (byte) c;
      }
      if (ascii) {
        mac.update(in, 0, n);
      } else {
        mac.update(text.getBytes(StandardCharsets.UTF_8));
      }
      try {
        mac.doFinal(digest, 0);
      } catch (ShortBufferException e) {
        throw new IllegalStateException(e);
      }
      for (int i = 0; i < DIGEST; i++) {
        hex[2 * i] = LOWER[(digest[i] >> 4) & 0xF];
        hex[2 * i + 1] = LOWER[digest[i] & 0xF];
      }
      return new String(hex, 0, hex.length, StandardCharsets.ISO_8859_1);
    }
  }
}
