package io.github.ampark.core.spi;

import io.github.ampark.core.Idempotency;
import io.github.ampark.core.Nullable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.concurrent.ConcurrentHashMap;
import kotlin.jvm.JvmClassMappingKt;
import kotlin.reflect.KClass;
import okhttp3.Request;
import retrofit2.Invocation;

/**
 * What the pipeline knows about one call: vendor, operation, idempotency, declaring method.
 *
 * <p>A service method's {@link RequestTemplate} makes its {@code CallInfo} once and tags every
 * request with it. For a method sent through Retrofit it is resolved once per method, not per
 * attempt, from Retrofit's {@code Invocation} tag: the interceptors and
 * the exchange each ask for it, and the method's annotations never change, so the first answer is
 * kept (per declaring interface, through a {@link ClassValue}, so a discarded class loader takes
 * its entries with it).
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

  /** The request tag's key, made once (OkHttp keys tags by {@code KClass}; a {@code Class} key costs one per lookup). */
  static final KClass<CallInfo> KEY = JvmClassMappingKt.getKotlinClass(CallInfo.class);

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

  static CallInfo of(Request request, String vendor) {
    CallInfo explicit = request.tag(KEY);
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
