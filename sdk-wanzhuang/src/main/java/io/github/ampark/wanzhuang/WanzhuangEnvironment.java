package io.github.ampark.wanzhuang;

/**
 * The Wanzhuang wz-open hosts that are publicly known. Only the test platform is: the production
 * host is UNKNOWN ("测试平台开发和验收 → 切换正式平台"), so for production give the host Wanzhuang
 * hands you with {@code WanzhuangClient.builder(appId, secret, baseUrl)}.
 *
 * <pre>{@code
 * WanzhuangClient test = WanzhuangClient.builder(appId, secret, WanzhuangEnvironment.TEST).build();
 * WanzhuangClient prod = WanzhuangClient.builder(appId, secret, "https://<host from Wanzhuang>/").build();
 * }</pre>
 */
public enum WanzhuangEnvironment {
  /** The test platform, {@code https://dev-api-open.wanzhuangkj.com/} (on every API page of wz-open). */
  TEST("https://dev-api-open.wanzhuangkj.com/");

  private final String baseUrl;

  WanzhuangEnvironment(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * The host's base URL, ending in exactly one {@code /}; paths are joined without a second one.
   *
   * @return the base URL, e.g. {@code https://dev-api-open.wanzhuangkj.com/}
   */
  public String baseUrl() {
    return baseUrl;
  }
}
