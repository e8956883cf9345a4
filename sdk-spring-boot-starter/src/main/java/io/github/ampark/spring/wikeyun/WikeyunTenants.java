package io.github.ampark.spring.wikeyun;

import io.github.ampark.wikeyun.WikeyunCallbacks;
import io.github.ampark.wikeyun.WikeyunClient;
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
 * The Wikeyun clients and callback verifiers, one per tenant. Inject it to call Wikeyun for a tenant
 * ({@code wikeyunTenants.client("north")}); for a single tenant an auto-configured {@link
 * WikeyunClient} bean is there too.
 */
public final class WikeyunTenants extends AmparkTenants<WikeyunClient, WikeyunSettings> {
  private final List<AmparkClientCustomizer> common;
  private final List<WikeyunClientCustomizer> own;
  private final DuplicateGuard guard;
  private final io.github.ampark.wikeyun.CallbackSignatureVerifier verifier;

  /**
   * For the auto-configuration.
   *
   * @param defaults the shared settings (a fresh copy each call)
   * @param configured a tenant named in the properties
   * @param configuredNames the names in the properties
   * @param lookups your lookups
   * @param common customizers for every client
   * @param own Wikeyun customizers
   * @param guard the duplicate guard callbacks use
   * @param verifier the callback signature verifier bean, or null (the sign rule is UNKNOWN)
   */
  public WikeyunTenants(Supplier<WikeyunSettings> defaults, Function<String, Optional<WikeyunSettings>> configured,
      Set<String> configuredNames, List<TenantLookup<WikeyunSettings>> lookups,
      List<AmparkClientCustomizer> common, List<WikeyunClientCustomizer> own, DuplicateGuard guard, io.github.ampark.wikeyun.CallbackSignatureVerifier verifier) {
    super("wikeyun", defaults, configured, configuredNames, lookups);
    this.common = common;
    this.own = own;
    this.guard = guard;
    this.verifier = verifier;
  }

  @Override
  protected WikeyunClient build(String tenant, WikeyunSettings settings) {
    return customized(tenant, settings.toBuilder(), common, own, (c, b) -> c.customize(tenant, b)).build();
  }

  /**
   * The reachability probe's read: {@code rest/Power/cardInfo} of a card id no one has ({@link
   * Long#MAX_VALUE}); Wikeyun answers with its "no such card" code.
   *
   * @param client the tenant's client
   * @return the read in flight
   */
  @Override
  protected java.util.concurrent.CompletableFuture<?> probe(WikeyunClient client) {
    return client.power().cardInfoAsync(io.github.ampark.wikeyun.model.CardInfoRequest.of(Long.MAX_VALUE));
  }

  /** {@return the probe's description} */
  @Override
  protected String probeDescription() {
    return "rest/Power/cardInfo of a card that does not exist";
  }

  /**
   * Returns its callback verifier (this tenant's keys, the shared duplicate guard).
   *
   * @param tenant the tenant
   * @return its callback verifier (this tenant's keys, the shared duplicate guard)
   * @throws io.github.ampark.spring.UnknownTenantException if no properties or lookup know the tenant
   */
  public WikeyunCallbacks callbacks(String tenant) {
    return attached(tenant, "callbacks", t -> {
      WikeyunCallbacks.Builder cb = WikeyunCallbacks.builder(t.client).duplicateGuard(guard);
      if (verifier != null) {
        cb.signatureVerifier(verifier);
      }
      return cb.build();
    });
  }
}
