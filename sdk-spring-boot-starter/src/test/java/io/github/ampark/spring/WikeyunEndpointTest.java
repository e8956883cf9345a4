package io.github.ampark.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.spring.test.AmparkFakes;
import io.github.ampark.testkit.CallbackSender;
import io.github.ampark.testkit.wikeyun.FakeWikeyun;
import io.github.ampark.wikeyun.WikeyunClient;
import io.github.ampark.wikeyun.WikeyunHandler;
import io.github.ampark.wikeyun.model.NotifyReply;
import io.github.ampark.wikeyun.model.OrderStatusEvent;
import io.github.ampark.wikeyun.model.PushOrderRequest;
import java.net.http.HttpResponse;
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
 * Wikeyun's endpoint: the fake's callback for an order the auto-configured client pushed is
 * confirmed by the client's signed query, reaches the handler once, and every delivery gets
 * Wikeyun's exact {@code success}; a callback whose amount was changed does not match the
 * confirmed order and is refused without reaching the handler or the guard's completed keys.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "ampark.wikeyun.callback.path=/callbacks/wikeyun")
@AmparkFakes
class WikeyunEndpointTest {
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
    final List<String> handled = new CopyOnWriteArrayList<>();

    @Bean
    DuplicateGuard recordingGuard() {
      return new RecordingGuard();
    }

    @Bean
    WikeyunHandler handler() {
      return new WikeyunHandler() {
        @Override
        public NotifyReply onOrderStatus(OrderStatusEvent e) {
          handled.add(CallbackTenant.current().orElse("?") + "/" + e.orderNo() + "/" + e.status().code());
          return NotifyReply.success();
        }
      };
    }
  }

  @Autowired App app;
  @Autowired DuplicateGuard guard;
  @Autowired FakeWikeyun fake;
  @Autowired WikeyunClient client;
  @LocalServerPort int port;

  @BeforeEach
  void clear() {
    app.handled.clear();
    ((RecordingGuard) guard).clear();
  }

  String pushOrder(String orderNo, String cardNum) {
    long card = fake.seedCard(cardNum, "广东", "深圳");
    client.power().pushOrder(PushOrderRequest.builder().cardId(card).orderNo(orderNo).amountYuan(100)
        .notifyUrl("http://127.0.0.1:" + port + "/callbacks/wikeyun/default").build());
    return orderNo;
  }

  @Test
  void aConfirmedCallbackIsHandledOnceAndEveryResendGetsWikeyunsExactSuccess() {
    String order = pushOrder("WK-1", "13100000001");
    CallbackSender.Delivery first = fake.completeOrder(order).orElseThrow();
    CallbackSender.Delivery resend = fake.resendCallback(order).orElseThrow();
    assertThat(first.acknowledged()).isTrue();
    assertThat(first.answers()).containsExactly("success");
    assertThat(resend.answers()).containsExactly("success");
    assertThat(app.handled).containsExactly("default/WK-1/2");
    assertThat(((RecordingGuard) guard).completed).hasSize(1);
  }

  @Test
  void aCallbackWithAChangedAmountIsRefusedNotRecordedAndTheGenuineOneIsHandled() throws Exception {
    String order = pushOrder("WK-2", "13100000002");
    Map<String, String> fields = fake.callbackFields(order);
    StringBuilder form = new StringBuilder();
    for (Map.Entry<String, String> e : fields.entrySet()) {
      String v = "amount".equals(e.getKey()) ? "1000" : e.getValue();
      form.append(form.length() == 0 ? "" : "&").append(e.getKey()).append('=')
          .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
    }
    HttpResponse<String> tampered = Http.post(port, "/callbacks/wikeyun", "application/x-www-form-urlencoded", form.toString());
    assertThat(tampered.statusCode()).isEqualTo(400);
    assertThat(tampered.body()).isEqualTo("fail");
    assertThat(app.handled).isEmpty();
    assertThat(((RecordingGuard) guard).completed).isEmpty();

    assertThat(fake.resendCallback(order).orElseThrow().answers()).containsExactly("success");
    assertThat(app.handled).hasSize(1);
  }
}
