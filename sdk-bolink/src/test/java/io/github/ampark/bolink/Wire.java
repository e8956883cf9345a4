package io.github.ampark.bolink;

import io.github.ampark.core.RetryPolicy;
import io.github.ampark.core.testing.MockServers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Test helpers: a MockWebServer, an independent MD5, the client under test. */
final class Wire {
  static final long UNION_ID = 200666;
  static final String UKEY = "UKEY0123456789AB";
  static final String PARK = "dlytest_no";
  static final String CKEY = "CKEYabcdefghijkl";
  static final Instant NOW = Instant.ofEpochSecond(1717760000);
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private Wire() {}

  static MockWebServer server() throws IOException {
    return MockServers.start();
  }

  static String url(MockWebServer server) {
    return MockServers.baseUrl(server);
  }

  static BolinkClient.Builder client(String url) {
    return BolinkClient.builder().unionId(UNION_ID).ukey(UKEY).parkKey(PARK, CKEY).baseUrl(url).clock(CLOCK)
        .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(2)).build());
  }

  static MockResponse json(String body) {
    return MockServers.json(body);
  }

  static MockResponse ok() {
    return json("{\"state\":1,\"errmsg\":\"成功\"}");
  }

  /** MD5 upper hex, written here independently of the SDK. */
  static String md5(String text) {
    try {
      return HexFormat.of().withUpperCase().formatHex(
          MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String envelope(String data, String key) {
    return "{\"data\":" + data + ",\"sign\":\"" + md5(data + "key=" + key) + "\"}";
  }

  static String topLevelEnvelope(String data, String key) {
    return "{\"union_id\":" + UNION_ID + ",\"data\":" + data + ",\"sign\":\"" + md5(data + "key=" + key) + "\"}";
  }

  static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  static String unbase64(String text) {
    return new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
  }

  static RecordedRequest take(MockWebServer server) throws InterruptedException {
    RecordedRequest r = server.takeRequest(2, TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("no request was sent");
    }
    return r;
  }

  static String body(RecordedRequest r) {
    return r.getBody() == null ? "" : r.getBody().utf8();
  }
}
