package io.github.ampark.spring.yinli;

import io.github.ampark.spring.CallbackEndpointProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * {@code ampark.yinli.*}: the shared Yinli settings, tenants and the 2.x endpoint.
 */
@ConfigurationProperties(prefix = "ampark.yinli")
public class YinliProperties extends YinliSettings {
  /** Whether to auto-configure Yinli when sdk-yinli is on the classpath. */
  private boolean enabled = true;

  /** Named tenants: each is the shared settings with these overrides on top. */
  private Map<String, YinliSettings> tenants = new LinkedHashMap<>();

  /** The endpoint serving Yinli's 2.x calls (off unless a path is set): POST path/[tenant/]kind. */
  @NestedConfigurationProperty
  private final CallbackEndpointProperties callback = new CallbackEndpointProperties();

  /** For Spring's binding. */
  public YinliProperties() {}

  /** {@return whether Yinli is auto-configured (default true)} */
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
  public Map<String, YinliSettings> getTenants() {
    return tenants;
  }

  /**
   * Sets {@code tenants}: the named tenants.
   *
   * @param tenants the named tenants
   */
  public void setTenants(Map<String, YinliSettings> tenants) {
    this.tenants = tenants;
  }

  /** {@return the 2.x endpoint settings} */
  public CallbackEndpointProperties getCallback() {
    return callback;
  }
}
