package io.github.ampark.spring.wanzhuang;

import io.github.ampark.wanzhuang.WanzhuangClient;

/**
 * Changes each auto-configured {@link WanzhuangClient}'s builder before it is built (after the
 * properties and every {@link io.github.ampark.spring.AmparkClientCustomizer}).
 *
 * <pre>{@code
 * @Bean WanzhuangClientCustomizer wanzhuangHttp(OkHttpClient shared) {
 *   return (tenant, builder) -> builder.httpClient(shared);
 * }
 * }</pre>
 */
@FunctionalInterface
public interface WanzhuangClientCustomizer {
  /**
   * Adjusts one client's builder after the properties are applied and before it is built.
   *
   * @param tenant the tenant being built
   * @param builder its builder, properties applied
   */
  void customize(String tenant, WanzhuangClient.Builder builder);
}
