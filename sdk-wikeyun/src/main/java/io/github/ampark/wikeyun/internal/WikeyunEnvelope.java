package io.github.ampark.wikeyun.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.EnvelopeDecoder;
import io.github.ampark.core.spi.ResponseContext;
import io.github.ampark.core.time.TimeFormat;
import io.github.ampark.core.ValidationException;
import io.github.ampark.wikeyun.model.Acknowledgement;
import java.time.Instant;

/**
 * Wikeyun's envelope {@code {"code":"0000","msg":"…","time":"1624868000","data":…}} (not API):
 * {@code code} is a string and {@code "0000"} is success; anything else becomes an {@link
 * io.github.ampark.core.ApiException} with the code and {@code msg}. {@code data} may be an object,
 * a string or {@code null}.
 */
public final class WikeyunEnvelope {
  /** The success code. */
  public static final String SUCCESS = "0000";

  /** The decoder for the pipeline. */
  public static final EnvelopeDecoder DECODER = WikeyunEnvelope::decode;

  private WikeyunEnvelope() {}

  static JsonNode decode(ResponseContext ctx) {
    JsonNode env = ctx.json();
    if (!env.isObject()) {
      throw ctx.formatError("the envelope is not a JSON object", null);
    }
    String code = ctx.requiredText(env, "code").trim();
    if (!SUCCESS.equals(code)) {
      throw ctx.apiError(code, text(env, "msg"), null);
    }
    return ctx.annotation(WholeEnvelope.class) != null ? env : env.path("data");
  }

  /**
   * The acknowledgement carried by a success envelope.
   *
   * @param env the whole envelope
   * @return message, string data and server time
   */
  public static Acknowledgement acknowledgement(JsonNode env) {
    JsonNode data = env.path("data");
    return Acknowledgement.builder()
        .message(text(env, "msg"))
        .detail(data.isValueNode() && !data.isNull() ? data.asText() : null)
        .serverTime(time(text(env, "time")))
        .build();
  }

  private static @Nullable Instant time(@Nullable String text) {
    if (text == null || text.trim().isEmpty()) {
      return null;
    }
    try {
      return TimeFormat.EPOCH_SECONDS.parse(text.trim());
    } catch (ValidationException e) {
      return null;
    }
  }

  private static @Nullable String text(JsonNode env, String field) {
    return io.github.ampark.core.spi.AmparkJson.text(env, field);
  }
}
