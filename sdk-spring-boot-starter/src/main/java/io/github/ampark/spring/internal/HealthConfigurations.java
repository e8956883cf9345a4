package io.github.ampark.spring.internal;

import io.github.ampark.spring.AmparkTenants;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * {@code ampark.health.enabled=true}: a health contributor {@code ampark} with one indicator per
 * vendor and tenant ({@code ampark.bolink.north}), on Boot 3's or Boot 4's health API, whichever is
 * present.
 */
@AutoConfiguration(afterName = {"io.github.ampark.spring.bolink.BolinkAutoConfiguration",
    "io.github.ampark.spring.wikeyun.WikeyunAutoConfiguration", "io.github.ampark.spring.fourpyun.FourPyunAutoConfiguration",
    "io.github.ampark.spring.wanzhuang.WanzhuangAutoConfiguration", "io.github.ampark.spring.yinli.YinliAutoConfiguration"})
@ConditionalOnProperty(prefix = "ampark.health", name = "enabled", havingValue = "true")
@Import({HealthConfigurations.Boot3.class, HealthConfigurations.Boot4.class})
public class HealthConfigurations {
  /** Boot 3: org.springframework.boot.actuate.health. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.health.CompositeHealthContributor")
  public static class Boot3 {
    /**
     * @param all every vendor's tenants
     * @param properties ampark.* (health.reachability)
     * @return the contributor
     */
    @Bean
    public org.springframework.boot.actuate.health.CompositeHealthContributor amparkHealthContributor(
        ObjectProvider<AmparkTenants<?, ?>> all, io.github.ampark.spring.AmparkProperties properties) {
      Map<String, org.springframework.boot.actuate.health.HealthContributor> vendors = new LinkedHashMap<>();
      all.orderedStream().forEach(tenants -> {
        Map<String, org.springframework.boot.actuate.health.HealthIndicator> each = new LinkedHashMap<>();
        for (String tenant : tenants.configuredTenants()) {
          each.put(tenant, () -> {
            Map.Entry<Boolean, Map<String, Object>> check = TenantHealth.check(tenants, tenant, properties.getHealth());
            return (check.getKey() ? org.springframework.boot.actuate.health.Health.up() : org.springframework.boot.actuate.health.Health.down())
                .withDetails(check.getValue()).build();
          });
        }
        vendors.put(tenants.vendor(), org.springframework.boot.actuate.health.CompositeHealthContributor.fromMap(each));
      });
      return org.springframework.boot.actuate.health.CompositeHealthContributor.fromMap(vendors);
    }
  }

  /** Boot 4: org.springframework.boot.health.contributor. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.health.contributor.CompositeHealthContributor")
  @org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass(
      "org.springframework.boot.actuate.health.CompositeHealthContributor")
  public static class Boot4 {
    /**
     * @param all every vendor's tenants
     * @param properties ampark.* (health.reachability)
     * @return the contributor
     */
    @Bean
    public org.springframework.boot.health.contributor.CompositeHealthContributor amparkHealthContributor(
        ObjectProvider<AmparkTenants<?, ?>> all, io.github.ampark.spring.AmparkProperties properties) {
      Map<String, org.springframework.boot.health.contributor.HealthContributor> vendors = new LinkedHashMap<>();
      all.orderedStream().forEach(tenants -> {
        Map<String, org.springframework.boot.health.contributor.HealthIndicator> each = new LinkedHashMap<>();
        for (String tenant : tenants.configuredTenants()) {
          each.put(tenant, () -> {
            Map.Entry<Boolean, Map<String, Object>> check = TenantHealth.check(tenants, tenant, properties.getHealth());
            return (check.getKey() ? org.springframework.boot.health.contributor.Health.up() : org.springframework.boot.health.contributor.Health.down())
                .withDetails(check.getValue()).build();
          });
        }
        vendors.put(tenants.vendor(), org.springframework.boot.health.contributor.CompositeHealthContributor.fromMap(each));
      });
      return org.springframework.boot.health.contributor.CompositeHealthContributor.fromMap(vendors);
    }
  }
}
