package io.github.ampark.spring;

import io.github.ampark.core.Checks;
import java.util.NoSuchElementException;

/**
 * Asked for a tenant that neither {@code ampark.<vendor>.tenants.*} nor any {@link TenantLookup}
 * knows. Never a {@code null} client.
 */
public final class UnknownTenantException extends NoSuchElementException {
  private static final long serialVersionUID = 1L;

  /** The vendor asked for, e.g. {@code bolink}. */
  private final String vendor;
  /** The tenant name asked for. */
  private final String tenant;

  /**
   * Creates the exception for a tenant that neither the properties nor a lookup know.
   *
   * @param vendor e.g. {@code bolink}
   * @param tenant the name asked for
   */
  public UnknownTenantException(String vendor, String tenant) {
    super("no " + vendor + " tenant " + Checks.echo(tenant) + ": configure ampark." + vendor
        + ".tenants.<name>.* or provide a TenantLookup bean that knows it");
    this.vendor = vendor;
    this.tenant = tenant;
  }

  /** {@return the vendor, e.g. {@code bolink}} */
  public String vendor() {
    return vendor;
  }

  /** {@return the tenant name asked for} */
  public String tenant() {
    return tenant;
  }
}
