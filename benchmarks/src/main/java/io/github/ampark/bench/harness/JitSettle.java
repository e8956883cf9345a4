package io.github.ampark.bench.harness;

import java.util.function.LongSupplier;

/**
 * Runs load in one-second slices until the JIT compiler has been quiet for {@link #QUIET_SLICES}
 * slices in a row, or until a cap: S2's measurement then reads the code as compiled, not the
 * compiler competing with the calls for the same two cores.
 *
 * <p>Why (benchmarks/notes, "S2 after the JIT is quiet"): with 8 threads calling, the JVM's compiler
 * spent about 1 s of every second compiling for 7–10 s after the calls started, and both contenders'
 * throughput rose by 40–100 % over that time. A fixed warm-up of a few seconds measured inside that
 * climb, where the contender with more code to compile is hit harder and the rounds of one contender
 * spread by a third. The signal is {@link java.lang.management.CompilationMXBean#getTotalCompilationTime()},
 * the compiler threads' accumulated time: the JVM's own word on whether it is still compiling.
 */
final class JitSettle {
  /** Compilation in one slice at most this many milliseconds counts as quiet. */
  static final long QUIET_MILLIS = 50;
  /** Quiet slices in a row that end the settling. */
  static final int QUIET_SLICES = 2;

  /** What settling took: the slices run, and whether the compiler went quiet before the cap. */
  static final class Outcome {
    final int slices;
    final boolean settled;

    Outcome(int slices, boolean settled) {
      this.slices = slices;
      this.settled = settled;
    }
  }

  /** One slice of load (a second of calls, in the harness). */
  interface Slice {
    void run() throws Exception;
  }

  private JitSettle() {}

  /**
   * Runs {@code slice} until the compilation time {@code compileMillis} reports grew by at most
   * {@link #QUIET_MILLIS} across each of the last {@link #QUIET_SLICES} slices, or {@code maxSlices}
   * slices were run (at least one slice is always run).
   */
  static Outcome run(LongSupplier compileMillis, Slice slice, int maxSlices) throws Exception {
    int quiet = 0;
    int slices = 0;
    long before = compileMillis.getAsLong();
    do {
      slice.run();
      slices++;
      long after = compileMillis.getAsLong();
      quiet = after - before <= QUIET_MILLIS ? quiet + 1 : 0;
      before = after;
      if (quiet >= QUIET_SLICES) {
        return new Outcome(slices, true);
      }
    } while (slices < maxSlices);
    return new Outcome(slices, false);
  }
}
