package io.github.ampark.core.spi;

import com.fasterxml.jackson.databind.JavaType;
import io.github.ampark.core.Nullable;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Retrofit;

/**
 * Lets Retrofit methods return {@link AmparkCall}; the response goes through {@link Exchange}.
 * Only methods {@link RequestTemplate} does not cover come this way (see {@link CompiledService}).
 */
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
        return new RetrofitCall<>(runtime, call, dataType, Exchange.NO_DEADLINE);
      }
    };
  }

  /**
   * An {@link AmparkCall} whose request something builds anew on every {@code execute}: Retrofit,
   * or a {@link RequestTemplate}.
   */
  abstract static class RealCall<T> implements AmparkCall<T> {
    final ClientRuntime runtime;
    final JavaType type;
    final long deadlineNanos;

    RealCall(ClientRuntime runtime, JavaType type, long deadlineNanos) {
      this.runtime = runtime;
      this.type = type;
      this.deadlineNanos = deadlineNanos;
    }

    /** A new request for this call. */
    abstract Request request();

    /**
     * What the call is, or {@code null} for the exchange to read it from the request's tags. A call
     * that knows it builds requests without tags (a compiled method's).
     */
    @Nullable CallInfo info() {
      return null;
    }

    /** Method and path, for {@code toString()}. */
    abstract String describe();

    @Override
    public final T execute() {
      CallInfo info = info();
      return runtime.exchange().execute(request(), info, info != null, type, deadlineNanos);
    }

    @Override
    public final CompletableFuture<T> executeAsync() {
      CallInfo info = info();
      return runtime.exchange().executeAsync(request(), info, info != null, type, deadlineNanos);
    }

    @Override
    public final String toString() {
      return "AmparkCall{" + describe() + "}";
    }
  }

  private static final class RetrofitCall<T> extends RealCall<T> {
    private final Call<ResponseBody> prototype;

    RetrofitCall(ClientRuntime runtime, Call<ResponseBody> prototype, JavaType type, long deadlineNanos) {
      super(runtime, type, deadlineNanos);
      this.prototype = prototype;
    }

    @Override
    Request request() {
      return prototype.clone().request();
    }

    @Override
    String describe() {
      return prototype.request().method() + " " + prototype.request().url().encodedPath();
    }

    @Override
    public AmparkCall<T> withDeadline(long deadline) {
      return new RetrofitCall<>(runtime, prototype, type, deadline);
    }
  }
}
