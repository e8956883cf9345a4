package io.github.ampark.yinli;

import io.github.ampark.core.Secret;
import io.github.ampark.core.spi.OutgoingRequest;
import io.github.ampark.yinli.internal.Authenticators;
import io.github.ampark.yinli.internal.HeaderChecks;
import java.util.Collection;
import java.util.Collections;

/**
 * Extra authentication of requests, beyond the 0.1 envelope ({@link YinliCodec}): a gateway token
 * or signature some deployments put in front of Yinli. Plain-JSON 1.x calls (a client built
 * without the envelope for 1.x) have nothing else; sealed calls get the codec's headers first and
 * then this. An authenticator sees each request
 * exactly as it will be sent — method, URL, headers and the exact body bytes — and may add headers
 * or query parameters, or sign the body; it runs once per attempt, so a retried request (one that
 * never reached Yinli) gets a fresh timestamp.
 *
 * <p>The SDK ships two: {@link #none()} (the default) and {@link #staticHeader(String, String)} for a
 * fixed credential in a header. Anything else is a small class of yours. For example, if Yinli
 * turns out to use the pattern common among Chinese open platforms (app key, timestamp, nonce and
 * an HMAC over them and the body — <em>an illustration, not Yinli's published scheme</em>):
 *
 * <pre>{@code
 * final class SignedHeaders implements YinliAuthenticator {
 *   private final String appKey;
 *   private final Secret appSecret;
 *   private final Clock clock;
 *
 *   SignedHeaders(String appKey, String appSecret, Clock clock) {
 *     this.appKey = appKey;
 *     this.appSecret = Secret.of("appSecret", appSecret);
 *     this.clock = clock;
 *   }
 *
 *   @Override
 *   public void authenticate(OutgoingRequest request) {
 *     String timestamp = Long.toString(clock.millis());
 *     String nonce = UUID.randomUUID().toString().replace("-", "");
 *     String sign = Digests.hmacSha256Hex(appSecret.reveal(),
 *         appKey + timestamp + nonce + request.bodyText(), HexCase.LOWER);
 *     request.header("appKey", appKey).header("timestamp", timestamp)
 *         .header("nonce", nonce).header("sign", sign);
 *   }
 *
 *   @Override
 *   public Collection<Secret> secrets() {
 *     return Collections.singleton(appSecret);     // masked wherever it might appear
 *   }
 *
 *   @Override
 *   public Collection<String> sensitiveNames() {
 *     return Collections.singleton("sign");        // per-request values masked in logs
 *   }
 * }
 *
 * YinliClient client = YinliClient.builder()
 *     .baseUrl("https://energy.example-yinli.cn/")  // the host Yinli gives you
 *     .authenticator(new SignedHeaders(appKey, appSecret, Clock.systemUTC()))
 *     .build();
 * }</pre>
 *
 * <p><b>Redaction.</b> Declare what must never be printed: {@link #secrets()} are literal values
 * masked everywhere (logs, exception messages and bodies); {@link #sensitiveNames()} are header,
 * query or JSON field names whose values are masked (per-request signatures, tokens). Names
 * containing {@code secret}, {@code token} or {@code password}, and {@code Authorization}, {@code
 * sign}, {@code signature}, are masked anyway.
 */
public interface YinliAuthenticator {
  /**
   * Authenticates one attempt of a request.
   *
   * @param request the request about to be sent; mutate it to add credentials or a signature
   */
  void authenticate(OutgoingRequest request);

  /**
   * Credentials to mask wherever they might appear. None by default.
   *
   * @return credentials to mask wherever they might appear
   */
  default Collection<Secret> secrets() {
    return Collections.emptyList();
  }

  /**
   * Header, query or JSON field names whose values are masked in logs and exceptions. None by default.
   *
   * @return header, query or JSON field names whose values are masked in logs and exceptions
   */
  default Collection<String> sensitiveNames() {
    return Collections.emptyList();
  }

  /**
   * Sends requests as they are: for a gateway that authenticates otherwise (network rules, mutual
   * TLS through your own {@code OkHttpClient}), and for tests against the fake. The default.
   *
   * @return the authenticator
   */
  static YinliAuthenticator none() {
    return Authenticators.NONE;
  }

  /**
   * Sets one header to a fixed credential on every request, e.g. a token Yinli issued. The value
   * is a secret: masked in logs, exceptions and {@code toString()}.
   *
   * <pre>{@code
   * YinliAuthenticator.staticHeader("X-Access-Token", System.getenv("YINLI_AUTH_TOKEN"));
   * }</pre>
   *
   * @param name the header's name
   * @param value its value
   * @return the authenticator
   * @throws io.github.ampark.core.ValidationException naming {@code name} or {@code value} if it
   *     cannot be an HTTP header (CR, LF, NUL, other control characters, non-ASCII, surrounding
   *     white space, e.g. a token read from a file with its newline); the value is never echoed
   */
  static YinliAuthenticator staticHeader(String name, String value) {
    return Authenticators.staticHeader(HeaderChecks.name("name", name), Secret.of("value", HeaderChecks.value("value", value)));
  }
}
