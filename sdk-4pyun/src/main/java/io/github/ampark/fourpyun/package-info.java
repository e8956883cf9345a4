/**
 * The 4pyun (PP停车 / P云) module: {@link io.github.ampark.fourpyun.FourPyunClient} with its area
 * facades ({@code parking()}, {@code payments()}, {@code syncs()}, {@code energy()}) and {@code
 * raw()}; {@link io.github.ampark.fourpyun.FourPyunSigner}, every signature rule and its verifier;
 * {@link io.github.ampark.fourpyun.FourPyunCallbacks} with the {@link
 * io.github.ampark.fourpyun.FourPyunHandler} visitor for P云's gateway calls and openapi pushes;
 * {@link io.github.ampark.fourpyun.FourPyunEnvironment}, the known hosts.
 *
 * <pre>{@code
 * try (FourPyunClient pp = FourPyunClient.builder().appSecret(secret).parkUuid(park).build()) {
 *   PrepayResult r = pp.payments().prepay(request);
 * }
 * }</pre>
 */
package io.github.ampark.fourpyun;
