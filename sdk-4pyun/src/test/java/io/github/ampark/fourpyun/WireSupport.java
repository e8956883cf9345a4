package io.github.ampark.fourpyun;

import io.github.ampark.core.RetryPolicy;
import io.github.ampark.core.spi.BodyCodec;
import io.github.ampark.core.spi.MultipartPart;
import io.github.ampark.core.signing.Digests;
import io.github.ampark.core.signing.HexCase;
import io.github.ampark.core.testing.MockServers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** MockWebServer helpers for the 4pyun wire tests; MD5 computed here, independently of the SDK. */
final class WireSupport {
  static final String SECRET = "s3cr3t-4pyun-app";
  static final String PARK = "49f0cc52-e8c7-41e3-b54d-af666b8cc11a";
  static final Instant T0 = Instant.parse("2021-07-01T15:42:27.313Z");
  static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(1700000000123L), ZoneOffset.UTC);

  private WireSupport() {}

  static MockWebServer start() throws Exception {
    return MockServers.start();
  }

  static String url(MockWebServer server) {
    return MockServers.baseUrl(server, "gate/1.0/");
  }

  static FourPyunClient.Builder client(MockWebServer server) {
    return FourPyunClient.builder().appSecret(SECRET).parkUuid(PARK).baseUrl(url(server)).clock(CLOCK)
        .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(5)).build())
        .readTimeout(Duration.ofSeconds(3));
  }

  static MockResponse envelope(String json) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json;charset=UTF-8").body(json).build();
  }

  static MockResponse ok1001() {
    return envelope("{\"code\":\"1001\",\"message\":\"OK\",\"seqno\":\"abc6c253b93cc940\",\"data_node\":\"CN-South/HS3-1\"}");
  }

  static RecordedRequest take(MockWebServer server) throws InterruptedException {
    return io.github.ampark.core.testing.MockServers.take(server);
  }

  static String body(RecordedRequest r) {
    return io.github.ampark.core.testing.MockServers.body(r);
  }

  static Map<String, String> form(RecordedRequest r) {
    return new TreeMap<>(BodyCodec.form(r.getBody().toByteArray(), StandardCharsets.UTF_8));
  }

  static List<MultipartPart> parts(RecordedRequest r) {
    return BodyCodec.multipart(r.getBody().toByteArray(), r.getHeaders().get("Content-Type"));
  }

  static Map<String, String> textParts(RecordedRequest r) {
    Map<String, String> out = new LinkedHashMap<>();
    for (MultipartPart p : parts(r)) {
      if (p.fileName() == null) {
        out.put(p.name(), p.text());
      }
    }
    return out;
  }

  /** MD5 of UTF-8 text, upper-case hex: the string-to-sign is written out by each test, not built by the SDK. */
  static String md5(String text) {
    return md5(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The exact form body for a string-to-sign written out by a test ({@code k=v&…&app_secret=…},
   * values without {@code &}): the pairs URL-encoded by {@link java.net.URLEncoder} (independent of
   * OkHttp and the SDK), in the same order, then {@code &sign=} and MD5 of the string.
   */
  static String formBytes(String plain) {
    String pairs = plain.substring(0, plain.lastIndexOf("&app_secret="));
    StringBuilder sb = new StringBuilder();
    for (String pair : pairs.split("&")) {
      int eq = pair.indexOf('=');
      sb.append(java.net.URLEncoder.encode(pair.substring(0, eq), StandardCharsets.UTF_8)).append('=')
          .append(java.net.URLEncoder.encode(pair.substring(eq + 1), StandardCharsets.UTF_8)).append('&');
    }
    return sb.append("sign=").append(md5(plain)).toString();
  }

  static String md5(byte[] bytes) {
    return Digests.md5Hex(bytes, HexCase.UPPER);
  }

}
