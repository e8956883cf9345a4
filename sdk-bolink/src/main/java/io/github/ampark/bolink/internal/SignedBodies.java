package io.github.ampark.bolink.internal;

import io.github.ampark.bolink.BolinkSigner;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.signing.Digests;
import io.github.ampark.core.signing.HexCase;
import io.github.ampark.core.spi.BodyCodec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Families A and B built on the body's bytes (not API): the same bytes as {@link
 * BolinkSigner#envelope} and {@link BolinkSigner#cloudBody} over the body decoded as text, without
 * the text. The string to sign is {@code data + "key=" + key}, so its UTF-8 bytes are the data's
 * bytes followed by those of {@code signer.stringToSign("")}, as long as the data bytes are
 * well-formed UTF-8 (they then decode to text and encode back unchanged); for anything else {@link
 * #envelope} gives {@code null} and the caller takes the text path.
 *
 * <p>The MD5 is core's {@link Digests#md5Hex(byte[], byte[], HexCase)} (a digest per thread, no
 * joined copy of data and key). Thread-safe.
 */
final class SignedBodies {
  private static final byte[] DATA = "{\"data\":".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] COMMA_DATA = ",\"data\":".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] UNION_ID = "{\"union_id\":".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SIGN = ",\"sign\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final int HEX = 32;

  private final byte[] keyTail;

  /** @param signer the key's signer; its {@code stringToSign("")} is what follows the data */
  SignedBodies(BolinkSigner signer) {
    this.keyTail = signer.stringToSign("").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * @param data the {@code data} object's UTF-8 bytes, as sent
   * @param unionId the top-level {@code union_id}, or {@code null} for none
   * @return {@code {["union_id":N,]"data":<data>,"sign":"<MD5>"}} as UTF-8, or {@code null} if
   *     {@code data} is not well-formed UTF-8
   */
  @Nullable byte[] envelope(byte[] data, @Nullable Long unionId) {
    if (!BodyCodec.isWellFormedUtf8(data)) {
      return null;
    }
    byte[] head;
    if (unionId == null) {
      head = DATA;
    } else {
      byte[] id = Long.toString(unionId).getBytes(StandardCharsets.US_ASCII);
      head = new byte[UNION_ID.length + id.length + COMMA_DATA.length];
      int at = put(head, 0, UNION_ID);
      at = put(head, at, id);
      put(head, at, COMMA_DATA);
    }
    byte[] out = new byte[head.length + data.length + SIGN.length + HEX + 2];
    int at = put(out, 0, head);
    at = put(out, at, data);
    at = put(out, at, SIGN);
    at = md5UpperHex(data, out, at);
    out[at++] = '"';
    out[at] = '}';
    return out;
  }

  /**
   * @param data the {@code data} object's UTF-8 bytes
   * @return the family B body (Base64 of the envelope) as ASCII bytes, or {@code null} if {@code
   *     data} is not well-formed UTF-8
   */
  @Nullable byte[] cloudBody(byte[] data) {
    byte[] envelope = envelope(data, null);
    return envelope == null ? null : Base64.getEncoder().encode(envelope);
  }

  private int md5UpperHex(byte[] data, byte[] out, int at) {
    String hex = Digests.md5Hex(data, keyTail, HexCase.UPPER);
    for (int i = 0; i < HEX; i++) {
      out[at++] = (byte) hex.charAt(i);
    }
    return at;
  }


  private static int put(byte[] out, int at, byte[] part) {
    System.arraycopy(part, 0, out, at, part.length);
    return at + part.length;
  }
}
