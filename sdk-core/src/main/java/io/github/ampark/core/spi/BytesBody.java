package io.github.ampark.core.spi;

import io.github.ampark.core.Nullable;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * Exact bytes as a request body. A one-shot body tells OkHttp never to transmit it twice, so
 * OkHttp's own silent retry of a failed connection cannot resend an unsafe request.
 */
final class BytesBody extends RequestBody {
  final byte[] bytes;
  private final @Nullable MediaType type;
  private final boolean oneShot;

  BytesBody(byte[] bytes, @Nullable MediaType type, boolean oneShot) {
    this.bytes = bytes;
    this.type = type;
    this.oneShot = oneShot;
  }

  @Override
  public @Nullable MediaType contentType() {
    return type;
  }

  @Override
  public long contentLength() {
    return bytes.length;
  }

  @Override
  public boolean isOneShot() {
    return oneShot;
  }

  @Override
  public void writeTo(BufferedSink sink) throws java.io.IOException {
    sink.write(bytes);
  }
}
