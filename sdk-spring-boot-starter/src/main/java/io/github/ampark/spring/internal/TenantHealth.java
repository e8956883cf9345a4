package io.github.ampark.spring.internal;

import io.github.ampark.spring.AmparkTenants;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One tenant's health, independent of the Boot version: its configuration builds a client. Details
 * never carry a secret (validation messages name the field, not its value).
 */
public final class TenantHealth {
  private TenantHealth() {}

  /**
   * Whether a tenant's configuration builds a client.
   *
   * @param tenants a vendor's tenants
   * @param tenant one of them
   * @return {@code null} when healthy, else what is wrong
   */
  public static String problem(AmparkTenants<?, ?> tenants, String tenant) {
    try {
      tenants.client(tenant);
      return null;
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  /**
   * Configuration details for the health endpoint.
   *
   * @param tenants a vendor's tenants
   * @param tenant one of them
   * @return details for the health endpoint
   */
  public static Map<String, Object> details(AmparkTenants<?, ?> tenants, String tenant) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("vendor", tenants.vendor());
    d.put("tenant", tenant);
    d.put("checked", "configuration");
    return d;
  }

  /**
   * One tenant's health, configuration then (when asked) reachability.
   *
   * @param tenants a vendor's tenants
   * @param tenant one of them
   * @param health ampark.health.*
   * @return whether it is up, and the details
   */
  public static Map.Entry<Boolean, Map<String, Object>> check(AmparkTenants<?, ?> tenants, String tenant,
      io.github.ampark.spring.AmparkProperties.Health health) {
    Map<String, Object> d = details(tenants, tenant);
    String problem = problem(tenants, tenant);
    if (problem != null) {
      d.put("error", problem);
      return new java.util.AbstractMap.SimpleImmutableEntry<>(false, d);
    }
    if (!health.isReachability()) {
      return new java.util.AbstractMap.SimpleImmutableEntry<>(true, d);
    }
    AmparkTenants.Reachability r = tenants.reachability(tenant, health.getReachabilityTimeout());
    d.put("checked", r.status() == AmparkTenants.Reachability.Status.NOT_PROBED ? "configuration" : "configuration, reachability");
    d.putAll(r.details());
    return new java.util.AbstractMap.SimpleImmutableEntry<>(r.status() != AmparkTenants.Reachability.Status.DOWN, d);
  }
}
