package io.github.ampark.spring.yinli;

import io.github.ampark.core.AmparkListener;
import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.spring.AmparkAutoConfiguration;
import io.github.ampark.spring.AmparkClientCustomizer;
import io.github.ampark.spring.AmparkTenants;
import io.github.ampark.spring.TenantLookup;
import io.github.ampark.spring.internal.CallbackEndpoint;
import io.github.ampark.spring.internal.TenantProperties;
import io.github.ampark.yinli.YinliClient;
import io.github.ampark.yinli.YinliHandler;
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
 * Yinli, when sdk-yinli is on the classpath: {@link YinliTenants} (a client and a 2.x call reader
 * per tenant), a {@link YinliClient} bean when the shared settings carry a base URL, and with {@code
 * ampark.yinli.callback.path} the endpoint serving Yinli's 2.x calls ({@code POST
 * <path>/[<tenant>/]<kind>}) with your {@link YinliHandler} bean. A configured tenant that asks for
 * a {@code custom} envelope step without a {@link YinliCodecSteps} bean fails the startup.
 */
@AutoConfiguration(after = AmparkAutoConfiguration.class)
@ConditionalOnClass(YinliClient.class)
@ConditionalOnProperty(prefix = "ampark.yinli", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(YinliProperties.class)
public class YinliAutoConfiguration {
  /** For Spring. */
  public YinliAutoConfiguration() {}

  /**
   * The Yinli tenants; checks at startup that every configured tenant asking for a {@code custom}
   * step has a {@link YinliCodecSteps} bean.
   *
   * @param environment the environment (tenants are bound from it)
   * @param properties ampark.yinli.*
   * @param lookups your tenant lookups
   * @param common customizers for every client
   * @param own Yinli customizers
   * @param guard the duplicate guard
   * @param steps your custom envelope steps, if any
   * @return the tenants
   * @throws IllegalStateException if a configured tenant needs {@link YinliCodecSteps} and there is none
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public YinliTenants yinliTenants(Environment environment, YinliProperties properties,
      ObjectProvider<TenantLookup<YinliSettings>> lookups, ObjectProvider<AmparkClientCustomizer> common,
      ObjectProvider<YinliClientCustomizer> own, DuplicateGuard guard, ObjectProvider<YinliCodecSteps> steps) {
    TenantProperties<YinliSettings> tenants = new TenantProperties<>(environment, "yinli", YinliSettings::new,
        properties.getTenants().keySet(), YinliSettings::hasCredentials);
    YinliCodecSteps custom = steps.getIfUnique();
    if (custom == null) {
      for (String name : tenants.names()) {
        if (tenants.lookup().apply(name).map(YinliSettings::needsCustomSteps).orElse(false)) {
          throw new IllegalStateException("the yinli tenant " + name + " sets codec.cipher or codec.signature to custom,"
              + " but there is no single YinliCodecSteps bean to make that step: declare one, or choose a ready step");
        }
      }
    }
    return new YinliTenants(tenants::defaults, tenants.lookup(), tenants.names(),
        lookups.orderedStream().collect(Collectors.toList()),
        common.orderedStream().collect(Collectors.toList()),
        own.orderedStream().collect(Collectors.toList()), guard, custom);
  }

  /**
   * The single-tenant client bean.
   *
   * @param tenants the tenants
   * @return the client of the tenant {@code default} (the shared settings)
   */
  @Bean(destroyMethod = "")
  @ConditionalOnMissingBean
  @ConditionalOnExpression("'${ampark.yinli.base-url:}' != ''")
  public YinliClient yinliClient(YinliTenants tenants) {
    return tenants.client(AmparkTenants.DEFAULT_TENANT);
  }

  /** The 2.x endpoint, with {@code ampark.yinli.callback.path}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
  @ConditionalOnProperty(prefix = "ampark.yinli.callback", name = "path")
  public static class Endpoint {
    /** For Spring. */
    public Endpoint() {}

    /**
     * The endpoint: {@code <path>/<kind>} for the tenant {@code default}, {@code
     * <path>/<tenant>/<kind>} for the others; the kind ({@code deviceInfo}, {@code payElec}, …) is
     * the last segment, read by {@code YinliCallbacks}.
     *
     * @param properties ampark.yinli.*
     * @param tenants the tenants
     * @param handlers your handler bean
     * @param listener the metrics listener, if any
     * @return the endpoint (a servlet filter for its path)
     */
    @Bean
    public CallbackEndpoint yinliCallbackEndpoint(YinliProperties properties, YinliTenants tenants,
        ObjectProvider<YinliHandler> handlers, ObjectProvider<AmparkListener> listener) {
      return CallbackEndpoint.forHandler("yinli", "ampark.yinli.callback.path", properties.getCallback().getPath(), 1, YinliHandler.class, handlers,
          (tenant, request, handler) -> tenants.callbacks(tenant).handle(request, request.path(), handler), listener);
    }
  }
}
