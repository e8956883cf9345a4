package io.github.ampark.spring.bolink;

import io.github.ampark.bolink.BolinkCallbacks;
import io.github.ampark.bolink.BolinkClient;
import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.spring.AmparkClientCustomizer;
import io.github.ampark.spring.AmparkTenants;
import io.github.ampark.spring.TenantLookup;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Bolink clients and callback verifiers, one per tenant. Inject it to call Bolink for a tenant
 * ({@code bolinkTenants.client("north")}); for a single tenant an auto-configured {@link
 * BolinkClient} bean is there too.
 */
public final class BolinkTenants extends AmparkTenants<BolinkClient, BolinkSettings> {
  private final List<AmparkClientCustomizer> common;
  private final List<BolinkClientCustomizer> own;
  private final DuplicateGuard guard;

  /**
   * For the auto-configuration.
   *
   * @param defaults the shared settings (a fresh copy each call)
   * @param configured a tenant named in the properties
   * @param configuredNames the names in the properties
   * @param lookups your lookups
   * @param common customizers for every client
   * @param own Bolink customizers
   * @param guard the duplicate guard callbacks use
   */
  public BolinkTenants(Supplier<BolinkSettings> defaults, Function<String, Optional<BolinkSettings>> configured,
      Set<String> configuredNames, List<TenantLookup<BolinkSettings>> lookups,
      List<AmparkClientCustomizer> common, List<BolinkClientCustomizer> own, DuplicateGuard guard) {
    super("bolink", defaults, configured, configuredNames, lookups);
    this.common = common;
    this.own = own;
    this.guard = guard;
  }

  @Override
  protected BolinkClient build(String tenant, BolinkSettings settings) {
    return customized(tenant, settings.toBuilder(), common, own, (c, b) -> c.customize(tenant, b)).build();
  }

  /**
   * Returns its callback verifier (its {@code ukey}, the shared duplicate guard).
   *
   * @param tenant the tenant
   * @return its callback verifier (its {@code ukey}, the shared duplicate guard)
   * @throws io.github.ampark.spring.UnknownTenantException if no properties or lookup know the tenant
   */
  public BolinkCallbacks callbacks(String tenant) {
    return attached(tenant, "callbacks", t -> BolinkCallbacks.builder()
        .ukey(t.settings.getUkey()).duplicateGuard(guard).build());
  }
}
