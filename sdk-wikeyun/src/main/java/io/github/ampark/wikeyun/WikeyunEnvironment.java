package io.github.ampark.wikeyun;

/**
 * The Wikeyun gateways. Wikeyun publishes one; for tests, point the client at a fake with
 * {@code baseUrl(fake.url())} instead.
 *
 * <pre>{@code
 * WikeyunClient.builder().environment(WikeyunEnvironment.PRODUCTION)...
 * }</pre>
 */
public enum WikeyunEnvironment {
  /** {@code https://router.wikeyun.cn/}. */
  PRODUCTION("https://router.wikeyun.cn/");

  private final String baseUrl;

  WikeyunEnvironment(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * The gateway's base URL, ending in {@code /}.
   *
   * @return the gateway's base URL, ending in {@code /}
   */
  public String baseUrl() {
    return baseUrl;
  }
}
