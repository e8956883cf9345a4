package io.github.ampark.core.http;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;

/** application/x-www-form-urlencoded encoding in UTF-8, as OkHttp's FormBody writes it. */
final class FormEncoding {
  private FormEncoding() {}

  static String encode(String s) {
    try {
      return URLEncoder.encode(s, "UTF-8");
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
