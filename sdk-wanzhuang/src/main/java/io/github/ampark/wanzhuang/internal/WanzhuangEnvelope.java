package io.github.ampark.wanzhuang.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.spi.EnvelopeDecoder;
import io.github.ampark.core.spi.ResponseContext;

/**
 * Wanzhuang's envelope {@code {"code":1,"message":"success","data":…[,"timestamp":…]}} (not API).
 * {@code code} is an integer (a numeric string is read too): {@code 1} is success; anything else is
 * an {@link io.github.ampark.core.ApiException} carrying the code and {@code message} — no error
 * table is published, so none is invented. {@code message} case varies and is never decided on.
 */
public final class WanzhuangEnvelope {
  /** The success code. */
  public static final long SUCCESS = 1;

  /** The decoder for the pipeline. */
  public static final EnvelopeDecoder DECODER = WanzhuangEnvelope::decode;

  private WanzhuangEnvelope() {}

  static JsonNode decode(ResponseContext ctx) {
    JsonNode env = ctx.json();
    if (!env.isObject()) {
      throw ctx.formatError("the envelope is not a JSON object", null);
    }
    JsonNode code = env.get("code");
    if (code == null || code.isNull() || !code.isValueNode()) {
      throw ctx.formatError("the envelope has no 'code'", null);
    }
    long value;
    if (code.isIntegralNumber() && code.canConvertToLong()) {
      value = code.asLong();
    } else if (code.isTextual() && code.asText().trim().matches("-?[0-9]{1,18}")) {
      value = Long.parseLong(code.asText().trim());
    } else {
      throw ctx.formatError("the envelope's 'code' is not an integer", null);
    }
    if (value != SUCCESS) {
      JsonNode m = env.get("message");
      throw ctx.apiError(Long.toString(value), m == null || m.isNull() || !m.isValueNode() ? null : m.asText(), null);
    }
    return ctx.annotation(WholeEnvelope.class) != null ? env : env.path("data");
  }
}
