/**
 * Receiving vendor callbacks: the raw {@link io.github.ampark.core.callback.CallbackRequest} (from a
 * servlet, Jakarta servlet or JDK {@code HttpExchange}), the exact {@link
 * io.github.ampark.core.callback.CallbackReply} each vendor expects, and the {@link
 * io.github.ampark.core.callback.DuplicateGuard} that makes each event handled once. Vendor
 * modules' {@code XxxCallbacks} verify and parse; this package only carries bytes.
 */
package io.github.ampark.core.callback;
