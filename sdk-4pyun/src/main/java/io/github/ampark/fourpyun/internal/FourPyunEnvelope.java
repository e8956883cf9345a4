package io.github.ampark.fourpyun.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.ApiException;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.EnvelopeDecoder;
import io.github.ampark.core.spi.ResponseContext;
import io.github.ampark.fourpyun.model.RequestIgnoredException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Decodes 4pyun's flat envelope {@code {code, message, hint, seqno, data_node, time_cost, path, …}}:
 * the whole object is the data (result fields sit beside {@code code}); a code outside the
 * endpoint's {@link SuccessCodes} is an {@link ApiException} whose request id is {@code seqno}; a
 * non-empty {@code hint} on an {@link IgnoredOnHint} endpoint is a {@link RequestIgnoredException}.
 * Messages and bodies are redacted by core (the hint may echo the string-to-sign).
 */
public final class FourPyunEnvelope implements EnvelopeDecoder {
  /** Success codes of requests without a {@link SuccessCodes} annotation (raw requests). */
  static final List<String> RAW_SUCCESS = Collections.unmodifiableList(Arrays.asList("1001", "1000", "200"));

  @Override
  public JsonNode decode(ResponseContext ctx) {
    JsonNode env = ctx.json();
    if (!env.isObject()) {
      throw ctx.formatError("the envelope is not a JSON object", null);
    }
    String code = ctx.requiredText(env, "code");
    String message = text(env, "message");
    String hint = text(env, "hint");
    String seqno = text(env, "seqno");
    SuccessCodes declared = ctx.annotation(SuccessCodes.class);
    List<String> success = declared == null ? RAW_SUCCESS : Arrays.asList(declared.value());
    if (!success.contains(code)) {
      throw ctx.apiError(code, describe(message, hint), seqno);
    }
    if (hint != null && ctx.annotation(IgnoredOnHint.class) != null) {
      throw new RequestIgnoredException(ctx.apiError(code, describe(message, hint), seqno));
    }
    return env;
  }

  private static @Nullable String text(JsonNode env, String field) {
    return io.github.ampark.core.spi.AmparkJson.text(env, field);
  }

  private static @Nullable String describe(@Nullable String message, @Nullable String hint) {
    if (hint == null) {
      return message;
    }
    return (message == null ? "" : message + " ") + "(hint: " + hint + ")";
  }
}
