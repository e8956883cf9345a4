package io.github.ampark.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.spring.fourpyun.FourPyunPushHandler;
import io.github.ampark.spring.test.AmparkFakes;
import io.github.ampark.testkit.fourpyun.FakeFourPyun;
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
 * 4pyun's openapi push endpoint ({@code ampark.fourpyun.push.path}): a push signed by the fake's own
 * code with the tenant's app secret reaches the {@link FourPyunPushHandler} once; its repeat gets the
 * same {@code {"code":"1001"}}; a push changed after signing is refused with {@code 1401}, never
 * reaches the handler and is never recorded in the guard.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "ampark.fourpyun.push.path=/callbacks/4pyun-push")
@AmparkFakes
class FourPyunPushEndpointTest {
  static final String ACK = "{\"code\":\"1001\"}";

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
    final List<String> handled = new CopyOnWriteArrayList<>();

    @Bean
    DuplicateGuard recordingGuard() {
      return new RecordingGuard();
    }

    @Bean
    FourPyunPushHandler pushes() {
      return push -> handled.add(CallbackTenant.current().orElse("?") + "/" + push.fields().get("parking_order"));
    }
  }

  @Autowired App app;
  @Autowired DuplicateGuard guard;
  @Autowired FakeFourPyun fake;
  @LocalServerPort int port;

  @BeforeEach
  void clear() {
    app.handled.clear();
    ((RecordingGuard) guard).clear();
  }

  static Map<String, String> push(String order) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("event", "parking.exit");
    f.put("parking_order", order);
    f.put("plate", "沪A12345");
    return f;
  }

  HttpResponse<String> post(String path, String form) throws Exception {
    return Http.post(port, path, "application/x-www-form-urlencoded", form);
  }

  @Test
  void aSignedPushIsHandledOnceAndItsRepeatGetsTheSameAcknowledgement() throws Exception {
    String form = fake.signedOpenApiForm(push("PO-1"));
    HttpResponse<String> first = post("/callbacks/4pyun-push", form);
    HttpResponse<String> again = post("/callbacks/4pyun-push/default", form);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).isEqualTo(ACK);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(ACK);
    assertThat(app.handled).containsExactly("default/PO-1");
    assertThat(((RecordingGuard) guard).completed).hasSize(1);
  }

  @Test
  void thePushThroughTheFakesOwnSenderIsAcknowledged() {
    assertThat(fake.sendOpenApiPush("http://127.0.0.1:" + port + "/callbacks/4pyun-push", push("PO-2"), 1).answers())
        .containsExactly(ACK);
    assertThat(app.handled).containsExactly("default/PO-2");
  }

  @Test
  void aPushChangedAfterSigningIsRefusedNotRecordedAndTheGenuineOneIsHandled() throws Exception {
    String genuine = fake.signedOpenApiForm(push("PO-3"));
    HttpResponse<String> tampered = post("/callbacks/4pyun-push", genuine.replace("PO-3", "PO-9"));
    assertThat(tampered.statusCode()).isEqualTo(200);
    assertThat(tampered.body()).isEqualTo("{\"code\":\"1401\",\"message\":\"签名错误\"}");
    assertThat(app.handled).isEmpty();
    assertThat(((RecordingGuard) guard).claimed).isEmpty();
    assertThat(((RecordingGuard) guard).completed).isEmpty();

    assertThat(post("/callbacks/4pyun-push", genuine).body()).isEqualTo(ACK);
    assertThat(app.handled).containsExactly("default/PO-3");
  }
}
