package io.github.ampark.spring.fourpyun;

import io.github.ampark.spring.CallbackEndpointProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * {@code ampark.fourpyun.*}: the shared FourPyun settings, tenants, the gateway callback endpoint and
 * the openapi push endpoint.
 */
@ConfigurationProperties(prefix = "ampark.fourpyun")
public class FourPyunProperties extends FourPyunSettings {
  /** Whether to auto-configure FourPyun when sdk-4pyun is on the classpath. */
  private boolean enabled = true;

  /** Named tenants: each is the shared settings with these overrides on top. */
  private Map<String, FourPyunSettings> tenants = new LinkedHashMap<>();

  /** The callback endpoint (off unless a path is set). */
  @NestedConfigurationProperty
  private final CallbackEndpointProperties callback = new CallbackEndpointProperties();

  /** The openapi push endpoint (off unless a path is set); pushes are verified with app-secret. */
  @NestedConfigurationProperty
  private final CallbackEndpointProperties push = new CallbackEndpointProperties();

  /** {@return whether FourPyun is auto-configured (default true)} */
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
  public Map<String, FourPyunSettings> getTenants() {
    return tenants;
  }

  /**
   * Sets {@code tenants}: the named tenants.
   *
   * @param tenants the named tenants
   */
  public void setTenants(Map<String, FourPyunSettings> tenants) {
    this.tenants = tenants;
  }

  /** {@return the callback endpoint settings} */
  public CallbackEndpointProperties getCallback() {
    return callback;
  }

  /** {@return the openapi push endpoint settings} */
  public CallbackEndpointProperties getPush() {
    return push;
  }
}
