package io.github.ampark.spring.wikeyun;

import io.github.ampark.wikeyun.WikeyunClient;
import io.github.ampark.wikeyun.WikeyunEnvironment;
import io.github.ampark.spring.ClientSettings;

/**
 * One Wikeyun tenant's settings: {@code ampark.wikeyun.*} (shared) or {@code
 * ampark.wikeyun.tenants.<name>.*} (overrides on top of the shared ones). Secrets never appear in
 * {@link #toString()} or in actuator's {@code /configprops} and {@code /env}.
 */
public class WikeyunSettings extends ClientSettings {
  /** Your app key (app_key), e.g. 1000001. */
  private String appKey;

  /** Your app secret (secret). */
  private String appSecret;

  /** Your store id (store_id); needed by callbacks, which confirm with rest/Power/query. */
  private String storeId;

  /** The client_ip sent with orders. */
  private String clientIp;

  /** What pushOrder does after a lost answer when a well-formed query proves Wikeyun has no such order. */
  private io.github.ampark.core.IfAbsent ifAbsent = io.github.ampark.core.IfAbsent.THROW;

  /** Wikeyun's hosts when no base-url is set. */
  private WikeyunEnvironment environment = WikeyunEnvironment.PRODUCTION;

  /** {@return appKey} */
  public String getAppKey() {
    return appKey;
  }

  /**
   * Sets {@code app-key}: your app key (app_key), e.g. 1000001.
   *
   * @param appKey your app key (app_key), e.g. 1000001
   */
  public void setAppKey(String appKey) {
    this.appKey = appKey;
  }

  /** {@return appSecret (secret: do not log it)} */
  public String getAppSecret() {
    return appSecret;
  }

  /**
   * Sets {@code app-secret}: your app secret (secret).
   *
   * @param appSecret your app secret (secret)
   */
  public void setAppSecret(String appSecret) {
    this.appSecret = appSecret;
  }

  /** {@return storeId} */
  public String getStoreId() {
    return storeId;
  }

  /**
   * Sets {@code store-id}: your store id (store_id); needed by callbacks, which confirm with rest/Power/query.
   *
   * @param storeId your store id (store_id); needed by callbacks, which confirm with rest/Power/query
   */
  public void setStoreId(String storeId) {
    this.storeId = storeId;
  }

  /** {@return clientIp} */
  public String getClientIp() {
    return clientIp;
  }

  /**
   * Sets {@code client-ip}: the client_ip sent with orders.
   *
   * @param clientIp the client_ip sent with orders
   */
  public void setClientIp(String clientIp) {
    this.clientIp = clientIp;
  }

  /** {@return ifAbsent} */
  public io.github.ampark.core.IfAbsent getIfAbsent() {
    return ifAbsent;
  }

  /**
   * Sets {@code if-absent}: what pushOrder does after a lost answer when a well-formed query proves Wikeyun has no such order.
   *
   * @param ifAbsent what pushOrder does after a lost answer when a well-formed query proves Wikeyun has no such order
   */
  public void setIfAbsent(io.github.ampark.core.IfAbsent ifAbsent) {
    this.ifAbsent = ifAbsent;
  }

  /** {@return the environment (default PRODUCTION)} */
  public WikeyunEnvironment getEnvironment() {
    return environment;
  }

  /**
   * Sets {@code environment}: a known host.
   *
   * @param environment a known host
   */
  public void setEnvironment(WikeyunEnvironment environment) {
    this.environment = environment;
  }

  /** {@return whether credentials are set (the shared settings describe a tenant)} */
  boolean hasCredentials() {
    return appKey != null && !appKey.isEmpty();
  }

  /**
   * {@return a builder with these settings applied (missing credentials fail with a {@link io.github.ampark.core.ValidationException} naming the field)}
   */
  public WikeyunClient.Builder toBuilder() {
    WikeyunClient.Builder b = WikeyunClient.builder();
    if (appKey != null || appSecret != null) {
      b.credentials(appKey, appSecret);
    }
    if (storeId != null) {
      b.storeId(storeId);
    }
    if (clientIp != null) {
      b.clientIp(clientIp);
    }
    if (environment != null) {
      b.environment(environment);
    }
    if (ifAbsent != null) {
      b.ifAbsent(ifAbsent);
    }
    applyTo(b);
    return b;
  }

  @Override
  public String toString() {
    return "WikeyunSettings{" + "appKey=" + appKey + ", " + "storeId=" + storeId + ", " + "clientIp=" + clientIp + ", " + "ifAbsent=" + ifAbsent + ", appSecret=" + (appSecret == null ? "null" : "****") + ", environment=" + environment + ", baseUrl=" + getBaseUrl() + "}";
  }
}
