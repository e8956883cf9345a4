package io.github.ampark.wikeyun.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ampark.core.CallbackVerificationException;
import io.github.ampark.core.spi.BodyCodec;
import io.github.ampark.core.callback.CallbackRequest;
import io.github.ampark.core.spi.AmparkJson;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a Wikeyun callback's fields whatever the encoding (not API): the sources disagree, so a
 * JSON body, a form body and query parameters are all accepted; body fields win over query
 * parameters of the same name. Every value is the text as sent: a JSON number {@code 99.50} is
 * {@code "99.50"}.
 */
public final class CallbackFields {
  private static final ObjectMapper MAPPER = AmparkJson.newMapper();

  private CallbackFields() {}

  /**
   * @param vendor vendor name for errors
   * @param request the callback as received
   * @return name → value
   * @throws CallbackVerificationException for an unreadable body or no fields at all
   */
  public static Map<String, String> read(String vendor, CallbackRequest request) {
    Map<String, String> fields = new LinkedHashMap<>(request.query());
    if (request.bodyLength() > 0) {
      if (request.isJson()) {
        fields.putAll(json(vendor, request));
      } else if (request.isForm() || request.mediaType().isEmpty() || request.mediaType().startsWith("text/")) {
        fields.putAll(BodyCodec.form(request));
      } else {
        throw new CallbackVerificationException(vendor, "unsupported content type " + request.mediaType());
      }
    }
    if (fields.isEmpty()) {
      throw new CallbackVerificationException(vendor, "the callback carries no fields");
    }
    return fields;
  }

  /**
   * Reads the top-level fields with the streaming parser so that each value keeps the exact text
   * that was sent ({@code 0.50} stays {@code "0.50"}; a tree would normalise it to {@code 0.5}).
   */
  private static Map<String, String> json(String vendor, CallbackRequest request) {
    Map<String, String> out = new LinkedHashMap<>();
    try (JsonParser p = MAPPER.getFactory().createParser(request.body())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new CallbackVerificationException(vendor, "the JSON body is not an object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.getCurrentName();
        JsonToken value = p.nextToken();
        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
          out.put(name, MAPPER.readTree(p).toString());
        } else if (value != JsonToken.VALUE_NULL) {
          out.put(name, p.getText());
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
        throw new CallbackVerificationException(vendor, "the body is not JSON");
      }
    } catch (IOException e) {
      throw new CallbackVerificationException(vendor, "the body is not JSON", e);
    }
    return out;
  }
}
