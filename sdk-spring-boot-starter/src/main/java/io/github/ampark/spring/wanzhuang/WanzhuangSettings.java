package io.github.ampark.spring.wanzhuang;

import io.github.ampark.wanzhuang.WanzhuangClient;
import io.github.ampark.wanzhuang.WanzhuangEnvironment;
import io.github.ampark.spring.ClientSettings;

/**
 * One Wanzhuang tenant's settings: {@code ampark.wanzhuang.*} (shared) or {@code
 * ampark.wanzhuang.tenants.<name>.*} (overrides on top of the shared ones). Secrets never appear in
 * {@link #toString()} or in actuator's {@code /configprops} and {@code /env}.
 */
public class WanzhuangSettings extends ClientSettings {
  /** Your application id (app_id). */
  private String appId;

  /** Your merchant key (secret). */
  private String secret;

  /** What startCharge and createRenewOrder do after a lost answer when Wanzhuang shows no such charge or order. */
  private io.github.ampark.core.IfAbsent ifAbsent = io.github.ampark.core.IfAbsent.THROW;

  /**
   * The secret path segment before the callback kind ({@code <path>/[<tenant>/]<token>/finish_order}):
   * 16 to 128 letters, digits, {@code _} or {@code -}. Wanzhuang signs no callback, so the starter's
   * endpoint refuses every callback of a tenant without one.
   */
  private String callbackToken;

  /** The only peer addresses Wanzhuang's callbacks are accepted from (as the servlet container sees them); empty = any. */
  private java.util.List<String> callbackAllowedSources = new java.util.ArrayList<>();

  /** Wanzhuang's hosts when no base-url is set. */
  private WanzhuangEnvironment environment = WanzhuangEnvironment.TEST;

  /** {@return appId} */
  public String getAppId() {
    return appId;
  }

  /**
   * Sets {@code app-id}: your application id (app_id).
   *
   * @param appId your application id (app_id)
   */
  public void setAppId(String appId) {
    this.appId = appId;
  }

  /** {@return secret (secret: do not log it)} */
  public String getSecret() {
    return secret;
  }

  /**
   * Sets {@code secret}: your merchant key (secret).
   *
   * @param secret your merchant key (secret)
   */
  public void setSecret(String secret) {
    this.secret = secret;
  }

  /** {@return ifAbsent} */
  public io.github.ampark.core.IfAbsent getIfAbsent() {
    return ifAbsent;
  }

  /**
   * Sets {@code if-absent}: what startCharge and createRenewOrder do after a lost answer when Wanzhuang shows no such charge or order.
   *
   * @param ifAbsent what startCharge and createRenewOrder do after a lost answer when Wanzhuang shows no such charge or order
   */
  public void setIfAbsent(io.github.ampark.core.IfAbsent ifAbsent) {
    this.ifAbsent = ifAbsent;
  }

  /** {@return the callback path token, or {@code null} (secret: do not log it; no default)} */
  public String getCallbackToken() {
    return callbackToken;
  }

  /**
   * Sets {@code callback-token}: the secret path segment before the callback kind (16 to 128 of {@code A-Z a-z 0-9 _ -}).
   *
   * @param callbackToken the secret path segment before the callback kind (16 to 128 of {@code A-Z a-z 0-9 _ -})
   */
  public void setCallbackToken(String callbackToken) {
    this.callbackToken = callbackToken;
  }

  /** {@return the addresses callbacks are accepted from (default empty: any)} */
  public java.util.List<String> getCallbackAllowedSources() {
    return callbackAllowedSources;
  }

  /**
   * Sets {@code callback-allowed-sources}: the only peer addresses callbacks are accepted from.
   *
   * @param callbackAllowedSources the only peer addresses callbacks are accepted from
   */
  public void setCallbackAllowedSources(java.util.List<String> callbackAllowedSources) {
    this.callbackAllowedSources = callbackAllowedSources;
  }

  /** {@return the environment (default TEST)} */
  public WanzhuangEnvironment getEnvironment() {
    return environment;
  }

  /**
   * Sets {@code environment}: a known host.
   *
   * @param environment a known host
   */
  public void setEnvironment(WanzhuangEnvironment environment) {
    this.environment = environment;
  }

  /** {@return whether credentials are set (the shared settings describe a tenant)} */
  boolean hasCredentials() {
    return appId != null && !appId.isEmpty();
  }

  /**
   * {@return a builder with these settings applied (missing credentials fail with a {@link io.github.ampark.core.ValidationException} naming the field)}
   */
  public WanzhuangClient.Builder toBuilder() {
    String url = getBaseUrl();
    WanzhuangClient.Builder b = url != null && !url.isEmpty()
        ? WanzhuangClient.builder(appId, secret, url)
        : WanzhuangClient.builder(appId, secret, environment);
    if (ifAbsent != null) {
      b.ifAbsent(ifAbsent);
    }
    applyTo(b);
    return b;
  }

  /** {@return the non-secret settings (secrets as {@code ****})} */
  @Override
  public String toString() {
    return "WanzhuangSettings{" + "appId=" + appId + ", " + "ifAbsent=" + ifAbsent + ", secret=" + (secret == null ? "null" : "****")
        + ", callbackToken=" + (callbackToken == null ? "null" : "****") + ", environment=" + environment
        + ", baseUrl=" + getBaseUrl() + "}";
  }
}
