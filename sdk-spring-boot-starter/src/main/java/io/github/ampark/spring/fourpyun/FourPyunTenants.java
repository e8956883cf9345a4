package io.github.ampark.spring.fourpyun;

import io.github.ampark.fourpyun.FourPyunCallbacks;
import io.github.ampark.fourpyun.FourPyunClient;
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
 * The FourPyun clients and callback verifiers, one per tenant. Inject it to call FourPyun for a tenant
 * ({@code fourpyunTenants.client("north")}); for a single tenant an auto-configured {@link
 * FourPyunClient} bean is there too.
 */
public final class FourPyunTenants extends AmparkTenants<FourPyunClient, FourPyunSettings> {
  private final List<AmparkClientCustomizer> common;
  private final List<FourPyunClientCustomizer> own;
  private final DuplicateGuard guard;

  /**
   * For the auto-configuration.
   *
   * @param defaults the shared settings (a fresh copy each call)
   * @param configured a tenant named in the properties
   * @param configuredNames the names in the properties
   * @param lookups your lookups
   * @param common customizers for every client
   * @param own FourPyun customizers
   * @param guard the duplicate guard callbacks use
   */
  public FourPyunTenants(Supplier<FourPyunSettings> defaults, Function<String, Optional<FourPyunSettings>> configured,
      Set<String> configuredNames, List<TenantLookup<FourPyunSettings>> lookups,
      List<AmparkClientCustomizer> common, List<FourPyunClientCustomizer> own, DuplicateGuard guard) {
    super("fourpyun", defaults, configured, configuredNames, lookups);
    this.common = common;
    this.own = own;
    this.guard = guard;
  }

  @Override
  protected FourPyunClient build(String tenant, FourPyunSettings settings) {
    return customized(tenant, settings.toBuilder(), common, own, (c, b) -> c.customize(tenant, b)).build();
  }

  /**
   * The reachability probe's read: the payment status ({@code parking/internal/payment}, SAFE) of
   * a {@code pay_partner} no one uses; P云 answers with its own code.
   *
   * @param client the tenant's client
   * @return the read in flight
   */
  @Override
  protected java.util.concurrent.CompletableFuture<?> probe(FourPyunClient client) {
    return client.payments().paymentStatusAsync("ampark-health-probe");
  }

  /** {@return the probe's description} */
  @Override
  protected String probeDescription() {
    return "parking/internal/payment of a pay_partner that does not exist";
  }

  /**
   * Returns its callback verifier (this tenant's keys, the shared duplicate guard).
   *
   * @param tenant the tenant
   * @return its callback verifier (this tenant's keys, the shared duplicate guard)
   * @throws io.github.ampark.spring.UnknownTenantException if no properties or lookup know the tenant
   */
  public FourPyunCallbacks callbacks(String tenant) {
    return attached(tenant, "callbacks", t -> {
      FourPyunCallbacks.Builder cb = FourPyunCallbacks.builder().duplicateGuard(guard);
      if (t.settings.getGatewayKey() != null) {
        cb.gatewayKey(t.settings.getGatewayKey());
      }
      if (t.settings.getAppSecret() != null) {
        cb.appSecret(t.settings.getAppSecret());
      }
      if (t.settings.getAppId() != null) {
        cb.appId(t.settings.getAppId());
      }
      return cb.build();
    });
  }
}
