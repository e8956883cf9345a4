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
}
