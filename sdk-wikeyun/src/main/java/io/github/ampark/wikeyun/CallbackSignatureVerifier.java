package io.github.ampark.wikeyun;

import io.github.ampark.core.callback.CallbackRequest;
import java.util.Map;

/**
 * A check of the {@code sign} field Wikeyun puts in its callbacks.
 *
 * <p><b>UNKNOWN:</b> the callback's signature algorithm is not published and no public code verifies
 * it. Ampark therefore does not guess: the default is {@link #NONE}, and {@link WikeyunCallbacks}
 * establishes authenticity by confirming every callback with a signed {@code rest/Power/query} and
 * rejecting one whose order, order number or amount does not match. When the algorithm becomes
 * known, plug it in here and it runs before the confirmation:
 *
 * <pre>{@code
 * WikeyunCallbacks callbacks = WikeyunCallbacks.builder(client)
 *     .signatureVerifier((fields, request) -> myCheck(fields.get("sign"), fields))
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface CallbackSignatureVerifier {
  /** Accepts every callback (the default; authenticity comes from confirmation). */
  CallbackSignatureVerifier NONE = (fields, request) -> true;

  /**
   * @param fields the callback's fields as received (JSON, form or query), including {@code sign}
   * @param request the raw request
   * @return whether the callback's signature is valid
   */
  boolean isAuthentic(Map<String, String> fields, CallbackRequest request);
}
