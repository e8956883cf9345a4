package io.github.ampark.yinli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.EnvelopeDecoder;
import io.github.ampark.core.spi.ResponseContext;
import java.util.Locale;

/**
 * Decodes Yinli's envelope {@code {code, msg, success, data, error{appName, errorDetail, errorTime,
 * instance, traceId}}} (known only from the vendor's response example).
 *
 * <p>{@code success} decides: {@code true} is success and {@code data} is returned; {@code false}
 * is an {@link io.github.ampark.core.ApiException} with {@code code} as the vendor code, {@code msg}
 * and {@code error.errorDetail} as the message and {@code error.traceId} as the request id. The
 * example's {@code code} is a placeholder ({@code "string"}), so no success code is known and
 * {@code code} is never used to decide. An envelope without a readable {@code success} cannot be
 * decided either way: {@link io.github.ampark.core.ResponseFormatException} (for an unsafe push,
 * that counts as "may have been applied"). Types are read leniently: {@code success} as a boolean
 * or the text {@code true}/{@code false}, {@code code} as text or number, {@code error} absent or
 * {@code null}.
 */
public final class YinliEnvelope implements EnvelopeDecoder {
  @Override
  public JsonNode decode(ResponseContext ctx) {
    JsonNode env = ctx.json();
    if (!env.isObject()) {
      throw ctx.formatError("the envelope is not a JSON object", null);
    }
    Boolean success = bool(env.get("success"));
    if (success == null) {
      throw ctx.formatError("the envelope has no boolean 'success'", null);
    }
    if (!success) {
      JsonNode error = env.path("error");
      throw ctx.apiError(text(env, "code"), describe(text(env, "msg"), text(error, "errorDetail")), text(error, "traceId"));
    }
    return env.path("data");
  }

  private static @Nullable Boolean bool(@Nullable JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (n.isTextual()) {
      String t = n.textValue().trim().toLowerCase(Locale.ROOT);
      return "true".equals(t) ? Boolean.TRUE : "false".equals(t) ? Boolean.FALSE : null;
    }
    return null;
  }

  /**
   * A scalar field as text, or {@code null} if absent, {@code null}, not a scalar or blank.
   *
   * @param node an object (or a missing node)
   * @param field the field's name
   * @return its text
   */
  public static @Nullable String text(JsonNode node, String field) {
    JsonNode n = node.get(field);
    if (n == null || n.isNull() || !n.isValueNode()) {
      return null;
    }
    String s = n.asText();
    return s.trim().isEmpty() ? null : s;
  }

  private static @Nullable String describe(@Nullable String msg, @Nullable String detail) {
    if (detail == null || detail.equals(msg)) {
      return msg;
    }
    return msg == null ? detail : msg + " (" + detail + ")";
  }
}
