package io.github.ampark.yinli;

import static io.github.ampark.yinli.WireSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.core.Idempotency;
import io.github.ampark.core.spi.OutgoingRequest;
import io.github.ampark.core.http.RawResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pluggable authentication step: it sees the final request, its changes reach the wire, and it runs once per attempt. */
class AuthenticatorHookTest {
  static final String EXPECTED_BODY =
      "{\"data\":[{\"deviceActualCode\":\"DB-0001\",\"readNum\":1,\"readDate\":\"2025-04\"}],\"mallCode\":\"MALL-001\",\"version\":\"1.0\"}";
  MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = WireSupport.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Remembers what it saw and adds a header and a query parameter. */
  static final class Recording implements YinliAuthenticator {
    final List<String> seen = new ArrayList<>();
    final AtomicInteger attempts = new AtomicInteger();

    @Override
    public void authenticate(OutgoingRequest request) {
      int attempt = attempts.incrementAndGet();
      seen.add(request.method() + " " + request.url() + " | " + request.contentType() + " | " + request.operation() + " "
          + request.idempotency() + " | " + new String(request.body(), StandardCharsets.UTF_8) + " | ua=" + request.header("User-Agent"));
      request.header("X-Attempt", Integer.toString(attempt)).addQueryParameter("appId", "ampark-test");
    }
  }

  @Test
  void theAuthenticatorSeesTheFinalRequestAndWhatItAddsIsSent() throws Exception {
    server.enqueue(ok());
    Recording auth = new Recording();
    try (YinliClient client = client(server).authenticator(auth).build()) {
      client.assets().pushMeterReadings(batch(reading("DB-0001", "2025-04", "1")));
    }
    assertThat(auth.seen).containsExactly("POST " + url(server) + "openapi/device/synchronize | application/json; charset=UTF-8"
        + " | pushMeterReadings UNSAFE | " + EXPECTED_BODY + " | ua=" + io.github.ampark.core.Ampark.userAgent());
    RecordedRequest r = take(server);
    assertThat(r.getHeaders().get("X-Attempt")).isEqualTo("1");
    assertThat(r.getUrl().queryParameter("appId")).isEqualTo("ampark-test");
    assertThat(body(r)).isEqualTo(EXPECTED_BODY);
  }

  @Test
  void itMayReplaceTheBodyAndTheReplacementIsWhatIsSent() throws Exception {
    server.enqueue(ok());
    YinliAuthenticator envelope = request -> request.body("{\"payload\":" + request.bodyText() + ",\"sign\":\"x\"}",
        MediaType.get("application/json; charset=utf-8"));
    try (YinliClient client = client(server).authenticator(envelope).build()) {
      client.assets().pushMeterReadings(batch(reading("DB-0001", "2025-04", "1")));
    }
    assertThat(body(take(server))).isEqualTo("{\"payload\":" + EXPECTED_BODY + ",\"sign\":\"x\"}");
  }

  @Test
  void itRunsAgainForEveryAttemptOfARetriedRequest() throws Exception {
    server.enqueue(envelope(503, "{}"));
    server.enqueue(ok());
    Recording auth = new Recording();
    try (YinliClient client = client(server).authenticator(auth).build()) {
      RawResponse r = client.raw().post("openapi/mall/query", "{\"mallCode\":\"MALL-001\"}", Idempotency.SAFE);
      assertThat(r.data().toString()).isEqualTo("[{}]");
    }
    assertThat(auth.attempts.get()).isEqualTo(2);
    assertThat(take(server).getHeaders().get("X-Attempt")).isEqualTo("1");
    assertThat(take(server).getHeaders().get("X-Attempt")).isEqualTo("2");
  }

  @Test
  void staticHeaderSetsItsHeaderAndNoneAddsNothing() throws Exception {
    server.enqueue(ok());
    server.enqueue(ok());
    try (YinliClient token = client(server).authenticator(YinliAuthenticator.staticHeader("X-Access-Token", "t0ken-123")).build();
        YinliClient none = client(server).authenticator(YinliAuthenticator.none()).build()) {
      token.assets().pushMeterReadings(batch(reading("DB-0001", "2025-04", "1")));
      none.assets().pushMeterReadings(batch(reading("DB-0001", "2025-04", "1")));
    }
    assertThat(take(server).getHeaders().get("X-Access-Token")).isEqualTo("t0ken-123");
    RecordedRequest plain = take(server);
    assertThat(plain.getHeaders().names()).doesNotContain("X-Access-Token", "Authorization");
    assertThat(body(plain)).isEqualTo(EXPECTED_BODY);
  }

  @Test
  void theDocumentedExampleSignsTheExactBodyIntoHeaders() throws Exception {
    server.enqueue(ok());
    Clock clock = Clock.fixed(Instant.ofEpochMilli(1746061323000L), ZoneOffset.UTC);
    try (YinliClient client = client(server)
        .authenticator(new SignedHeadersExample("app-42", "s3cr3t-yinli", clock, () -> "n0nce")).build()) {
      client.assets().pushMeterReadings(batch(reading("DB-0001", "2025-04", "1")));
    }
    RecordedRequest r = take(server);
    assertThat(r.getHeaders().get("appKey")).isEqualTo("app-42");
    assertThat(r.getHeaders().get("timestamp")).isEqualTo("1746061323000");
    assertThat(r.getHeaders().get("nonce")).isEqualTo("n0nce");
    assertThat(r.getHeaders().get("sign")).isEqualTo(hmacSha256("s3cr3t-yinli", "app-421746061323000n0nce" + EXPECTED_BODY));
  }

  /** HMAC-SHA256 hex computed with the JDK, independently of the SDK's Digests. */
  static String hmacSha256(String key, String text) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    StringBuilder sb = new StringBuilder();
    for (byte b : mac.doFinal(text.getBytes(StandardCharsets.UTF_8))) {
      sb.append(String.format("%02x", b));
    }
    return sb.toString();
  }
}
