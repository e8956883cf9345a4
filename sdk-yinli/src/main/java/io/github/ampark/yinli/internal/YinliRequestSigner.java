package io.github.ampark.yinli.internal;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.spi.OutgoingRequest;
import io.github.ampark.core.spi.RequestSigner;
import io.github.ampark.yinli.YinliAuthenticator;
import io.github.ampark.yinli.YinliCodec;
import java.util.Map;
import okhttp3.MediaType;

/**
 * Seals each attempt of a request (when a codec is given): the JSON body becomes the multipart
 * {@code body}/{@code signature} pair, and the five 0.1 headers are set with a fresh {@code
 * requestId} and {@code requestTime}. Then the {@link YinliAuthenticator} sees the final bytes.
 */
public final class YinliRequestSigner implements RequestSigner {
  private final @Nullable YinliCodec codec;
  private final YinliAuthenticator authenticator;

  /**
   * @param codec seals requests, or {@code null} for plain JSON
   * @param authenticator runs last on every attempt
   */
  public YinliRequestSigner(@Nullable YinliCodec codec, YinliAuthenticator authenticator) {
    this.codec = codec;
    this.authenticator = authenticator;
  }

  @Override
  public void sign(OutgoingRequest request) {
    if (codec != null) {
      YinliCodec.Sealed sealed = codec.seal(request.bodyText());
      String boundary = Multipart.boundary();
      request.body(Multipart.bytes(boundary, sealed), MediaType.get(Multipart.contentType(boundary)));
      for (Map.Entry<String, String> h : codec.requestHeaders().entrySet()) {
        request.header(h.getKey(), h.getValue());
      }
    }
    authenticator.authenticate(request);
  }
}
