package io.github.ampark.spring.wikeyun;

import io.github.ampark.wikeyun.WikeyunClient;

/**
 * Changes each auto-configured {@link WikeyunClient}'s builder before it is built (after the
 * properties and every {@link io.github.ampark.spring.AmparkClientCustomizer}).
 *
 * <pre>{@code
 * @Bean WikeyunClientCustomizer wikeyunHttp(OkHttpClient shared) {
 *   return (tenant, builder) -> builder.httpClient(shared);
 * }
 * }</pre>
 */
@FunctionalInterface
public interface WikeyunClientCustomizer {
  /**
   * Adjusts one client's builder after the properties are applied and before it is built.
   *
   * @param tenant the tenant being built
   * @param builder its builder, properties applied
   */
  void customize(String tenant, WikeyunClient.Builder builder);
}
