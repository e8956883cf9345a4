package io.github.ampark.bolink;

/**
 * Bolink's hosts: the union API ({@code /unionapi/…}) and the cloud platform ({@code /zld/…}).
 *
 * <pre>{@code
 * BolinkClient.builder().environment(BolinkEnvironment.TEST)...   // beta.bolink.club + test.bolink.club
 * }</pre>
 */
public enum BolinkEnvironment {
  /** {@code https://beta.bolink.club/unionapi/…} and {@code https://test.bolink.club/zld/…}. */
  TEST("https://beta.bolink.club/", "https://test.bolink.club/"),
  /** {@code https://s.bolink.club/unionapi/…} and {@code https://yun.bolink.club/zld/…}. */
  PRODUCTION("https://s.bolink.club/", "https://yun.bolink.club/");

  private final String unionBaseUrl;
  private final String cloudBaseUrl;

  BolinkEnvironment(String unionBaseUrl, String cloudBaseUrl) {
    this.unionBaseUrl = unionBaseUrl;
    this.cloudBaseUrl = cloudBaseUrl;
  }

  /**
   * The union API host (paths start with {@code unionapi/}).
   *
   * @return the union API host (paths start with {@code unionapi/})
   */
  public String unionBaseUrl() {
    return unionBaseUrl;
  }

  /**
   * The cloud host (paths start with {@code zld/}).
   *
   * @return the cloud host (paths start with {@code zld/})
   */
  public String cloudBaseUrl() {
    return cloudBaseUrl;
  }
}
