package io.github.ampark.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.spring.bolink.BolinkAutoConfiguration;
import io.github.ampark.spring.internal.HealthConfigurations;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Health per tenant: off by default; on, a complete tenant is UP and an incomplete one DOWN naming the field. */
class HealthTest {
  final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(AmparkAutoConfiguration.class, BolinkAutoConfiguration.class,
          HealthConfigurations.class))
      .withPropertyValues("ampark.bolink.tenants.good.union-id=1", "ampark.bolink.tenants.good.ukey=k",
          "ampark.bolink.tenants.bad.union-id=2");

  @Test
  void offByDefault() {
    runner.run(ctx -> assertThat(ctx).doesNotHaveBean(CompositeHealthContributor.class));
  }

  @Test
  void eachConfiguredTenantHasAnIndicator() {
    runner.withPropertyValues("ampark.health.enabled=true").run(ctx -> {
      CompositeHealthContributor ampark = ctx.getBean("amparkHealthContributor", CompositeHealthContributor.class);
      CompositeHealthContributor bolink = (CompositeHealthContributor) ampark.getContributor("bolink");
      Health good = ((HealthIndicator) bolink.getContributor("good")).health();
      Health bad = ((HealthIndicator) bolink.getContributor("bad")).health();
      assertThat(good.getStatus()).isEqualTo(Status.UP);
      assertThat(bad.getStatus()).isEqualTo(Status.DOWN);
      assertThat(String.valueOf(bad.getDetails().get("error"))).contains("ukey");
    });
  }
}
