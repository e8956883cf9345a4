package io.github.ampark.core.spi;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Network interceptor: runs only once a connection is open, just before the request is written.
 * Reaching it means the vendor may receive the request.
 */
final class NetworkMarkerInterceptor implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    CallTag tag = CallTag.find(chain.call());
    if (tag != null) {
      tag.reachedNetwork = true;
    }
    return chain.proceed(chain.request());
  }
}
