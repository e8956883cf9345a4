package io.github.ampark.wanzhuang;

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
 * no thread keeps a {@code Mac} of its own. Thread-safe.
 */
final class HmacSha256 {
  private static final byte[] LOWER = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final int DIGEST = 32;
  private static final int MAX_KEPT = 8192;

  private final SecretKeySpec keySpec;
  private final Mac prototype;
  private final AtomicReference<Slot> idle = new AtomicReference<>();

  /**
   * @param key the secret key, used as its UTF-8 bytes
   */
  HmacSha256(String key) {
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
  String lowerHex(String text) {
    Slot slot = idle.getAndSet(null);
    if (slot == null) {
      slot = new Slot(newMac());
    }
    String out = slot.lowerHex(text);
    // a Slot that threw is dropped (its Mac may be mid-update); only a finished one goes back
    idle.set(slot);
    return out;
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

  private static final class Slot {
    private final Mac mac;
    private final byte[] digest = new byte[DIGEST];
    private final byte[] hex = new byte[2 * DIGEST];
    private byte[] in = new byte[256];

    Slot(Mac mac) {
      this.mac = mac;
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
