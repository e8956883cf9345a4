package io.github.ampark.wikeyun;

import static io.github.ampark.wikeyun.Wire.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.IfAbsent;
import io.github.ampark.core.OutcomeUnknownException;
import io.github.ampark.core.RetryPolicy;
import io.github.ampark.core.testing.MockServerTest;
import io.github.ampark.wikeyun.model.PushOrderRequest;
import io.github.ampark.wikeyun.model.PushOrderResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/**
 * Hostile or lagging answers to the reconciliation query after a lost pushOrder answer: only an
 * answer naming this order_no with the same amount and card is taken for it; everything else is
 * "outcome unknown" and nothing is resent.
 */
class PushOrderReconcileAnswersTest extends MockServerTest<WikeyunClient> {
  static final PushOrderRequest ORDER =
      PushOrderRequest.builder().cardId(67890).orderNo("T1").amountYuan(100).build();

  @Override
  protected WikeyunClient newClient(MockWebServer server) {
    return client(server).retryPolicy(RetryPolicy.none()).build();
  }

  static MockResponse lost() {
    return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
  }

  static MockResponse order(String orderNo, String amount, String cardId) {
    return ok("{\"order_number\":\"P1\",\"order_no\":\"" + orderNo + "\",\"amount\":" + amount + ",\"status\":\"1\""
        + (cardId == null ? "" : ",\"card_id\":\"" + cardId + "\"") + "}");
  }

  List<String> paths() throws InterruptedException {
    return io.github.ampark.core.testing.MockServers.paths(server);
  }

  OutcomeUnknownException unknownFrom(WikeyunClient c) {
    try {
      c.power().pushOrder(ORDER);
    } catch (OutcomeUnknownException e) {
      return e;
    }
    throw new AssertionError("expected OutcomeUnknownException");
  }

  @Test
  void anAnswerNamingAnotherOrderNoIsOutcomeUnknownNeverThePlacedOrder() throws Exception {
    server.enqueue(lost());
    server.enqueue(order("T2", "100", "67890"));
    OutcomeUnknownException e = unknownFrom(client);
    assertThat(e.businessKey()).isEqualTo("T1");
    assertThat(e.absenceReported()).isFalse();
    assertThat(e.mayHaveReachedVendor()).isTrue();
    assertThat(e.reconciliation()).contains("another order_no").contains("T2");
    assertThat(paths()).containsExactly("/rest/Power/pushOrder", "/rest/Power/query");
  }

  @Test
  void anAnswerForAnotherCardIsOutcomeUnknown() throws Exception {
    server.enqueue(lost());
    server.enqueue(order("T1", "100", "11111"));
    assertThat(unknownFrom(client).reconciliation()).contains("card 11111");
    assertThat(paths()).containsExactly("/rest/Power/pushOrder", "/rest/Power/query");
  }

  @Test
  void anAnswerWithAnotherAmountIsOutcomeUnknown() throws Exception {
    server.enqueue(lost());
    server.enqueue(order("T1", "\"300\"", null));
    assertThat(unknownFrom(client).reconciliation()).contains("amount 300");
    assertThat(paths()).containsExactly("/rest/Power/pushOrder", "/rest/Power/query");
  }

  @Test
  void aMatchingAnswerWithoutCardIdIsTheOrder() throws Exception {
    server.enqueue(lost());
    server.enqueue(order("T1", "100.00", null));
    PushOrderResult r = client.power().pushOrder(ORDER);
    assertThat(r.reconciled()).isTrue();
    assertThat(r.orderNumber()).isEqualTo("P1");
  }

  @Test
  void malformedOrEmptyAnswersProveNothing() throws Exception {
    server.enqueue(lost());
    server.enqueue(ok("{\"order_number\":\"P1\",\"amount\":100,\"status\":1}"));
    assertThat(unknownFrom(client).absenceReported()).isFalse();
    server.enqueue(lost());
    server.enqueue(ok("null"));
    assertThat(unknownFrom(client).absenceReported()).isFalse();
    server.enqueue(lost());
    server.enqueue(new MockResponse.Builder().code(200).body("<html>维护中</html>").build());
    assertThat(unknownFrom(client).absenceReported()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(6);
  }

  @Test
  void withResendALaggingAbsenceFollowedByTheOrderReturnsItWithoutResending() throws Exception {
    server.enqueue(lost());
    server.enqueue(error("2001", "订单不存在"));
    server.enqueue(order("T1", "100", "67890"));
    try (WikeyunClient resend = client(server).retryPolicy(RetryPolicy.none()).ifAbsent(IfAbsent.RESEND)
        .reconcileSettleDelay(java.time.Duration.ofMillis(50)).build()) {
      assertThat(resend.power().pushOrder(ORDER).reconciled()).isTrue();
    }
    assertThat(paths()).containsExactly("/rest/Power/pushOrder", "/rest/Power/query", "/rest/Power/query");
  }

  @Test
  void withResendAnAbsenceThenAFailedQueryIsOutcomeUnknown() throws Exception {
    server.enqueue(lost());
    server.enqueue(error("2001", "订单不存在"));
    server.enqueue(new MockResponse.Builder().code(502).body("bad gateway").build());
    try (WikeyunClient resend = client(server).retryPolicy(RetryPolicy.none()).ifAbsent(IfAbsent.RESEND)
        .reconcileSettleDelay(java.time.Duration.ofMillis(50)).build()) {
      assertThatThrownBy(() -> resend.power().pushOrder(ORDER)).isInstanceOf(OutcomeUnknownException.class);
    }
    assertThat(paths()).containsExactly("/rest/Power/pushOrder", "/rest/Power/query", "/rest/Power/query");
  }

  @Test
  void asyncAnAnswerNamingAnotherOrderNoIsOutcomeUnknown() throws Exception {
    server.enqueue(lost());
    server.enqueue(order("T2", "100", "67890"));
    assertThatThrownBy(() -> client.power().pushOrderAsync(ORDER).join()).cause()
        .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> assertThat(e.reconciliation()).contains("T2"));
    assertThat(paths()).containsExactly("/rest/Power/pushOrder", "/rest/Power/query");
  }
}
