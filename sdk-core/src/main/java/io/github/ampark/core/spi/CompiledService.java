package io.github.ampark.core.spi;

import io.github.ampark.core.Nullable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import okhttp3.Request;

/**
 * The implementation of a service interface behind {@link ClientRuntime#create(Class)}: each
 * method is compiled once, on its first call, into a {@link RequestTemplate}, and its calls build
 * their requests from it. A method the template does not cover is sent through Retrofit (created
 * for the first such method only), so any Retrofit interface still works, as it did before.
 */
final class CompiledService implements InvocationHandler {
  private final ClientRuntime runtime;
  private final Class<?> service;
  private final Supplier<Object> retrofitService;
  private final ConcurrentHashMap<Method, Handler> handlers = new ConcurrentHashMap<>();
  private volatile @Nullable Object retrofit;

  private CompiledService(ClientRuntime runtime, Class<?> service, Supplier<Object> retrofitService) {
    this.runtime = runtime;
    this.service = service;
    this.retrofitService = retrofitService;
  }

  static <T> T create(ClientRuntime runtime, Class<T> service, Supplier<Object> retrofitService) {
    if (!service.isInterface()) {
      throw new IllegalArgumentException("API declarations must be interfaces: " + service.getName());
    }
    return service.cast(Proxy.newProxyInstance(
        service.getClassLoader(), new Class<?>[] {service}, new CompiledService(runtime, service, retrofitService)));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      // a proxy dispatches only these three of Object's methods
      switch (method.getName()) {
        case "equals":
          return proxy == args[0];
        case "hashCode":
          return System.identityHashCode(proxy);
        default:
          return service.getSimpleName() + "@" + Integer.toHexString(System.identityHashCode(proxy));
      }
    }
    Handler h = handlers.get(method);
    if (h == null) {
      h = handlers.computeIfAbsent(method, this::compile);
    }
    return h.invoke(method, args);
  }

  private Handler compile(Method method) {
    RequestTemplate t = RequestTemplate.compile(method, runtime.baseUrl(), runtime.vendor(), runtime.spec()::mapper);
    return t != null ? new Templated(t) : this::viaRetrofit;
  }

  private Object viaRetrofit(Method method, Object[] args) throws Throwable {
    Object r = retrofit;
    if (r == null) {
      synchronized (this) {
        r = retrofit;
        if (r == null) {
          r = retrofitService.get();
          retrofit = r;
        }
      }
    }
    try {
      return method.invoke(r, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** What one method does with its arguments. */
  private interface Handler {
    Object invoke(Method method, Object[] args) throws Throwable;
  }

  private final class Templated implements Handler {
    private final RequestTemplate template;

    Templated(RequestTemplate template) {
      this.template = template;
    }

    @Override
    public Object invoke(Method method, Object[] args) {
      return new TemplateCall<>(runtime, template, args, Exchange.NO_DEADLINE);
    }
  }

  /** A call of a compiled method: its arguments, applied to the template on each {@code execute}. */
  static final class TemplateCall<T> extends AmparkCallAdapterFactory.RealCall<T> {
    private final RequestTemplate template;
    private final @Nullable Object[] args;

    TemplateCall(ClientRuntime runtime, RequestTemplate template, @Nullable Object[] args, long deadlineNanos) {
      super(runtime, template.resultType, deadlineNanos);
      this.template = template;
      this.args = args;
    }

    @Override
    Request request() {
      return template.request(args);
    }

    @Override
    CallInfo info() {
      return template.info();
    }

    @Override
    String describe() {
      return template.describe();
    }

    @Override
    public AmparkCall<T> withDeadline(long deadline) {
      return new TemplateCall<>(runtime, template, args, deadline);
    }
  }
}
