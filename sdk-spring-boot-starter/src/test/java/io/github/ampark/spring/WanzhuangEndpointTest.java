package io.github.ampark.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.spring.test.AmparkFakes;
import io.github.ampark.wanzhuang.WanzhuangHandler;
import io.github.ampark.wanzhuang.model.FinishOrderEvent;
import io.github.ampark.wanzhuang.model.WanzhuangReply;
import java.net.http.HttpResponse;
import java.util.List;
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
 * Wanzhuang's endpoint: {@code <path>/[<tenant>/]<token>/<kind>}. Wanzhuang signs no callback, so
 * the tenant's secret path token (and, where set, the source address) is what admits one: a wrong
 * token or source is refused before the handler and never recorded in the guard, a resend of a
 * handled finish_order is acknowledged without handling, and a tenant without a token is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "ampark.wanzhuang.callback.path=/callbacks/wz",
    "ampark.wanzhuang.callback-token=" + WanzhuangEndpointTest.TOKEN,
    "ampark.wanzhuang.tenants.north.callback-token=" + WanzhuangEndpointTest.NORTH_TOKEN,
    "ampark.wanzhuang.tenants.locked.callback-allowed-sources=203.0.113.10",
    "ampark.wanzhuang.tenants.bare.callback-token="})
@AmparkFakes
class WanzhuangEndpointTest {
  static final String TOKEN = "default-token-0123456789";
  static final String NORTH_TOKEN = "north-token-0123456789ab";
  static final String ACK = "{\"code\":1,\"message\":\"success\"}";
  static final String REFUSAL = "{\"code\":0,\"message\":\"fail\"}";

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
    final List<String> handled = new CopyOnWriteArrayList<>();

    @Bean
    DuplicateGuard recordingGuard() {
      return new RecordingGuard();
    }

    @Bean
    WanzhuangHandler handler() {
      return new WanzhuangHandler() {
        @Override
        public WanzhuangReply onFinishOrder(FinishOrderEvent e) {
          handled.add(CallbackTenant.current().orElse("?") + "/" + e.chargeId());
          return WanzhuangReply.acknowledge();
        }
      };
    }
  }

  @Autowired App app;
  @Autowired DuplicateGuard guard;
  @LocalServerPort int port;

  @BeforeEach
  void clear() {
    app.handled.clear();
    ((RecordingGuard) guard).clear();
  }

  static String finish(long chargeId) {
    return "device_num=860000000000001&device_port=1&charge_id=" + chargeId + "&used_time=60&used_money=120";
  }

  HttpResponse<String> post(String path, String form) throws Exception {
    return Http.post(port, path, "application/x-www-form-urlencoded", form);
  }

  @Test
  void aCallbackWithTheTokenIsHandledOnceAndItsResendGetsTheSameAcknowledgement() throws Exception {
    HttpResponse<String> first = post("/callbacks/wz/" + TOKEN + "/finish_order", finish(1001));
    HttpResponse<String> again = post("/callbacks/wz/" + TOKEN + "/finish_order", finish(1001));
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).isEqualTo(ACK);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(ACK);
    assertThat(app.handled).containsExactly("default/1001");
    assertThat(((RecordingGuard) guard).completed).containsExactly("wanzhuang:finish_order:1001");
  }

  @Test
  void aWrongTokenIsRefusedNotRecordedAndTheGenuineResendIsHandled() throws Exception {
    HttpResponse<String> forged = post("/callbacks/wz/" + NORTH_TOKEN + "/finish_order", finish(1002));
    assertThat(forged.statusCode()).isEqualTo(500);
    assertThat(forged.body()).isEqualTo(REFUSAL);
    assertThat(app.handled).isEmpty();
    assertThat(((RecordingGuard) guard).claimed).isEmpty();
    assertThat(((RecordingGuard) guard).completed).isEmpty();

    HttpResponse<String> genuine = post("/callbacks/wz/" + TOKEN + "/finish_order", finish(1002));
    assertThat(genuine.body()).isEqualTo(ACK);
    assertThat(app.handled).containsExactly("default/1002");
  }

  @Test
  void theTenantInThePathPicksItsToken() throws Exception {
    assertThat(post("/callbacks/wz/north/" + TOKEN + "/finish_order", finish(1003)).body()).isEqualTo(REFUSAL);
    assertThat(post("/callbacks/wz/north/" + NORTH_TOKEN + "/finish_order", finish(1003)).body()).isEqualTo(ACK);
    assertThat(app.handled).containsExactly("north/1003");
  }

  @Test
  void theSourceAddressIsPassedThroughAndCheckedWhereAllowedSourcesAreSet() throws Exception {
    HttpResponse<String> r = post("/callbacks/wz/locked/" + TOKEN + "/finish_order", finish(1004));
    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.body()).isEqualTo(REFUSAL);
    assertThat(app.handled).isEmpty();
  }

  @Test
  void aTenantWithoutATokenIsRefusedAndAMalformedPathIsNotFound() throws Exception {
    HttpResponse<String> bare = post("/callbacks/wz/bare/" + TOKEN + "/finish_order", finish(1005));
    assertThat(bare.statusCode()).isEqualTo(503);
    assertThat(post("/callbacks/wz/finish_order", finish(1005)).statusCode()).isEqualTo(404);
    assertThat(post("/callbacks/wz/a/b/c/finish_order", finish(1005)).statusCode()).isEqualTo(404);
    assertThat(app.handled).isEmpty();
  }
}
