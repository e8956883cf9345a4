package io.github.ampark.wikeyun.internal;

import io.github.ampark.core.Checks;
import io.github.ampark.core.Nullable;
import io.github.ampark.core.Secret;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.spi.VendorSpec;
import io.github.ampark.wikeyun.WikeyunSigner;
import java.time.Clock;
import java.util.regex.Pattern;

/** How a Wikeyun client is put together on core (not API): its vendor spec and credential checks. */
public final class WikeyunSpecs {
  /** The vendor name in logs and exceptions. */
  public static final String VENDOR = "wikeyun";

  private static final Pattern APP_KEY = Pattern.compile("[0-9]{1,19}");
  private static final Pattern IP = Pattern.compile("[0-9A-Fa-f.:]{2,45}");

  private WikeyunSpecs() {}

  /**
   * @param appKey the app key
   * @return it, if numeric (Wikeyun issues integers)
   */
  public static String appKey(@Nullable String appKey) {
    if (appKey == null || !APP_KEY.matcher(appKey).matches()) {
      throw new ValidationException("appKey", "must be the numeric app key issued by Wikeyun (was " + Checks.echo(appKey) + ")");
    }
    return appKey;
  }

  /**
   * @param clientIp the caller IP
   * @return it, if it looks like an IPv4 or IPv6 address
   */
  public static String clientIp(@Nullable String clientIp) {
    Checks.notBlank("clientIp", clientIp);
    if (!IP.matcher(clientIp).matches()) {
      throw new ValidationException("clientIp", "must be an IPv4 or IPv6 address (was " + Checks.echo(clientIp) + ")");
    }
    return clientIp;
  }

  /**
   * @param baseUrl gateway
   * @param appKey app key
   * @param appSecret app secret
   * @param clientIp {@code client} value
   * @param clock source of timestamps
   * @return the spec
   */
  public static VendorSpec spec(String baseUrl, String appKey, Secret appSecret, String clientIp, Clock clock) {
    return Readers.register(VendorSpec.builder(VENDOR))
        .defaultBaseUrl(baseUrl)
        .signer(new WikeyunRequestSigner(appKey, clientIp, WikeyunSigner.of(appSecret), clock))
        .decoder(WikeyunEnvelope.DECODER)
        .secret(appSecret.reveal())
        .sensitiveFields("user_ext")
        .build();
  }
}
