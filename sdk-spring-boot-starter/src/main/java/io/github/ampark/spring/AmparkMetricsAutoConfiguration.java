package io.github.ampark.spring;

import io.github.ampark.core.AmparkListener;
import io.github.ampark.micrometer.MicrometerListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Metrics and traces: with {@code sdk-micrometer} on the classpath and Boot's {@code
 * ObservationRegistry} and {@code MeterRegistry} (Spring Boot Actuator), an {@link AmparkListener}
 * bean ({@link MicrometerListener}) that every auto-configured client and callback endpoint reports
 * to. Declare your own {@code AmparkListener} bean instead to replace it; {@code
 * ampark.metrics.enabled=false} turns it off.
 */
@AutoConfiguration(before = AmparkAutoConfiguration.class, afterName = {
    "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
    "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration"})
@ConditionalOnClass(name = {"io.github.ampark.micrometer.MicrometerListener",
    "io.micrometer.observation.ObservationRegistry", "io.micrometer.core.instrument.MeterRegistry"})
@ConditionalOnProperty(prefix = "ampark.metrics", name = "enabled", matchIfMissing = true)
public class AmparkMetricsAutoConfiguration {
  /**
   * The bean for the listener every client and endpoint reports to.
   *
   * @param observations Boot's observation registry
   * @param meters Boot's meter registry
   * @return the listener every client and endpoint reports to
   */
  @Bean
  @ConditionalOnMissingBean(AmparkListener.class)
  @ConditionalOnBean({ObservationRegistry.class, MeterRegistry.class})
  public MicrometerListener amparkMicrometerListener(ObservationRegistry observations, MeterRegistry meters) {
    return MicrometerListener.create(observations, meters);
  }
}
