/**
 * Wikeyun (微客云) electricity recharge: {@link io.github.ampark.wikeyun.WikeyunClient} with the
 * Power API ({@link io.github.ampark.wikeyun.WikeyunPower}) and raw requests ({@link
 * io.github.ampark.wikeyun.WikeyunRaw}); {@link io.github.ampark.wikeyun.WikeyunCallbacks} and
 * {@link io.github.ampark.wikeyun.WikeyunHandler} for order callbacks; {@link
 * io.github.ampark.wikeyun.WikeyunSigner} for the signature; the plug points {@link
 * io.github.ampark.wikeyun.OrderNotFoundRule} and {@link
 * io.github.ampark.wikeyun.CallbackSignatureVerifier} for what the vendor does not publish.
 * Requests, results, events and replies are in {@code model}.
 *
 * <pre>{@code
 * WikeyunClient client = WikeyunClient.builder()
 *     .credentials(appKey, appSecret).storeId(storeId)
 *     .environment(WikeyunEnvironment.PRODUCTION)
 *     .build();
 * }</pre>
 */
package io.github.ampark.wikeyun;
