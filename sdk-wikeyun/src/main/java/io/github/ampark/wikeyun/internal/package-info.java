/**
 * Implementation of the Wikeyun module — not API: nothing here is covered by compatibility
 * promises. The Retrofit interface ({@code PowerService}), the request signer ({@code
 * WikeyunRequestSigner}), the envelope decoder ({@code WikeyunEnvelope}), form builders, input
 * rules, callback field reading and the Jackson setup.
 */
package io.github.ampark.wikeyun.internal;
