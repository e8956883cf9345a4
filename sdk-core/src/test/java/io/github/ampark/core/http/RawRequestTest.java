package io.github.ampark.core.http;

import static io.github.ampark.core.testing.AcmeServer.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ApiException;
import io.github.ampark.core.Idempotency;
import io.github.ampark.core.RetryPolicy;
import io.github.ampark.core.TransportException;
import io.github.ampark.core.ValidationException;
import io.github.ampark.core.testing.AcmeClient;
import io.github.ampark.core.testing.AcmeOrder;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RawRequestTest {
  MockWebServer server;
  AcmeClient client;

  @BeforeEach
  void start() throws Exception {
    server = startServer();
    client = AcmeClient.builder().credentials("app-1", "s3cr3t-value").baseUrl(baseUrl(server))
        .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(5)).maxBackoff(Duration.ofMillis(5)).build())
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void rawFormRequestIsSignedAndItsEnvelopeDecoded() throws Exception {
    server.enqueue(ok(order("T9", 300, "NEW")));
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("order_no", "T9");
    form.put("note", "充值 a&b");
    form.put("skip", null);
    RawResponse r = client.raw(RawRequest.post("v2/unpublished").form(form).build());

    assertThat(r.httpStatus()).isEqualTo(200);
    assertThat(r.envelope().path("request_id").asText()).isEqualTo("r-1");
    assertThat(r.data().path("order_no").asText()).isEqualTo("T9");
    assertThat(r.dataAs(AcmeOrder.class).amountFen()).isEqualTo(300);

    RecordedRequest sent = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(sent.getUrl().encodedPath()).isEqualTo("/v2/unpublished");
    assertThat(body(sent)).isEqualTo("order_no=T9&note=%E5%85%85%E5%80%BC+a%26b");
    assertThat(sent.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(sent.getUrl().queryParameter("sign"))
        .isEqualTo(AcmeClient.sign("s3cr3t-value", body(sent), sent.getUrl().queryParameter("ts")));
  }

  @Test
  void rawErrorEnvelopeIsAnApiException() {
    server.enqueue(error("DENIED", "no"));
    assertThatThrownBy(() -> client.raw(RawRequest.post("v2/x").json("{}").operation("unpublishedOp").build()))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.operation()).isEqualTo("unpublishedOp"));
  }

  @Test
  void rawRequestsAreUnsafeByDefaultAndNotResent() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(ok("{}"));
    assertThatThrownBy(() -> client.raw(RawRequest.post("v2/x").json("{}").build())).isInstanceOf(TransportException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void rawRequestsDeclaredSafeAreRetried() {
    server.enqueue(json(503, "{}"));
    server.enqueue(ok("{}"));
    client.raw(RawRequest.get("v2/x").idempotency(Idempotency.SAFE).build());
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void rawPathMustBeRelative() {
    assertThatThrownBy(() -> RawRequest.post("https://evil.example/x"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("path"));
    assertThatThrownBy(() -> RawRequest.get("x").json("{}"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("body"));
  }
}
