package io.github.ampark.fourpyun;

/**
 * The 4pyun gateways. Every path of the park-side API lives under {@code gate/1.0/}.
 *
 * <pre>{@code
 * FourPyunClient.builder().environment(FourPyunEnvironment.TEST)...
 * }</pre>
 */
public enum FourPyunEnvironment {
  /** {@code https://api.4pyun.com/gate/1.0/}. */
  PRODUCTION("https://api.4pyun.com/gate/1.0/"),
  /** {@code https://dev-api.4pyun.com/gate/1.0/} (the energy documents name it; parking docs do not). */
  TEST("https://dev-api.4pyun.com/gate/1.0/");

  private final String baseUrl;

  FourPyunEnvironment(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * The base URL, ending in {@code gate/1.0/}.
   *
   * @return the base URL, ending in {@code gate/1.0/}
   */
  public String baseUrl() {
    return baseUrl;
  }
}
