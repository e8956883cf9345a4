package io.github.ampark.wikeyun;

import io.github.ampark.core.Checks;
import io.github.ampark.core.callback.CallbackRequest;
import java.util.Map;

/**
 * A check of the {@code sign} field Wikeyun puts in its callbacks.
 *
 * <p><b>UNKNOWN:</b> the callback's signature algorithm is not published and no public code verifies
 * it. Ampark therefore does not guess: the default is {@link #NONE}, and {@link WikeyunCallbacks}
 * establishes authenticity by confirming every callback with a signed {@code rest/Power/query} and
 * rejecting one whose order, order number or amount does not match. When you know the algorithm,
 * plug it in here and it runs before the confirmation; {@link #requestRule} checks the request
 * signature rule over the callback's fields (what {@code FakeWikeyun} sends — an assumption about
 * the real gateway, not a documented fact):
 *
 * <pre>{@code
 * WikeyunCallbacks callbacks = WikeyunCallbacks.builder(client)
 *     .signatureVerifier(CallbackSignatureVerifier.requestRule(WikeyunSigner.of(appSecret)))
 *     .build();
 * }</pre>
 *
 * <p>The fields are given read-only. A verifier that throws fails closed: the callback is refused
 * (and never recorded as handled), as if it had returned {@code false}.
 */
@FunctionalInterface
public interface CallbackSignatureVerifier {
  /** Accepts every callback (the default; authenticity comes from confirmation). */
  CallbackSignatureVerifier NONE = (fields, request) -> true;

  /**
   * Checks a callback's signature before the SDK trusts anything in it. Return {@code false} (or
   * throw) to refuse the callback; it is then never handed to your handler nor recorded as handled.
   *
   * @param fields the callback's fields as received (JSON, form or query), including {@code sign};
   *     read-only
   * @param request the raw request
   * @return whether the callback's signature is valid
   */
  boolean isAuthentic(Map<String, String> fields, CallbackRequest request);

  /**
   * A verifier that requires a {@code sign} made with the request rule ({@link
   * WikeyunSigner#verify}) over all other callback fields. Missing or empty {@code sign}: refused.
   *
   * @param signer the signer holding your app secret
   * @return the verifier
   */
  static CallbackSignatureVerifier requestRule(WikeyunSigner signer) {
    Checks.notNull("signer", signer);
    return (fields, request) -> signer.verify(fields);
  }
}
