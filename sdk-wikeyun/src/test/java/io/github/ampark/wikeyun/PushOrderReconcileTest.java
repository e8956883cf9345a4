package io.github.ampark.wikeyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ApiException;
import io.github.ampark.core.IfAbsent;
import io.github.ampark.core.OutcomeUnknownException;
import io.github.ampark.core.RetryPolicy;
import io.github.ampark.testkit.FakeRequest;
import io.github.ampark.testkit.Fault;
import io.github.ampark.testkit.wikeyun.FakeWikeyun;
import io.github.ampark.wikeyun.model.OrderStatus;
import io.github.ampark.wikeyun.model.PushOrderRequest;
import io.github.ampark.wikeyun.model.PushOrderResult;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * pushOrder after a lost answer, against the faithful fake: an order Wikeyun has (same order_no,
 * amount, card) is returned; anything else is "outcome unknown"; a proven absence is reported by
 * default and resent only by opt-in after two agreeing queries. Adversarial answers the fake does
 * not give (another order_no, another card, a lagging absence) are in {@link
 * PushOrderReconcileAnswersTest}.
 */
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
        .ifAbsent(ifAbsent).orderNotFoundRule(rule).reconcileSettleDelay(java.time.Duration.ofMillis(50)).build();
  }

  WikeyunClient defaultClient() {
    return WikeyunClient.builder().credentials(FakeWikeyun.APP_KEY, FakeWikeyun.APP_SECRET)
        .storeId(FakeWikeyun.STORE_ID).baseUrl(fake.url()).retryPolicy(RetryPolicy.none()).build();
  }

  PushOrderRequest order(String orderNo) {
    return PushOrderRequest.builder().cardId(card).orderNo(orderNo).amountYuan(100).build();
  }

  List<String> paths() {
    return fake.journal().stream().map(FakeRequest::path).collect(Collectors.toList());
  }

  static Consumer<OutcomeUnknownException> unknown(String key, boolean absenceReported) {
    return e -> {
      assertThat(e.mayHaveReachedVendor()).isTrue();
      assertThat(e.businessKey()).isEqualTo(key);
      assertThat(e.absenceReported()).isEqualTo(absenceReported);
      assertThat(e.getMessage()).contains(key).contains("not resent");
    };
  }

  @Test
  void anOrderWikeyunHasIsReturnedInsteadOfPlacingItAgain() {
    fake.faults().on("POST", PUSH, Fault.processThenDisconnect());
    PushOrderResult r;
    try (WikeyunClient client = defaultClient()) {
      r = client.power().pushOrder(order("T1"));
    }
    assertThat(r.reconciled()).isTrue();
    assertThat(r.orderNo()).isEqualTo("T1");
    assertThat(r.orderNumber()).isEqualTo(fake.order("T1").get().orderNumber());
    assertThat(r.existingOrder()).satisfies(o -> assertThat(o.status()).isEqualTo(OrderStatus.RECHARGING));
    assertThat(paths()).containsExactly(PUSH, QUERY);
    assertThat(fake.orders()).hasSize(1);
    assertThat(fake.journal("POST", QUERY).get(0).form()).containsEntry("order_no", "T1");
  }

  @Test
  void byDefaultAProvenAbsenceIsReportedAsOutcomeUnknownAndNothingIsResent() {
    fake.faults().on("POST", PUSH, Fault.disconnectAfterRequest());
    try (WikeyunClient client = defaultClient()) {
      assertThatThrownBy(() -> client.power().pushOrder(order("T1")))
          .isInstanceOfSatisfying(OutcomeUnknownException.class, unknown("T1", true));
    }
    assertThat(paths()).containsExactly(PUSH, QUERY);
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void withResendAnAbsenceIsResentOnlyAfterASecondQueryAgrees() {
    fake.faults().on("POST", PUSH, Fault.disconnectAfterRequest());
    PushOrderResult r;
    try (WikeyunClient client = client(IfAbsent.RESEND)) {
      r = client.power().pushOrder(order("T1"));
    }
    assertThat(r.reconciled()).isFalse();
    assertThat(r.orderNumber()).isEqualTo(fake.order("T1").get().orderNumber());
    assertThat(paths()).containsExactly(PUSH, QUERY, QUERY, PUSH);
    assertThat(fake.orders()).hasSize(1);
  }

  @Test
  void whenWikeyunCannotBeAskedTheOutcomeIsUnknownAndNothingIsResent() {
    fake.faults().on("POST", PUSH, Fault.processThenDisconnect());
    fake.faults().on("POST", QUERY, Fault.status(503));
    try (WikeyunClient client = client(IfAbsent.RESEND)) {
      assertThatThrownBy(() -> client.power().pushOrder(order("T1")))
          .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
            unknown("T1", false).accept(e);
            assertThat(e.reconciliation()).contains("query failed");
            assertThat(e.getCause().getSuppressed()).singleElement().isInstanceOf(ApiException.class);
          });
    }
    assertThat(paths()).containsExactly(PUSH, QUERY);
    assertThat(fake.orders()).hasSize(1);
  }

  @Test
  void anErrorTheRuleDoesNotCallNotFoundIsNotTakenForAbsence() {
    fake.faults().on("POST", PUSH, Fault.disconnectAfterRequest());
    OrderNotFoundRule never = e -> false;
    try (WikeyunClient client = client(IfAbsent.RESEND, never)) {
      assertThatThrownBy(() -> client.power().pushOrder(order("T1")))
          .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
            unknown("T1", false).accept(e);
            assertThat(e.getCause().getSuppressed()[0])
                .isInstanceOfSatisfying(ApiException.class, q -> assertThat(q.vendorCode()).isEqualTo("2001"));
          });
    }
    assertThat(paths()).containsExactly(PUSH, QUERY);
    assertThat(fake.orders()).isEmpty();
  }

  @Test
  void aRuleThatThrowsProvesNothing() {
    fake.faults().on("POST", PUSH, Fault.disconnectAfterRequest());
    OrderNotFoundRule broken = e -> { throw new IllegalStateException("bug in the rule"); };
    try (WikeyunClient client = client(IfAbsent.RESEND, broken)) {
      assertThatThrownBy(() -> client.power().pushOrder(order("T1")))
          .isInstanceOfSatisfying(OutcomeUnknownException.class, unknown("T1", false));
    }
    assertThat(paths()).containsExactly(PUSH, QUERY);
  }

  @Test
  void aRuleByVendorCodeCanReplaceTheMessageHeuristic() {
    fake.faults().on("POST", PUSH, Fault.disconnectAfterRequest());
    try (WikeyunClient client = client(IfAbsent.THROW, OrderNotFoundRule.vendorCodes(FakeWikeyun.CODE_ORDER_NOT_FOUND))) {
      assertThatThrownBy(() -> client.power().pushOrder(order("T1")))
          .isInstanceOfSatisfying(OutcomeUnknownException.class, unknown("T1", true));
    }
    assertThat(paths()).containsExactly(PUSH, QUERY);
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
          .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
            unknown("T1", false).accept(e);
            assertThat(e.reconciliation()).contains("amount 100").contains("not 200");
          });
    }
    assertThat(paths()).containsExactly(PUSH, PUSH, QUERY);
    assertThat(fake.orders()).hasSize(1);
  }

  @Test
  void asyncReturnsTheExistingOrder() throws Exception {
    fake.faults().on("POST", PUSH, Fault.processThenDisconnect());
    try (WikeyunClient client = defaultClient()) {
      PushOrderResult r = client.power().pushOrderAsync(order("T1")).get(10, TimeUnit.SECONDS);
      assertThat(r.reconciled()).isTrue();
    }
    assertThat(paths()).containsExactly(PUSH, QUERY);
    assertThat(fake.orders()).hasSize(1);
  }

  @Test
  void asyncReportsAProvenAbsenceByDefaultAndResendsAfterTwoAgreeingQueriesOnlyByOptIn() throws Exception {
    fake.faults().on("POST", PUSH, Fault.disconnectAfterRequest());
    try (WikeyunClient client = defaultClient()) {
      assertThatThrownBy(() -> client.power().pushOrderAsync(order("T1")).join())
          .isInstanceOf(CompletionException.class).cause()
          .isInstanceOfSatisfying(OutcomeUnknownException.class, unknown("T1", true));
    }
    assertThat(paths()).containsExactly(PUSH, QUERY);
    assertThat(fake.order("T1")).isEmpty();
    fake.clearJournal();
    fake.faults().on("POST", PUSH, Fault.disconnectAfterRequest());
    try (WikeyunClient client = client(IfAbsent.RESEND)) {
      assertThat(client.power().pushOrderAsync(order("T2")).get(10, TimeUnit.SECONDS).reconciled()).isFalse();
    }
    assertThat(paths()).containsExactly(PUSH, QUERY, QUERY, PUSH);
  }

  @Test
  void asyncQueryFailureIsOutcomeUnknown() {
    fake.faults().on("POST", PUSH, Fault.processThenDisconnect());
    fake.faults().on("POST", QUERY, Fault.status(503));
    try (WikeyunClient client = client(IfAbsent.RESEND)) {
      assertThatThrownBy(() -> client.power().pushOrderAsync(order("T1")).join())
          .cause().isInstanceOfSatisfying(OutcomeUnknownException.class, unknown("T1", false));
    }
    assertThat(paths()).containsExactly(PUSH, QUERY);
  }
}
