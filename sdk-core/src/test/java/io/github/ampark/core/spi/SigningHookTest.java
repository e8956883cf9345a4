package io.github.ampark.core.spi;

import io.github.ampark.core.http.RawRequest;


import static io.github.ampark.core.testing.AcmeServer.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.ClientConfig;
import io.github.ampark.core.Idempotency;
import io.github.ampark.core.RetryPolicy;
import io.github.ampark.core.testing.AcmeClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SigningHookTest {
  MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = startServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void signerSeesTheExactBodyAndItsSignatureIsOnTheWire() throws Exception {
    server.enqueue(ok("{}"));
    Clock clock = Clock.fixed(Instant.ofEpochSecond(1700000000), ZoneOffset.UTC);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("plate", "粤B12345");
    body.put("url", "https://a.cn/x?y=1&z=<2>");
    body.put("amount", new java.math.BigDecimal("1E+1"));
    try (AcmeClient client = AcmeClient.builder().credentials("app-1", "s3cr3t-value").baseUrl(baseUrl(server))
        .clock(clock).retryPolicy(RetryPolicy.none()).build()) {
      client.charge(body);
    }
    RecordedRequest r = server.takeRequest(1, TimeUnit.SECONDS);
    String sent = body(r);
    assertThat(sent).isEqualTo("{\"plate\":\"粤B12345\",\"url\":\"https://a.cn/x?y=1&z=<2>\",\"amount\":10}");
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/v1/charge");
    assertThat(r.getUrl().queryParameter("ts")).isEqualTo("1700000000");
    assertThat(r.getUrl().queryParameter("sign")).isEqualTo(AcmeClient.sign("s3cr3t-value", sent, "1700000000"));
    assertThat(r.getHeaders().get("X-Acme-Key")).isEqualTo("app-1");
    assertThat(r.getHeaders().get("User-Agent")).startsWith("ampark-java/");
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=UTF-8");
  }

  @Test
  void signerCanRewriteTheBodyAndTheRewrittenBytesAreSent() throws Exception {
    server.enqueue(ok("{}"));
    VendorSpec spec = VendorSpec.builder("wrap").defaultBaseUrl(baseUrl(server))
        .decoder(io.github.ampark.core.testing.AcmeClient.DECODER)
        .signer(req -> req.body("{\"data\":" + req.bodyText() + ",\"sign\":\"S\"}", MediaType.get("application/json")))
        .build();
    try (ClientRuntime rt = ClientRuntime.create(ClientConfig.builder().applicationName("mall-ops/2").build(), spec)) {
      JsonNode data = rt.execute(RawRequest.post("/zld/x").json("{\"a\":1}").build()).data();
      assertThat(data.isObject()).isTrue();
    }
    RecordedRequest r = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(body(r)).isEqualTo("{\"data\":{\"a\":1},\"sign\":\"S\"}");
    assertThat(r.getHeaders().get("User-Agent")).matches("ampark-java/\\S+ mall-ops/2");
  }

  @Test
  void signerSeesOperationIdempotencyAndTags() throws Exception {
    server.enqueue(ok("{}"));
    String[] seen = new String[3];
    VendorSpec spec = VendorSpec.builder("tags").defaultBaseUrl(baseUrl(server)).decoder(AcmeClient.DECODER)
        .signer(req -> {
          seen[0] = req.operation();
          seen[1] = req.idempotency().name();
          seen[2] = req.tag(String.class);
        }).build();
    try (ClientRuntime rt = ClientRuntime.create(ClientConfig.builder().build(), spec)) {
      rt.execute(RawRequest.get("q").queryParameter("id", "1").idempotency(Idempotency.SAFE)
          .operation("lookup").tag(String.class, "family-c").build());
    }
    assertThat(seen).containsExactly("lookup", "SAFE", "family-c");
    assertThat(server.takeRequest(1, TimeUnit.SECONDS).getUrl().queryParameter("id")).isEqualTo("1");
  }
}
