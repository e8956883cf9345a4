package io.github.ampark.fourpyun;

import static io.github.ampark.fourpyun.WireSupport.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ApiException;
import io.github.ampark.core.OutcomeUnknownException;
import io.github.ampark.core.TransportException;
import io.github.ampark.fourpyun.model.PaymentStatus;
import io.github.ampark.fourpyun.model.PaymentStatusResult;
import io.github.ampark.fourpyun.model.PrepayOutcome;
import io.github.ampark.fourpyun.model.PrepayRequest;
import io.github.ampark.fourpyun.model.PrepayResult;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/** Contactless charges: PV3 on the wire, outcomes, and reconciliation instead of a second charge. */
class PrepayTest extends WireTest {
  static PrepayRequest pv3() {
    return PrepayRequest.builder().plate("京A00001").enterTime(Instant.ofEpochMilli(1625154147313L))
        .parkingSerial("111112").payPartner("11111114").totalValueFen(10).freeValueFen(0).payValueFen(10)
        .parkingTime(Duration.ofSeconds(2000)).gateId("1").gateName("通道1号").build();
  }

  static MockResponse lostAnswer() {
    return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
  }

  @Test
  void pv3IsWhatThePrepayFormCarries() throws Exception {
    server.enqueue(envelope("{\"code\":\"1001\",\"seqno\":\"4b1889bde31f0561\",\"pay_serial\":\"P1\",\"pay_origin\":\"0\","
        + "\"pay_origin_desc\":\"P云\",\"pay_id\":\"123\"}"));
    try (FourPyunClient pv3 = FourPyunClient.builder().appSecret("123").parkUuid("49f0cc52-e8c7-41e3-b54d-af666b8cc11a")
        .baseUrl(url(server)).build()) {
      PrepayResult result = pv3.payments().prepay(pv3());
      assertThat(result.outcome()).isEqualTo(PrepayOutcome.PAID);
      assertThat(result.paySerial()).isEqualTo("P1");
      assertThat(result.payId()).isEqualTo("123");
      assertThat(result.payOriginDesc()).isEqualTo("P云");
      assertThat(result.reconciled()).isFalse();
    }
    RecordedRequest r = take(server);
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/gate/1.0/parking/internal/prepay");
    assertThat(form(r)).containsEntry("sign", "570DD318C1CB9649E458C3FC2B7757F4").hasSize(12);
    // PV3's fields in name order, URL-encoded, and the vector's sign last
    assertThat(body(r)).isEqualTo("enter_time=1625154147313&free_value=0&gate_id=1&gate_name=%E9%80%9A%E9%81%931%E5%8F%B7"
        + "&park_uuid=49f0cc52-e8c7-41e3-b54d-af666b8cc11a&parking_serial=111112&parking_time=2000&pay_partner=11111114"
        + "&pay_value=10&plate=%E4%BA%ACA00001&total_value=10&sign=570DD318C1CB9649E458C3FC2B7757F4");
  }

  @Test
  void anAcceptedChargeIsStillRunning() {
    server.enqueue(envelope("{\"code\":\"1000\",\"message\":\"受理成功\",\"seqno\":\"s\"}"));
    assertThat(client.payments().prepay(pv3()).outcome()).isEqualTo(PrepayOutcome.ACCEPTED);
  }

  @Test
  void aRefusedChargeIsAnApiExceptionAndIsNotLookedUp() {
    server.enqueue(envelope("{\"code\":\"500\",\"message\":\"未匹配到停车记录\",\"seqno\":\"1229ecc07700c7c1\"}"));
    assertThatThrownBy(() -> client.payments().prepay(pv3())).isInstanceOfSatisfying(ApiException.class, e -> {
      assertThat(e.vendorCode()).isEqualTo("500");
      assertThat(e.vendorMessage()).isEqualTo("未匹配到停车记录");
      assertThat(e.requestId()).isEqualTo("1229ecc07700c7c1");
    });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void afterALostAnswerTheChargeIsLookedUpByPayPartnerAndNeverSentAgain() throws Exception {
    server.enqueue(lostAnswer());
    server.enqueue(envelope("{\"code\":\"1001\",\"seqno\":\"q1\",\"status\":\"1\",\"pay_serial\":\"P9\",\"pay_origin\":\"0\","
        + "\"pay_origin_desc\":\"P云\",\"pay_partner\":\"11111114\",\"pay_value\":10}"));
    PrepayResult result = client.payments().prepay(pv3());

    assertThat(result.outcome()).isEqualTo(PrepayOutcome.PAID);
    assertThat(result.reconciled()).isTrue();
    assertThat(result.paySerial()).isEqualTo("P9");
    assertThat(take(server).getUrl().encodedPath()).isEqualTo("/gate/1.0/parking/internal/prepay");
    RecordedRequest query = take(server);
    assertThat(query.getMethod()).isEqualTo("GET");
    assertThat(query.getUrl().encodedPath()).isEqualTo("/gate/1.0/parking/internal/payment");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aFailedChargeFoundAfterALostAnswerIsReportedAsFailed() {
    server.enqueue(lostAnswer());
    server.enqueue(envelope("{\"code\":\"1001\",\"seqno\":\"q1\",\"status\":\"-1\",\"pay_partner\":\"11111114\"}"));
    PrepayResult result = client.payments().prepay(pv3());
    assertThat(result.outcome()).isEqualTo(PrepayOutcome.FAILED);
    assertThat(result.code()).isEqualTo("-1");
  }

  @Test
  void whenTheLookupFailsTooTheOutcomeIsUnknownAndNothingIsResent() {
    server.enqueue(lostAnswer());
    server.enqueue(envelope("{\"code\":\"500\",\"message\":\"订单不存在\",\"seqno\":\"q2\"}"));
    assertThatThrownBy(() -> client.payments().prepay(pv3())).isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
      assertThat(e.mayHaveReachedVendor()).isTrue();
      assertThat(e.businessKey()).isEqualTo("11111114");
      assertThat(e.absenceReported()).isFalse();
    });
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aStatusThatDoesNotNameThisPayPartnerOrAmountSettlesNothing() {
    String[] answers = {
        "{\"code\":\"1001\",\"seqno\":\"q\",\"status\":\"1\",\"pay_serial\":\"P9\"}",
        "{\"code\":\"1001\",\"seqno\":\"q\",\"status\":\"1\",\"pay_partner\":\"11111115\"}",
        "{\"code\":\"1001\",\"seqno\":\"q\",\"status\":\"1\",\"pay_partner\":\"11111114\",\"pay_value\":11}"};
    for (String answer : answers) {
      int before = server.getRequestCount();
      server.enqueue(lostAnswer());
      server.enqueue(envelope(answer));
      assertThatThrownBy(() -> client.payments().prepay(pv3())).as(answer)
          .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> assertThat(e.absenceReported()).isFalse());
      assertThat(server.getRequestCount() - before).as(answer).isEqualTo(2);
    }
  }

  @Test
  void theAsynchronousChargeReconcilesTheSameWay() throws Exception {
    server.enqueue(lostAnswer());
    server.enqueue(envelope("{\"code\":\"1001\",\"seqno\":\"q1\",\"status\":\"0\",\"pay_partner\":\"11111114\"}"));
    PrepayResult result = client.payments().prepayAsync(pv3()).get(5, TimeUnit.SECONDS);
    assertThat(result.outcome()).isEqualTo(PrepayOutcome.ACCEPTED);
    assertThat(result.reconciled()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void anAsynchronousLookupFailureCompletesWithTheOriginalFailure() {
    server.enqueue(lostAnswer());
    server.enqueue(envelope("{\"code\":\"500\",\"message\":\"订单不存在\",\"seqno\":\"q2\"}"));
    assertThatThrownBy(() -> client.payments().prepayAsync(pv3()).join())
        .isInstanceOf(CompletionException.class).hasCauseInstanceOf(TransportException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void paymentStatusIsASignedGetAndIsRetriedAsARead() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).body("busy").build());
    server.enqueue(envelope("{\"code\":\"1001\",\"seqno\":\"4b1889bde31f0561\",\"status\":\"1\",\"pay_serial\":\"P1\"}"));
    PaymentStatusResult s = client.payments().paymentStatus("11111114");
    assertThat(s.status()).isEqualTo(PaymentStatus.PAID);
    assertThat(s.paySerial()).isEqualTo("P1");
    take(server);
    RecordedRequest r = take(server);
    assertThat(r.getMethod()).isEqualTo("GET");
    String sign = md5("park_uuid=" + PARK + "&pay_partner=11111114&app_secret=" + SECRET);
    assertThat(r.getUrl().encodedQuery()).isEqualTo("park_uuid=" + PARK + "&pay_partner=11111114&sign=" + sign);
    assertThat(r.getBody() == null || r.getBody().size() == 0).isTrue();
  }

  @Test
  void anAuthCodeIsSignedButNeverPrinted() throws Exception {
    server.enqueue(envelope("{\"code\":\"1001\",\"seqno\":\"s\"}"));
    PrepayRequest scanned = PrepayRequest.builder().from(pv3()).authCode("135790356217418970").build();
    assertThat(scanned.toString()).doesNotContain("135790356217418970");
    client.payments().prepay(scanned);
    assertThat(form(take(server))).containsEntry("auth_code", "135790356217418970");
  }

  @Test
  void anUnknownPaymentStatusMapsToUnknownAndKeepsItsRawCode() {
    server.enqueue(envelope("{\"code\":\"1001\",\"seqno\":\"s\",\"status\":\"7\"}"));
    PaymentStatusResult s = client.payments().paymentStatus("11111114");
    assertThat(s.status()).isEqualTo(PaymentStatus.UNKNOWN);
    assertThat(s.statusCode()).isEqualTo("7");
  }

  @Test
  void anUnknownStatusFoundAfterALostAnswerIsNoAnswerAndTheOriginalFailureIsThrown() {
    server.enqueue(lostAnswer());
    server.enqueue(envelope("{\"code\":\"1001\",\"seqno\":\"s\",\"status\":\"7\",\"pay_partner\":\"11111114\"}"));
    assertThatThrownBy(() -> client.payments().prepay(pv3())).isInstanceOfSatisfying(OutcomeUnknownException.class,
        e -> assertThat(e.reconciliation()).contains("payment status code \"7\""));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }
}
