/**
 * The raw escape hatch: a signed {@link io.github.ampark.core.http.RawRequest} to any vendor path
 * and its decoded envelope, {@link io.github.ampark.core.http.RawResponse}, for endpoints whose
 * contract the vendor has not published. Every vendor client offers it as {@code client.raw()}.
 */
package io.github.ampark.core.http;
