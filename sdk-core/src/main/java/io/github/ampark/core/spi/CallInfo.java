package io.github.ampark.core.spi;

import io.github.ampark.core.Idempotency;
import io.github.ampark.core.Nullable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import okhttp3.Request;
import retrofit2.Invocation;

/** What the pipeline knows about one call: vendor, operation, idempotency, declaring method. */
final class CallInfo {
  private final String vendor;
  private final String operation;
  private final Idempotency idempotency;
  private final @Nullable Method method;

  CallInfo(String vendor, String operation, Idempotency idempotency, @Nullable Method method) {
    this.vendor = vendor;
    this.operation = operation;
    this.idempotency = idempotency;
    this.method = method;
  }

  static CallInfo of(Request request, String vendor) {
    CallInfo explicit = request.tag(CallInfo.class);
    if (explicit != null) {
      return explicit;
    }
    Invocation invocation = request.tag(Invocation.class);
    if (invocation != null) {
      Method m = invocation.method();
      Idempotent idem = m.getAnnotation(Idempotent.class);
      return new CallInfo(vendor, m.getName(), idem == null ? Idempotency.UNSAFE : idem.value(), m);
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
    return method == null ? null : method.getAnnotation(type);
  }
}
