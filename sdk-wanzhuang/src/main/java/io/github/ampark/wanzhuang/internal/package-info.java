/**
 * Not API: the Retrofit service, request signer, envelope decoder, body writers and mappers behind
 * {@link io.github.ampark.wanzhuang.WanzhuangClient}. May change in any release.
 */
package io.github.ampark.wanzhuang.internal;
