package io.github.ampark.yinli;

import io.github.ampark.core.Secret;
import io.github.ampark.core.spi.OutgoingRequest;
import io.github.ampark.core.signing.Digests;
import io.github.ampark.core.signing.HexCase;
import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.function.Supplier;

/**
 * The example authenticator of {@link YinliAuthenticator}'s Javadoc and docs/yinli.md (an
 * illustration of a common scheme, not Yinli's): kept here so that the documented code compiles
 * and works. The nonce is injectable so that tests know it.
 */
final class SignedHeadersExample implements YinliAuthenticator {
  private final String appKey;
  private final Secret appSecret;
  private final Clock clock;
  private final Supplier<String> nonces;

  SignedHeadersExample(String appKey, String appSecret, Clock clock, Supplier<String> nonces) {
    this.appKey = appKey;
    this.appSecret = Secret.of("appSecret", appSecret);
    this.clock = clock;
    this.nonces = nonces;
  }

  @Override
  public void authenticate(OutgoingRequest request) {
    String timestamp = Long.toString(clock.millis());
    String nonce = nonces.get();
    String sign = Digests.hmacSha256Hex(appSecret.reveal(), appKey + timestamp + nonce + request.bodyText(), HexCase.LOWER);
    request.header("appKey", appKey).header("timestamp", timestamp).header("nonce", nonce).header("sign", sign);
  }

  @Override
  public Collection<Secret> secrets() {
    return Collections.singleton(appSecret);
  }

  @Override
  public Collection<String> sensitiveNames() {
    return Collections.singleton("sign");
  }
}
