package io.github.ampark.spring;

import io.github.ampark.core.AmparkClientBuilder;

/**
 * Changes every auto-configured client's builder before it is built, for any vendor and tenant: an
 * OkHttpClient of your own ({@code builder.httpClient(shared)}; Ampark never closes it), a retry
 * policy, a log level. Runs after the properties are applied and before the vendor's own customizer
 * (e.g. {@code BolinkClientCustomizer}); several beans run in {@code @Order}.
 *
 * <pre>{@code
 * @Bean AmparkClientCustomizer retries() {
 *   return (vendor, tenant, builder) -> builder.retryPolicy(RetryPolicy.builder().maxRetries(1).build());
 * }
 * }</pre>
 */
@FunctionalInterface
public interface AmparkClientCustomizer {
  /**
   * Adjusts one client's builder after the properties are applied and before it is built.
   *
   * @param vendor e.g. {@code bolink}
   * @param tenant the tenant being built ({@code default} for the top-level settings)
   * @param builder the client builder, with the properties applied
   */
  void customize(String vendor, String tenant, AmparkClientBuilder<?> builder);
}
