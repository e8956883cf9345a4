package io.github.ampark.spring.fourpyun;

import io.github.ampark.fourpyun.FourPyunClient;

/**
 * Changes each auto-configured {@link FourPyunClient}'s builder before it is built (after the
 * properties and every {@link io.github.ampark.spring.AmparkClientCustomizer}).
 *
 * <pre>{@code
 * @Bean FourPyunClientCustomizer fourpyunHttp(OkHttpClient shared) {
 *   return (tenant, builder) -> builder.httpClient(shared);
 * }
 * }</pre>
 */
@FunctionalInterface
public interface FourPyunClientCustomizer {
  /**
   * Adjusts one client's builder after the properties are applied and before it is built.
   *
   * @param tenant the tenant being built
   * @param builder its builder, properties applied
   */
  void customize(String tenant, FourPyunClient.Builder builder);
}
