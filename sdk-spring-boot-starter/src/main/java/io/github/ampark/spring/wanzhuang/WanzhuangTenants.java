package io.github.ampark.spring.wanzhuang;

import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.wanzhuang.WanzhuangCallbacks;
import io.github.ampark.wanzhuang.WanzhuangClient;
import io.github.ampark.spring.AmparkClientCustomizer;
import io.github.ampark.spring.AmparkTenants;
import io.github.ampark.spring.TenantLookup;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Wanzhuang clients and callback readers, one per tenant. Inject it to call Wanzhuang for a tenant
 * ({@code wanzhuangTenants.client("north")}); for a single tenant an auto-configured {@link
 * WanzhuangClient} bean is there too.
 */
public final class WanzhuangTenants extends AmparkTenants<WanzhuangClient, WanzhuangSettings> {
  private final List<AmparkClientCustomizer> common;
  private final List<WanzhuangClientCustomizer> own;
  private final DuplicateGuard guard;

  /**
   * For the auto-configuration.
   *
   * @param defaults the shared settings (a fresh copy each call)
   * @param configured a tenant named in the properties
   * @param configuredNames the names in the properties
   * @param lookups your lookups
   * @param common customizers for every client
   * @param own Wanzhuang customizers
   * @param guard the duplicate guard callbacks use
   */
  public WanzhuangTenants(Supplier<WanzhuangSettings> defaults, Function<String, Optional<WanzhuangSettings>> configured,
      Set<String> configuredNames, List<TenantLookup<WanzhuangSettings>> lookups,
      List<AmparkClientCustomizer> common, List<WanzhuangClientCustomizer> own,
      DuplicateGuard guard) {
    super("wanzhuang", defaults, configured, configuredNames, lookups);
    this.common = common;
    this.own = own;
    this.guard = guard;
  }

  /**
   * Builds a tenant's client: its settings, then every {@link AmparkClientCustomizer}, then every
   * {@link WanzhuangClientCustomizer}.
   *
   * @param tenant the tenant
   * @param settings its settings
   * @return the client
   */
  @Override
  protected WanzhuangClient build(String tenant, WanzhuangSettings settings) {
    return customized(tenant, settings.toBuilder(), common, own, (c, b) -> c.customize(tenant, b)).build();
  }


  /**
   * A tenant's callback reader: its path token and allowed sources, the shared duplicate guard, and
   * its client for {@code confirmStart}/{@code confirmFinish}.
   *
   * @param tenant the tenant
   * @return its callbacks
   * @throws io.github.ampark.spring.UnknownTenantException if no properties or lookup know the tenant
   * @throws IllegalStateException if the tenant has no {@code callback-token} (Wanzhuang signs no
   *     callback: without a secret path segment anyone could post one)
   */
  public WanzhuangCallbacks callbacks(String tenant) {
    return attached(tenant, "callbacks", t -> {
      String token = t.settings.getCallbackToken();
      if (token == null || token.isEmpty()) {
        throw new IllegalStateException("the wanzhuang tenant " + tenant + " has no callback-token: its callbacks"
            + " are refused (Wanzhuang signs none; set ampark.wanzhuang[.tenants.<name>].callback-token)");
      }
      WanzhuangCallbacks.Builder cb = WanzhuangCallbacks.builder().pathToken(token).duplicateGuard(guard).client(t.client);
      List<String> sources = t.settings.getCallbackAllowedSources();
      if (sources != null && !sources.isEmpty()) {
        cb.allowSources(sources.toArray(new String[0]));
      }
      return cb.build();
    });
  }
}
