package io.github.ampark.wikeyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.AmparkException;
import io.github.ampark.core.ApiException;
import io.github.ampark.core.RetryPolicy;
import io.github.ampark.core.TransportException;
import io.github.ampark.core.IfAbsent;
import io.github.ampark.testkit.FakeRequest;
import io.github.ampark.testkit.Fault;
import io.github.ampark.testkit.wikeyun.FakeWikeyun;
import io.github.ampark.wikeyun.model.OrderStatus;
import io.github.ampark.wikeyun.model.PushOrderRequest;
import io.github.ampark.wikeyun.model.PushOrderResult;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** pushOrder after a lost answer: an order Wikeyun has is returned, only a confirmed absence is resent. */
class PushOrderReconcileTest {
  static final String PUSH = "/rest/Power/pushOrder";
  static final String QUERY = "/rest/Power/query";

  FakeWikeyun fake;
  long card;

  @BeforeEach
  void start() {
    fake = FakeWikeyun.start();
    card = fake.seedCard("0123456789", "江苏省", "南京市");
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  WikeyunClient client(IfAbsent ifAbsent) {
    return client(ifAbsent, OrderNotFoundRule.defaults());
  }

  WikeyunClient client(IfAbsent ifAbsent, OrderNotFoundRule rule) {
    return WikeyunClient.builder().credentials(FakeWikeyun.APP_KEY, FakeWikeyun.APP_SECRET)
        .storeId(FakeWikeyun.STORE_ID).baseUrl(fake.url()).retryPolicy(RetryPolicy.none())
        .ifAbsent(ifAbsent).orderNotFoundRule(rule).build();
  }

  PushOrderRequest order(String orderNo) {
    return PushOrderRequest.builder().cardId(card).orderNo(orderNo).amountYuan(100).build();
  }

  List<String> paths() {
    return fake.journal().stream().map(FakeRequest::path).collect(Collectors.toList());
  }

  @Test
  void pushOrderAfterLostResponseReturnsExistingOrderInsteadOfPlacingAgain() {
    fake.faults().on("POST", PUSH, Fault.processThenDisconnect());
    PushOrderResult r;
    try (WikeyunClient client = client(IfAbsent.RESEND)) {
      r = client.power().pushOrder(order("T1"));
    }
    assertThat(r.reconciled()).isTrue();
    assertThat(r.orderNo()).isEqualTo("T1");
    assertThat(r.orderNumber()).isEqualTo(fake.order("T1").get().orderNumber());
    assertThat(r.existingOrder().status()).isEqualTo(OrderStatus.RECHARGING);
    assertThat(paths()).containsExactly(PUSH, QUERY);
    assertThat(fake.orders()).hasSize(1);
    assertThat(fake.journal("POST", QUERY).get(0).form()).containsEntry("order_no", "T1");
  }

  @Test
  void pushOrderThatNeverArrivedIsResentOnceAfterWikeyunConfirmsItHasNoSuchOrder() {
    fake.faults().on("POST", PUSH, Fault.disconnectAfterRequest());
    PushOrderResult r;
    try (WikeyunClient client = client(IfAbsent.RESEND)) {
      r = client.power().pushOrder(order("T1"));
    }
    assertThat(r.reconciled()).isFalse();
    assertThat(r.orderNumber()).isEqualTo(fake.order("T1").get().orderNumber());
    assertThat(paths()).containsExactly(PUSH, QUERY, PUSH);
    assertThat(fake.orders()).hasSize(1);
  }

  @Test
  void withIfAbsentThrowAConfirmedAbsenceIsReportedAndNothingIsResent() {
    fake.faults().on("POST", PUSH, Fault.disconnectAfterRequest());
    try (WikeyunClient client = client(IfAbsent.THROW)) {
      assertThatThrownBy(() -> client.power().pushOrder(order("T1")))
          .isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.mayHaveReachedVendor()).isFalse();
            assertThat(e.getMessage()).contains("T1").contains("not placed");
          });
    }
    assertThat(paths()).containsExactly(PUSH, QUERY);
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void whenWikeyunCannotBeAskedTheOriginalFailureIsThrownAndNothingIsResent() {
    fake.faults().on("POST", PUSH, Fault.processThenDisconnect());
    fake.faults().on("POST", QUERY, Fault.status(503));
    try (WikeyunClient client = client(IfAbsent.RESEND)) {
      assertThatThrownBy(() -> client.power().pushOrder(order("T1")))
          .isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.mayHaveReachedVendor()).isTrue();
            assertThat(e.getSuppressed()).singleElement().isInstanceOf(ApiException.class);
          });
    }
    assertThat(paths()).containsExactly(PUSH, QUERY);
    assertThat(fake.orders()).hasSize(1);
  }

  @Test
  void anErrorThatDoesNotSayNotFoundIsNotTakenForAbsence() {
    fake.faults().on("POST", PUSH, Fault.disconnectAfterRequest());
    OrderNotFoundRule never = e -> false;
    try (WikeyunClient client = client(IfAbsent.RESEND, never)) {
      assertThatThrownBy(() -> client.power().pushOrder(order("T1")))
          .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.getSuppressed()[0])
              .isInstanceOfSatisfying(ApiException.class, q -> assertThat(q.vendorCode()).isEqualTo("2001")));
    }
    assertThat(paths()).containsExactly(PUSH, QUERY);
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void aRuleByVendorCodeCanReplaceTheMessageHeuristic() {
    fake.faults().on("POST", PUSH, Fault.disconnectAfterRequest());
    try (WikeyunClient client = client(IfAbsent.RESEND, OrderNotFoundRule.vendorCodes(FakeWikeyun.CODE_ORDER_NOT_FOUND))) {
      assertThat(client.power().pushOrder(order("T1")).reconciled()).isFalse();
    }
    assertThat(paths()).containsExactly(PUSH, QUERY, PUSH);
  }

  @Test
  void aClearRefusalIsNotReconciled() {
    try (WikeyunClient client = client(IfAbsent.RESEND)) {
      client.power().pushOrder(order("T1"));
      assertThatThrownBy(() -> client.power().pushOrder(order("T1")))
          .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.vendorCode()).isEqualTo("2002"));
    }
    assertThat(paths()).containsExactly(PUSH, PUSH);
  }

  @Test
  void anExistingOrderForAnotherAmountIsNotTakenForThisOne() {
    try (WikeyunClient client = client(IfAbsent.RESEND)) {
      client.power().pushOrder(order("T1"));
      fake.faults().on("POST", PUSH, Fault.disconnectAfterRequest());
      PushOrderRequest reused = order("T1").toBuilder().amountYuan(200).build();
      assertThatThrownBy(() -> client.power().pushOrder(reused))
          .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.getSuppressed()).singleElement()
              .isInstanceOfSatisfying(AmparkException.class, q -> assertThat(q.getMessage())
                  .contains("order_no T1 exists at Wikeyun").contains("100 yuan").contains("200 yuan")));
    }
    assertThat(paths()).containsExactly(PUSH, PUSH, QUERY);
    assertThat(fake.orders()).hasSize(1);
  }

  @Test
  void asyncPushOrderAfterLostResponseReturnsTheExistingOrder() throws Exception {
    fake.faults().on("POST", PUSH, Fault.processThenDisconnect());
    try (WikeyunClient client = client(IfAbsent.RESEND)) {
      PushOrderResult r = client.power().pushOrderAsync(order("T1")).get(10, TimeUnit.SECONDS);
      assertThat(r.reconciled()).isTrue();
    }
    assertThat(paths()).containsExactly(PUSH, QUERY);
    assertThat(fake.orders()).hasSize(1);
  }

  @Test
  void asyncPushOrderIsResentOnConfirmedAbsenceOrReportedWithThrow() throws Exception {
    fake.faults().on("POST", PUSH, Fault.disconnectAfterRequest());
    try (WikeyunClient client = client(IfAbsent.RESEND)) {
      assertThat(client.power().pushOrderAsync(order("T1")).get(10, TimeUnit.SECONDS).reconciled()).isFalse();
    }
    assertThat(paths()).containsExactly(PUSH, QUERY, PUSH);
    fake.clearJournal();
    fake.faults().on("POST", PUSH, Fault.disconnectAfterRequest());
    try (WikeyunClient client = client(IfAbsent.THROW)) {
      assertThatThrownBy(() -> client.power().pushOrderAsync(order("T2")).join())
          .isInstanceOf(CompletionException.class).cause().isInstanceOf(TransportException.class)
          .hasMessageContaining("not placed");
    }
    assertThat(paths()).containsExactly(PUSH, QUERY);
    assertThat(fake.order("T2")).isEmpty();
  }

  @Test
  void asyncQueryFailureKeepsTheOriginalFailure() {
    fake.faults().on("POST", PUSH, Fault.processThenDisconnect());
    fake.faults().on("POST", QUERY, Fault.status(503));
    try (WikeyunClient client = client(IfAbsent.RESEND)) {
      assertThatThrownBy(() -> client.power().pushOrderAsync(order("T1")).join())
          .cause().isInstanceOfSatisfying(TransportException.class,
              e -> assertThat(e.getSuppressed()).singleElement().isInstanceOf(ApiException.class));
    }
    assertThat(paths()).containsExactly(PUSH, QUERY);
  }
}
