package io.github.ampark.testkit.wikeyun;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.spi.BodyCodec;
import io.github.ampark.testkit.CallbackSender.Delivery;
import java.net.InetAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Status changes are POSTed to notify_url and resent, 5 attempts at most, until the answer is exactly "success". */
class FakeWikeyunCallbacksTest {
  FakeWikeyun fake;
  MockWebServer receiver;
  long card;

  @BeforeEach
  void start() throws Exception {
    fake = FakeWikeyun.start().callbackInterval(Duration.ofMillis(5));
    receiver = new MockWebServer();
    receiver.start(InetAddress.getByName("127.0.0.1"), 0);
    card = fake.seedCard("0123456789", "江苏省", "南京市");
  }

  @AfterEach
  void stop() {
    receiver.close();
    fake.close();
  }

  String notifyUrl() {
    return "http://127.0.0.1:" + receiver.getPort() + "/wikeyun/notify";
  }

  void place(String orderNo, String notifyUrl) {
    Map<String, String> p = RawWikeyun.params("store_id", "12345", "cardId", Long.toString(card), "order_no", orderNo,
        "amount", "100", "recharge_type", "0");
    if (notifyUrl != null) {
      p.put("notify_url", notifyUrl);
    }
    assertThat(RawWikeyun.post(fake, "rest/Power/pushOrder", p).path("code").asText()).isEqualTo("0000");
  }

  static MockResponse answer(String text) {
    return new MockResponse.Builder().code(200).body(text).build();
  }

  RecordedRequest received() throws InterruptedException {
    RecordedRequest r = receiver.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r).as("a callback arrived").isNotNull();
    return r;
  }

  @Test
  void aCompletedOrderIsPostedAsJsonWithTheSourcesTypes() throws Exception {
    receiver.enqueue(answer("success"));
    place("T1", notifyUrl());
    Delivery d = fake.completeOrder("T1").orElseThrow();
    assertThat(d.acknowledged()).isTrue();
    assertThat(d.attempts()).isEqualTo(1);

    RecordedRequest r = received();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/wikeyun/notify");
    assertThat(r.getHeaders().get("Content-Type")).startsWith("application/json");
    JsonNode json = BodyCodec.json(r.getBody().toByteArray());
    assertThat(json.path("status").isTextual()).isTrue();
    assertThat(json.path("status").asText()).isEqualTo("2");
    assertThat(json.path("arrived_amount").asText()).isEqualTo("100");
    assertThat(json.path("order_no").asText()).isEqualTo("T1");
    assertThat(json.path("order_number").asText()).isEqualTo(fake.order("T1").get().orderNumber());
    assertThat(json.path("fanli").isNumber()).isTrue();
    assertThat(r.getBody().utf8()).contains("\"fanli\":0.50,\"cost_price\":99.50,");
    assertThat(json.path("fanli").decimalValue()).isEqualByComparingTo("0.50");
    assertThat(json.path("cost_price").decimalValue()).isEqualByComparingTo("99.50");
    Map<String, String> fields = new LinkedHashMap<>(fake.callbackFields("T1"));
    assertThat(json.path("sign").asText()).isEqualTo(fields.get("sign")).isEqualTo(fake.expectedSign(fields));
  }

  @Test
  void onRequestAJsonCallbackCarriesStatusAsANumberForClientsThatExpectOne() throws Exception {
    receiver.enqueue(answer("success"));
    place("T1", notifyUrl());
    fake.numericCallbackStatus(true).completeOrder("T1");
    JsonNode json = BodyCodec.json(received().getBody().toByteArray());
    assertThat(json.path("status").isInt()).isTrue();
    assertThat(json.path("status").asInt()).isEqualTo(2);
    assertThat(json.path("order_no").isTextual()).isTrue();
    Map<String, String> fields = new LinkedHashMap<>(fake.callbackFields("T1"));
    assertThat(json.path("sign").asText()).isEqualTo(fake.expectedSign(fields));
  }

  @Test
  void aCallbackIsResentUntilTheAnswerIsExactlySuccess() throws Exception {
    receiver.enqueue(answer("ok"));
    receiver.enqueue(new MockResponse.Builder().code(500).body("success").build());
    receiver.enqueue(answer("success"));
    place("T1", notifyUrl());
    Delivery d = fake.completeOrder("T1").orElseThrow();
    assertThat(d.acknowledged()).isTrue();
    assertThat(d.attempts()).isEqualTo(3);
    assertThat(d.answers()).containsExactly("ok", "success", "success");
  }

  @Test
  void aCallbackIsSentFiveTimesAtMost() throws Exception {
    for (int i = 0; i < 6; i++) {
      receiver.enqueue(answer("SUCCESS"));
    }
    place("T1", notifyUrl());
    Delivery d = fake.failOrder("T1", "户号错误").orElseThrow();
    assertThat(d.acknowledged()).isFalse();
    assertThat(d.attempts()).isEqualTo(5);
    assertThat(receiver.getRequestCount()).isEqualTo(5);
    assertThat(fake.order("T1").get().status()).isEqualTo(3);
    assertThat(fake.deliveries()).containsExactly(d);
  }

  @Test
  void formAndQueryEncodingsCarryTheSameFields() throws Exception {
    receiver.enqueue(answer("success"));
    receiver.enqueue(answer("success"));
    place("T1", notifyUrl());
    fake.callbackEncoding(FakeWikeyun.CallbackEncoding.FORM).failOrder("T1", "户号 错误&");
    RecordedRequest form = received();
    assertThat(form.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
    Map<String, String> formFields = BodyCodec.form(form.getBody().utf8());
    assertThat(formFields).isEqualTo(fake.callbackFields("T1"));
    assertThat(formFields).containsEntry("failReason", "户号 错误&").containsEntry("status", "3");

    fake.callbackEncoding(FakeWikeyun.CallbackEncoding.QUERY).resendCallback("T1");
    RecordedRequest query = received();
    assertThat(query.getBody().size()).isZero();
    assertThat(BodyCodec.form(query.getUrl().encodedQuery())).isEqualTo(fake.callbackFields("T1"));
  }

  @Test
  void ordersCompleteOnATimerWhenAsked() throws Exception {
    receiver.enqueue(answer("success"));
    fake.completeOrdersAfter(Duration.ofMillis(50));
    place("T1", notifyUrl());
    RecordedRequest r = received();
    assertThat(BodyCodec.json(r.getBody().toByteArray()).path("status").asText()).isEqualTo("2");
    assertThat(fake.order("T1").get().status()).isEqualTo(2);
    assertThat(fake.order("T1").get().arrivedYuan()).isEqualTo(100);
  }

  @Test
  void theTimerDoesNotCompleteAnOrderThatWasCancelledMeanwhile() throws Exception {
    receiver.enqueue(answer("success"));
    fake.completeOrdersAfter(Duration.ofMillis(200));
    place("T1", notifyUrl());
    String number = fake.order("T1").get().orderNumber();
    assertThat(RawWikeyun.post(fake, "rest/Power/cancel", RawWikeyun.params("order_number", number))
        .path("code").asText()).isEqualTo("0000");
    RecordedRequest cancelled = received();
    assertThat(BodyCodec.json(cancelled.getBody().toByteArray()).path("status").asText()).isEqualTo("9");
    assertThat(receiver.takeRequest(600, TimeUnit.MILLISECONDS)).as("no success callback after cancelling").isNull();
    assertThat(fake.order("T1").get().status()).isEqualTo(9);
  }

  @Test
  void anOrderWithoutNotifyUrlChangesSilently() {
    place("T1", null);
    assertThat(fake.completeOrder("T1")).isEmpty();
    assertThat(fake.order("T1").get().status()).isEqualTo(2);
    assertThat(receiver.getRequestCount()).isZero();
  }
}
