package io.github.ampark.bolink.internal;

import io.github.ampark.bolink.BolinkSigner;
import io.github.ampark.bolink.model.UnionIdPlacement;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.Secret;
import io.github.ampark.core.spi.OutgoingRequest;
import io.github.ampark.core.spi.RequestSigner;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.MediaType;

/**
 * The request signers of the three families. Each receives the {@code data} text exactly as
 * {@link RequestData} wrote it and never re-serialises it: the signed characters are the sent ones.
 */
public final class Signers {
  /** Content type of family B (Base64) bodies. */
  public static final MediaType BASE64_TEXT = MediaType.get("text/plain; charset=utf-8");

  private Signers() {}

  /**
   * Family A ({@code ukey}): {@code {"data":<text>,"sign":"…"}}, with {@code union_id} at the top
   * level when the method is {@link TopLevelUnionId} or the raw request asks; family C for
   * requests tagged {@link RawFamily#LEGACY}.
   *
   * @param ukey vendor key
   * @param unionId vendor number
   * @return the signer
   */
  public static RequestSigner union(Secret ukey, long unionId) {
    return request -> {
      if (request.tag(RawFamily.class) == RawFamily.LEGACY) {
        legacy(request, ukey);
        return;
      }
      String data = request.bodyText();
      String sign = BolinkSigner.sign(data, ukey.reveal());
      UnionIdPlacement placement = request.tag(UnionIdPlacement.class);
      boolean topLevel = request.annotation(TopLevelUnionId.class) != null
          || placement == UnionIdPlacement.TOP_LEVEL
          || placement == UnionIdPlacement.BOTH;
      String body = topLevel
          ? "{\"union_id\":" + unionId + ",\"data\":" + data + ",\"sign\":\"" + sign + "\"}"
          : BolinkSigner.envelope(data, sign);
      request.body(body, RequestData.JSON);
    };
  }

  /**
   * Family B ({@code ckey} of one park): the Base64 text of {@code {"data":<text>,"sign":"…"}}.
   *
   * @param ckey the park key
   * @return the signer
   */
  public static RequestSigner cloud(Secret ckey) {
    return request -> request.body(BolinkSigner.cloudBody(request.bodyText(), ckey.reveal()), BASE64_TEXT);
  }

  private static void legacy(OutgoingRequest request, Secret ukey) {
    String text = request.bodyText().trim();
    Map<String, String> raw = RawJson.members(text);
    Map<String, Object> params = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : raw.entrySet()) {
      String s = RawJson.stringValue(e.getValue());
      params.put(e.getKey(), s != null ? s : "null".equals(e.getValue()) ? null : e.getValue());
    }
    String sign = BolinkSigner.signLegacy(params, ukey.reveal());
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
    return Envelopes.decodeBase64(new String(body, StandardCharsets.ISO_8859_1));
  }
}
