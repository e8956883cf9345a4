package io.github.ampark.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ampark.core.ApiException;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ResponseFormatException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import okhttp3.Headers;
import okhttp3.MediaType;

/**
 * One response as an {@link EnvelopeDecoder} sees it (for module authors): status, headers, exact
 * body bytes, and factories for exceptions that carry the vendor, operation and a redacted body.
 */
public final class ResponseContext {
  private final CallInfo info;
  private final int status;
  private final Headers headers;
  private final byte[] body;
  private final @Nullable MediaType contentType;
  private final VendorSpec spec;
  private final Redactor redactor;
  private @Nullable JsonNode json;
  private @Nullable JsonNode envelope;

  ResponseContext(
      CallInfo info,
      int status,
      Headers headers,
      byte[] body,
      @Nullable MediaType contentType,
      VendorSpec spec,
      Redactor redactor) {
    this.info = info;
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.contentType = contentType;
    this.spec = spec;
    this.redactor = redactor;
  }

  /**
   * The vendor module's name, e.g. {@code wikeyun}.
   *
   * @return vendor module name
   */
  public String vendor() {
    return info.vendor();
  }

  /**
   * The operation that was called, e.g. {@code pushOrder}.
   *
   * @return operation name
   */
  public String operation() {
    return info.operation();
  }

  /**
   * An annotation on the Retrofit method, or {@code null} (for per-endpoint rules).
   *
   * @param <A> the annotation type
   * @param type the annotation type, e.g. a vendor's per-endpoint rule
   * @return an annotation on the Retrofit method, or {@code null} (for per-endpoint rules)
   */
  public <A extends Annotation> @Nullable A annotation(Class<A> type) {
    return info.annotation(type);
  }

  /**
   * The HTTP status of the answer, e.g. {@code 200}.
   *
   * @return HTTP status code
   */
  public int httpStatus() {
    return status;
  }

  /**
   * The HTTP headers of the answer.
   *
   * @return response headers
   */
  public Headers headers() {
    return headers;
  }

  /**
   * A copy of the exact body bytes.
   *
   * @return a copy of the exact body bytes
   */
  public byte[] body() {
    return Arrays.copyOf(body, body.length);
  }

  /**
   * The body as text in its charset (UTF-8 if none given).
   *
   * @return the body as text in its charset (UTF-8 if none given)
   */
  public String bodyText() {
    Charset cs = contentType == null ? null : contentType.charset(null);
    return new String(body, cs == null ? StandardCharsets.UTF_8 : cs);
  }

  /**
   * The Jackson mapper of this client (made by the first call if nothing needed it before: {@link
   * #json()}, {@link #parse} and {@link #readTree} read the same trees without it).
   *
   * @return the Jackson mapper of this client
   */
  public ObjectMapper mapper() {
    return spec.mapper();
  }

  /**
   * Other JSON text of this response (e.g. an opened envelope) as the tree this client's mapper
   * reads, without keeping it as {@link #envelope()}.
   *
   * @param text JSON text
   * @return the tree; the missing node if the text holds no JSON value
   * @throws IOException if the text is not JSON
   */
  public JsonNode readTree(String text) throws IOException {
    return spec.readTree(text);
  }

  /**
   * The body parsed as JSON (once).
   *
   * @return the tree
   * @throws ResponseFormatException if the body is empty or not JSON
   */
  public JsonNode json() {
    if (json == null) {
      JsonNode fast = utf8Tree();
      json = fast != null ? fast : parse(bodyText());
    }
    return json;
  }

  /**
   * The body parsed straight from its bytes, when that reads exactly what {@link #parse
   * parse(bodyText())} reads: a UTF-8 body (no charset or UTF-8) that is well-formed UTF-8 (the
   * JDK's decoder then gives exactly the characters Jackson's byte parser reads), whose first four
   * bytes are not zero (so Jackson cannot take it for UTF-16 or UTF-32) and which does not start
   * with a byte-order mark. It saves decoding the body to a {@code String} and Jackson copying that
   * into characters. Anything else is left to the text path, which decides as before (a malformed
   * sequence becomes U+FFFD there), so no answer reads differently.
   */
  private @Nullable JsonNode utf8Tree() {
    Charset cs = contentType == null ? null : contentType.charset(null);
    if (cs != null && !cs.equals(StandardCharsets.UTF_8) || body.length < 4) {
      return null;
    }
    if (body[0] == 0 || body[1] == 0 || body[2] == 0 || body[3] == 0 || body[0] == (byte) 0xEF
        || !BodyCodec.isWellFormedUtf8(body)) {
      return null;
    }
    try {
      JsonNode node = spec.readTree(body);
      if (node == null || node.isMissingNode()) {
        return null;
      }
      envelope = node;
      return node;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The JSON most recently parsed from this response by {@link #json()} or {@link #parse}, or
   * {@code null}.
   *
   * @return the JSON most recently parsed from this response by {@link #json()} or {@link #parse},
   *     or {@code null}
   */
  public @Nullable JsonNode envelope() {
    return envelope;
  }

  /**
   * Parses other JSON text from this response (e.g. a Base64-decoded body).
   *
   * @param text JSON text
   * @return the tree
   * @throws ResponseFormatException if not JSON
   */
  public JsonNode parse(String text) {
    if (text.trim().isEmpty()) {
      throw formatError("empty body where JSON was expected", null);
    }
    try {
      JsonNode node = spec.readTree(text);
      if (node == null || node.isMissingNode()) {
        throw formatError("empty body where JSON was expected", null);
      }
      envelope = node;
      return node;
    } catch (IOException e) {
      throw formatError("body is not JSON", e);
    }
  }

  /**
   * A field of an envelope as text (numbers are accepted).
   *
   * @param envelope the envelope object
   * @param field the field name
   * @return the text
   * @throws ResponseFormatException if absent, null or not a scalar
   */
  public String requiredText(JsonNode envelope, String field) {
    JsonNode n = envelope.get(field);
    if (n == null || n.isNull() || !n.isValueNode()) {
      throw formatError("envelope has no '" + field + "'", null);
    }
    return n.asText();
  }

  /**
   * An {@link ApiException} for this response.
   *
   * @param vendorCode vendor code
   * @param vendorMessage vendor message
   * @param requestId vendor request id
   * @return the exception, to throw
   */
  public ApiException apiError(
      @Nullable String vendorCode, @Nullable String vendorMessage, @Nullable String requestId) {
    return new ApiException(
        vendor(), operation(), status, vendorCode, redactor.redactText(vendorMessage), requestId, redactedBody());
  }

  /**
   * A {@link ResponseFormatException} for this response.
   *
   * @param problem what is wrong
   * @param cause cause, or {@code null}
   * @return the exception, to throw
   */
  public ResponseFormatException formatError(String problem, @Nullable Throwable cause) {
    return new ResponseFormatException(vendor(), operation(), status, problem, redactedBody(), cause);
  }

  /**
   * The body with secrets and sensitive fields redacted, as exceptions and logs show it.
   *
   * @return the body with secrets and sensitive fields redacted, as exceptions and logs show it
   */
  public String redactedBody() {
    return redactor.redactBody(body, contentType);
  }
}
