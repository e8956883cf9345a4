package io.github.ampark.spring.yinli;

import io.github.ampark.yinli.YinliClient;

/**
 * Changes each auto-configured {@link YinliClient}'s builder before it is built (after the
 * properties and every {@link io.github.ampark.spring.AmparkClientCustomizer}): the place for a
 * {@link io.github.ampark.yinli.YinliAuthenticator} (a gateway credential; default none).
 *
 * <pre>{@code
 * @Bean YinliClientCustomizer yinliGateway(@Value("${yinli.token}") String token) {
 *   return (tenant, builder) -> builder.authenticator(YinliAuthenticator.staticHeader("X-Access-Token", token));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface YinliClientCustomizer {
  /**
   * Changes one tenant's builder.
   *
   * @param tenant the tenant being built
   * @param builder its builder, properties applied
   */
  void customize(String tenant, YinliClient.Builder builder);
}
