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

  /**
   * A warm-up of at least 8 s and 40,000 calls, capped at 90 s, for a call of {@code perCall}
   * nanoseconds ({@code minCalls} overrides the 40,000): it made {@code calls} calls (each one counted)
   * in {@code nanos} and says whether both minimums were reached.
   */
  private static void assertWarm(long perCall, long minCalls, long calls, long nanos, boolean reached) throws Exception {
    AtomicLong made = new AtomicLong();
    WarmUp w = warm(perCall, 8_000 * MS, minCalls, 90_000 * MS, made);
    assertThat(w.calls).isEqualTo(calls).isEqualTo(made.get());
    assertThat(w.nanos).isEqualTo(nanos);
    assertThat(w.reached).isEqualTo(reached);
  }

  @Test
  void aSlowCallGoesOnPastTheSecondsUntilItHasMadeTheCalls() throws Exception {
    assertWarm(MS, 40_000, 40_000, 40_000 * MS, true); // 1 ms a call: 40 s for 40,000 calls
  }

  @Test
  void aFastCallGoesOnPastTheCallsUntilTheSecondsHavePassed() throws Exception {
    assertWarm(MS / 10, 40_000, 80_000, 8_000 * MS, true); // 100 µs a call: 80,000 calls in 8 s
  }

  @Test
  void theCapEndsAWarmUpThatWouldNeverReachItsCallsAndSaysSo() throws Exception {
    assertWarm(10 * MS, 40_000, 9_000, 90_000 * MS, false); // 10 ms a call: 9,000 calls by the cap
  }

  @Test
  void noCallCountMeansTheSecondsAlone() throws Exception {
    assertWarm(MS, 0, 8_000, 8_000 * MS, true);
  }

  @Test
  void theRowCarriesTheCallsTheSecondsAndWhetherBothMinimumsWereReached() throws Exception {
    Map<String, Object> row = new LinkedHashMap<>();
    warm(MS, 8_000 * MS, 40_000, 90_000 * MS, new AtomicLong()).record(row);
    assertThat(row).containsEntry("warmupCalls", 40_000L).containsEntry("warmupSeconds", 40.0)
        .containsEntry("warmupReached", true);
  }
}
