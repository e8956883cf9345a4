package io.github.ampark.wikeyun.internal;

import io.github.ampark.core.Checks;
import io.github.ampark.core.spi.OutgoingRequest;
import io.github.ampark.core.spi.RequestSigner;
import io.github.ampark.wikeyun.WikeyunSigner;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * Signs each attempt of a request (not API): takes the business parameters of the exact form body
 * about to be sent, adds the system parameters with a fresh timestamp from the client's clock, and
 * appends {@code app_key, timestamp, client, format, v, sign} to the query string in that order.
 * The body is left as it is (only business parameters, as the PHP client sends it).
 *
 * <p>The fields are what decoding the body as UTF-8 gives ({@link OutgoingRequest#formFields}):
 * for a form the service template built, core answers from the strings it encoded rather than
 * decoding the bytes back. The six query parameters go on through {@link
 * OutgoingRequest#addQueryParameter}, one OkHttp {@code HttpUrl.Builder} for the request (building
 * the URL text in one pass and parsing it back measured slower).
 */
public final class WikeyunRequestSigner implements RequestSigner {
  private final String appKey;
  private final String clientIp;
  private final WikeyunSigner signer;
  private final Clock clock;

  /**
   * @param appKey app key
   * @param clientIp the {@code client} value ({@code ""} when not configured)
   * @param signer the signature function
   * @param clock source of {@code timestamp}
   */
  public WikeyunRequestSigner(String appKey, String clientIp, WikeyunSigner signer, Clock clock) {
    this.appKey = Checks.notNull("appKey", appKey);
    this.clientIp = Checks.notNull("clientIp", clientIp);
    this.signer = signer;
    this.clock = clock;
  }

  @Override
  public void sign(OutgoingRequest request) {
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    // the fields of the exact body about to be sent (a new map: for a template's form, the strings
    // it encoded, not decoded back), plus the system parameters, put straight in (what
    // WikeyunSigner.systemParameters gives, without a second map to copy from)
    Map<String, String> signed = request.formFields(StandardCharsets.UTF_8);
    signed.put("app_key", appKey);
    signed.put("timestamp", timestamp);
    signed.put("client", clientIp);
    signed.put("format", WikeyunSigner.FORMAT);
    signed.put("v", WikeyunSigner.VERSION);
    String sign = signer.sign(signed);
    request
        .addQueryParameter("app_key", appKey)
        .addQueryParameter("timestamp", timestamp)
        .addQueryParameter("client", clientIp)
        .addQueryParameter("format", WikeyunSigner.FORMAT)
        .addQueryParameter("v", WikeyunSigner.VERSION)
        .addQueryParameter(WikeyunSigner.SIGN, sign);
  }
}
