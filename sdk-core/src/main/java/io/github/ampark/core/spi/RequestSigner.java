package io.github.ampark.core.spi;

/**
 * Signs a request just before it is sent (for module authors). It sees the final method, URL,
 * headers and exact body bytes, and may add query parameters and headers or replace the body.
 * Called once per attempt, so a retried request carries a fresh timestamp.
 *
 * <pre>{@code
 * RequestSigner signer = request -> {
 *   String sign = Digests.md5Hex(request.bodyText() + "&app_secret=" + secret.reveal(), HexCase.UPPER);
 *   request.header("Authorization", sign);
 * };
 * }</pre>
 */
@FunctionalInterface
public interface RequestSigner {
  /** Leaves requests as they are. */
  RequestSigner NONE = request -> {};

  /**
   * Signs a request just before it is sent (and again before every retry), by adding the vendor's
   * signature, timestamp and credential fields to it.
   *
   * @param request the request about to be sent; mutate it to sign
   */
  void sign(OutgoingRequest request);
}
