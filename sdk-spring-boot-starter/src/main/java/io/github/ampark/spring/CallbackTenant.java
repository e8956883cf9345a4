package io.github.ampark.spring;

import java.util.Optional;

/**
 * The tenant whose callback is being handled, for handler beans shared by several tenants: set by
 * the starter's callback endpoints for the duration of your handler method (the tenant comes from
 * the endpoint's path and was used to pick the verifying key).
 *
 * <pre>{@code
 * @Override public BolinkReply onPrepayOrder(PrepayOrderEvent e) {
 *   String park = CallbackTenant.current().orElse("default");
 *   ...
 * }
 * }</pre>
 */
public final class CallbackTenant {
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private CallbackTenant() {}

  /** {@return the tenant of the callback this thread is handling, or empty outside one} */
  public static Optional<String> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /**
   * Runs {@code work} with {@code tenant} as {@link #current()} (for the starter's endpoints and tests).
   *
   * @param tenant the tenant
   * @param work the work
   * @param <T> its result
   * @return what {@code work} returned
   */
  public static <T> T with(String tenant, java.util.function.Supplier<T> work) {
    String previous = CURRENT.get();
    CURRENT.set(tenant);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }
}
