package io.github.ampark.bolink;

import static io.github.ampark.bolink.Wire.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.bolink.model.BolinkAck;
import io.github.ampark.bolink.model.ExitOrderRequest;
import io.github.ampark.bolink.model.PayType;
import io.github.ampark.core.IfAbsent;
import io.github.ampark.core.OutcomeUnknownException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * exitOrder after a lost answer: the 4.1 lookup proves absence only with a well-formed, complete
 * answer; anything else is "outcome unknown", and the exit order is never sent twice on silence.
 */
class ExitOrderReconcileTest {
  static final String EXIT = "/unionapi/neworder/updateorder";
  static final String QUERY = "/unionapi/neworder/queryorders";

  MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = server();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static ExitOrderRequest exit() {
    return ExitOrderRequest.builder().parkId("1001").orderId("O1").carNumber("京A12345").outTime(NOW)
        .payType(PayType.CASH).totalYuan(new BigDecimal("12.50")).emptyPlot(3).build();
  }

  static MockResponse lost() {
    return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
  }

  List<String> paths() throws InterruptedException {
    return io.github.ampark.core.testing.MockServers.paths(server);
  }

  long sends(List<String> paths) {
    return paths.stream().filter(EXIT::equals).count();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "{\"state\":1,\"errmsg\":\"ok\"}",
      "{\"state\":1,\"count\":5,\"page\":1,\"data\":[]}",
      "{\"state\":1,\"count\":2,\"page\":1,\"data\":[{\"order_id\":\"O1\",\"park_id\":\"1001\"}]}",
      "{\"state\":1,\"count\":0,\"page\":1}",
      "{\"state\":1,\"page\":1,\"data\":[]}",
      "{\"state\":1,\"count\":0,\"page\":2,\"data\":[]}",
      "{\"state\":1,\"count\":0,\"data\":[]}",
      "{\"state\":1,\"count\":\"none\",\"page\":1,\"data\":[]}",
      "{\"state\":1,\"count\":0,\"page\":1,\"data\":{}}",
      "{\"state\":1,\"count\":1,\"page\":1,\"data\":[\"O1\"]}",
      "{\"state\":1,\"count\":1,\"page\":1,\"data\":[{\"order_id\":\"O2\"}]}",
      "{\"state\":1,\"count\":1,\"page\":1,\"data\":[{\"park_id\":\"1001\"}]}",
      "{\"state\":1,\"count\":1,\"page\":1,\"data\":[{\"order_id\":\"O1\",\"total\":\"99.00\"}]}",
      "{\"state\":1,\"count\":1,\"page\":1,\"data\":[{\"order_id\":\"O1\",\"park_id\":\"9999\"}]}",
      "{\"state\":0,\"errmsg\":\"系统繁忙\"}",
      "<html>502</html>",
  })
  void anAnswerThatProvesNothingIsOutcomeUnknownAndTheExitIsSentOnceEvenWithResend(String answer) throws Exception {
    try (BolinkClient client = client(url(server)).ifAbsent(IfAbsent.RESEND).build()) {
      server.enqueue(lost());
      server.enqueue(json(answer));
      server.enqueue(ok());
      server.enqueue(ok());
      assertThatThrownBy(() -> client.orders().exitOrder(exit()))
          .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
            assertThat(e.mayHaveReachedVendor()).isTrue();
            assertThat(e.businessKey()).isEqualTo("O1");
            assertThat(e.absenceReported()).isFalse();
          });
    }
    List<String> paths = paths();
    assertThat(sends(paths)).as("exit orders sent").isEqualTo(1);
    assertThat(paths).contains(QUERY);
  }

  @Test
  void asyncFollowsTheSameRule() throws Exception {
    try (BolinkClient client = client(url(server)).ifAbsent(IfAbsent.RESEND).build()) {
      server.enqueue(lost());
      server.enqueue(json("{\"state\":1,\"count\":5,\"page\":1,\"data\":[]}"));
      server.enqueue(ok());
      assertThatThrownBy(() -> client.orders().exitOrderAsync(exit()).get())
          .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(OutcomeUnknownException.class);
    }
    assertThat(sends(paths())).isEqualTo(1);
  }

  @Test
  void aWellFormedEmptyAnswerIsReportedAsAbsenceAndNotResentByDefault() throws Exception {
    try (BolinkClient client = client(url(server)).build()) {
      server.enqueue(lost());
      server.enqueue(json("{\"state\":1,\"errmsg\":\"ok\",\"count\":0,\"page\":1,\"data\":[]}"));
      server.enqueue(ok());
      assertThatThrownBy(() -> client.orders().exitOrder(exit()))
          .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> assertThat(e.absenceReported()).isTrue());
    }
    List<String> paths = paths();
    assertThat(sends(paths)).isEqualTo(1);
    assertThat(paths).containsExactly(EXIT, QUERY);
  }

  @Test
  void theLookupAsksForThisOrderInThisParkAroundItsExitTime() throws Exception {
    try (BolinkClient client = client(url(server)).build()) {
      server.enqueue(lost());
      server.enqueue(json("{\"state\":1,\"count\":0,\"page\":1,\"data\":[]}"));
      assertThatThrownBy(() -> client.orders().exitOrder(exit())).isInstanceOf(OutcomeUnknownException.class);
    }
    take(server);
    String data = "{\"union_id\":200666,\"park_id\":\"1001\",\"order_id\":\"O1\",\"start_time\":" + (NOW.getEpochSecond() - 86400)
        + ",\"end_time\":" + (NOW.getEpochSecond() + 86400) + ",\"page\":1,\"size\":100}";
    assertThat(body(take(server))).isEqualTo(envelope(data, UKEY));
  }

  @Test
  void theSameOrderInTheAnswerIsTheResultAndNothingIsResent() throws Exception {
    try (BolinkClient client = client(url(server)).build()) {
      server.enqueue(lost());
      server.enqueue(json("{\"state\":1,\"count\":1,\"page\":1,\"data\":[{\"order_id\":\"O1\",\"park_id\":\"1001\","
          + "\"car_number\":\"京A12345\",\"total\":\"12.5\"}]}"));
      BolinkAck ack = client.orders().exitOrder(exit());
      assertThat(ack.reconciled()).isTrue();
    }
    assertThat(sends(paths())).isEqualTo(1);
  }
}
