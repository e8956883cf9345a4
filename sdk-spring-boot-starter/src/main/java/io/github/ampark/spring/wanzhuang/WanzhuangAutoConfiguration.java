package io.github.ampark.spring.wanzhuang;

import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.spring.internal.CallbackEndpoint;
import io.github.ampark.wanzhuang.WanzhuangClient;
import io.github.ampark.wanzhuang.WanzhuangHandler;
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
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Wanzhuang, when sdk-wanzhuang is on the classpath: {@link WanzhuangTenants} (a client and a callback
 * reader per tenant), a {@link WanzhuangClient} bean when the shared settings carry credentials, and
 * with {@code ampark.wanzhuang.callback.path} the callback endpoint ({@code POST
 * <path>/[<tenant>/]<callback-token>/<kind>}) that dispatches to your {@link WanzhuangHandler} bean.
 */
@AutoConfiguration(after = AmparkAutoConfiguration.class)
@ConditionalOnClass(WanzhuangClient.class)
@ConditionalOnProperty(prefix = "ampark.wanzhuang", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(WanzhuangProperties.class)
public class WanzhuangAutoConfiguration {
  /** For Spring. */
  public WanzhuangAutoConfiguration() {}

  /**
   * The Wanzhuang tenants.
   *
   * @param environment the environment (tenants are bound from it)
   * @param properties ampark.wanzhuang.*
   * @param lookups your tenant lookups
   * @param common customizers for every client
   * @param own Wanzhuang customizers
   * @param guard the duplicate guard
   * @return the tenants
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public WanzhuangTenants wanzhuangTenants(Environment environment, WanzhuangProperties properties,
      ObjectProvider<TenantLookup<WanzhuangSettings>> lookups, ObjectProvider<AmparkClientCustomizer> common,
      ObjectProvider<WanzhuangClientCustomizer> own, DuplicateGuard guard) {
    TenantProperties<WanzhuangSettings> tenants = new TenantProperties<>(environment, "wanzhuang", WanzhuangSettings::new,
        properties.getTenants().keySet(), WanzhuangSettings::hasCredentials);
    return new WanzhuangTenants(tenants::defaults, tenants.lookup(), tenants.names(),
        lookups.orderedStream().collect(Collectors.toList()),
        common.orderedStream().collect(Collectors.toList()),
        own.orderedStream().collect(Collectors.toList()), guard);
  }

  /**
   * The single-tenant client bean.
   *
   * @param tenants the tenants
   * @return the client of the tenant {@code default} (the shared settings)
   */
  @Bean(destroyMethod = "")
  @ConditionalOnMissingBean
  @ConditionalOnExpression("'${ampark.wanzhuang.app-id:}' != ''")
  public WanzhuangClient wanzhuangClient(WanzhuangTenants tenants) {
    return tenants.client(AmparkTenants.DEFAULT_TENANT);
  }

  /** The callback endpoint, with {@code ampark.wanzhuang.callback.path}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
  @ConditionalOnProperty(prefix = "ampark.wanzhuang.callback", name = "path")
  public static class Endpoint {
    /** For Spring. */
    public Endpoint() {}

    /**
     * The endpoint: {@code <path>/<token>/<kind>} for the tenant {@code default}, {@code
     * <path>/<tenant>/<token>/<kind>} for the others; the token, source and kind are checked by
     * {@code WanzhuangCallbacks}.
     *
     * @param properties ampark.wanzhuang.*
     * @param tenants the tenants
     * @param handlers your handler bean
     * @param listener the metrics listener, if any
     * @return the endpoint (a servlet filter for its path)
     */
    @Bean
    public CallbackEndpoint wanzhuangCallbackEndpoint(WanzhuangProperties properties, WanzhuangTenants tenants,
        ObjectProvider<WanzhuangHandler> handlers, ObjectProvider<io.github.ampark.core.AmparkListener> listener) {
      return CallbackEndpoint.forHandler("wanzhuang", "ampark.wanzhuang.callback.path", properties.getCallback().getPath(), 2, WanzhuangHandler.class, handlers,
          (tenant, request, handler) -> tenants.callbacks(tenant).handle(request, handler), listener);
    }
  }
}
