package io.github.ampark.spring;

import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.spring.internal.GuardConfigurations;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The shared part of the starter: {@link AmparkProperties} and the {@link DuplicateGuard} every
 * vendor's callback endpoint uses. The guard is, in this order: a {@code DuplicateGuard} bean of
 * yours; sdk-guard-redis when it is on the classpath and {@code ampark.guard.redis.url} or a Lettuce
 * {@code RedisClient} bean is configured; sdk-guard-jdbc when it is on the classpath and there is a
 * {@code DataSource} bean; else the in-memory guard (one instance only; a warning is logged).
 * {@code ampark.guard.type} forces one and fails at startup if it cannot be had.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})
@EnableConfigurationProperties(AmparkProperties.class)
@Import({GuardConfigurations.Redis.class, GuardConfigurations.Jdbc.class, GuardConfigurations.Memory.class,
    GuardConfigurations.Sanitizing.class})
public class AmparkAutoConfiguration {
  /**
   * Gives every auto-configured client the {@link io.github.ampark.core.AmparkListener} bean, if there
   * is one (sdk-micrometer's, or yours); runs first, so your customizers can still change it.
   *
   * @param listener the listener bean, if any
   * @return the customizer
   */
  @org.springframework.context.annotation.Bean
  @org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
  public AmparkClientCustomizer amparkListenerCustomizer(
      org.springframework.beans.factory.ObjectProvider<io.github.ampark.core.AmparkListener> listener) {
    return (vendor, tenant, builder) -> {
      io.github.ampark.core.AmparkListener l = listener.getIfAvailable();
      if (l != null) {
        builder.listener(l);
      }
    };
  }
}
