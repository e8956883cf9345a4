package io.github.ampark.spring.bolink;

import io.github.ampark.bolink.BolinkClient;
import io.github.ampark.bolink.BolinkHandler;
import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.spring.AmparkAutoConfiguration;
import io.github.ampark.spring.AmparkClientCustomizer;
import io.github.ampark.spring.AmparkTenants;
import io.github.ampark.spring.TenantLookup;
import io.github.ampark.spring.internal.CallbackEndpoint;
import io.github.ampark.spring.internal.TenantProperties;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Bolink, when sdk-bolink is on the classpath: {@link BolinkTenants} (a client and a callback
 * verifier per tenant), a {@link BolinkClient} bean when the shared settings carry credentials, and
 * with {@code ampark.bolink.callback.path} the callback endpoint that dispatches to your {@link
 * BolinkHandler} bean.
 */
@AutoConfiguration(after = AmparkAutoConfiguration.class)
@ConditionalOnClass(BolinkClient.class)
@ConditionalOnProperty(prefix = "ampark.bolink", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(BolinkProperties.class)
public class BolinkAutoConfiguration {
  /**
   * The bean for the tenants.
   *
   * @param environment the environment (tenants are bound from it)
   * @param properties ampark.bolink.*
   * @param lookups your tenant lookups
   * @param common customizers for every client
   * @param own Bolink customizers
   * @param guard the duplicate guard
   * @return the tenants
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public BolinkTenants bolinkTenants(Environment environment, BolinkProperties properties,
      ObjectProvider<TenantLookup<BolinkSettings>> lookups, ObjectProvider<AmparkClientCustomizer> common,
      ObjectProvider<BolinkClientCustomizer> own, DuplicateGuard guard) {
    TenantProperties<BolinkSettings> tenants = new TenantProperties<>(environment, "bolink", BolinkSettings::new,
        properties.getTenants().keySet(), BolinkSettings::hasCredentials);
    return new BolinkTenants(tenants::defaults, tenants.lookup(), tenants.names(),
        lookups.orderedStream().collect(Collectors.toList()),
        common.orderedStream().collect(Collectors.toList()),
        own.orderedStream().collect(Collectors.toList()), guard);
  }

  /**
   * The bean for the client of the tenant {@code default} (the shared settings).
   *
   * @param tenants the tenants
   * @return the client of the tenant {@code default} (the shared settings)
   */
  @Bean(destroyMethod = "")
  @ConditionalOnMissingBean
  @ConditionalOnExpression("'${ampark.bolink.ukey:}' != ''")
  public BolinkClient bolinkClient(BolinkTenants tenants) {
    return tenants.client(AmparkTenants.DEFAULT_TENANT);
  }

  /** The callback endpoint, with {@code ampark.bolink.callback.path}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
  @ConditionalOnProperty(prefix = "ampark.bolink.callback", name = "path")
  public static class Endpoint {
    /**
     * The bean for the endpoint (a servlet filter for its path).
     *
     * @param properties ampark.bolink.*
     * @param tenants the tenants
     * @param handlers your handler bean
     * @param listener the metrics listener, if any
     * @return the endpoint (a servlet filter for its path)
     */
    @Bean
    public CallbackEndpoint bolinkCallbackEndpoint(BolinkProperties properties, BolinkTenants tenants,
        ObjectProvider<BolinkHandler> handlers,
        ObjectProvider<io.github.ampark.core.AmparkListener> listener) {
      return CallbackEndpoint.forHandler("bolink", "ampark.bolink.callback.path", properties.getCallback().getPath(), 0, BolinkHandler.class, handlers,
          (tenant, request, handler) -> tenants.callbacks(tenant).handle(request, handler), listener);
    }
  }
}
