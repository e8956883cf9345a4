package io.github.ampark.wanzhuang;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** An implementation of the two hash readings written for the tests, independent of the production signer. */
final class Independent {
  static final String SECRET = "testsecret";
  static final String APP_ID = "3aa6943fd3e78e";
  static final long NOW = 1744285110L;

  private Independent() {}

  /** HMAC-SHA256(secret, text) as lower-case hex. */
  static String hmac(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return hex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** SHA-256(text + secret) as lower-case hex. */
  static String sha256Appended(String text) {
    try {
      return hex(MessageDigest.getInstance("SHA-256").digest((text + SECRET).getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      sb.append(String.format("%02x", b & 0xff));
    }
    return sb.toString();
  }

  /** A multipart body as the client writes it: name/value pairs in order. */
  static String multipart(String boundary, List<String[]> fields) {
    StringBuilder sb = new StringBuilder();
    for (String[] f : fields) {
      sb.append("--").append(boundary).append("\r\n")
          .append("Content-Disposition: form-data; name=\"").append(f[0]).append("\"\r\n\r\n")
          .append(f[1]).append("\r\n");
    }
    return sb.append("--").append(boundary).append("--\r\n").toString();
  }
}
