package io.github.ampark.wikeyun;

import static io.github.ampark.wikeyun.Wire.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.IfAbsent;
import io.github.ampark.core.OutcomeUnknownException;
import io.github.ampark.core.testing.MockServerTest;
import io.github.ampark.wikeyun.model.PushOrderRequest;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * One call deadline bounds the whole pushOrder protocol: when Wikeyun never answers, the send and
 * the reconciliation query share it, and the outcome is unknown — never "not sent", never resent.
 * (The bound is checked with a wide margin: what matters is that the 10 s answers are not awaited.)
 */
class PushOrderDeadlineTest extends MockServerTest<WikeyunClient> {
  static final PushOrderRequest ORDER = PushOrderRequest.builder().cardId(67890).orderNo("T1").amountYuan(100).build();

  @Override
  protected WikeyunClient newClient(MockWebServer server) {
    return client(server).callDeadline(Duration.ofSeconds(1)).ifAbsent(IfAbsent.RESEND).build();
  }

  static MockResponse never() {
    return new MockResponse.Builder().headersDelay(10, TimeUnit.SECONDS).body("{}").build();
  }

  @Test
  void aSilentGatewayEndsTheSyncCallWithinTheDeadlineAsOutcomeUnknown() {
    server.enqueue(never());
    server.enqueue(never());
    long start = System.nanoTime();
    assertThatThrownBy(() -> client.power().pushOrder(ORDER))
        .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
          assertThat(e.mayHaveReachedVendor()).isTrue();
          assertThat(e.absenceReported()).isFalse();
          assertThat(e.businessKey()).isEqualTo("T1");
        });
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(server.getRequestCount()).isLessThanOrEqualTo(2);
  }

  @Test
  void aSilentGatewayEndsTheAsyncCallWithinTheDeadlineAsOutcomeUnknown() {
    server.enqueue(never());
    server.enqueue(never());
    long start = System.nanoTime();
    assertThatThrownBy(() -> client.power().pushOrderAsync(ORDER).get(8, TimeUnit.SECONDS))
        .cause().isInstanceOf(OutcomeUnknownException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(server.getRequestCount()).isLessThanOrEqualTo(2);
  }
}
