package io.github.ampark.core.spi;

import java.io.IOException;
import kotlin.jvm.functions.Function0;
import kotlin.reflect.KClass;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Timeout;

/**
 * Retrofit's call factory. Retrofit only builds the request (the {@link AmparkCall} adapter reads
 * {@code request()} and hands it to {@link Exchange}, which makes the one OkHttp call that runs),
 * so the OkHttp call is created lazily, only if something runs the Retrofit call itself: a call
 * no longer costs two OkHttp {@code RealCall}s (each with its timeout, event listener and state).
 */
final class RequestOnlyCallFactory implements Call.Factory {
  private final OkHttpClient client;

  RequestOnlyCallFactory(OkHttpClient client) {
    this.client = client;
  }

  @Override
  public Call newCall(Request request) {
    return new LazyCall(client, request);
  }

  private static final class LazyCall implements Call {
    private final OkHttpClient client;
    private final Request request;
    private Call real;

    LazyCall(OkHttpClient client, Request request) {
      this.client = client;
      this.request = request;
    }

    private synchronized Call real() {
      if (real == null) {
        real = client.newCall(request);
      }
      return real;
    }

    @Override
    public Request request() {
      return request;
    }

    @Override
    public Response execute() throws IOException {
      return real().execute();
    }

    @Override
    public void enqueue(Callback callback) {
      real().enqueue(callback);
    }

    @Override
    public void cancel() {
      real().cancel();
    }

    @Override
    public boolean isExecuted() {
      return real().isExecuted();
    }

    @Override
    public boolean isCanceled() {
      return real().isCanceled();
    }

    @Override
    public Timeout timeout() {
      return real().timeout();
    }

    @Override
    public void addEventListener(EventListener listener) {
      real().addEventListener(listener);
    }

    @Override
    public <T> T tag(KClass<T> type) {
      return real().tag(type);
    }

    @Override
    public <T> T tag(Class<? extends T> type) {
      return real().tag(type);
    }

    @Override
    public <T> T tag(KClass<T> type, Function0<? extends T> computeIfAbsent) {
      return real().tag(type, computeIfAbsent);
    }

    @Override
    public <T> T tag(Class<T> type, Function0<? extends T> computeIfAbsent) {
      return real().tag(type, computeIfAbsent);
    }

    @Override
    @SuppressWarnings("MethodDoesntCallSuperMethod")
    public Call clone() {
      return new LazyCall(client, request);
    }
  }
}
