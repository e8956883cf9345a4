package io.github.ampark.bolink.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.bolink.BolinkSigner;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.EnvelopeDecoder;
import io.github.ampark.core.spi.ResponseContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Bolink's response envelopes. */
public final class BolinkEnvelope {
  private BolinkEnvelope() {}

  /**
   * The union API (and plain {@code /zld/openservice}) envelope {@code {state, errmsg, …}}: {@code
   * state} 1 is success and the whole envelope is the data; anything else is an {@link
   * io.github.ampark.core.ApiException} with {@code state} as the code and {@code errmsg} as the
   * message.
   */
  public static final EnvelopeDecoder UNION = ctx -> state(ctx, ctx.json(), "errmsg");

  /**
   * The cloud open API: the body is Base64 of {@code {"data":{…,"state":0|1,"message":…},"sign":…}}
   * signed with the park's {@code ckey}. The signature is checked over the raw text of {@code data}
   * before anything is believed; a missing or wrong one is a {@link
   * io.github.ampark.core.ResponseFormatException}. A plain (not Base64) {@code {state, errmsg}}
   * envelope is accepted only as an error — the cloud gateway answers some refusals that way —
   * never as a success, since it carries no signature.
   *
   * @param ckey the park key
   * @return the decoder
   */
  public static EnvelopeDecoder cloud(BolinkSigner ckey) {
    return ctx -> {
      String text = ctx.bodyText().trim();
      if (text.startsWith("{")) {
        JsonNode plain = ctx.json();
        if (plain.has("state") && !"1".equals(plain.path("state").asText())) {
          return state(ctx, plain, "errmsg");
        }
        if (!plain.has("sign")) {
          throw ctx.formatError("unsigned plain answer from the cloud API", null);
        }
      } else {
        String decoded = decodeBase64(text);
        if (decoded == null) {
          throw ctx.formatError("body is neither Base64 JSON nor JSON", null);
        }
        text = decoded;
      }
      Map<String, String> members;
      try {
        members = RawJson.members(text);
      } catch (IllegalArgumentException e) {
        throw ctx.formatError("answer is not one JSON object: " + e.getMessage(), e);
      }
      String data = members.get("data");
      if (data == null || !data.startsWith("{")) {
        throw ctx.formatError("answer has no 'data' object", null);
      }
      if (!ckey.verify(data, RawJson.stringValue(members.get("sign")))) {
        throw ctx.formatError("answer signature is missing or does not verify", null);
      }
      return state(ctx, ctx.parse(text).get("data"), "message");
    };
  }

  private static JsonNode state(ResponseContext ctx, JsonNode env, String messageField) {
    JsonNode state = env.get("state");
    if (state == null || !state.isValueNode() || state.isNull()) {
      throw ctx.formatError("envelope has no 'state'", null);
    }
    // state is an integer (some gateways quote it): anything else is an answer we cannot read, not
    // a refusal — a refusal would end a keyed call without reconciling it.
    if (!(state.isIntegralNumber() || state.isTextual() && state.asText().matches("-?[0-9]{1,9}"))) {
      throw ctx.formatError("envelope 'state' is not an integer", null);
    }
    if ("1".equals(state.asText())) {
      return env;
    }
    JsonNode msg = env.get(messageField);
    throw ctx.apiError(state.asText(), msg == null || msg.isNull() ? null : msg.asText(), null);
  }

  /**
   * @param text Base64 text (standard alphabet; whitespace and line breaks tolerated)
   * @return the UTF-8 text it encodes if that is a JSON object, else {@code null}
   */
  public static @Nullable String decodeBase64(String text) {
    try {
      String decoded = new String(Base64.getDecoder().decode(text.replaceAll("\\s", "")), StandardCharsets.UTF_8);
      return decoded.trim().startsWith("{") ? decoded : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
