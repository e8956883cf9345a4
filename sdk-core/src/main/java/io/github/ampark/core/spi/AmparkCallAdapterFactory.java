package io.github.ampark.core.spi;

import com.fasterxml.jackson.databind.JavaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Retrofit;

/** Lets Retrofit methods return {@link AmparkCall}; the response goes through {@link Exchange}. */
final class AmparkCallAdapterFactory extends CallAdapter.Factory {
  private final ClientRuntime runtime;

  AmparkCallAdapterFactory(ClientRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
    if (getRawType(returnType) != AmparkCall.class) {
      return null;
    }
    if (!(returnType instanceof ParameterizedType)) {
      throw new IllegalArgumentException("AmparkCall must be parameterised, e.g. AmparkCall<PushOrderResult>");
    }
    JavaType dataType = runtime.mapper().constructType(getParameterUpperBound(0, (ParameterizedType) returnType));
    return new CallAdapter<ResponseBody, AmparkCall<?>>() {
      @Override
      public Type responseType() {
        return ResponseBody.class;
      }

      @Override
      public AmparkCall<?> adapt(Call<ResponseBody> call) {
        return new RealCall<>(call, dataType, Exchange.NO_DEADLINE);
      }
    };
  }

  private final class RealCall<T> implements AmparkCall<T> {
    private final Call<ResponseBody> prototype;
    private final JavaType type;
    private final long deadlineNanos;

    RealCall(Call<ResponseBody> prototype, JavaType type, long deadlineNanos) {
      this.prototype = prototype;
      this.type = type;
      this.deadlineNanos = deadlineNanos;
    }

    @Override
    public T execute() {
      return runtime.exchange().execute(prototype.clone().request(), type, deadlineNanos);
    }

    @Override
    public CompletableFuture<T> executeAsync() {
      return runtime.exchange().executeAsync(prototype.clone().request(), type, deadlineNanos);
    }

    @Override
    public AmparkCall<T> withDeadline(long deadline) {
      return new RealCall<>(prototype, type, deadline);
    }

    @Override
    public String toString() {
      return "AmparkCall{" + prototype.request().method() + " " + prototype.request().url().encodedPath() + "}";
    }
  }
}
