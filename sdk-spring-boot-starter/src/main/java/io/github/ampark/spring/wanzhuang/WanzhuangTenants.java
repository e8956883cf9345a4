package io.github.ampark.spring.wanzhuang;

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
 * The Wanzhuang clients, one per tenant. Inject it to call Wanzhuang for a tenant
 * ({@code wanzhuangTenants.client("north")}); for a single tenant an auto-configured {@link
 * WanzhuangClient} bean is there too.
 */
public final class WanzhuangTenants extends AmparkTenants<WanzhuangClient, WanzhuangSettings> {
  private final List<AmparkClientCustomizer> common;
  private final List<WanzhuangClientCustomizer> own;

  /**
   * For the auto-configuration.
   *
   * @param defaults the shared settings (a fresh copy each call)
   * @param configured a tenant named in the properties
   * @param configuredNames the names in the properties
   * @param lookups your lookups
   * @param common customizers for every client
   * @param own Wanzhuang customizers
   */
  public WanzhuangTenants(Supplier<WanzhuangSettings> defaults, Function<String, Optional<WanzhuangSettings>> configured,
      Set<String> configuredNames, List<TenantLookup<WanzhuangSettings>> lookups,
      List<AmparkClientCustomizer> common, List<WanzhuangClientCustomizer> own) {
    super("wanzhuang", defaults, configured, configuredNames, lookups);
    this.common = common;
    this.own = own;
  }

  @Override
  protected WanzhuangClient build(String tenant, WanzhuangSettings settings) {
    WanzhuangClient.Builder b = settings.toBuilder();
    for (AmparkClientCustomizer c : common) {
      c.customize("wanzhuang", tenant, b);
    }
    for (WanzhuangClientCustomizer c : own) {
      c.customize(tenant, b);
    }
    return b.build();
  }

}
