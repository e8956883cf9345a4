package io.github.ampark.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.bolink.BolinkHandler;
import io.github.ampark.bolink.model.BolinkReply;
import io.github.ampark.bolink.model.PrepayOrderEvent;
import io.github.ampark.spring.test.AmparkFakes;
import io.github.ampark.testkit.CallbackSender;
import io.github.ampark.testkit.bolink.FakeBolink;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/**
 * The ready callback endpoint: the tenant from the path picks the key, the fake's signed callback
 * reaches the handler bean once, and every answer is Bolink's exact reply.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "ampark.bolink.callback.path=/callbacks/bolink",
    "ampark.bolink.tenants.south.union-id=200777",
    "ampark.bolink.tenants.south.ukey=south-key"})
@AmparkFakes
class CallbackEndpointTest {
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
    final List<String> handled = new CopyOnWriteArrayList<>();

    @Bean
    BolinkHandler handler() {
      return new BolinkHandler() {
        @Override
        public BolinkReply onPrepayOrder(PrepayOrderEvent e) {
          handled.add(CallbackTenant.current().orElse("?") + "/" + e.tradeNo());
          return BolinkReply.success("received");
        }
      };
    }
  }

  @Autowired App app;
  @Autowired FakeBolink fake;
  @LocalServerPort int port;

  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void clear() {
    app.handled.clear();
  }

  static Map<String, Object> prepay(String tradeNo) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("service_name", "prepay_order");
    d.put("park_id", "1001");
    d.put("trade_no", tradeNo);
    return d;
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  HttpResponse<String> post(String path, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aSignedCallbackIsHandledOnceAndEveryResendGetsBolinksExactAcknowledgement() {
    CallbackSender.Delivery first = fake.sendCallback(url("/callbacks/bolink/default"), prepay("T1"));
    assertThat(first.acknowledged()).isTrue();
    assertThat(first.answers()).containsExactly("{\"state\":1,\"errmsg\":\"received\"}");

    CallbackSender.Delivery resend = fake.sendCallback(url("/callbacks/bolink"), prepay("T1"));
    assertThat(resend.acknowledged()).isTrue();
    assertThat(resend.answers()).containsExactly("{\"state\":1,\"errmsg\":\"duplicate, already processed\"}");
    assertThat(app.handled).containsExactly("default/T1");
  }

  @Test
  void theTenantInThePathPicksTheKeyBeforeTheBodyIsRead() throws Exception {
    // Signed with the default tenant's key but sent to south: refused, never handled.
    HttpResponse<String> wrongKey = post("/callbacks/bolink/south", FakeBolink.signedBody(prepay("T2"), "fake-bolink-ukey"));
    assertThat(wrongKey.statusCode()).isEqualTo(400);
    assertThat(wrongKey.body()).isEqualTo("{\"state\":0,\"errmsg\":\"signature verification failed\"}");
    assertThat(app.handled).isEmpty();

    HttpResponse<String> south = post("/callbacks/bolink/south", FakeBolink.signedBody(prepay("T2"), "south-key"));
    assertThat(south.statusCode()).isEqualTo(200);
    assertThat(south.body()).isEqualTo("{\"state\":1,\"errmsg\":\"received\"}");
    assertThat(app.handled).containsExactly("south/T2");
  }

  @Test
  void anUnknownTenantIsRefusedWithoutReadingTheBody() throws Exception {
    HttpResponse<String> r = post("/callbacks/bolink/west", FakeBolink.signedBody(prepay("T3"), "fake-bolink-ukey"));
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).isEqualTo("unknown tenant");
    assertThat(app.handled).isEmpty();
  }

  @Test
  void anUnsignedBodyIsRefusedAndNotRecordedSoTheSignedResendIsHandled() throws Exception {
    HttpResponse<String> unsigned = post("/callbacks/bolink/default",
        "{\"data\":{\"service_name\":\"prepay_order\",\"park_id\":\"1001\",\"trade_no\":\"T4\"}}");
    assertThat(unsigned.statusCode()).isEqualTo(400);
    assertThat(app.handled).isEmpty();
    assertThat(fake.sendCallback(url("/callbacks/bolink/default"), prepay("T4")).answers())
        .containsExactly("{\"state\":1,\"errmsg\":\"received\"}");
    assertThat(app.handled).containsExactly("default/T4");
  }

  @Test
  void aBodyBeyondTheCapIsRefusedBeforeAnyWork() throws Exception {
    String huge = "{\"data\":\"" + "x".repeat(io.github.ampark.core.callback.CallbackRequest.MAX_BODY_BYTES) + "\"}";
    HttpResponse<String> r = post("/callbacks/bolink/default", huge);
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(app.handled).isEmpty();
  }

  @Test
  void onlyPostIsAnswered() throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/callbacks/bolink/default"))).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.headers().firstValue("Allow")).hasValue("POST");
  }
}
