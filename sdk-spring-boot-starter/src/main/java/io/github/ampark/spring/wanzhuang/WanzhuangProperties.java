package io.github.ampark.spring.wanzhuang;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ampark.wanzhuang.*}: the shared Wanzhuang settings and tenants.
 */
@ConfigurationProperties(prefix = "ampark.wanzhuang")
public class WanzhuangProperties extends WanzhuangSettings {
  /** Whether to auto-configure Wanzhuang when sdk-wanzhuang is on the classpath. */
  private boolean enabled = true;

  /** Named tenants: each is the shared settings with these overrides on top. */
  private Map<String, WanzhuangSettings> tenants = new LinkedHashMap<>();

  /** @return whether Wanzhuang is auto-configured (default true) */
  public boolean isEnabled() {
    return enabled;
  }

  /** @param enabled false to switch the auto-configuration off */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** @return the named tenants */
  public Map<String, WanzhuangSettings> getTenants() {
    return tenants;
  }

  /** @param tenants the named tenants */
  public void setTenants(Map<String, WanzhuangSettings> tenants) {
    this.tenants = tenants;
  }
}
