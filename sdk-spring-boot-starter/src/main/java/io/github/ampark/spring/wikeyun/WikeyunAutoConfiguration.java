package io.github.ampark.spring.wikeyun;

import io.github.ampark.wikeyun.WikeyunClient;
import io.github.ampark.wikeyun.WikeyunHandler;
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
 * Wikeyun, when sdk-wikeyun is on the classpath: {@link WikeyunTenants} (a client and a callback
 * verifier per tenant), a {@link WikeyunClient} bean when the shared settings carry credentials, and
 * with {@code ampark.wikeyun.callback.path} the callback endpoint that dispatches to your {@link
 * WikeyunHandler} bean.
 */
@AutoConfiguration(after = AmparkAutoConfiguration.class)
@ConditionalOnClass(WikeyunClient.class)
@ConditionalOnProperty(prefix = "ampark.wikeyun", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(WikeyunProperties.class)
public class WikeyunAutoConfiguration {
  /**
   * The bean for the tenants.
   *
   * @param environment the environment (tenants are bound from it)
   * @param properties ampark.wikeyun.*
   * @param lookups your tenant lookups
   * @param common customizers for every client
   * @param own Wikeyun customizers
   * @param guard the duplicate guard
   * @param verifier your callback signature verifier, if any
   * @return the tenants
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public WikeyunTenants wikeyunTenants(Environment environment, WikeyunProperties properties,
      ObjectProvider<TenantLookup<WikeyunSettings>> lookups, ObjectProvider<AmparkClientCustomizer> common,
      ObjectProvider<WikeyunClientCustomizer> own, DuplicateGuard guard,
      ObjectProvider<io.github.ampark.wikeyun.CallbackSignatureVerifier> verifier) {
    TenantProperties<WikeyunSettings> tenants = new TenantProperties<>(environment, "wikeyun", WikeyunSettings::new,
        properties.getTenants().keySet(), WikeyunSettings::hasCredentials);
    return new WikeyunTenants(tenants::defaults, tenants.lookup(), tenants.names(),
        lookups.orderedStream().collect(Collectors.toList()),
        common.orderedStream().collect(Collectors.toList()),
        own.orderedStream().collect(Collectors.toList()), guard, verifier.getIfAvailable());
  }

  /**
   * The bean for the client of the tenant {@code default} (the shared settings).
   *
   * @param tenants the tenants
   * @return the client of the tenant {@code default} (the shared settings)
   */
  @Bean(destroyMethod = "")
  @ConditionalOnMissingBean
  @ConditionalOnExpression("'${ampark.wikeyun.app-key:}' != ''")
  public WikeyunClient wikeyunClient(WikeyunTenants tenants) {
    return tenants.client(AmparkTenants.DEFAULT_TENANT);
  }

  /** The callback endpoint, with {@code ampark.wikeyun.callback.path}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
  @ConditionalOnProperty(prefix = "ampark.wikeyun.callback", name = "path")
  public static class Endpoint {
    /**
     * The bean for the endpoint (a servlet filter for its path).
     *
     * @param properties ampark.wikeyun.*
     * @param tenants the tenants
     * @param handlers your handler bean
     * @param listener the metrics listener, if any
     * @return the endpoint (a servlet filter for its path)
     */
    @Bean
    public CallbackEndpoint wikeyunCallbackEndpoint(WikeyunProperties properties, WikeyunTenants tenants,
        ObjectProvider<WikeyunHandler> handlers,
        ObjectProvider<io.github.ampark.core.AmparkListener> listener) {
      return CallbackEndpoint.forHandler("wikeyun", "ampark.wikeyun.callback.path", properties.getCallback().getPath(), 0, WikeyunHandler.class, handlers,
          (tenant, request, handler) -> tenants.callbacks(tenant).handle(request, handler), listener);
    }
  }
}
