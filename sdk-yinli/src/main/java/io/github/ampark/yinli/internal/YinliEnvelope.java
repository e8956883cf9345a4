package io.github.ampark.yinli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.CallbackVerificationException;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.EnvelopeDecoder;
import io.github.ampark.core.spi.ResponseContext;
import io.github.ampark.yinli.YinliCodec;
import java.io.IOException;
import java.util.Locale;

/**
 * Decodes Yinli's answers: 1.x {@code {code, error{appName, errorDetail, errorTime, instance,
 * traceId}, msg, success, data}}, 2.x {@code {success, code, msg, data}}, and, for a sealed
 * request, the 0.1 answer {@code {code, msg, data:{body, signature}}}.
 *
 * <p>Plain: {@code success} decides; {@code false} is an {@link io.github.ampark.core.ApiException}
 * with {@code code}, {@code msg} (and {@code error.errorDetail}) and {@code error.traceId}; no
 * readable {@code success} is a {@link io.github.ampark.core.ResponseFormatException}.
 *
 * <p>Sealed: {@code success == false} is an {@code ApiException} as above. Otherwise {@code data}
 * must carry {@code body} and {@code signature} that open with the codec (else a {@code
 * ResponseFormatException}: a tampered or unsigned answer never succeeds); the opened JSON is the
 * data, unless it is itself an envelope with a {@code success} field, which is then decoded as
 * above. An answer without {@code success} and without a seal cannot be a success: an {@code
 * ApiException} with its {@code code} and {@code msg} if it has a {@code code}, else a {@code
 * ResponseFormatException}.
 */
public final class YinliEnvelope implements EnvelopeDecoder {
  private final @Nullable YinliCodec codec;

  /** @param codec the codec answers are opened with, or {@code null} for plain JSON */
  public YinliEnvelope(@Nullable YinliCodec codec) {
    this.codec = codec;
  }

  @Override
  public JsonNode decode(ResponseContext ctx) {
    JsonNode env = ctx.json();
    if (!env.isObject()) {
      throw ctx.formatError("the envelope is not a JSON object", null);
    }
    Boolean success = bool(env.get("success"));
    if (Boolean.FALSE.equals(success)) {
      throw refusal(ctx, env);
    }
    if (codec == null) {
      if (success == null) {
        throw ctx.formatError("the envelope has no boolean 'success'", null);
      }
      return env.path("data");
    }
    JsonNode data = env.path("data");
    String body = data.isObject() ? textOrNull(data.get(YinliCodec.BODY)) : null;
    String signature = data.isObject() ? textOrNull(data.get(YinliCodec.SIGNATURE)) : null;
    if (body == null && signature == null) {
      if (success == null && text(env, "code") != null) {
        throw refusal(ctx, env);
      }
      throw ctx.formatError("the answer to a sealed request carries no data.body and data.signature", null);
    }
    String json;
    try {
      json = codec.open(body, signature);
    } catch (CallbackVerificationException e) {
      throw ctx.formatError("the answer's seal is refused (" + e.getMessage() + ")", null);
    }
    JsonNode inner;
    try {
      inner = ctx.readTree(json);
    } catch (IOException e) {
      throw ctx.formatError("the opened answer is not JSON", null);
    }
    if (inner == null || inner.isMissingNode()) {
      throw ctx.formatError("the opened answer is empty", null);
    }
    if (inner.isObject() && inner.has("success")) {
      Boolean innerSuccess = bool(inner.get("success"));
      if (innerSuccess == null) {
        throw ctx.formatError("the opened envelope has no boolean 'success'", null);
      }
      if (!innerSuccess) {
        throw refusal(ctx, inner);
      }
      return inner.path("data");
    }
    return inner;
  }

  private static RuntimeException refusal(ResponseContext ctx, JsonNode env) {
    JsonNode error = env.path("error");
    return ctx.apiError(text(env, "code"), describe(text(env, "msg"), text(error, "errorDetail")), text(error, "traceId"));
  }

  private static @Nullable String textOrNull(@Nullable JsonNode n) {
    return n != null && n.isTextual() ? n.textValue() : null;
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
  public static @Nullable String text(@Nullable JsonNode node, String field) {
    if (node == null) {
      return null;
    }
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
