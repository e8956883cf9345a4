package io.github.ampark.spring.internal;

import java.util.Locale;

/** Which {@code ampark.*} property names hold secrets (for actuator's sanitizing). */
public final class SecretKeys {
  private SecretKeys() {}

  /**
   * @param key a property key as actuator shows it ({@code ampark.bolink.ukey}, {@code
   *     ampark.bolink.tenants.north.park-keys.p1}, {@code ukey} inside a configprops bean, ...)
   * @return whether its value is a secret
   */
  public static boolean isSecret(String key) {
    if (key == null) {
      return false;
    }
    String k = key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    return k.endsWith("ukey") || k.endsWith("secret") || k.endsWith("password") || k.endsWith("token")
        || k.contains("parkkeys") || k.endsWith("key") || k.endsWith("ampark.guard.redis.url");
  }
}
