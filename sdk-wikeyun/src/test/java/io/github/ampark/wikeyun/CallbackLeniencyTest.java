package io.github.ampark.wikeyun;

import static io.github.ampark.wikeyun.Wire.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.CallbackVerificationException;
import io.github.ampark.core.callback.CallbackRequest;
import io.github.ampark.core.testing.MockServerTest;
import io.github.ampark.wikeyun.model.OrderStatus;
import io.github.ampark.wikeyun.model.OrderStatusEvent;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Callbacks take order numbers as the platform issues them (anything non-blank, bounded, without
 * control characters) and {@code status} as a string or a number; the confirming query is the
 * signed request the wire contract says.
 */
class CallbackLeniencyTest extends MockServerTest<WikeyunClient> {
  static final String ISSUED = "WK/2024.01#7 号";

  @Override
  protected WikeyunClient newClient(MockWebServer server) {
    return client(server).build();
  }

  static CallbackRequest json(String body) {
    return CallbackRequest.builder().contentType("application/json").body(body).build();
  }

  @Test
  void aPlatformNumberOutsideTheSdksOwnRuleAndANumericStatusAreAccepted() throws Exception {
    server.enqueue(ok("{\"order_number\":\"" + ISSUED + "\",\"order_no\":\"shop:1\",\"amount\":\"100\",\"status\":2}"));
    OrderStatusEvent e = WikeyunCallbacks.of(client).parse(json(
        "{\"status\":2,\"order_no\":\"shop:1\",\"order_number\":\"" + ISSUED + "\",\"amount\":100}"));
    assertThat(e.orderNumber()).isEqualTo(ISSUED);
    assertThat(e.reportedStatusCode()).isEqualTo("2");
    assertThat(e.status()).isEqualTo(OrderStatus.SUCCESS);
    RecordedRequest q = take(server);
    assertSigned(q, "/rest/Power/query");
    assertThat(body(q)).isEqualTo("store_id=12345&order_no=shop%3A1");
  }

  @Test
  void aNumberWithControlCharactersOrTooLongIsRefusedWithoutAsking() {
    WikeyunCallbacks callbacks = WikeyunCallbacks.of(client);
    assertThatThrownBy(() -> callbacks.parse(json("{\"order_number\":\"P1\\u0000\",\"status\":\"2\"}")))
        .isInstanceOf(CallbackVerificationException.class).hasMessageContaining("malformed order_number");
    assertThatThrownBy(() -> callbacks.parse(json("{\"order_no\":\"" + "T".repeat(129) + "\"}")))
        .isInstanceOf(CallbackVerificationException.class).hasMessageContaining("malformed order_no");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aQueryAnswerForAnotherOrderNumberIsRefused() throws Exception {
    server.enqueue(ok("{\"order_number\":\"P2\",\"order_no\":\"T1\",\"amount\":100,\"status\":\"2\"}"));
    assertThatThrownBy(() -> WikeyunCallbacks.of(client).parse(json("{\"order_no\":\"T1\",\"order_number\":\"P1\"}")))
        .isInstanceOf(CallbackVerificationException.class).hasMessageContaining("order_number");
    assertThat(WikeyunCallbacks.of(client).handle(json("{\"order_no\":\"T1\\r\\n\"}"), new WikeyunHandler() { })
        .status()).isEqualTo(400);
  }
}
