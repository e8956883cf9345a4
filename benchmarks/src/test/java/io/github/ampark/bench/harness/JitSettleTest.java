package io.github.ampark.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class JitSettleTest {
  /** The compiler's accumulated milliseconds after each slice: {@code perSlice[i]} added by slice i. */
  private static final class Compiler implements LongSupplier {
    private final long[] perSlice;
    private final AtomicInteger slicesRun;
    private long total = 1_000;

    Compiler(AtomicInteger slicesRun, long... perSlice) {
      this.slicesRun = slicesRun;
      this.perSlice = perSlice;
    }

    @Override
    public long getAsLong() {
      int done = slicesRun.get();
      long t = total;
      for (int i = 0; i < done && i < perSlice.length; i++) {
        t += perSlice[i];
      }
      return t;
    }
  }

  private static JitSettle.Outcome settle(int max, long... compileMillisPerSlice) throws Exception {
    AtomicInteger ran = new AtomicInteger();
    return JitSettle.run(new Compiler(ran, compileMillisPerSlice), ran::incrementAndGet, max);
  }

  @Test
  void endsAfterTwoQuietSlicesInARow() throws Exception {
    JitSettle.Outcome o = settle(30, 900, 1_000, 700, 20, 10, 900, 900);
    assertThat(o.slices).isEqualTo(5);
    assertThat(o.settled).isTrue();
  }

  @Test
  void oneQuietSliceBetweenBusyOnesDoesNotEndIt() throws Exception {
    JitSettle.Outcome o = settle(30, 900, 10, 800, 50, 900, 0, 0);
    assertThat(o.slices).isEqualTo(7);
    assertThat(o.settled).isTrue();
  }

  @Test
  void aSliceAtTheQuietLimitCountsAsQuietAndOneAboveItDoesNot() throws Exception {
    assertThat(settle(30, JitSettle.QUIET_MILLIS, JitSettle.QUIET_MILLIS).slices).isEqualTo(2);
    assertThat(settle(30, JitSettle.QUIET_MILLIS + 1, JitSettle.QUIET_MILLIS, JitSettle.QUIET_MILLIS).slices).isEqualTo(3);
  }

  @Test
  void stopsAtTheCapAndSaysTheCompilerNeverWentQuiet() throws Exception {
    JitSettle.Outcome o = settle(4, 900, 900, 900, 900, 0, 0);
    assertThat(o.slices).isEqualTo(4);
    assertThat(o.settled).isFalse();
  }

  @Test
  void alwaysRunsAtLeastOneSlice() throws Exception {
    JitSettle.Outcome o = settle(0, 0, 0);
    assertThat(o.slices).isEqualTo(1);
    assertThat(o.settled).isFalse();
  }

  /** Runs {@link JitSettle#quietWindow} over 4 s windows whose compiler milliseconds are {@code perWindow}. */
  private static JitSettle.Window<Integer> window(long... perWindow) throws Exception {
    AtomicInteger ran = new AtomicInteger();
    return JitSettle.quietWindow(new Compiler(ran, perWindow), ran::incrementAndGet, 4);
  }

  @Test
  void aWindowWithACompilerBurstIsMeasuredAgainAndTheQuietOneKept() throws Exception {
    JitSettle.Window<Integer> w = window(576, 22);
    assertThat(w.kept).isEqualTo(2);
    assertThat(w.compilerMillisByWindow).containsExactly(576L, 22L);
  }

  @Test
  void aQuietWindowIsKeptAtOnceAndTheLimitScalesWithItsSeconds() throws Exception {
    JitSettle.Window<Integer> w = window(4 * JitSettle.QUIET_MILLIS, 0);
    assertThat(w.kept).isEqualTo(1);
    assertThat(w.compilerMillisByWindow).containsExactly(4 * JitSettle.QUIET_MILLIS);
    assertThat(window(4 * JitSettle.QUIET_MILLIS + 1, 0).kept).isEqualTo(2);
  }

  @Test
  void aBusyCompilerIsMeasuredAgainAtMostTwiceAndTheLastWindowKept() throws Exception {
    JitSettle.Window<Integer> w = window(900, 800, 700, 0);
    assertThat(w.kept).isEqualTo(1 + JitSettle.WINDOW_RETRIES);
    assertThat(w.compilerMillisByWindow).containsExactly(900L, 800L, 700L);
  }

  @Test
  void aJvmThatCannotReportCompilationKeepsItsFirstWindow() throws Exception {
    AtomicInteger ran = new AtomicInteger();
    JitSettle.Window<Integer> w = JitSettle.quietWindow(() -> -1, ran::incrementAndGet, 4);
    assertThat(w.kept).isEqualTo(1);
    assertThat(w.compilerMillisByWindow).containsExactly(-1L);
  }
}
