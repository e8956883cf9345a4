package io.github.ampark.core.spi;

import io.github.ampark.core.Idempotency;
import io.github.ampark.core.Nullable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Request;
import retrofit2.Invocation;

/**
 * What the pipeline knows about one call: vendor, operation, idempotency, declaring method.
 *
 * <p>A service method's {@link RequestTemplate} makes its {@code CallInfo} once and hands it to
 * the {@link Exchange} with every request (a raw request's is made by {@link ClientRuntime}); the
 * exchange puts it in the call's {@link CallTag}, where the interceptors find it ({@link
 * #of(CallTag, Request, String)}). No request tag: OkHttp 5 keys request tags by {@code KClass},
 * whose first use loads Kotlin's reflection tables. For a method sent through Retrofit it is
 * resolved once per method, not per attempt, from Retrofit's {@code Invocation} tag: the method's
 * annotations never change, so the first answer is kept (per declaring interface, through a {@link
 * ClassValue}, so a discarded class loader takes its entries with it).
 */
final class CallInfo {
  private static final ClassValue<ConcurrentHashMap<Method, CallInfo>> BY_METHOD =
      new ClassValue<ConcurrentHashMap<Method, CallInfo>>() {
        @Override
        protected ConcurrentHashMap<Method, CallInfo> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };
  private static final Object NONE = new Object();

  private final String vendor;
  private final String operation;
  private final Idempotency idempotency;
  private final @Nullable Method method;
  private final ConcurrentHashMap<Class<?>, Object> annotations = new ConcurrentHashMap<>();

  CallInfo(String vendor, String operation, Idempotency idempotency, @Nullable Method method) {
    this.vendor = vendor;
    this.operation = operation;
    this.idempotency = idempotency;
    this.method = method;
  }

  /**
   * What a call is: the exchange's answer, kept in the call's {@link CallTag}; for a call the
   * exchange did not make (no tag, or a tag an interceptor made for a user's call on {@link
   * ClientRuntime#httpClient()}), what its request says ({@link #of(Request, String)}).
   */
  static CallInfo of(@Nullable CallTag tag, Request request, String vendor) {
    CallInfo info = tag == null ? null : tag.info;
    return info != null ? info : of(request, vendor);
  }

  /**
   * What {@code request} says it is: a {@code CallInfo} tag, Retrofit's {@code Invocation} tag, or
   * else an UNSAFE call named by its method and path. Looks tags up, so it loads Kotlin's
   * reflection: the exchange asks only for a request it was given without its {@code CallInfo}.
   */
  static CallInfo of(Request request, String vendor) {
    CallInfo explicit = request.tag(CallTag.Keys.CALL_INFO);
    if (explicit != null) {
      return explicit;
    }
    Invocation invocation = request.tag(Invocation.class);
    if (invocation != null) {
      Method m = invocation.method();
      ConcurrentHashMap<Method, CallInfo> known = BY_METHOD.get(m.getDeclaringClass());
      CallInfo info = known.get(m);
      if (info == null || !info.vendor.equals(vendor)) {
        Idempotent idem = m.getAnnotation(Idempotent.class);
        info = new CallInfo(vendor, m.getName(), idem == null ? Idempotency.UNSAFE : idem.value(), m);
        known.put(m, info);
      }
      return info;
    }
    return new CallInfo(vendor, request.method() + " " + request.url().encodedPath(), Idempotency.UNSAFE, null);
  }

  String vendor() {
    return vendor;
  }

  String operation() {
    return operation;
  }

  Idempotency idempotency() {
    return idempotency;
  }

  <A extends Annotation> @Nullable A annotation(Class<A> type) {
    if (method == null) {
      return null;
    }
    Object found = annotations.get(type);
    if (found == null) {
      A a = method.getAnnotation(type);
      found = a == null ? NONE : a;
      annotations.put(type, found);
    }
    return found == NONE ? null : type.cast(found);
  }
}
