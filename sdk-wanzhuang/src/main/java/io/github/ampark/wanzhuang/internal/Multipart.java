package io.github.ampark.wanzhuang.internal;

import io.github.ampark.core.spi.MultipartPart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import okhttp3.MediaType;

/** Writes {@code multipart/form-data} bodies byte for byte (not API): one way, so signing can rewrite them. */
public final class Multipart {
  private Multipart() {}

  /** @return a fresh boundary */
  public static String newBoundary() {
    return "wz" + UUID.randomUUID().toString().replace("-", "");
  }

  /** @param boundary the boundary @return {@code multipart/form-data; boundary=…} */
  public static MediaType type(String boundary) {
    return MediaType.get("multipart/form-data; boundary=" + boundary);
  }

  /**
   * Each part as {@code --B CRLF Content-Disposition: form-data; name="n"[; filename="f"] CRLF
   * [Content-Type: t CRLF] CRLF content CRLF}, then {@code --B-- CRLF}.
   *
   * @param boundary the boundary
   * @param parts the parts in order
   * @return the body
   */
  public static byte[] write(String boundary, List<MultipartPart> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (MultipartPart p : parts) {
      StringBuilder h = new StringBuilder("--").append(boundary).append("\r\n")
          .append("Content-Disposition: form-data; name=\"").append(p.name()).append('"');
      if (p.fileName() != null) {
        h.append("; filename=\"").append(p.fileName()).append('"');
      }
      h.append("\r\n");
      if (p.contentType() != null) {
        h.append("Content-Type: ").append(p.contentType()).append("\r\n");
      }
      h.append("\r\n");
      byte[] head = h.toString().getBytes(StandardCharsets.UTF_8);
      out.write(head, 0, head.length);
      byte[] content = p.content();
      out.write(content, 0, content.length);
      out.write('\r');
      out.write('\n');
    }
    byte[] end = ("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    out.write(end, 0, end.length);
    return out.toByteArray();
  }
}
