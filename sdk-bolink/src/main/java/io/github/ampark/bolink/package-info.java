/**
 * Bolink (泊链) parking: {@link io.github.ampark.bolink.BolinkClient} with its areas ({@code
 * orders()}, {@code payments()}, {@code parks()}, {@code cloud()}, {@code raw()}), the signer and
 * callback verifier {@link io.github.ampark.bolink.BolinkSigner}, callbacks ({@link
 * io.github.ampark.bolink.BolinkCallbacks}, {@link io.github.ampark.bolink.BolinkHandler}) and the
 * hosts ({@link io.github.ampark.bolink.BolinkEnvironment}). Request, result, event and reply types
 * live in {@code model}.
 */
package io.github.ampark.bolink;
