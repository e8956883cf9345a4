package io.github.ampark.core.spi;

import io.github.ampark.core.IfAbsent;

import static io.github.ampark.core.testing.AcmeServer.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.ApiException;
import io.github.ampark.core.RetryPolicy;
import io.github.ampark.core.TransportException;
import io.github.ampark.core.testing.AcmeClient;
import io.github.ampark.core.testing.AcmeOrder;
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

class BusinessKeyReconcileTest {
  MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = startServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  AcmeClient client(IfAbsent ifAbsent) {
    return AcmeClient.builder().credentials("a", "s3cr3t-value").baseUrl(baseUrl(server))
        .retryPolicy(RetryPolicy.builder().maxRetries(2).initialBackoff(java.time.Duration.ofMillis(5))
            .maxBackoff(java.time.Duration.ofMillis(5)).build())
        .ifAbsent(ifAbsent).build();
  }

  static MockResponse lostResponse() {
    return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
  }

  List<String> requestLines() throws InterruptedException {
    List<String> lines = new ArrayList<>();
    RecordedRequest r;
    while ((r = server.takeRequest(100, TimeUnit.MILLISECONDS)) != null) {
      lines.add(r.getMethod() + " " + r.getUrl().encodedPath());
    }
    return lines;
  }

  @Test
  void orderTheVendorAlreadyHasIsReturnedNotPlacedAgain() throws Exception {
    server.enqueue(lostResponse());
    server.enqueue(ok(order("T1", 100, "PAID")));
    try (AcmeClient client = client(IfAbsent.RESEND)) {
      AcmeOrder order = client.createOrder("T1", 100);
      assertThat(order.status()).isEqualTo("PAID");
    }
    assertThat(requestLines()).containsExactly("POST /v1/orders", "GET /v1/orders/T1");
  }

  @Test
  void confirmedAbsentOrderIsResentOnce() throws Exception {
    server.enqueue(lostResponse());
    server.enqueue(error("NOT_FOUND", "none"));
    server.enqueue(ok(order("T1", 100, "NEW")));
    try (AcmeClient client = client(IfAbsent.RESEND)) {
      assertThat(client.createOrder("T1", 100).status()).isEqualTo("NEW");
    }
    assertThat(requestLines()).containsExactly("POST /v1/orders", "GET /v1/orders/T1", "POST /v1/orders");
  }

  @Test
  void confirmedAbsenceUnderThrowIsOutcomeUnknownNeverNotSent() throws Exception {
    server.enqueue(lostResponse());
    server.enqueue(error("NOT_FOUND", "none"));
    try (AcmeClient client = client(IfAbsent.THROW)) {
      assertThatThrownBy(() -> client.createOrder("T1", 100))
          .isInstanceOfSatisfying(io.github.ampark.core.OutcomeUnknownException.class, e -> {
            assertThat(e.mayHaveReachedVendor()).isTrue();
            assertThat(e.absenceReported()).isTrue();
            assertThat(e.businessKey()).isEqualTo("T1");
            assertThat(e.getMessage()).contains("T1").contains("not resent");
          });
    }
    assertThat(requestLines()).containsExactly("POST /v1/orders", "GET /v1/orders/T1");
  }

  @Test
  void whenTheVendorCannotBeAskedTheOriginalAmbiguousFailureIsThrown() throws Exception {
    server.enqueue(lostResponse());
    server.enqueue(error("INTERNAL", "db down"));
    try (AcmeClient client = client(IfAbsent.RESEND)) {
      assertThatThrownBy(() -> client.createOrder("T1", 100))
          .isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.mayHaveReachedVendor()).isTrue();
            assertThat(e.getSuppressed()).hasSize(1);
            assertThat(e.getSuppressed()[0]).isInstanceOf(ApiException.class);
          });
    }
    assertThat(requestLines()).containsExactly("POST /v1/orders", "GET /v1/orders/T1");
  }

  @Test
  void aClearVendorRefusalIsNotReconciled() throws Exception {
    server.enqueue(error("DUPLICATE", "order_no used"));
    try (AcmeClient client = client(IfAbsent.RESEND)) {
      assertThatThrownBy(() -> client.createOrder("T1", 100)).isInstanceOf(ApiException.class);
    }
    assertThat(requestLines()).containsExactly("POST /v1/orders");
  }

  @Test
  void asyncReconcileFindsTheExistingOrder() throws Exception {
    server.enqueue(lostResponse());
    server.enqueue(ok(order("T2", 100, "PAID")));
    try (AcmeClient client = client(IfAbsent.RESEND)) {
      assertThat(client.createOrderAsync("T2", 100).get(10, TimeUnit.SECONDS).status()).isEqualTo("PAID");
    }
    assertThat(requestLines()).containsExactly("POST /v1/orders", "GET /v1/orders/T2");
  }

  @Test
  void asyncConfirmedAbsentIsResentAndThrowPolicyReports() throws Exception {
    server.enqueue(lostResponse());
    server.enqueue(error("NOT_FOUND", "none"));
    server.enqueue(ok(order("T3", 1, "NEW")));
    try (AcmeClient client = client(IfAbsent.RESEND)) {
      assertThat(client.createOrderAsync("T3", 1).get(10, TimeUnit.SECONDS).status()).isEqualTo("NEW");
    }
    server.enqueue(lostResponse());
    server.enqueue(error("NOT_FOUND", "none"));
    try (AcmeClient client = client(IfAbsent.THROW)) {
      assertThatThrownBy(() -> client.createOrderAsync("T4", 1).join())
          .isInstanceOf(CompletionException.class).cause().isInstanceOf(TransportException.class);
    }
  }

  @Test
  void ambiguityIsDecidedByFailureKind() {
    assertThat(BusinessKeyCalls.isAmbiguous(new TransportException("v", "o", true, "x", null))).isTrue();
    assertThat(BusinessKeyCalls.isAmbiguous(new TransportException("v", "o", false, "x", null))).isFalse();
    assertThat(BusinessKeyCalls.isAmbiguous(new io.github.ampark.core.ResponseFormatException("v", "o", 200, "x", "", null))).isTrue();
    assertThat(BusinessKeyCalls.isAmbiguous(new ApiException("v", "o", 502, null, "Bad Gateway", null, ""))).isTrue();
    assertThat(BusinessKeyCalls.isAmbiguous(new ApiException("v", "o", 200, "E1", "refused", null, ""))).isFalse();
  }
}
