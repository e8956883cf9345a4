package io.github.ampark.spring.fourpyun;

import io.github.ampark.fourpyun.FourPyunClient;
import io.github.ampark.fourpyun.FourPyunHandler;
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
 * FourPyun, when sdk-4pyun is on the classpath: {@link FourPyunTenants} (a client and a callback
 * verifier per tenant), a {@link FourPyunClient} bean when the shared settings carry credentials, and
 * with {@code ampark.fourpyun.callback.path} the callback endpoint that dispatches to your {@link
 * FourPyunHandler} bean; with {@code ampark.fourpyun.push.path} the openapi push endpoint that
 * dispatches to your {@link FourPyunPushHandler} bean.
 */
@AutoConfiguration(after = AmparkAutoConfiguration.class)
@ConditionalOnClass(FourPyunClient.class)
@ConditionalOnProperty(prefix = "ampark.fourpyun", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(FourPyunProperties.class)
public class FourPyunAutoConfiguration {
  /**
   * The bean for the tenants.
   *
   * @param environment the environment (tenants are bound from it)
   * @param properties ampark.fourpyun.*
   * @param lookups your tenant lookups
   * @param common customizers for every client
   * @param own FourPyun customizers
   * @param guard the duplicate guard
   * @return the tenants
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public FourPyunTenants fourpyunTenants(Environment environment, FourPyunProperties properties,
      ObjectProvider<TenantLookup<FourPyunSettings>> lookups, ObjectProvider<AmparkClientCustomizer> common,
      ObjectProvider<FourPyunClientCustomizer> own, DuplicateGuard guard) {
    TenantProperties<FourPyunSettings> tenants = new TenantProperties<>(environment, "fourpyun", FourPyunSettings::new,
        properties.getTenants().keySet(), FourPyunSettings::hasCredentials);
    return new FourPyunTenants(tenants::defaults, tenants.lookup(), tenants.names(),
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
  @ConditionalOnExpression("'${ampark.fourpyun.app-secret:}' != ''")
  public FourPyunClient fourpyunClient(FourPyunTenants tenants) {
    return tenants.client(AmparkTenants.DEFAULT_TENANT);
  }

  /** The callback endpoint, with {@code ampark.fourpyun.callback.path}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
  @ConditionalOnProperty(prefix = "ampark.fourpyun.callback", name = "path")
  public static class Endpoint {
    /**
     * The bean for the endpoint (a servlet filter for its path).
     *
     * @param properties ampark.fourpyun.*
     * @param tenants the tenants
     * @param handlers your handler bean
     * @param listener the metrics listener, if any
     * @return the endpoint (a servlet filter for its path)
     */
    @Bean
    public CallbackEndpoint fourpyunCallbackEndpoint(FourPyunProperties properties, FourPyunTenants tenants,
        ObjectProvider<FourPyunHandler> handlers,
        ObjectProvider<io.github.ampark.core.AmparkListener> listener) {
      return CallbackEndpoint.forHandler("fourpyun", "ampark.fourpyun.callback.path", properties.getCallback().getPath(), 0, FourPyunHandler.class, handlers,
          (tenant, request, handler) -> tenants.callbacks(tenant).handle(request, handler), listener);
    }
  }

  /** The openapi push endpoint, with {@code ampark.fourpyun.push.path}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
  @ConditionalOnProperty(prefix = "ampark.fourpyun.push", name = "path")
  public static class PushEndpoint {
    /** For Spring. */
    public PushEndpoint() {}

    /**
     * The endpoint: {@code POST <path>[/<tenant>]}, verified with that tenant's app secret.
     *
     * @param properties ampark.fourpyun.*
     * @param tenants the tenants
     * @param handlers your push handler bean
     * @param listener the metrics listener, if any
     * @return the endpoint (a servlet filter for its path)
     */
    @Bean
    public CallbackEndpoint fourpyunPushEndpoint(FourPyunProperties properties, FourPyunTenants tenants,
        ObjectProvider<FourPyunPushHandler> handlers, ObjectProvider<io.github.ampark.core.AmparkListener> listener) {
      return CallbackEndpoint.forHandler("fourpyun", "ampark.fourpyun.push.path", properties.getPush().getPath(), 0, FourPyunPushHandler.class, handlers,
          (tenant, request, handler) -> tenants.callbacks(tenant).handleOpenApiPush(request, handler::onPush), listener);
    }
  }
}
