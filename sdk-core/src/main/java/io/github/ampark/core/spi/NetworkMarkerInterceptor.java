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
    AttemptState state = chain.request().tag(AttemptState.class);
    if (state != null) {
      state.reachedNetwork = true;
    }
    return chain.proceed(chain.request());
  }
}
