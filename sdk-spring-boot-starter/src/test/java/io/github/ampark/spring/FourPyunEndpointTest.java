package io.github.ampark.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ampark.fourpyun.FourPyunHandler;
import io.github.ampark.fourpyun.model.GatewayReply;
import io.github.ampark.fourpyun.model.PaymentResultEvent;
import io.github.ampark.spring.test.AmparkFakes;
import io.github.ampark.testkit.CallbackSender;
import io.github.ampark.testkit.fourpyun.FakeFourPyun;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/** The 4pyun gateway endpoint: the fake's signed payment result reaches the FourPyunHandler bean once and is acknowledged. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "ampark.fourpyun.callback.path=/callbacks/4pyun")
@AmparkFakes
class FourPyunEndpointTest {
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
    final List<PaymentResultEvent> handled = new CopyOnWriteArrayList<>();

    @Bean
    FourPyunHandler fourPyunHandler() {
      return new FourPyunHandler() {
        @Override
        public GatewayReply onPaymentResult(PaymentResultEvent e) {
          handled.add(e);
          return GatewayReply.ok();
        }
      };
    }
  }

  @Autowired App app;
  @Autowired FakeFourPyun fake;
  @LocalServerPort int port;

  @Test
  void aSignedPaymentResultIsHandledOnceAndItsResendAcknowledgedWithoutHandling() {
    String url = "http://127.0.0.1:" + port + "/callbacks/4pyun/default";
    CallbackSender.Delivery first = fake.sendPaymentResult(url, "S1", "PO-1", 500);
    assertThat(first.acknowledged()).isTrue();
    assertThat(first.answers().get(0)).contains("\"result_code\":\"1001\"");
    assertThat(app.handled).hasSize(1);
    assertThat(app.handled.get(0).parkingOrder()).isEqualTo("PO-1");
    assertThat(app.handled.get(0).payValueFen()).isEqualTo(500L);
  }
}
