package io.github.ampark.wikeyun.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.CallbackVerificationException;
import io.github.ampark.core.callback.CallbackBodies;
import io.github.ampark.core.callback.CallbackRequest;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a Wikeyun callback's fields whatever the encoding (not API): the sources disagree, so a
 * JSON body, a form body and query parameters are all accepted; body fields win over query
 * parameters of the same name. JSON numbers become their plain decimal text ({@code 99.5}, never
 * {@code 9.95E1}).
 */
public final class CallbackFields {
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
        fields.putAll(CallbackBodies.form(request));
      } else {
        throw new CallbackVerificationException(vendor, "unsupported content type " + request.mediaType());
      }
    }
    if (fields.isEmpty()) {
      throw new CallbackVerificationException(vendor, "the callback carries no fields");
    }
    return fields;
  }

  private static Map<String, String> json(String vendor, CallbackRequest request) {
    JsonNode root;
    try {
      root = CallbackBodies.json(request.body());
    } catch (IllegalArgumentException e) {
      throw new CallbackVerificationException(vendor, "the body is not JSON", e);
    }
    if (!root.isObject()) {
      throw new CallbackVerificationException(vendor, "the JSON body is not an object");
    }
    Map<String, String> out = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = root.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      if (v.isNull()) {
        continue;
      }
      out.put(e.getKey(), v.isNumber() ? v.decimalValue().toPlainString() : v.isValueNode() ? v.asText() : v.toString());
    }
    return out;
  }
}
