package io.github.ampark.spring.bolink;

import io.github.ampark.spring.CallbackEndpointProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * {@code ampark.bolink.*}: the shared Bolink settings, tenants and the callback endpoint.
 *
 * <pre>
 * ampark.bolink.union-id=200666
 * ampark.bolink.ukey=${BOLINK_UKEY}
 * ampark.bolink.tenants.north.park-keys.dlytest_no=${NORTH_CKEY}
 * ampark.bolink.tenants.south.union-id=200777
 * ampark.bolink.tenants.south.ukey=${SOUTH_UKEY}
 * ampark.bolink.callback.path=/callbacks/bolink
 * </pre>
 */
@ConfigurationProperties(prefix = "ampark.bolink")
public class BolinkProperties extends BolinkSettings {
  /** Whether to auto-configure Bolink when sdk-bolink is on the classpath. */
  private boolean enabled = true;

  /** Named tenants: each is the shared settings with these overrides on top. */
  private Map<String, BolinkSettings> tenants = new LinkedHashMap<>();

  /** The callback endpoint (off unless a path is set). */
  @NestedConfigurationProperty
  private final CallbackEndpointProperties callback = new CallbackEndpointProperties();

  /** {@return whether Bolink is auto-configured (default true)} */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Sets {@code enabled}: false to switch the auto-configuration off.
   *
   * @param enabled false to switch the auto-configuration off
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** {@return the named tenants} */
  public Map<String, BolinkSettings> getTenants() {
    return tenants;
  }

  /**
   * Sets {@code tenants}: the named tenants.
   *
   * @param tenants the named tenants
   */
  public void setTenants(Map<String, BolinkSettings> tenants) {
    this.tenants = tenants;
  }

  /** {@return the callback endpoint settings} */
  public CallbackEndpointProperties getCallback() {
    return callback;
  }
}
