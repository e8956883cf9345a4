package io.github.ampark.spring.fourpyun;

import io.github.ampark.fourpyun.FourPyunClient;
import io.github.ampark.fourpyun.FourPyunEnvironment;
import io.github.ampark.spring.ClientSettings;

/**
 * One FourPyun tenant's settings: {@code ampark.fourpyun.*} (shared) or {@code
 * ampark.fourpyun.tenants.<name>.*} (overrides on top of the shared ones). Secrets never appear in
 * {@link #toString()} or in actuator's {@code /configprops} and {@code /env}.
 */
public class FourPyunSettings extends ClientSettings {
  /** Your openapi app_id (optional). */
  private String appId;

  /** Your app secret (secret), signs requests. */
  private String appSecret;

  /** The api type sent with requests (optional). */
  private String apiType;

  /** The park every request names by default (park_uuid). */
  private String parkUuid;

  /** The gateway key callbacks from your parks are signed with (secret). */
  private String gatewayKey;

  /** FourPyun's hosts when no base-url is set. */
  private FourPyunEnvironment environment = FourPyunEnvironment.PRODUCTION;

  /** {@return appId} */
  public String getAppId() {
    return appId;
  }

  /**
   * Sets {@code app-id}: your openapi app_id (optional).
   *
   * @param appId your openapi app_id (optional)
   */
  public void setAppId(String appId) {
    this.appId = appId;
  }

  /** {@return appSecret (secret: do not log it)} */
  public String getAppSecret() {
    return appSecret;
  }

  /**
   * Sets {@code app-secret}: your app secret (secret), signs requests.
   *
   * @param appSecret your app secret (secret), signs requests
   */
  public void setAppSecret(String appSecret) {
    this.appSecret = appSecret;
  }

  /** {@return apiType} */
  public String getApiType() {
    return apiType;
  }

  /**
   * Sets {@code api-type}: the api type sent with requests (optional).
   *
   * @param apiType the api type sent with requests (optional)
   */
  public void setApiType(String apiType) {
    this.apiType = apiType;
  }

  /** {@return parkUuid} */
  public String getParkUuid() {
    return parkUuid;
  }

  /**
   * Sets {@code park-uuid}: the park every request names by default (park_uuid).
   *
   * @param parkUuid the park every request names by default (park_uuid)
   */
  public void setParkUuid(String parkUuid) {
    this.parkUuid = parkUuid;
  }

  /** {@return gatewayKey (secret: do not log it)} */
  public String getGatewayKey() {
    return gatewayKey;
  }

  /**
   * Sets {@code gateway-key}: the gateway key callbacks from your parks are signed with (secret).
   *
   * @param gatewayKey the gateway key callbacks from your parks are signed with (secret)
   */
  public void setGatewayKey(String gatewayKey) {
    this.gatewayKey = gatewayKey;
  }

  /** {@return the environment (default PRODUCTION)} */
  public FourPyunEnvironment getEnvironment() {
    return environment;
  }

  /**
   * Sets {@code environment}: a known host.
   *
   * @param environment a known host
   */
  public void setEnvironment(FourPyunEnvironment environment) {
    this.environment = environment;
  }

  /** {@return whether credentials are set (the shared settings describe a tenant)} */
  boolean hasCredentials() {
    return appSecret != null && !appSecret.isEmpty();
  }

  /**
   * {@return a builder with these settings applied (missing credentials fail with a {@link io.github.ampark.core.ValidationException} naming the field)}
   */
  public FourPyunClient.Builder toBuilder() {
    FourPyunClient.Builder b = FourPyunClient.builder();
    if (appSecret != null) {
      b.appSecret(appSecret);
    }
    if (appId != null) {
      b.appId(appId);
    }
    if (apiType != null) {
      b.apiType(apiType);
    }
    if (parkUuid != null) {
      b.parkUuid(parkUuid);
    }
    if (environment != null) {
      b.environment(environment);
    }
    applyTo(b);
    return b;
  }

  @Override
  public String toString() {
    return "FourPyunSettings{" + "appId=" + appId + ", " + "apiType=" + apiType + ", " + "parkUuid=" + parkUuid + ", appSecret=" + (appSecret == null ? "null" : "****") + ", gatewayKey=" + (gatewayKey == null ? "null" : "****") + ", environment=" + environment + ", baseUrl=" + getBaseUrl() + "}";
  }
}
