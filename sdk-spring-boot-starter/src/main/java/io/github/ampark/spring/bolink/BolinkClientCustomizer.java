package io.github.ampark.spring.bolink;

import io.github.ampark.bolink.BolinkClient;

/**
 * Changes each auto-configured {@link BolinkClient}'s builder before it is built (after the
 * properties and every {@link io.github.ampark.spring.AmparkClientCustomizer}).
 *
 * <pre>{@code
 * @Bean BolinkClientCustomizer bolinkHttp(OkHttpClient shared) {
 *   return (tenant, builder) -> builder.httpClient(shared);
 * }
 * }</pre>
 */
@FunctionalInterface
public interface BolinkClientCustomizer {
  /**
   * Adjusts one client's builder after the properties are applied and before it is built.
   *
   * @param tenant the tenant being built
   * @param builder its builder, properties applied
   */
  void customize(String tenant, BolinkClient.Builder builder);
}
