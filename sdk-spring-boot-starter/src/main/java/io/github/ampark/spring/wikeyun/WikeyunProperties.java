package io.github.ampark.spring.wikeyun;

import io.github.ampark.spring.CallbackEndpointProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * {@code ampark.wikeyun.*}: the shared Wikeyun settings, tenants and the callback endpoint.
 */
@ConfigurationProperties(prefix = "ampark.wikeyun")
public class WikeyunProperties extends WikeyunSettings {
  /** Whether to auto-configure Wikeyun when sdk-wikeyun is on the classpath. */
  private boolean enabled = true;

  /** Named tenants: each is the shared settings with these overrides on top. */
  private Map<String, WikeyunSettings> tenants = new LinkedHashMap<>();

  /** The callback endpoint (off unless a path is set). */
  @NestedConfigurationProperty
  private final CallbackEndpointProperties callback = new CallbackEndpointProperties();

  /** {@return whether Wikeyun is auto-configured (default true)} */
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
  public Map<String, WikeyunSettings> getTenants() {
    return tenants;
  }

  /**
   * Sets {@code tenants}: the named tenants.
   *
   * @param tenants the named tenants
   */
  public void setTenants(Map<String, WikeyunSettings> tenants) {
    this.tenants = tenants;
  }

  /** {@return the callback endpoint settings} */
  public CallbackEndpointProperties getCallback() {
    return callback;
  }
}
