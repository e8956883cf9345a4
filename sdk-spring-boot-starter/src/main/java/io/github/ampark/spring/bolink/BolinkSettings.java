package io.github.ampark.spring.bolink;

import io.github.ampark.bolink.BolinkClient;
import io.github.ampark.bolink.BolinkEnvironment;
import io.github.ampark.bolink.model.OpenServiceTransport;
import io.github.ampark.core.IfAbsent;
import io.github.ampark.spring.ClientSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Bolink tenant's settings: {@code ampark.bolink.*} (shared) or {@code
 * ampark.bolink.tenants.<name>.*} (overrides on top of the shared ones). Secrets ({@code ukey},
 * park keys) never appear in {@link #toString()} or in actuator's {@code /configprops} and {@code
 * /env}.
 */
public class BolinkSettings extends ClientSettings {
  /** Your vendor number (union_id), e.g. 200666. */
  private Long unionId;

  /** The vendor key issued with your union_id (secret). */
  private String ukey;

  /** Park number (comid / park_id) to its park key (ckey, secret), for the cloud open API. */
  private Map<String, String> parkKeys = new LinkedHashMap<>();

  /** Bolink's hosts when no base-url is set. */
  private BolinkEnvironment environment = BolinkEnvironment.PRODUCTION;

  /** How /zld/openservice/* endpoints are sent. */
  private OpenServiceTransport openServiceTransport = OpenServiceTransport.CLOUD_BASE64_CKEY;

  /** What exitOrder does after a lost answer when a well-formed query proves Bolink has no such order. */
  private IfAbsent ifAbsent = IfAbsent.THROW;

  /** {@return the union_id, or {@code null}} */
  public Long getUnionId() {
    return unionId;
  }

  /**
   * Sets {@code union-id}: your union_id.
   *
   * @param unionId your union_id
   */
  public void setUnionId(Long unionId) {
    this.unionId = unionId;
  }

  /** {@return the ukey (secret: do not log it)} */
  public String getUkey() {
    return ukey;
  }

  /**
   * Sets {@code ukey}: the vendor key.
   *
   * @param ukey the vendor key
   */
  public void setUkey(String ukey) {
    this.ukey = ukey;
  }

  /** {@return park id to ckey (secrets: do not log them)} */
  public Map<String, String> getParkKeys() {
    return parkKeys;
  }

  /**
   * Sets {@code park-keys}: park id to ckey.
   *
   * @param parkKeys park id to ckey
   */
  public void setParkKeys(Map<String, String> parkKeys) {
    this.parkKeys = parkKeys;
  }

  /** {@return the environment (default PRODUCTION)} */
  public BolinkEnvironment getEnvironment() {
    return environment;
  }

  /**
   * Sets {@code environment}: TEST or PRODUCTION.
   *
   * @param environment TEST or PRODUCTION
   */
  public void setEnvironment(BolinkEnvironment environment) {
    this.environment = environment;
  }

  /** {@return the openservice transport (default CLOUD_BASE64_CKEY)} */
  public OpenServiceTransport getOpenServiceTransport() {
    return openServiceTransport;
  }

  /**
   * Sets {@code open-service-transport}: the openservice transport.
   *
   * @param openServiceTransport the openservice transport
   */
  public void setOpenServiceTransport(OpenServiceTransport openServiceTransport) {
    this.openServiceTransport = openServiceTransport;
  }

  /** {@return THROW (default) or RESEND} */
  public IfAbsent getIfAbsent() {
    return ifAbsent;
  }

  /**
   * Sets {@code if-absent}: THROW or RESEND.
   *
   * @param ifAbsent THROW or RESEND
   */
  public void setIfAbsent(IfAbsent ifAbsent) {
    this.ifAbsent = ifAbsent;
  }

  /** {@return whether credentials are set (the tenant exists)} */
  boolean hasCredentials() {
    return unionId != null || (ukey != null && !ukey.isEmpty());
  }

  /**
   * {@return a builder with these settings applied (missing credentials fail at {@code build()} with a {@link io.github.ampark.core.ValidationException} naming the field)}
   */
  public BolinkClient.Builder toBuilder() {
    BolinkClient.Builder b = BolinkClient.builder();
    if (unionId != null) {
      b.unionId(unionId);
    }
    if (ukey != null) {
      b.ukey(ukey);
    }
    if (parkKeys != null) {
      parkKeys.forEach(b::parkKey);
    }
    if (environment != null) {
      b.environment(environment);
    }
    if (openServiceTransport != null) {
      b.openServiceTransport(openServiceTransport);
    }
    if (ifAbsent != null) {
      b.ifAbsent(ifAbsent);
    }
    applyTo(b);
    return b;
  }

  @Override
  public String toString() {
    return "BolinkSettings{unionId=" + unionId + ", ukey=" + (ukey == null ? "null" : "****")
        + ", parks=" + (parkKeys == null ? "[]" : parkKeys.keySet()) + ", environment=" + environment
        + ", baseUrl=" + getBaseUrl() + "}";
  }
}
