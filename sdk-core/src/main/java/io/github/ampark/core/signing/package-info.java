/**
 * Signing primitives the vendor signers are built from: canonical parameter strings, MD5, SHA-256
 * and HMAC digests in hex, and constant-time comparison. Pure functions, no state.
 */
package io.github.ampark.core.signing;
