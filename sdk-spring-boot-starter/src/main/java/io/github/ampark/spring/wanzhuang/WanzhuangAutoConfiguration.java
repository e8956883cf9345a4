package io.github.ampark.spring.wanzhuang;

import io.github.ampark.wanzhuang.WanzhuangClient;
import io.github.ampark.spring.AmparkAutoConfiguration;
import io.github.ampark.spring.AmparkClientCustomizer;
import io.github.ampark.spring.AmparkTenants;
import io.github.ampark.spring.TenantLookup;
import io.github.ampark.spring.internal.TenantProperties;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Wanzhuang, when sdk-wanzhuang is on the classpath: {@link WanzhuangTenants} (a client and a callback
 * per tenant) and a {@link WanzhuangClient} bean when the shared settings carry credentials.
 */
@AutoConfiguration(after = AmparkAutoConfiguration.class)
@ConditionalOnClass(WanzhuangClient.class)
@ConditionalOnProperty(prefix = "ampark.wanzhuang", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(WanzhuangProperties.class)
public class WanzhuangAutoConfiguration {
  /**
   * @param environment the environment (tenants are bound from it)
   * @param properties ampark.wanzhuang.*
   * @param lookups your tenant lookups
   * @param common customizers for every client
   * @param own Wanzhuang customizers
   * @return the tenants
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public WanzhuangTenants wanzhuangTenants(Environment environment, WanzhuangProperties properties,
      ObjectProvider<TenantLookup<WanzhuangSettings>> lookups, ObjectProvider<AmparkClientCustomizer> common,
      ObjectProvider<WanzhuangClientCustomizer> own) {
    TenantProperties<WanzhuangSettings> tenants = new TenantProperties<>(environment, "wanzhuang", WanzhuangSettings::new,
        properties.getTenants().keySet(), WanzhuangSettings::hasCredentials);
    return new WanzhuangTenants(tenants::defaults, tenants.lookup(), tenants.names(),
        lookups.orderedStream().collect(Collectors.toList()),
        common.orderedStream().collect(Collectors.toList()),
        own.orderedStream().collect(Collectors.toList()));
  }

  /**
   * @param tenants the tenants
   * @return the client of the tenant {@code default} (the shared settings)
   */
  @Bean(destroyMethod = "")
  @ConditionalOnMissingBean
  @ConditionalOnExpression("'${ampark.wanzhuang.app-id:}' != ''")
  public WanzhuangClient wanzhuangClient(WanzhuangTenants tenants) {
    return tenants.client(AmparkTenants.DEFAULT_TENANT);
  }

}
