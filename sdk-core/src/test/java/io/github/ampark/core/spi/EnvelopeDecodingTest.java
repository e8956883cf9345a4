package io.github.ampark.core.spi;

import static io.github.ampark.core.testing.AcmeServer.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ampark.core.ApiException;
import io.github.ampark.core.ResponseFormatException;
import io.github.ampark.core.RetryPolicy;
import io.github.ampark.core.testing.AcmeClient;
import io.github.ampark.core.testing.AcmeOrder;
import java.util.Collections;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnvelopeDecodingTest {
  MockWebServer server;
  AcmeClient client;

  @BeforeEach
  void start() throws Exception {
    server = startServer();
    client = AcmeClient.builder().credentials("app-1", "s3cr3t-value").baseUrl(baseUrl(server))
        .retryPolicy(RetryPolicy.none()).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void successEnvelopeIsDecodedIntoTheModel() {
    server.enqueue(ok(order("T1", 100, "PAID")));
    AcmeOrder order = client.getOrder("T1");
    assertThat(order.orderNo()).isEqualTo("T1");
    assertThat(order.amountFen()).isEqualTo(100);
    assertThat(order.status()).isEqualTo("PAID");
  }

  @Test
  void unknownFieldsAreIgnoredAndNumbersAsStringsAccepted() {
    server.enqueue(ok("{\"order_no\":\"T1\",\"amount_fen\":\"250\",\"status\":2,\"added_later\":{\"x\":1}}"));
    AcmeOrder order = client.getOrder("T1");
    assertThat(order.amountFen()).isEqualTo(250);
    assertThat(order.status()).isEqualTo("2");
  }

  @Test
  void errorInsideHttp200BecomesApiExceptionWithVendorCodeMessageAndRequestId() {
    server.enqueue(error("NOT_FOUND", "no such order"));
    assertThatThrownBy(() -> client.getOrder("T404"))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.vendor()).isEqualTo("acme");
          assertThat(e.operation()).isEqualTo("getOrder");
          assertThat(e.httpStatus()).isEqualTo(200);
          assertThat(e.vendorCode()).isEqualTo("NOT_FOUND");
          assertThat(e.vendorMessage()).isEqualTo("no such order");
          assertThat(e.requestId()).isEqualTo("r-9");
          assertThat(e.body()).contains("NOT_FOUND");
          assertThat(e.getMessage()).isEqualTo("[acme getOrder] HTTP 200, code NOT_FOUND: no such order (request id r-9)");
        });
  }

  @Test
  void httpErrorWithVendorEnvelopeKeepsTheVendorCode() {
    server.enqueue(json(400, "{\"code\":\"BAD_ARG\",\"message\":\"amount\",\"data\":null}"));
    assertThatThrownBy(() -> client.getOrder("T1"))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(400);
          assertThat(e.vendorCode()).isEqualTo("BAD_ARG");
        });
  }

  @Test
  void httpErrorWithHtmlBodyBecomesApiExceptionForTheStatus() {
    server.enqueue(new MockResponse.Builder().code(500).body("<html>oops</html>").build());
    assertThatThrownBy(() -> client.getOrder("T1"))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(500);
          assertThat(e.vendorCode()).isNull();
          assertThat(e.body()).isEqualTo("<html>oops</html>");
        });
  }

  @Test
  void nonJsonBodyInHttp200IsAResponseFormatException() {
    server.enqueue(new MockResponse.Builder().code(200).body("<html>maintenance</html>").build());
    assertThatThrownBy(() -> client.getOrder("T1"))
        .isInstanceOfSatisfying(ResponseFormatException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(200);
          assertThat(e.getMessage()).contains("not JSON");
          assertThat(e.body()).contains("maintenance");
        });
  }

  @Test
  void envelopeWithoutItsCodeIsAResponseFormatException() {
    server.enqueue(json(200, "{\"message\":\"?\"}"));
    assertThatThrownBy(() -> client.getOrder("T1"))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("envelope has no 'code'");
  }

  @Test
  void successWithoutDataForAModelIsAResponseFormatExceptionNotNull() {
    server.enqueue(ok("null"));
    assertThatThrownBy(() -> client.getOrder("T1"))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("no data");
  }

  @Test
  void dataOfTheWrongShapeIsAResponseFormatException() {
    server.enqueue(ok("{\"order_no\":\"T1\",\"amount_fen\":\"many\",\"status\":\"PAID\"}"));
    assertThatThrownBy(() -> client.getOrder("T1"))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("does not fit AcmeOrder");
  }

  @Test
  void missingRequiredModelFieldIsAResponseFormatException() {
    server.enqueue(ok("{\"order_no\":\"T1\",\"amount_fen\":1}"));
    assertThatThrownBy(() -> client.getOrder("T1")).isInstanceOf(ResponseFormatException.class);
  }

  @Test
  void stringAndJsonAndVoidDataTypesAreSupported() {
    server.enqueue(ok("\"pong\""));
    assertThat(client.undeclared(Collections.singletonMap("a", 1))).isEqualTo("pong");
    server.enqueue(ok("{\"n\":1}"));
    JsonNode node = client.charge(Collections.singletonMap("a", 1));
    assertThat(node.path("n").asInt()).isEqualTo(1);
    server.enqueue(ok("null"));
    assertThat(client.nothing()).isNull();
  }

  @Test
  void asyncCallCompletesWithTheDecodedModel() throws Exception {
    server.enqueue(ok(order("T2", 5, "NEW")));
    assertThat(client.getOrderAsync("T2").get(10, TimeUnit.SECONDS).orderNo()).isEqualTo("T2");
  }

  @Test
  void asyncCallFailsWithTheSameTypedException() {
    server.enqueue(error("NOT_FOUND", "gone"));
    assertThatThrownBy(() -> client.getOrderAsync("T2").join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(ApiException.class);
  }
}
