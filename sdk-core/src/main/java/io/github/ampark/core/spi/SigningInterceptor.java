package io.github.ampark.core.spi;

import io.github.ampark.core.Idempotency;
import java.io.IOException;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/** Sets the User-Agent, lets the vendor signer see and change the final request, fixes its bytes. */
final class SigningInterceptor implements Interceptor {
  private final String vendor;
  private final String userAgent;
  private final RequestSigner signer;

  SigningInterceptor(String vendor, String userAgent, RequestSigner signer) {
    this.vendor = vendor;
    this.userAgent = userAgent;
    this.signer = signer;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    // User-Agent goes in through the signer's view of the headers (the same header, in the same
    // place, the signer sees it): one copy of the request per attempt instead of two
    Request request = chain.request();
    CallTag tag = CallTag.find(chain.call());
    CallInfo info = CallInfo.of(tag, request, vendor);
    RequestBody body = request.body();
    byte[] bytes = new byte[0];
    MediaType type = null;
    String[] form = null;
    if (body != null) {
      type = body.contentType();
      if (body instanceof BytesBody) {
        bytes = ((BytesBody) body).bytes;
        form = ((BytesBody) body).form;
      } else {
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        bytes = buffer.readByteArray();
      }
    }
    OutgoingRequest out = new OutgoingRequest(request, info, bytes, type, tag != null && tag.untagged(request));
    out.encodedFrom(form);
    out.presetHeader("User-Agent", userAgent);
    signer.sign(out);
    Request.Builder signed = request.newBuilder();
    HttpUrl url = out.changedUrl();
    if (url != null) {
      signed.url(url);
    }
    Headers headers = out.changedHeaders();
    if (headers != null) {
      signed.headers(headers);
    } else if (out.presetName() != null) {
      signed.header(out.presetName(), out.presetValue()); // Headers.Builder.set, as header(name, value) does
    }
    if (body != null || out.bodyReplaced()) {
      boolean oneShot = info.idempotency() != Idempotency.SAFE;
      signed.method(request.method(), new BytesBody(out.rawBody(), out.contentType(), oneShot));
    }
    return chain.proceed(signed.build());
  }
}
