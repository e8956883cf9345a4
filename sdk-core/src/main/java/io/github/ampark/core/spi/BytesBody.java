package io.github.ampark.core.spi;

import io.github.ampark.core.Nullable;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * Exact bytes as a request body (for module authors). A one-shot body tells OkHttp never to
 * transmit it twice, so OkHttp's own silent retry of a failed connection cannot resend an unsafe
 * request.
 *
 * <p>A body a module has already written to bytes should be handed to the pipeline as one of these
 * ({@link #of}) rather than as {@code RequestBody.create(bytes, type)}: the signer then sees those
 * bytes as they are, where any other body is first written out to a buffer and copied (for a
 * 4pyun sync batch, ~125 KB per request).
 *
 * <pre>{@code
 * RequestBody body = BytesBody.of(json, MediaType.get("application/json; charset=UTF-8"));
 * }</pre>
 */
public final class BytesBody extends RequestBody {
  final byte[] bytes;
  private final @Nullable MediaType type;
  private final boolean oneShot;
  // the template's form fields as given, before encoding (name, value, name, value …), so the
  // signer can have them without decoding the bytes back; null for any other body
  final @Nullable String[] form;

  /**
   * A body of exactly {@code bytes}, labelled {@code type}; sent as OkHttp would send {@code
   * RequestBody.create(bytes, type)}. The array is not copied: do not change it afterwards.
   *
   * @param bytes the body
   * @param type its content type, or {@code null} for none
   * @return the body
   * @throws NullPointerException if {@code bytes} is null
   */
  public static BytesBody of(byte[] bytes, @Nullable MediaType type) {
    return new BytesBody(java.util.Objects.requireNonNull(bytes, "bytes"), type, false);
  }

  BytesBody(byte[] bytes, @Nullable MediaType type, boolean oneShot) {
    this(bytes, type, oneShot, null);
  }

  BytesBody(byte[] bytes, @Nullable MediaType type, boolean oneShot, @Nullable String[] form) {
    this.bytes = bytes;
    this.type = type;
    this.oneShot = oneShot;
    this.form = form;
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
