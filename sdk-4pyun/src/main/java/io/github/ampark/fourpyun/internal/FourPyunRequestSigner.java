package io.github.ampark.fourpyun.internal;

import io.github.ampark.core.Secret;
import io.github.ampark.core.spi.BodyCodec;
import io.github.ampark.core.spi.MultipartPart;
import io.github.ampark.core.spi.OutgoingRequest;
import io.github.ampark.core.spi.RequestSigner;
import io.github.ampark.fourpyun.FourPyunSigner;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;

/**
 * Signs every request just before it leaves, over the exact bytes that are sent:
 *
 * <ul>
 *   <li>JSON bodies: {@code Authorization} = {@link FourPyunSigner#jsonSign(byte[], String)} of the body;
 *   <li>form bodies: the fields are read back from the body (decoded, i.e. raw values) and
 *       {@code &sign=…} is appended;
 *   <li>multipart bodies: the text parts are signed (file parts are not) and a {@code sign} part is
 *       added before the closing boundary;
 *   <li>requests without a body (GET): the query parameters are signed and {@code sign} is added.
 * </ul>
 */
public final class FourPyunRequestSigner implements RequestSigner {
  private static final MediaType TEXT = MediaType.get("text/plain; charset=UTF-8");

  private final Secret appSecret;

  /** @param appSecret the app secret */
  public FourPyunRequestSigner(Secret appSecret) {
    this.appSecret = appSecret;
  }

  @Override
  public void sign(OutgoingRequest request) {
    MediaType type = request.contentType();
    byte[] body = request.body();
    String subtype = type == null ? "" : type.subtype().toLowerCase(Locale.ROOT);
    if (subtype.contains("json")) {
      request.header("Authorization", FourPyunSigner.jsonSign(body, appSecret.reveal()));
    } else if ("x-www-form-urlencoded".equals(subtype)) {
      String sign = FourPyunSigner.formSign(BodyCodec.form(body, StandardCharsets.UTF_8), appSecret.reveal());
      String text = new String(body, StandardCharsets.UTF_8);
      request.body((text.isEmpty() ? "" : text + "&") + "sign=" + sign, type);
    } else if ("form-data".equals(subtype)) {
      signMultipart(request, body, type);
    } else if (body.length == 0) {
      HttpUrl url = request.url();
      Map<String, String> query = new LinkedHashMap<>();
      for (int i = 0; i < url.querySize(); i++) {
        String value = url.queryParameterValue(i);
        query.put(url.queryParameterName(i), value == null ? "" : value);
      }
      request.addQueryParameter("sign", FourPyunSigner.formSign(query, appSecret.reveal()));
    }
  }

  private void signMultipart(OutgoingRequest request, byte[] body, MediaType type) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (MultipartPart part : BodyCodec.multipart(body, type.toString())) {
      if (part.fileName() == null) {
        fields.put(part.name(), part.text());
      }
    }
    String sign = FourPyunSigner.formSign(fields, appSecret.reveal());
    String boundary = type.parameter("boundary");
    byte[] closing = ("--" + boundary + "--").getBytes(StandardCharsets.ISO_8859_1);
    int at = lastIndexOf(body, closing);
    if (at < 0) {
      throw new IllegalStateException("multipart body without its closing boundary");
    }
    byte[] part = ("--" + boundary + "\r\n"
            + "Content-Disposition: form-data; name=\"sign\"\r\n"
            + "Content-Type: " + TEXT + "\r\n"
            + "\r\n" + sign + "\r\n")
        .getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[body.length + part.length];
    System.arraycopy(body, 0, out, 0, at);
    System.arraycopy(part, 0, out, at, part.length);
    System.arraycopy(body, at, out, at + part.length, body.length - at);
    request.body(out, type);
  }

  private static int lastIndexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = hay.length - needle.length; i >= 0; i--) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
