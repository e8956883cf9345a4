package io.github.ampark.yinli.internal;

import io.github.ampark.yinli.YinliCodec;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The multipart body of a sealed request, written byte for byte (two plain form fields, {@code
 * body} then {@code signature}, no per-part content type):
 *
 * <pre>
 * --B\r\nContent-Disposition: form-data; name="body"\r\n\r\nBODY\r\n
 * --B\r\nContent-Disposition: form-data; name="signature"\r\n\r\nSIGNATURE\r\n
 * --B--\r\n
 * </pre>
 */
public final class Multipart {
  private Multipart() {}

  /** @return a fresh boundary ({@code yinli-} and 32 hex digits) */
  public static String boundary() {
    return "yinli-" + UUID.randomUUID().toString().replace("-", "");
  }

  /** @param boundary the boundary @return the {@code Content-Type} header value */
  public static String contentType(String boundary) {
    return "multipart/form-data; boundary=" + boundary;
  }

  /**
   * @param boundary the boundary
   * @param sealed the two fields
   * @return the exact body bytes
   */
  public static byte[] bytes(String boundary, YinliCodec.Sealed sealed) {
    String text = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"" + YinliCodec.BODY + "\"\r\n\r\n"
        + sealed.body() + "\r\n"
        + "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"" + YinliCodec.SIGNATURE + "\"\r\n\r\n"
        + sealed.signature() + "\r\n"
        + "--" + boundary + "--\r\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
