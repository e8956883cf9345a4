package io.github.ampark.wikeyun;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.core.RetryPolicy;
import io.github.ampark.core.testing.MockServers;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Wikeyun wire-test inputs (the spec's: secret testsecret, app 1000001, 127.0.0.1, t=1700000000)
 * on core's MockServers, and an oracle for signatures that shares no code with the SDK: its own
 * form decoder ({@link URLDecoder}) and its own MD5 of {@code secret + k1v1… + secret}. The spec
 * vectors W1 and W2 pin the oracle itself ({@code WireOracleTest}).
 */
final class Wire {
  static final String APP_KEY = "1000001";
  static final String SECRET = "testsecret";
  static final String STORE = "12345";
  static final String IP = "127.0.0.1";
  static final long T = 1700000000L;
  static final Clock FIXED = Clock.fixed(Instant.ofEpochSecond(T), ZoneOffset.UTC);

  private Wire() {}

  static WikeyunClient.Builder client(MockWebServer server) {
    return WikeyunClient.builder()
        .credentials(APP_KEY, SECRET)
        .storeId(STORE)
        .clientIp(IP)
        .clock(FIXED)
        .baseUrl(MockServers.baseUrl(server))
        .retryPolicy(RetryPolicy.builder().maxRetries(2).initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(1)).build());
  }

  static MockResponse ok(String dataJson) {
    return MockServers.json("{\"code\":\"0000\",\"msg\":\"成功\",\"time\":\"1700000001\",\"data\":" + dataJson + "}");
  }

  static MockResponse error(String code, String msg) {
    return MockServers.json("{\"code\":\"" + code + "\",\"msg\":\"" + msg + "\",\"time\":\"1624868000\",\"data\":null}");
  }

  static RecordedRequest take(MockWebServer server) throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("no request arrived");
    }
    return r;
  }

  static String body(RecordedRequest r) {
    return MockServers.body(r);
  }

  /** The query string as it went on the wire (still encoded). */
  static String query(RecordedRequest r) {
    return r.getUrl().encodedQuery();
  }

  /** The query string the client must send for this signature, with the fixed inputs. */
  static String systemQuery(String sign) {
    return "app_key=" + APP_KEY + "&timestamp=" + T + "&client=" + IP + "&format=json&v=1.0&sign=" + sign;
  }

  /**
   * Asserts a signed POST to {@code path}: the system parameters in order, and a sign equal to the
   * oracle's over everything sent (body and query decoded by the oracle).
   */
  static void assertSigned(RecordedRequest r, String path) {
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo(path);
    assertThat(query(r)).isEqualTo(systemQuery(oracleSign(SECRET, signedParams(r))));
  }

  /** Business parameters decoded from the body, plus the query's, without {@code sign} (oracle decoder). */
  static Map<String, String> signedParams(RecordedRequest r) {
    Map<String, String> all = new LinkedHashMap<>(decodeForm(body(r)));
    all.putAll(decodeForm(query(r)));
    all.remove("sign");
    return all;
  }

  /** An independent form decoder: split on {@code &} and {@code =}, {@link URLDecoder} UTF-8. */
  static Map<String, String> decodeForm(String encoded) {
    Map<String, String> out = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return out;
    }
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      try {
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), "UTF-8");
        out.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), "UTF-8"));
      } catch (UnsupportedEncodingException e) {
        throw new AssertionError(e);
      }
    }
    return out;
  }

  /**
   * An independent Wikeyun signature: keys sorted by their UTF-8 bytes, {@code secret + k1v1… + secret},
   * MD5 of the UTF-8 bytes, upper-case hex. Written from the spec, not from the SDK.
   */
  static String oracleSign(String secret, Map<String, String> params) {
    // the spec's words, literally: keys in ascending order of their UTF-8 bytes, compared unsigned
    TreeMap<String, String> sorted = new TreeMap<>((a, b) -> {
      byte[] x = a.getBytes(StandardCharsets.UTF_8);
      byte[] y = b.getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < Math.min(x.length, y.length); i++) {
        if (x[i] != y[i]) {
          return (x[i] & 0xff) - (y[i] & 0xff);
        }
      }
      return x.length - y.length;
    });
    sorted.putAll(params);
    sorted.remove("sign");
    StringBuilder text = new StringBuilder(secret);
    sorted.forEach((k, v) -> text.append(k).append(v == null ? "" : v));
    text.append(secret);
    try {
      byte[] digest = MessageDigest.getInstance("MD5").digest(text.toString().getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (byte b : digest) {
        hex.append(String.format("%02X", b & 0xff));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
