/**
 * Wanzhuang (万庄) wz-open charging piles: {@link io.github.ampark.wanzhuang.WanzhuangClient} with
 * its area facades ({@code devices()}, {@code states()}, {@code charging()}, {@code renewals()},
 * {@code raw()}), {@link io.github.ampark.wanzhuang.WanzhuangCallbacks} and {@link
 * io.github.ampark.wanzhuang.WanzhuangHandler} for the four callbacks, {@link
 * io.github.ampark.wanzhuang.WanzhuangSigner} for the request signature.
 *
 * <pre>{@code
 * WanzhuangClient wz = WanzhuangClient.builder(appId, secret, WanzhuangEnvironment.TEST).build();
 * }</pre>
 */
package io.github.ampark.wanzhuang;
