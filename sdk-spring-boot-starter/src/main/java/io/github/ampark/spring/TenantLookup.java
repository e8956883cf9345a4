package io.github.ampark.spring;

import java.util.Optional;

/**
 * Where tenants come from besides {@code application.yml}: your database, a config service. Declare
 * a bean per vendor, e.g. {@code TenantLookup<BolinkSettings>}; the starter asks it, lazily, for a
 * tenant the properties do not name, and builds that tenant's client once. When a tenant's row
 * changes or goes away, call {@link AmparkTenants#remove(String)}: its client is closed and the next
 * use asks the lookup again.
 *
 * <pre>{@code
 * @Bean TenantLookup<BolinkSettings> bolinkTenants(ParkRepository parks, AmparkTenants<BolinkClient, BolinkSettings> bolink) {
 *   return name -> parks.findByCode(name).map(p -> {
 *     BolinkSettings s = bolink.defaults();           // ampark.bolink.* as the starting point
 *     s.setUnionId(p.unionId());
 *     s.setUkey(p.ukey());
 *     return s;
 *   });
 * }
 * }</pre>
 *
 * @param <S> the vendor's settings type
 */
@FunctionalInterface
public interface TenantLookup<S extends ClientSettings> {
  /**
   * Returns its settings, or empty if there is no such tenant; may be called from several threads.
   *
   * @param tenant the tenant's name (from the callback path or your code)
   * @return its settings, or empty if there is no such tenant; may be called from several threads
   */
  Optional<S> find(String tenant);
}
