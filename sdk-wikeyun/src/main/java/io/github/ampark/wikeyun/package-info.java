/**
 * Wikeyun (微客云) electricity recharge: {@link io.github.ampark.wikeyun.WikeyunClient} for the
 * Power API and raw requests, {@link io.github.ampark.wikeyun.WikeyunCallbacks} for order callbacks,
 * {@link io.github.ampark.wikeyun.WikeyunSigner} for the request signature.
 *
 * <pre>{@code
 * WikeyunClient client = WikeyunClient.builder()
 *     .credentials(appKey, appSecret).storeId(storeId)
 *     .environment(WikeyunEnvironment.PRODUCTION)
 *     .build();
 * }</pre>
 */
package io.github.ampark.wikeyun;
