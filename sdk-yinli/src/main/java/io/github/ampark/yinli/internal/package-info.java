/**
 * Internal: Retrofit services, the request signer that seals requests, the envelope decoder, the
 * JCA crypto behind the codec, field checks. Not API: may change in any release.
 */
package io.github.ampark.yinli.internal;
