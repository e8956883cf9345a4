package io.github.ampark.core.spi;

import static io.github.ampark.core.testing.AcmeServer.baseUrl;
import static io.github.ampark.core.testing.AcmeServer.startServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ampark.core.RetryPolicy;
import io.github.ampark.core.TransportException;
import io.github.ampark.core.testing.AcmeClient;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The pacer keeps Okio's watchdog asleep while a call's deadline and read/write timeouts come and
 * go, and changes no timeout's outcome.
 */
class WatchdogPacerTest {
  static final int CALLS = 60;

  @Test
  void callsWithTheDefaultDeadlineAndTimeoutsDoNotWakeTheWatchdogEachTime() throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (MockWebServer server = startServer();
        AcmeClient client = AcmeClient.builder().credentials("a", "s3cr3t-value").baseUrl(baseUrl(server)).build()) {
      for (int i = 0; i <= CALLS; i++) {
        server.enqueue(new MockResponse.Builder()
            .body("{\"code\":\"OK\",\"data\":{\"order_no\":\"T1\",\"amount_fen\":100,\"status\":\"PAID\"}}").build());
      }
      client.getOrder("T1"); // starts the watchdog thread and arms the pacer
      long watchdog = watchdogThreadId(threads);
      long before = threads.getThreadInfo(watchdog).getWaitedCount();
      for (int i = 0; i < CALLS; i++) {
        client.getOrder("T1");
      }
      long wakeUps = threads.getThreadInfo(watchdog).getWaitedCount() - before;
      // without the pacer each call wakes it at least twice (the deadline, then each read and
      // write ahead of it); with it, once per second of calls and for anything else in this JVM
      assertThat(wakeUps).isLessThan(CALLS / 4);
    }
  }

  @Test
  @Timeout(20)
  void aReadTimeoutLongerThanThePacersPeriodStillFiresBehindIt() throws Exception {
    try (MockWebServer server = startServer();
        AcmeClient client = AcmeClient.builder().credentials("a", "s3cr3t-value").baseUrl(baseUrl(server))
            .readTimeout(Duration.ofMillis(1500)).retryPolicy(RetryPolicy.none()).build()) {
      server.enqueue(new MockResponse.Builder().headersDelay(8, TimeUnit.SECONDS).body("{}").build());
      WatchdogPacer.INSTANCE.beforeCall();
      assertThat(WatchdogPacer.INSTANCE.armed()).isTrue();
      assertThatThrownBy(() -> client.charge(java.util.Collections.singletonMap("a", 1)))
          .isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.mayHaveReachedVendor()).isTrue();
            assertThat(e.getMessage()).contains("SocketTimeoutException");
          });
    }
  }

  @Test
  void thePacerReArmsWhileCallsArriveAndStopsAfterAPeriodWithoutOne() {
    WatchdogPacer pacer = new WatchdogPacer();
    try {
      assertThat(pacer.armed()).isFalse();
      pacer.beforeCall();
      assertThat(pacer.armed()).isTrue();
      pacer.timedOut(); // a period with a call ended: in the queue again
      assertThat(pacer.armed()).isTrue();
      pacer.timedOut(); // a period without one: let go
      assertThat(pacer.armed()).isFalse();
      pacer.beforeCall(); // the next call arms it again
      assertThat(pacer.armed()).isTrue();
    } finally {
      pacer.exit();
    }
  }

  @Test
  void aPacerOkioRefusesLeavesTheCallToGoOnUnpaced() {
    WatchdogPacer pacer = new WatchdogPacer();
    pacer.enter(); // Okio now holds it as entered: a second enter() is refused ("Unbalanced enter/exit")
    try {
      pacer.beforeCall(); // must not throw into the call
      assertThat(pacer.armed()).isFalse();
    } finally {
      pacer.exit();
    }
  }

  private static long watchdogThreadId(ThreadMXBean threads) {
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().equals("Okio Watchdog")) {
        return info.getThreadId();
      }
    }
    throw new AssertionError("no Okio Watchdog thread after a call with a deadline");
  }
}
