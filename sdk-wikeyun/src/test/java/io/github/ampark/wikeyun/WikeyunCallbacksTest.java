package io.github.ampark.wikeyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.ampark.core.CallbackVerificationException;
import io.github.ampark.core.TransportException;
import io.github.ampark.core.callback.CallbackReply;
import io.github.ampark.core.callback.CallbackRequest;
import io.github.ampark.core.callback.DuplicateGuard;
import io.github.ampark.testkit.CallbackSender.Delivery;
import io.github.ampark.testkit.Fault;
import io.github.ampark.testkit.wikeyun.FakeWikeyun;
import io.github.ampark.wikeyun.model.OrderStatusEvent;
import io.github.ampark.wikeyun.model.OrderStatus;
import io.github.ampark.wikeyun.model.PushOrderRequest;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import io.github.ampark.core.ValidationException;
import io.github.ampark.wikeyun.model.NotifyReply;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Callbacks are confirmed with a signed query, accepted in every encoding, rejected when tampered, handled once. */
class WikeyunCallbacksTest {
  FakeWikeyun fake;
  WikeyunClient client;
  WikeyunCallbacks callbacks;
  long card;

  @BeforeEach
  void start() {
    fake = FakeWikeyun.start().callbackInterval(Duration.ofMillis(5));
    client = WikeyunClient.builder().credentials(FakeWikeyun.APP_KEY, FakeWikeyun.APP_SECRET)
        .storeId(FakeWikeyun.STORE_ID).baseUrl(fake.url()).build();
    callbacks = WikeyunCallbacks.of(client);
    card = fake.seedCard("0123456789", "江苏省", "南京市");
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  void place(String orderNo, String notifyUrl) {
    PushOrderRequest.Builder b = PushOrderRequest.builder().cardId(card).orderNo(orderNo).amountYuan(100);
    if (notifyUrl != null) {
      b.notifyUrl(notifyUrl);
    }
    client.power().pushOrder(b.build());
  }

  static CallbackRequest json(Map<String, String> fields) {
    StringBuilder sb = new StringBuilder("{");
    fields.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append('"').append(k).append("\":")
        .append(k.equals("fanli") || k.equals("cost_price") ? v : "\"" + v + "\""));
    return CallbackRequest.builder().contentType("application/json;charset=UTF-8").body(sb.append('}').toString()).build();
  }

  static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  Map<String, String> completed(String orderNo) {
    place(orderNo, null);
    fake.completeOrder(orderNo);
    return fake.callbackFields(orderNo);
  }

  @Test
  void aJsonCallbackIsConfirmedWithASignedQuery() {
    Map<String, String> fields = completed("T1");
    fake.clearJournal();
    OrderStatusEvent event = callbacks.parse(json(fields));
    assertThat(event.orderNo()).isEqualTo("T1");
    assertThat(event.orderNumber()).isEqualTo(fake.order("T1").get().orderNumber());
    assertThat(event.status()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(event.reportedStatus()).isEqualTo(OrderStatus.SUCCESS);
    assertThat(event.order().arrivedYuan()).satisfies(v -> assertThat(v).isEqualByComparingTo("100"));
    assertThat(event.eventKey()).isEqualTo("wikeyun:power:T1:status:2");
    assertThat(fake.journal()).singleElement().satisfies(r -> {
      assertThat(r.path()).isEqualTo("/rest/Power/query");
      assertThat(r.form()).containsEntry("order_no", "T1");
      assertThat(r.queryParameter("sign")).hasValueSatisfying(sign -> assertThat(sign).isNotBlank());
    });
  }

  @Test
  void aFormCallbackIsAccepted() {
    Map<String, String> fields = completed("T1");
    CallbackRequest request = CallbackRequest.builder().contentType("application/x-www-form-urlencoded")
        .body(form(fields)).build();
    assertThat(callbacks.parse(request).status()).isEqualTo(OrderStatus.SUCCESS);
  }

  @Test
  void aQueryCallbackIsAcceptedForGetAndForPostWithAnEmptyBody() {
    Map<String, String> fields = completed("T1");
    CallbackRequest get = CallbackRequest.builder().method("GET").rawQuery(form(fields)).build();
    CallbackRequest post = CallbackRequest.builder().rawQuery(form(fields)).contentType("application/x-www-form-urlencoded").build();
    assertThat(callbacks.parse(get).orderNo()).isEqualTo("T1");
    assertThat(callbacks.parse(post).orderNo()).isEqualTo("T1");
  }

  @Test
  void theEventCarriesTheConfirmedStatusNotTheClaimedOne() {
    Map<String, String> fields = completed("T1");
    fields.put("status", "1");
    OrderStatusEvent event = callbacks.parse(json(fields));
    assertThat(event.reportedStatus()).isEqualTo(OrderStatus.RECHARGING);
    assertThat(event.status()).isEqualTo(OrderStatus.SUCCESS);
  }

  @Test
  void aCallbackWithAnotherAmountIsRejected() {
    Map<String, String> fields = completed("T1");
    fields.put("amount", "1000");
    assertThatThrownBy(() -> callbacks.parse(json(fields)))
        .isInstanceOf(CallbackVerificationException.class).hasMessageContaining("amount \"1000\"");
    fields.put("amount", "cent");
    assertThatThrownBy(() -> callbacks.parse(json(fields))).isInstanceOf(CallbackVerificationException.class);
  }

  @Test
  void anAmountWrittenDifferentlyButEqualIsAccepted() {
    Map<String, String> fields = completed("T1");
    fields.put("amount", "100.00");
    assertThat(callbacks.parse(json(fields)).orderNo()).isEqualTo("T1");
  }

  @Test
  void aCallbackPairingAnotherOrdersNumberIsRejected() {
    Map<String, String> t1 = completed("T1");
    completed("T2");
    t1.put("order_number", fake.order("T2").get().orderNumber());
    assertThatThrownBy(() -> callbacks.parse(json(t1)))
        .isInstanceOf(CallbackVerificationException.class).hasMessageContaining("order_number");
  }

  @Test
  void aCallbackForAnOrderWikeyunDoesNotHaveIsRejected() {
    Map<String, String> fields = completed("T1");
    fields.put("order_no", "FORGED1");
    assertThatThrownBy(() -> callbacks.parse(json(fields)))
        .isInstanceOf(CallbackVerificationException.class).hasMessageContaining("no order \"FORGED1\"");
    Map<String, String> byNumber = new java.util.LinkedHashMap<>();
    byNumber.put("order_number", "P00000000999999");
    byNumber.put("status", "2");
    assertThatThrownBy(() -> callbacks.parse(json(byNumber))).isInstanceOf(CallbackVerificationException.class);
  }

  @Test
  void unreadableOrEmptyCallbacksAreRejected() {
    assertThatThrownBy(() -> callbacks.parse(CallbackRequest.builder().contentType("application/json").body("{oops").build()))
        .isInstanceOf(CallbackVerificationException.class).hasMessageContaining("not JSON");
    assertThatThrownBy(() -> callbacks.parse(CallbackRequest.builder().contentType("application/json").body("[1]").build()))
        .isInstanceOf(CallbackVerificationException.class);
    assertThatThrownBy(() -> callbacks.parse(CallbackRequest.builder().build()))
        .isInstanceOf(CallbackVerificationException.class).hasMessageContaining("no fields");
    assertThatThrownBy(() -> callbacks.parse(CallbackRequest.builder().contentType("application/xml").body("<x/>").build()))
        .isInstanceOf(CallbackVerificationException.class).hasMessageContaining("content type");
    assertThatThrownBy(() -> callbacks.parse(CallbackRequest.builder().contentType("application/json").body("{\"status\":\"2\"}").build()))
        .isInstanceOf(CallbackVerificationException.class).hasMessageContaining("names no order");
    assertThatThrownBy(() -> callbacks.parse(CallbackRequest.builder().contentType("application/json").body("{\"order_no\":\"T\\r\\n1\"}").build()))
        .isInstanceOf(CallbackVerificationException.class).hasMessageContaining("malformed");
  }

  @Test
  void aPluggedSignatureVerifierRunsFirstAndSeesTheSign() {
    Map<String, String> fields = completed("T1");
    List<String> seen = new CopyOnWriteArrayList<>();
    WikeyunCallbacks strict = WikeyunCallbacks.builder(client)
        .signatureVerifier((f, request) -> {
          seen.add(f.get("sign"));
          return fake.expectedSign(f).equals(f.get("sign"));
        }).build();
    assertThat(strict.parse(json(fields)).orderNo()).isEqualTo("T1");
    fake.clearJournal();
    fields.put("sign", "0".repeat(32));
    assertThatThrownBy(() -> strict.parse(json(fields))).isInstanceOf(CallbackVerificationException.class)
        .hasMessageContaining("signature");
    assertThat(fake.journal()).as("rejected before asking Wikeyun").isEmpty();
    assertThat(seen).hasSize(2);
  }

  @Test
  void whenWikeyunCannotBeAskedParseSaysSoAndHandleAsksForAResend() {
    Map<String, String> fields = completed("T1");
    // more faults than attempts: OkHttp and the retry policy both retry a SAFE query
    fake.faults().on("POST", "/rest/Power/query", Fault.disconnectAfterRequest(), 50);
    assertThatThrownBy(() -> callbacks.parse(json(fields))).isInstanceOf(TransportException.class);
    List<OrderStatusEvent> handled = new CopyOnWriteArrayList<>();
    CallbackReply reply = callbacks.handle(json(fields), WikeyunHandler.onOrderStatus(handled::add));
    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.bodyText()).isNotEqualTo("success");
    assertThat(handled).isEmpty();
    fake.faults().clear();
    assertThat(callbacks.handle(json(fields), WikeyunHandler.onOrderStatus(handled::add))).isEqualTo(WikeyunCallbacks.ACK);
    assertThat(handled).hasSize(1);
  }

  @Test
  void handleRepliesExactlyPlainTextSuccessAndHandlesADuplicateOnce() {
    Map<String, String> fields = completed("T1");
    List<OrderStatusEvent> handled = new CopyOnWriteArrayList<>();
    CallbackReply first = callbacks.handle(json(fields), WikeyunHandler.onOrderStatus(handled::add));
    CallbackReply again = callbacks.handle(CallbackRequest.builder().contentType("application/x-www-form-urlencoded")
        .body(form(fields)).build(), WikeyunHandler.onOrderStatus(handled::add));
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.contentType()).isEqualTo("text/plain; charset=UTF-8");
    assertThat(first.body()).isEqualTo("success".getBytes(StandardCharsets.US_ASCII));
    assertThat(again.bodyText()).isEqualTo("success");
    assertThat(handled).hasSize(1);
  }

  @Test
  void aNewConfirmedStatusOfTheSameOrderIsANewEvent() {
    place("T1", null);
    fake.setOrderStatus("T1", 6, null);
    List<OrderStatusEvent> handled = new CopyOnWriteArrayList<>();
    callbacks.handle(json(fake.callbackFields("T1")), WikeyunHandler.onOrderStatus(handled::add));
    fake.completeOrder("T1");
    callbacks.handle(json(fake.callbackFields("T1")), WikeyunHandler.onOrderStatus(handled::add));
    assertThat(handled).extracting(OrderStatusEvent::status).containsExactly(OrderStatus.AWAITING_RECHARGE, OrderStatus.SUCCESS);
  }

  @Test
  void aTamperedCallbackGetsAnErrorReplyAndNeverReachesTheHandler() {
    Map<String, String> fields = completed("T1");
    fields.put("amount", "500");
    List<OrderStatusEvent> handled = new CopyOnWriteArrayList<>();
    CallbackReply reply = callbacks.handle(json(fields), WikeyunHandler.onOrderStatus(handled::add));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.bodyText()).isEqualTo("fail");
    assertThat(handled).isEmpty();
  }

  @Test
  void aFailingHandlerIsRetriedOnTheNextResend() {
    Map<String, String> fields = completed("T1");
    List<String> calls = new CopyOnWriteArrayList<>();
    Consumer<OrderStatusEvent> flaky = e -> {
      calls.add(e.eventKey());
      if (calls.size() == 1) {
        throw new IllegalStateException("database down");
      }
    };
    assertThat(callbacks.handle(json(fields), WikeyunHandler.onOrderStatus(flaky)).status()).isEqualTo(500);
    assertThat(callbacks.handle(json(fields), WikeyunHandler.onOrderStatus(flaky))).isEqualTo(WikeyunCallbacks.ACK);
    assertThat(callbacks.handle(json(fields), WikeyunHandler.onOrderStatus(flaky)).bodyText()).isEqualTo("success");
    assertThat(calls).hasSize(2);
  }

  @Test
  void aResendArrivingWhileTheFirstIsBeingHandledIsNotAcknowledgedSoAFailureIsNotLost() {
    Map<String, String> fields = completed("T1");
    List<CallbackReply> concurrentReplies = new CopyOnWriteArrayList<>();
    List<String> calls = new CopyOnWriteArrayList<>();
    Consumer<OrderStatusEvent> slowThenFailing = e -> {
      calls.add(e.eventKey());
      if (calls.size() == 1) {
        // Wikeyun resends while we are still handling the first delivery
        concurrentReplies.add(callbacks.handle(json(fields), WikeyunHandler.onOrderStatus(x -> calls.add("concurrent"))));
        throw new IllegalStateException("database down");
      }
    };
    assertThat(callbacks.handle(json(fields), WikeyunHandler.onOrderStatus(slowThenFailing)).status()).isEqualTo(500);
    assertThat(concurrentReplies).singleElement().satisfies(r -> {
      assertThat(r.status()).isEqualTo(503);
      assertThat(r.bodyText()).isNotEqualTo("success");
    });
    // the next resend is handled: the event was not lost
    assertThat(callbacks.handle(json(fields), WikeyunHandler.onOrderStatus(slowThenFailing))).isEqualTo(WikeyunCallbacks.ACK);
    assertThat(calls).hasSize(2).doesNotContain("concurrent");
  }

  @Test
  void aSharedGuardRecognisesDuplicatesAcrossInstances() {
    Map<String, String> fields = completed("T1");
    DuplicateGuard shared = DuplicateGuard.inMemory();
    List<OrderStatusEvent> handled = new CopyOnWriteArrayList<>();
    WikeyunCallbacks.builder(client).duplicateGuard(shared).build().handle(json(fields), WikeyunHandler.onOrderStatus(handled::add));
    WikeyunCallbacks.builder(client).duplicateGuard(shared).build().handle(json(fields), WikeyunHandler.onOrderStatus(handled::add));
    assertThat(handled).hasSize(1);
  }

  @Test
  void endToEndTheFakesResendsAreAcknowledgedAndHandledOnceInEveryEncoding() throws Exception {
    List<OrderStatusEvent> handled = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/wikeyun/notify", exchange ->
        callbacks.handle(CallbackRequest.from(exchange), WikeyunHandler.onOrderStatus(handled::add)).writeTo(exchange));
    server.start();
    try {
      String notifyUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/wikeyun/notify";
      place("T1", notifyUrl);
      Delivery first = fake.completeOrder("T1").orElseThrow();
      assertThat(first.acknowledged()).isTrue();
      assertThat(first.attempts()).isEqualTo(1);
      assertThat(first.answers()).containsExactly("success");
      for (FakeWikeyun.CallbackEncoding encoding : FakeWikeyun.CallbackEncoding.values()) {
        Delivery resent = fake.callbackEncoding(encoding).resendCallback("T1").orElseThrow();
        assertThat(resent.acknowledged()).as(encoding.name()).isTrue();
      }
      place("T2", notifyUrl);
      fake.callbackEncoding(FakeWikeyun.CallbackEncoding.QUERY).failOrder("T2", "户号不存在");
    } finally {
      server.stop(0);
    }
    assertThat(handled).extracting(OrderStatusEvent::orderNo, OrderStatusEvent::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("T1", OrderStatus.SUCCESS),
            org.assertj.core.groups.Tuple.tuple("T2", OrderStatus.FAILED));
    assertThat(handled.get(1).reportedFailReason()).isEqualTo("户号不存在");
    assertThat(handled.get(1).order().failureReason()).isEqualTo("户号不存在");
  }

  @Test
  void whileTheReceiverFailsTheFakeResendsFiveTimes() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/notify", exchange ->
        callbacks.handle(CallbackRequest.from(exchange), WikeyunHandler.onOrderStatus(e -> { throw new IllegalStateException("down"); })).writeTo(exchange));
    server.start();
    try {
      place("T1", "http://127.0.0.1:" + server.getAddress().getPort() + "/notify");
      Delivery d = fake.completeOrder("T1").orElseThrow();
      assertThat(d.acknowledged()).isFalse();
      assertThat(d.attempts()).isEqualTo(5);
      assertThat(d.statuses()).containsOnly(500);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aVerifierThatThrowsIsARefusalNeverAnEscapeAndNeverRecordedAsHandled() {
    Map<String, String> fields = completed("T1");
    List<OrderStatusEvent> handled = new CopyOnWriteArrayList<>();
    DuplicateGuard shared = DuplicateGuard.inMemory();
    WikeyunCallbacks broken = WikeyunCallbacks.builder(client).duplicateGuard(shared)
        .signatureVerifier((f, request) -> { throw new IllegalStateException("key store down"); }).build();
    fake.clearJournal();
    CallbackReply reply = broken.handle(json(fields), WikeyunHandler.onOrderStatus(handled::add));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.acknowledges()).isFalse();
    assertThat(handled).isEmpty();
    assertThat(fake.journal()).as("refused before asking Wikeyun").isEmpty();
    assertThatThrownBy(() -> broken.parse(json(fields))).isInstanceOf(CallbackVerificationException.class)
        .hasMessageContaining("verifier failed");
    // the same event through a working verifier is still handled: the refusal was not recorded
    WikeyunCallbacks working = WikeyunCallbacks.builder(client).duplicateGuard(shared).build();
    assertThat(working.handle(json(fields), WikeyunHandler.onOrderStatus(handled::add))).isEqualTo(WikeyunCallbacks.ACK);
    assertThat(handled).hasSize(1);
  }

  @Test
  void aVerifierCannotChangeTheFieldsItIsGiven() {
    Map<String, String> fields = completed("T1");
    WikeyunCallbacks meddling = WikeyunCallbacks.builder(client)
        .signatureVerifier((f, request) -> f.put("amount", "100") == null).build();
    assertThat(meddling.handle(json(fields), WikeyunHandler.onOrderStatus(e -> { })).status()).isEqualTo(400);
  }

  @Test
  void theRequestRuleVerifierAcceptsTheFakesSignAndRefusesATamperedOrMissingOne() {
    Map<String, String> fields = completed("T1");
    WikeyunCallbacks strict = WikeyunCallbacks.builder(client)
        .signatureVerifier(CallbackSignatureVerifier.requestRule(WikeyunSigner.of(FakeWikeyun.APP_SECRET))).build();
    assertThat(strict.parse(json(fields)).orderNo()).isEqualTo("T1");
    Map<String, String> tampered = new java.util.LinkedHashMap<>(fields);
    tampered.put("status", "3");
    assertThatThrownBy(() -> strict.parse(json(tampered))).isInstanceOf(CallbackVerificationException.class);
    Map<String, String> unsigned = new java.util.LinkedHashMap<>(fields);
    unsigned.remove("sign");
    assertThatThrownBy(() -> strict.parse(json(unsigned))).isInstanceOf(CallbackVerificationException.class);
  }

  @Test
  void aHandlerAskingToRetryGetsAnErrorReplyAndTheResendIsHandledAgain() {
    Map<String, String> fields = completed("T1");
    List<String> calls = new CopyOnWriteArrayList<>();
    WikeyunHandler busyOnce = new WikeyunHandler() {
      @Override
      public NotifyReply onOrderStatus(OrderStatusEvent event) {
        calls.add(event.eventKey());
        return calls.size() == 1 ? NotifyReply.retryLater("ledger locked") : NotifyReply.success();
      }
    };
    CallbackReply first = callbacks.handle(json(fields), busyOnce);
    assertThat(first.status()).isEqualTo(500);
    assertThat(first.acknowledges()).isFalse();
    CallbackReply second = callbacks.handle(json(fields), busyOnce);
    assertThat(second.bodyText()).isEqualTo("success");
    assertThat(second.acknowledges()).isTrue();
    assertThat(calls).hasSize(2);
  }

  @Test
  void aHandlerThatDoesNotImplementTheEventNeverAcknowledgesIt() {
    Map<String, String> fields = completed("T1");
    CallbackReply reply = callbacks.handle(json(fields), new WikeyunHandler() { });
    assertThat(reply.acknowledges()).isFalse();
    assertThat(reply.bodyText()).isNotEqualTo("success");
  }

  @Test
  void aNumericStatusFromTheFakeIsReadLikeAString() throws Exception {
    List<OrderStatusEvent> handled = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/notify", exchange ->
        callbacks.handle(CallbackRequest.from(exchange), WikeyunHandler.onOrderStatus(handled::add)).writeTo(exchange));
    server.start();
    try {
      place("T1", "http://127.0.0.1:" + server.getAddress().getPort() + "/notify");
      assertThat(fake.numericCallbackStatus(true).completeOrder("T1").orElseThrow().acknowledged()).isTrue();
    } finally {
      server.stop(0);
    }
    assertThat(handled).singleElement().satisfies(e -> {
      assertThat(e.reportedStatusCode()).isEqualTo("2");
      assertThat(e.status()).isEqualTo(OrderStatus.SUCCESS);
    });
  }

  @Test
  void callbacksNeedAClientWithAStoreBecauseTheyConfirmWithAQuery() {
    try (WikeyunClient storeless = WikeyunClient.builder().credentials(FakeWikeyun.APP_KEY, FakeWikeyun.APP_SECRET)
        .baseUrl(fake.url()).build()) {
      assertThatThrownBy(() -> WikeyunCallbacks.of(storeless))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("storeId"));
      assertThat(WikeyunCallbacks.of(storeless.withStoreId(FakeWikeyun.STORE_ID))).isNotNull();
    }
  }

  @Test
  void nullInputsAreValidationErrors() {
    assertThatThrownBy(() -> callbacks.handle(null, new WikeyunHandler() { })).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> callbacks.handle(CallbackRequest.builder().build(), null)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> callbacks.parse(null)).isInstanceOf(ValidationException.class);
  }

  @Test
  void aFailingDuplicateGuardAsksForAResendInsteadOfEscaping() {
    Map<String, String> fields = completed("T1");
    DuplicateGuard down = io.github.ampark.core.testing.Guards.unreachable();
    List<OrderStatusEvent> handled = new CopyOnWriteArrayList<>();
    CallbackReply reply = WikeyunCallbacks.builder(client).duplicateGuard(down).build()
        .handle(json(fields), WikeyunHandler.onOrderStatus(handled::add));
    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.acknowledges()).isFalse();
    assertThat(handled).isEmpty();
  }
}
