package io.github.ampark.wanzhuang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ApiException;
import io.github.ampark.core.IfAbsent;
import io.github.ampark.core.OutcomeUnknownException;
import io.github.ampark.core.RetryPolicy;
import io.github.ampark.core.testing.MockServers;
import io.github.ampark.wanzhuang.model.ChargeMode;
import io.github.ampark.wanzhuang.model.CreateRenewOrderRequest;
import io.github.ampark.wanzhuang.model.RenewOrder;
import io.github.ampark.wanzhuang.model.StartChargeRequest;
import io.github.ampark.wanzhuang.model.StartChargeResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * startCharge (keyed on charge_id) and createRenewOrder (keyed on out_trade_no) after a lost
 * answer: found → returned, never resent; proven absent → thrown by default, resent only by opt-in;
 * anything else → outcome unknown.
 */
class StartChargeReconcileTest {
  static final long CHARGE = 1751254762038L;
  static final String LOST = "lost";

  MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = MockServers.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  WanzhuangClient client(IfAbsent ifAbsent) {
    return WanzhuangClient.builder(Independent.APP_ID, Independent.SECRET, MockServers.baseUrl(server))
        .clock(Clock.fixed(Instant.ofEpochSecond(Independent.NOW), ZoneOffset.UTC))
        .retryPolicy(RetryPolicy.none()).ifAbsent(ifAbsent).build();
  }

  static StartChargeRequest charge() {
    return StartChargeRequest.builder().deviceNum("18000001").devicePort(1).chargeId(CHARGE)
        .chargeMode(ChargeMode.TIME_2).totalFeeFen(100).build();
  }

  void answers(String... bodies) {
    for (String b : bodies) {
      server.enqueue(LOST.equals(b)
          ? new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build()
          : MockServers.json(b));
    }
  }

  List<String> paths() throws InterruptedException {
    List<String> out = new ArrayList<>();
    RecordedRequest r;
    while ((r = server.takeRequest(50, TimeUnit.MILLISECONDS)) != null) {
      out.add(r.getMethod() + " " + r.getUrl().encodedPath());
    }
    return out;
  }

  static String state(String chargeId) {
    return "{\"code\":1,\"message\":\"success\",\"data\":{\"ports\":[{\"port\":1,\"state\":2,\"charge_id\":" + chargeId + "},{\"port\":2,\"state\":0}]}}";
  }

  static String log(String entries) {
    return "{\"code\":1,\"message\":\"success\",\"data\":[" + entries + "]}";
  }

  @Test
  void aPortCarryingThisChargeIdProvesTheChargeStarted() throws Exception {
    answers(LOST, state(Long.toString(CHARGE)));
    StartChargeResult r;
    try (WanzhuangClient c = client(IfAbsent.RESEND)) {
      r = c.charging().startCharge(charge());
    }
    assertThat(r.reconciled()).isTrue();
    assertThat(r.data()).containsEntry("state", "2");
    assertThat(paths()).containsExactly("POST /open/charge/start", "GET /open/device/state");
  }

  @Test
  void aCallbackLogNamingThisChargeIdProvesItToo() throws Exception {
    answers(LOST, state("99"), log("{\"req\":{\"charge_id\":" + CHARGE + ",\"device_num\":\"18000001\",\"device_port\":1,\"state\":1}}"));
    StartChargeResult r;
    try (WanzhuangClient c = client(IfAbsent.RESEND)) {
      r = c.charging().startCharge(charge());
    }
    assertThat(r.reconciled()).isTrue();
    assertThat(paths()).containsExactly("POST /open/charge/start", "GET /open/device/state", "GET /open/callback/log");
  }

  @Test
  void asyncFollowsTheSameProtocol() throws Exception {
    answers(LOST, state(Long.toString(CHARGE)));
    try (WanzhuangClient c = client(IfAbsent.THROW)) {
      assertThat(c.charging().startChargeAsync(charge()).get(10, TimeUnit.SECONDS).reconciled()).isTrue();
    }
  }

  @Test
  void provenAbsenceIsReportedNotResentByDefault() throws Exception {
    answers(LOST, state("99"), log(""));
    try (WanzhuangClient c = client(IfAbsent.THROW)) {
      assertThatThrownBy(() -> c.charging().startCharge(charge()))
          .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
            assertThat(e.absenceReported()).isTrue();
            assertThat(e.businessKey()).isEqualTo(Long.toString(CHARGE));
            assertThat(e.mayHaveReachedVendor()).isTrue();
          });
    }
    assertThat(paths()).containsExactly("POST /open/charge/start", "GET /open/device/state", "GET /open/callback/log");
  }

  @Test
  void provenAbsenceIsResentOnceAfterASecondAgreeingLookWhenOptedIn() throws Exception {
    answers(LOST, state("99"), log(""), state("99"), log(""), "{\"code\":1,\"message\":\"success\",\"data\":{}}");
    StartChargeResult r;
    try (WanzhuangClient c = client(IfAbsent.RESEND)) {
      r = c.charging().startCharge(charge());
    }
    assertThat(r.reconciled()).isFalse();
    assertThat(paths()).containsExactly("POST /open/charge/start", "GET /open/device/state", "GET /open/callback/log",
        "GET /open/device/state", "GET /open/callback/log", "POST /open/charge/start");
  }

  @Test
  void theCallDeadlineBoundsTheWholeProtocolNoResendWithoutTimeToConfirm() throws Exception {
    answers(LOST, state("99"), log(""));
    try (WanzhuangClient c = WanzhuangClient.builder(Independent.APP_ID, Independent.SECRET, MockServers.baseUrl(server))
        .retryPolicy(RetryPolicy.none()).ifAbsent(IfAbsent.RESEND).callDeadline(java.time.Duration.ofSeconds(1)).build()) {
      assertThatThrownBy(() -> c.charging().startCharge(charge()))
          .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
            assertThat(e.absenceReported()).isTrue();
            assertThat(e.reconciliation()).contains("deadline");
          });
    }
    assertThat(paths()).containsExactly("POST /open/charge/start", "GET /open/device/state", "GET /open/callback/log");
  }

  @Test
  void anEmptyLogWithoutThePortInTheStateAnswerProvesNothing() throws Exception {
    answers(LOST, "{\"code\":1,\"message\":\"success\",\"data\":{\"ports\":[{\"port\":2,\"state\":0}]}}", log(""));
    try (WanzhuangClient c = client(IfAbsent.RESEND)) {
      assertThatThrownBy(() -> c.charging().startCharge(charge()))
          .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
            assertThat(e.absenceReported()).isFalse();
            assertThat(e.reconciliation()).contains("did not list port 1");
          });
    }
    assertThat(paths()).containsExactly("POST /open/charge/start", "GET /open/device/state", "GET /open/callback/log");
  }

  @Test
  void aLogNamingOtherChargesOrAMalformedLogProvesNothing() {
    answers(LOST, state("99"), log("{\"charge_id\":5,\"req\":{}}"));
    try (WanzhuangClient c = client(IfAbsent.RESEND)) {
      assertThatThrownBy(() -> c.charging().startCharge(charge()))
          .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> assertThat(e.reconciliation()).contains("none naming"));
    }
    answers(LOST, state("99"), "{\"code\":1,\"message\":\"success\",\"data\":{}}");
    try (WanzhuangClient c = client(IfAbsent.RESEND)) {
      assertThatThrownBy(() -> c.charging().startCharge(charge()))
          .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> assertThat(e.reconciliation()).contains("not a list"));
    }
  }

  @Test
  void aLogNamingThisChargeIdOnAnotherDeviceProvesNothing() {
    answers(LOST, state("99"), log("{\"req\":{\"charge_id\":" + CHARGE + ",\"device_num\":\"19999999\"}}"));
    try (WanzhuangClient c = client(IfAbsent.RESEND)) {
      assertThatThrownBy(() -> c.charging().startCharge(charge()))
          .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> assertThat(e.reconciliation()).contains("reused"));
    }
  }

  @Test
  void aFailedQueryMeansOutcomeUnknown() {
    answers(LOST, "{\"code\":0,\"message\":\"busy\"}");
    try (WanzhuangClient c = client(IfAbsent.RESEND)) {
      assertThatThrownBy(() -> c.charging().startCharge(charge()))
          .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
            assertThat(e.absenceReported()).isFalse();
            assertThat(e.reconciliation()).contains("query failed");
          });
    }
  }

  @Test
  void aVendorRefusalIsThrownAsItIsWithoutReconciling() throws Exception {
    answers("{\"code\":40001,\"message\":\"port busy\"}");
    try (WanzhuangClient c = client(IfAbsent.RESEND)) {
      assertThatThrownBy(() -> c.charging().startCharge(charge()))
          .isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.vendorCode()).isEqualTo("40001");
            assertThat(e.vendorMessage()).isEqualTo("port busy");
          });
    }
    assertThat(paths()).containsExactly("POST /open/charge/start");
  }

  @Test
  void renewalOrderFoundByOutTradeNoIsReturnedNotCreatedAgain() throws Exception {
    answers(LOST, "{\"code\":1,\"message\":\"success\",\"data\":[{\"outTradeNo\":\"20250109105805123456\",\"renewState\":0,\"qrCode\":\"https://qr.alipay.com/x\"}]}");
    RenewOrder o;
    try (WanzhuangClient c = client(IfAbsent.RESEND)) {
      o = c.renewals().createRenewOrder(CreateRenewOrderRequest.builder().outTradeNo("20250109105805123456").build());
    }
    assertThat(o.reconciled()).isTrue();
    assertThat(o.qrCode()).isEqualTo("https://qr.alipay.com/x");
    assertThat(paths()).containsExactly("POST /open/renew/createCompanyRenewOrder", "GET /open/renew/getCompanyRenewStatus");
  }

  @Test
  void renewalOrderAbsentOrUnknown() throws Exception {
    answers(LOST, "{\"code\":1,\"message\":\"success\",\"data\":[]}");
    try (WanzhuangClient c = client(IfAbsent.THROW)) {
      assertThatThrownBy(() -> c.renewals().createRenewOrder(CreateRenewOrderRequest.builder().outTradeNo("20250109105805123456").build()))
          .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> assertThat(e.absenceReported()).isTrue());
    }
    answers(LOST, "{\"code\":1,\"message\":\"success\",\"data\":[{\"outTradeNo\":\"20250109105805999999\"}]}");
    try (WanzhuangClient c = client(IfAbsent.RESEND)) {
      assertThatThrownBy(() -> c.renewals().createRenewOrderAsync(CreateRenewOrderRequest.builder().outTradeNo("20250109105805123456").build()).join())
          .isInstanceOf(CompletionException.class)
          .cause().isInstanceOfSatisfying(OutcomeUnknownException.class, e -> assertThat(e.absenceReported()).isFalse());
    }
  }
}
