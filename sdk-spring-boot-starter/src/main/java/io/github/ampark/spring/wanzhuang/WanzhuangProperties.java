package io.github.ampark.spring.wanzhuang;

import java.util.LinkedHashMap;
import java.util.Map;
import io.github.ampark.spring.CallbackEndpointProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * {@code ampark.wanzhuang.*}: the shared Wanzhuang settings, tenants and the callback endpoint.
 */
@ConfigurationProperties(prefix = "ampark.wanzhuang")
public class WanzhuangProperties extends WanzhuangSettings {
  /** Whether to auto-configure Wanzhuang when sdk-wanzhuang is on the classpath. */
  private boolean enabled = true;

  /** Named tenants: each is the shared settings with these overrides on top. */
  private Map<String, WanzhuangSettings> tenants = new LinkedHashMap<>();

  /** The callback endpoint (off unless a path is set). */
  @NestedConfigurationProperty
  private final CallbackEndpointProperties callback = new CallbackEndpointProperties();

  /** {@return whether Wanzhuang is auto-configured (default true)} */
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
  public Map<String, WanzhuangSettings> getTenants() {
    return tenants;
  }

  /**
   * Sets {@code tenants}: the named tenants.
   *
   * @param tenants the named tenants
   */
  public void setTenants(Map<String, WanzhuangSettings> tenants) {
    this.tenants = tenants;
  }

  /** {@return the callback endpoint settings} */
  public CallbackEndpointProperties getCallback() {
    return callback;
  }
}
