package io.github.ampark.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a fake answers: status, headers, body. */
public final class FakeResponse {
  private final int status;
  private final Map<String, String> headers;
  private final byte[] body;

  private FakeResponse(int status, Map<String, String> headers, byte[] body) {
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  /**
   * HTTP 200 with a JSON body.
   *
   * @param json the JSON text
   * @return HTTP 200 with a JSON body
   */
  public static FakeResponse json(String json) {
    return json(200, json);
  }

  /**
   * A JSON body with the given status.
   *
   * @param status the HTTP status
   * @param json the JSON text
   * @return a JSON body with the given status
   */
  public static FakeResponse json(int status, String json) {
    return of(status, "application/json;charset=UTF-8", json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * HTTP 200 with a plain text body.
   *
   * @param text the body text, sent as UTF-8
   * @return HTTP 200 with a plain text body
   */
  public static FakeResponse text(String text) {
    return of(200, "text/plain;charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Any status, content type and body.
   *
   * @param status the HTTP status
   * @param contentType the {@code Content-Type} value
   * @param body the body bytes
   * @return any status, content type and body
   */
  public static FakeResponse of(int status, String contentType, byte[] body) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Type", contentType);
    return new FakeResponse(status, h, Arrays.copyOf(body, body.length));
  }

  /**
   * A copy with one more header.
   *
   * @param name the header name
   * @param value the header value
   * @return a copy with one more header
   */
  public FakeResponse withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new FakeResponse(status, h, body);
  }

  /**
   * HTTP status.
   *
   * @return HTTP status
   */
  public int status() {
    return status;
  }

  /**
   * Headers.
   *
   * @return headers
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * A copy of the body.
   *
   * @return a copy of the body
   */
  public byte[] body() {
    return Arrays.copyOf(body, body.length);
  }

  /**
   * The body as UTF-8 text.
   *
   * @return the body as UTF-8 text
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "FakeResponse{" + status + ", " + bodyText() + "}";
  }
}
