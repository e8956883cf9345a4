package io.github.ampark.wikeyun;

import io.github.ampark.core.RetryPolicy;
import io.github.ampark.core.spi.BodyCodec;
import io.github.ampark.core.testing.MockServers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** MockWebServer helpers with the spec's common test inputs (secret testsecret, app 1000001, 127.0.0.1, t=1700000000). */
final class Wire {
  static final String APP_KEY = "1000001";
  static final String SECRET = "testsecret";
  static final String STORE = "12345";
  static final String IP = "127.0.0.1";
  static final long T = 1700000000L;
  static final Clock FIXED = Clock.fixed(Instant.ofEpochSecond(T), ZoneOffset.UTC);

  private Wire() {}

  static MockWebServer start() throws IOException {
    return MockServers.start();
  }

  static String url(MockWebServer server) {
    return MockServers.baseUrl(server);
  }

  static WikeyunClient.Builder client(MockWebServer server) {
    return WikeyunClient.builder()
        .credentials(APP_KEY, SECRET)
        .storeId(STORE)
        .clientIp(IP)
        .clock(FIXED)
        .baseUrl(url(server))
        .retryPolicy(RetryPolicy.builder().maxRetries(2).initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(1)).build());
  }

  static MockResponse ok(String dataJson) {
    return json("{\"code\":\"0000\",\"msg\":\"成功\",\"time\":\"1700000001\",\"data\":" + dataJson + "}");
  }

  static MockResponse error(String code, String msg) {
    return json("{\"code\":\"" + code + "\",\"msg\":\"" + msg + "\",\"time\":\"1624868000\",\"data\":null}");
  }

  static MockResponse json(String body) {
    return MockServers.json(body);
  }

  static RecordedRequest take(MockWebServer server) throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("no request arrived");
    }
    return r;
  }

  static String body(RecordedRequest r) {
    return r.getBody() == null ? "" : r.getBody().utf8();
  }

  /** The query string as it went on the wire (still encoded). */
  static String query(RecordedRequest r) {
    return r.getUrl().encodedQuery();
  }

  /** The query string the client must send for this signature, with the fixed inputs. */
  static String systemQuery(String sign) {
    return "app_key=" + APP_KEY + "&timestamp=" + T + "&client=" + IP + "&format=json&v=1.0&sign=" + sign;
  }

  /** Asserts a signed POST to {@code path}: system parameters in order, and a sign over everything sent. */
  static void assertSigned(RecordedRequest r, String path) {
    org.assertj.core.api.Assertions.assertThat(r.getMethod()).isEqualTo("POST");
    org.assertj.core.api.Assertions.assertThat(r.getUrl().encodedPath()).isEqualTo(path);
    org.assertj.core.api.Assertions.assertThat(query(r))
        .isEqualTo(systemQuery(io.github.ampark.wikeyun.WikeyunSigner.of(SECRET).sign(signedParams(r))));
  }

  /** Business parameters read back from the body, plus the system parameters read back from the query. */
  static Map<String, String> signedParams(RecordedRequest r) {
    Map<String, String> all = new LinkedHashMap<>(BodyCodec.form(body(r).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    all.putAll(BodyCodec.form(query(r)));
    all.remove("sign");
    return all;
  }
}
