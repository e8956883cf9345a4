/**
 * Internal to sdk-bolink, not API (may change in any release): Retrofit services, the request
 * signer, envelope decoders, request writers, answer mappers, callback routing, validation.
 */
package io.github.ampark.bolink.internal;
