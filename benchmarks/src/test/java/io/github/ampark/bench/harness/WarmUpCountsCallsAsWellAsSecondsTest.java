package io.github.ampark.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WarmUpCountsCallsAsWellAsSecondsTest {
  private static final long MS = 1_000_000L;

  /** A clock that moves only when a call is made: each call takes {@code perCall} nanoseconds. */
  private static WarmUp warm(long perCall, long minNanos, long minCalls, long capNanos, AtomicLong made) throws Exception {
    AtomicLong now = new AtomicLong(5_000 * MS);
    return WarmUp.run(() -> {
      made.incrementAndGet();
      now.addAndGet(perCall);
    }, now::get, minNanos, minCalls, capNanos);
  }

  @Test
  void aSlowCallGoesOnPastTheSecondsUntilItHasMadeTheCalls() throws Exception {
    AtomicLong made = new AtomicLong();
    WarmUp w = warm(MS, 8_000 * MS, 40_000, 90_000 * MS, made); // 1 ms a call: 40 s for 40,000 calls
    assertThat(w.calls).isEqualTo(40_000).isEqualTo(made.get());
    assertThat(w.nanos).isEqualTo(40_000 * MS);
    assertThat(w.reached).isTrue();
  }

  @Test
  void aFastCallGoesOnPastTheCallsUntilTheSecondsHavePassed() throws Exception {
    AtomicLong made = new AtomicLong();
    WarmUp w = warm(MS / 10, 8_000 * MS, 40_000, 90_000 * MS, made); // 100 µs a call: 80,000 calls in 8 s
    assertThat(w.calls).isEqualTo(80_000);
    assertThat(w.nanos).isEqualTo(8_000 * MS);
    assertThat(w.reached).isTrue();
  }

  @Test
  void theCapEndsAWarmUpThatWouldNeverReachItsCallsAndSaysSo() throws Exception {
    AtomicLong made = new AtomicLong();
    WarmUp w = warm(10 * MS, 8_000 * MS, 40_000, 90_000 * MS, made); // 10 ms a call: 9,000 calls by the cap
    assertThat(w.calls).isEqualTo(9_000);
    assertThat(w.nanos).isEqualTo(90_000 * MS);
    assertThat(w.reached).isFalse();
  }

  @Test
  void noCallCountMeansTheSecondsAlone() throws Exception {
    AtomicLong made = new AtomicLong();
    WarmUp w = warm(MS, 8_000 * MS, 0, 90_000 * MS, made);
    assertThat(w.calls).isEqualTo(8_000);
    assertThat(w.reached).isTrue();
  }

  @Test
  void theRowCarriesTheCallsTheSecondsAndWhetherBothMinimumsWereReached() throws Exception {
    Map<String, Object> row = new LinkedHashMap<>();
    warm(MS, 8_000 * MS, 40_000, 90_000 * MS, new AtomicLong()).record(row);
    assertThat(row).containsEntry("warmupCalls", 40_000L).containsEntry("warmupSeconds", 40.0)
        .containsEntry("warmupReached", true);
  }
}
