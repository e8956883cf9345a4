package io.github.ampark.bolink.internal;

import io.github.ampark.bolink.BolinkSigner;
import io.github.ampark.bolink.model.RawSigning;
import io.github.ampark.bolink.model.UnionIdPlacement;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.spi.OutgoingRequest;
import io.github.ampark.core.spi.RequestSigner;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.MediaType;

/**
 * The request signers of the three families. Each receives the {@code data} text exactly as
 * {@link RequestData} (or the raw caller) wrote it and never re-serialises it: the signed
 * characters are the sent ones.
 */
public final class BolinkRequestSigner {
  /** Content type of family B (Base64) bodies. */
  public static final MediaType BASE64_TEXT = MediaType.get("text/plain; charset=utf-8");

  private BolinkRequestSigner() {}

  /**
   * Family A ({@code ukey}): {@code {"data":<text>,"sign":"…"}}, with {@code union_id} at the top
   * level when the method is {@link TopLevelUnionId} or the raw request asks; family C and the
   * applet variant for raw requests tagged so.
   *
   * @param ukey vendor key signer
   * @param unionId vendor number
   * @param clock for the applet variant's {@code unixTs}
   * @return the signer
   */
  public static RequestSigner union(BolinkSigner ukey, long unionId, Clock clock) {
    SignedBodies bodies = new SignedBodies(ukey);
    return request -> {
      RawSigning raw = request.tag(RawSigning.class);
      RawSigning.Family family = raw == null ? RawSigning.Family.UNION : raw.family();
      if (family == RawSigning.Family.LEGACY) {
        legacy(request, ukey);
        return;
      }
      UnionIdPlacement where = raw == null ? UnionIdPlacement.NONE : raw.placement();
      if (family == RawSigning.Family.UNION && (where == UnionIdPlacement.NONE || where == UnionIdPlacement.TOP_LEVEL)
          && isUtf8(request.contentType())) {
        // the envelope on the body's bytes: the same bytes as the text path below, without the text
        boolean top = where == UnionIdPlacement.TOP_LEVEL || request.annotation(TopLevelUnionId.class) != null;
        byte[] body = bodies.envelope(request.body(), top ? Long.valueOf(unionId) : null);
        if (body != null) {
          request.body(body, RequestData.JSON);
          return;
        }
      }
      String data = request.bodyText();
      if (family == RawSigning.Family.APPLET_ORDER_EXTRA_INFO) {
        request.body(ukey.envelope(data).replaceFirst("\\}$", "")
            + ",\"type\":\"MD5\",\"unionId\":" + unionId + ",\"unixTs\":" + clock.instant().getEpochSecond() + "}", RequestData.JSON);
        return;
      }
      UnionIdPlacement placement = raw == null ? UnionIdPlacement.NONE : raw.placement();
      if (placement == UnionIdPlacement.IN_DATA || placement == UnionIdPlacement.BOTH) {
        data = withUnionIdFirst(data, unionId);
      }
      boolean topLevel = request.annotation(TopLevelUnionId.class) != null
          || placement == UnionIdPlacement.TOP_LEVEL || placement == UnionIdPlacement.BOTH;
      String body = topLevel
          ? "{\"union_id\":" + unionId + ",\"data\":" + data + ",\"sign\":\"" + ukey.sign(data) + "\"}"
          : ukey.envelope(data);
      request.body(body, RequestData.JSON);
    };
  }

  /**
   * Family B ({@code ckey} of one park): the Base64 text of {@code {"data":<text>,"sign":"…"}}.
   *
   * @param ckey the park key signer
   * @return the signer
   */
  public static RequestSigner cloud(BolinkSigner ckey) {
    SignedBodies bodies = new SignedBodies(ckey);
    return request -> {
      byte[] body = isUtf8(request.contentType()) ? bodies.cloudBody(request.body()) : null;
      if (body != null) {
        request.body(body, BASE64_TEXT);
      } else {
        request.body(ckey.cloudBody(request.bodyText()), BASE64_TEXT);
      }
    };
  }

  /**
   * Whether {@code bodyText()} decodes the body as UTF-8 (its charset, UTF-8 when none). Ampark's own
   * bodies say {@code charset=utf-8}, answered from the parameter's text: {@code MediaType.charset}
   * looks the name up with {@code Charset.forName} on every call, and under 8 calling threads that
   * lookup's lock was the one contended monitor in Bolink's call that was not OkHttp's own.
   */
  static boolean isUtf8(@Nullable MediaType type) {
    if (type == null) {
      return true;
    }
    String name = type.parameter("charset");
    return name == null || "utf-8".equalsIgnoreCase(name)
        || StandardCharsets.UTF_8.equals(type.charset(StandardCharsets.UTF_8));
  }

  private static String withUnionIdFirst(String data, long unionId) {
    Map<String, String> members = objectMembers(data);
    if (members.containsKey("union_id")) {
      return data;
    }
    String rest = data.trim().substring(1).trim();
    return "{\"union_id\":" + unionId + (rest.startsWith("}") ? "" : ",") + rest;
  }

  private static Map<String, String> objectMembers(String text) {
    try {
      return RawJson.members(text.trim());
    } catch (IllegalArgumentException e) {
      throw new ValidationException("body", "a Bolink raw request's body must be the data object as JSON (" + e.getMessage() + ")");
    }
  }

  private static void legacy(OutgoingRequest request, BolinkSigner ukey) {
    String text = request.bodyText().trim();
    Map<String, String> raw = objectMembers(text);
    if (raw.containsKey("sign")) {
      throw new ValidationException("body", "must not contain 'sign'; it is computed");
    }
    Map<String, Object> params = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : raw.entrySet()) {
      String s = RawJson.stringValue(e.getValue());
      params.put(e.getKey(), s != null ? s : "null".equals(e.getValue()) ? null : e.getValue());
    }
    String sign = ukey.signLegacy(params);
    String open = text.substring(0, text.length() - 1);
    request.body(open + (raw.isEmpty() ? "" : ",") + "\"sign\":\"" + sign + "\"}", RequestData.JSON);
  }

  /**
   * Logs show a Base64 body decoded (then redacted like any JSON).
   *
   * @param body body bytes
   * @return the decoded JSON text, or {@code null} if the body is not Base64 of JSON
   */
  public static @Nullable String base64View(byte[] body) {
    return BolinkEnvelope.decodeBase64(new String(body, StandardCharsets.ISO_8859_1));
  }
}
