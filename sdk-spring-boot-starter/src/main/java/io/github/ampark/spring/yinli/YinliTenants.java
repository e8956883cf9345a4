package io.github.ampark.spring.yinli;

import io.github.ampark.core.Nullable;
import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.spring.AmparkClientCustomizer;
import io.github.ampark.spring.AmparkTenants;
import io.github.ampark.spring.TenantLookup;
import io.github.ampark.yinli.YinliCallbacks;
import io.github.ampark.yinli.YinliClient;
import io.github.ampark.yinli.YinliCodec;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Yinli clients and 2.x call readers, one per tenant. Inject it to call Yinli for a tenant
 * ({@code yinliTenants.client("mall-sh").assets()...}); for a single tenant an auto-configured
 * {@link YinliClient} bean is there too.
 */
public final class YinliTenants extends AmparkTenants<YinliClient, YinliSettings> {
  private final List<AmparkClientCustomizer> common;
  private final List<YinliClientCustomizer> own;
  private final DuplicateGuard guard;
  private final @Nullable YinliCodecSteps steps;

  /**
   * For the auto-configuration.
   *
   * @param defaults the shared settings (a fresh copy each call)
   * @param configured a tenant named in the properties
   * @param configuredNames the names in the properties
   * @param lookups your lookups
   * @param common customizers for every client
   * @param own Yinli customizers
   * @param guard the duplicate guard 2.2 top-ups are booked once with
   * @param steps your custom envelope steps, or {@code null}
   */
  public YinliTenants(Supplier<YinliSettings> defaults, Function<String, Optional<YinliSettings>> configured,
      Set<String> configuredNames, List<TenantLookup<YinliSettings>> lookups, List<AmparkClientCustomizer> common,
      List<YinliClientCustomizer> own, DuplicateGuard guard, @Nullable YinliCodecSteps steps) {
    super("yinli", defaults, configured, configuredNames, lookups);
    this.common = common;
    this.own = own;
    this.guard = guard;
    this.steps = steps;
  }

  /**
   * Builds a tenant's client: its codec and settings, then every {@link AmparkClientCustomizer},
   * then every {@link YinliClientCustomizer}.
   *
   * @param tenant the tenant
   * @param settings its settings
   * @return the client
   */
  @Override
  protected YinliClient build(String tenant, YinliSettings settings) {
    return customized(tenant, settings.toBuilder(settings.toCodec(tenant, steps)), common, own, (c, b) -> c.customize(tenant, b)).build();
  }

  /**
   * A tenant's reader of Yinli's 2.x calls: its codec (your private key, Yinli's public key) and the
   * shared duplicate guard.
   *
   * @param tenant the tenant
   * @return its callbacks
   * @throws io.github.ampark.spring.UnknownTenantException if no properties or lookup know the tenant
   * @throws IllegalStateException if the tenant has no {@code codec.*} settings (2.x calls are
   *     always sealed)
   */
  public YinliCallbacks callbacks(String tenant) {
    return attached(tenant, "callbacks", t -> {
      YinliCodec codec = t.settings.toCodec(tenant, steps);
      if (codec == null) {
        throw new IllegalStateException("the yinli tenant " + tenant + " has no codec settings: 2.x calls are sealed"
            + " (set ampark.yinli[.tenants.<name>].codec.*)");
      }
      return YinliCallbacks.builder().codec(codec).duplicateGuard(guard).build();
    });
  }
}
