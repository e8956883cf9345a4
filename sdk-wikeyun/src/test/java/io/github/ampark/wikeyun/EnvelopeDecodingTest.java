package io.github.ampark.wikeyun;

import static io.github.ampark.wikeyun.Wire.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ApiException;
import io.github.ampark.core.ResponseFormatException;
import io.github.ampark.core.OutcomeUnknownException;
import io.github.ampark.core.RetryPolicy;
import io.github.ampark.core.testing.MockServerTest;
import io.github.ampark.core.testing.MockServers;
import io.github.ampark.wikeyun.model.CardInfoRequest;
import io.github.ampark.wikeyun.model.PushOrderRequest;
import io.github.ampark.wikeyun.model.QueryOrderRequest;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/** The {code, msg, time, data} envelope: success only on "0000", typed errors for everything else. */
class EnvelopeDecodingTest extends MockServerTest<WikeyunClient> {
  @Override
  protected WikeyunClient newClient(MockWebServer server) {
    return client(server).retryPolicy(RetryPolicy.none()).build();
  }

  @Test
  void theDocumentedFailureEnvelopeIsAnApiExceptionWithCodeAndMessage() {
    server.enqueue(MockServers.json("{\"code\":\"1003\",\"msg\":\"app_key不能为空\",\"time\":\"1624868000\",\"data\":null}"));
    assertThatThrownBy(() -> client.power().cardInfo(CardInfoRequest.of(1)))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.vendor()).isEqualTo("wikeyun");
          assertThat(e.operation()).isEqualTo("cardInfo");
          assertThat(e.httpStatus()).isEqualTo(200);
          assertThat(e.vendorCode()).isEqualTo("1003");
          assertThat(e.vendorMessage()).isEqualTo("app_key不能为空");
          assertThat(e.getMessage()).isEqualTo("[wikeyun cardInfo] HTTP 200, code 1003: app_key不能为空");
        });
  }

  @Test
  void aNumericCodeIsReadAsText() {
    server.enqueue(MockServers.json("{\"code\":1001,\"msg\":\"amount不能为空\",\"data\":null}"));
    assertThatThrownBy(() -> client.power().queryOrder(QueryOrderRequest.byOrderNo("T1")))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.vendorCode()).isEqualTo("1001"));
    server.enqueue(MockServers.json("{\"code\":0000,\"msg\":\"x\",\"data\":null}"));
    // a JSON number 0000 is not valid JSON: the answer is undecodable, not a success
    assertThatThrownBy(() -> client.power().queryOrder(QueryOrderRequest.byOrderNo("T1")))
        .isInstanceOf(ResponseFormatException.class);
  }

  @Test
  void anEnvelopeWithoutCodeIsAFormatError() {
    server.enqueue(MockServers.json("{\"msg\":\"?\",\"data\":{\"id\":\"1\",\"card_num\":\"0\"}}"));
    assertThatThrownBy(() -> client.power().cardInfo(CardInfoRequest.of(1)))
        .isInstanceOfSatisfying(ResponseFormatException.class, e -> assertThat(e.getMessage()).contains("'code'"));
  }

  @Test
  void successWithoutDataWhereARecordIsExpectedIsAFormatError() {
    server.enqueue(MockServers.json("{\"code\":\"0000\",\"msg\":\"获取成功\",\"data\":null}"));
    assertThatThrownBy(() -> client.power().cardInfo(CardInfoRequest.of(1))).isInstanceOf(ResponseFormatException.class);
    server.enqueue(MockServers.json("{\"code\":\"0000\",\"msg\":\"获取成功\",\"data\":\"67890\"}"));
    assertThatThrownBy(() -> client.power().cardInfo(CardInfoRequest.of(1))).isInstanceOf(ResponseFormatException.class);
  }

  @Test
  void aPushAnswerWithoutOrderNumberIsUnreadableAndTheOrderIsLookedUpBeforeGivingUp() throws Exception {
    server.enqueue(ok("{\"order_no\":\"T1\"}"));
    server.enqueue(error("9999", "系统繁忙"));
    assertThatThrownBy(() -> client.power().pushOrder(order()))
        .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
          assertThat(e.getCause()).isInstanceOf(ResponseFormatException.class).hasMessageContaining("OrderNumberData");
          assertThat(e.getCause().getSuppressed()).singleElement().isInstanceOf(ApiException.class);
          assertThat(e.absenceReported()).isFalse();
        });
    assertThat(take(server).getUrl().encodedPath()).isEqualTo("/rest/Power/pushOrder");
    assertThat(take(server).getUrl().encodedPath()).isEqualTo("/rest/Power/query");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void anOrderWithoutItsStatusIsAFormatErrorNotAnEmptyResult() {
    server.enqueue(ok("{\"order_number\":\"P1\",\"order_no\":\"T1\",\"amount\":100}"));
    assertThatThrownBy(() -> client.power().queryOrder(QueryOrderRequest.byOrderNo("T1")))
        .isInstanceOf(ResponseFormatException.class);
  }

  @Test
  void anHtmlPageIsAFormatErrorAndAnHttpErrorKeepsItsStatus() {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html").body("<html>维护中</html>").build());
    assertThatThrownBy(() -> client.power().cardInfo(CardInfoRequest.of(1)))
        .isInstanceOfSatisfying(ResponseFormatException.class, e -> assertThat(e.body()).contains("维护中"));
    server.enqueue(new MockResponse.Builder().code(500).body("<html>oops</html>").build());
    assertThatThrownBy(() -> client.power().cardInfo(CardInfoRequest.of(1)))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(500);
          assertThat(e.vendorCode()).isNull();
        });
  }

  @Test
  void anErrorEnvelopeInsideAnHttpErrorKeepsTheVendorCode() {
    server.enqueue(new MockResponse.Builder().code(403).setHeader("Content-Type", "application/json")
        .body("{\"code\":\"1005\",\"msg\":\"签名错误\",\"data\":null}").build());
    assertThatThrownBy(() -> client.power().cardInfo(CardInfoRequest.of(1)))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(403);
          assertThat(e.vendorCode()).isEqualTo("1005");
        });
  }

  @Test
  void aJsonArrayIsNotAnEnvelope() {
    server.enqueue(MockServers.json("[]"));
    assertThatThrownBy(() -> client.power().cardInfo(CardInfoRequest.of(1)))
        .isInstanceOfSatisfying(ResponseFormatException.class, e -> assertThat(e.getMessage()).contains("not a JSON object"));
  }

  static PushOrderRequest order() {
    return PushOrderRequest.builder().cardId(1).orderNo("T1").amountYuan(100).build();
  }
}
