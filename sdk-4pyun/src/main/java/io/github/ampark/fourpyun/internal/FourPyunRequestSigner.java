package io.github.ampark.fourpyun.internal;

import io.github.ampark.core.spi.OutgoingRequest;
import io.github.ampark.core.spi.RequestSigner;
import io.github.ampark.fourpyun.FourPyunSigner;
import java.util.Locale;
import okhttp3.MediaType;

/**
 * Signs JSON requests just before they leave: {@code Authorization} = {@link
 * FourPyunSigner#jsonSign(byte[])} of the exact body bytes, which were serialised once and are sent
 * as signed.
 *
 * <p>Form, multipart and query requests are <em>not</em> signed here: they are signed from their
 * fields when they are built ({@link FormParams#signed}, {@link FormParams#multipart}, {@code
 * FourPyunRaw}), so no body is ever decoded to be signed.
 */
public final class FourPyunRequestSigner implements RequestSigner {
  private final FourPyunSigner signer;

  /** @param signer the client's signer */
  public FourPyunRequestSigner(FourPyunSigner signer) {
    this.signer = signer;
  }

  @Override
  public void sign(OutgoingRequest request) {
    MediaType type = request.contentType();
    if (type != null && type.subtype().toLowerCase(Locale.ROOT).contains("json")) {
      request.header("Authorization", signer.jsonSign(request.body()));
    }
  }
}
