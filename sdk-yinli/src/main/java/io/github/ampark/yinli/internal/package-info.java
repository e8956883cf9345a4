/**
 * Internal: Retrofit services, the request signer that seals requests, the envelope decoder, the
 * JCA crypto behind the codec, field checks, and the hand-written answer readers ({@code Readers})
 * and request body writers ({@code Writers}) that stand in for Jackson's bean binding on the call
 * path. Not API: may change in any release.
 */
package io.github.ampark.yinli.internal;
