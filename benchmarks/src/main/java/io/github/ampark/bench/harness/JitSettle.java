package io.github.ampark.bench.harness;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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
 * the compiler threads' accumulated time: the JVM's own word on whether it is still compiling. S1
 * (one thread) runs the same rule after its fixed warm-up: on a slower machine 8 s of calls did not
 * always reach it (Yinli's first round read 1.3× its others).
 */
public final class JitSettle {
  /** Compilation in one slice at most this many milliseconds counts as quiet. */
  public static final long QUIET_MILLIS = 50;
  /** Quiet slices in a row that end the settling. */
  static final int QUIET_SLICES = 2;
  /** Measurement windows a child runs again, at most, when the compiler was busy in the one before. */
  public static final int WINDOW_RETRIES = 2;

  /** What settling took: the slices run, and whether the compiler went quiet before the cap. */
  static final class Outcome {
    final int slices;
    final boolean settled;

    Outcome(int slices, boolean settled) {
      this.slices = slices;
      this.settled = settled;
    }
  }

  /** Load that may throw: a slice of it (a second of calls, in the harness), or one call ({@link WarmUp}). */
  interface Slice {
    void run() throws Exception;
  }

  private JitSettle() {}

  /**
   * In a benchmark child: runs {@code slice} (a second of calls) until this JVM's compiler is quiet,
   * at most {@code maxSeconds} slices; nothing when {@code maxSeconds} is 0. Where the JVM cannot
   * report its compilation time, runs the whole cap and reports it as not settled.
   */
  static Outcome inThisJvm(Slice slice, int maxSeconds) throws Exception {
    if (maxSeconds == 0) {
      return new Outcome(0, false);
    }
    CompilationMXBean jit = visibleCompiler();
    if (jit != null) {
      return run(jit::getTotalCompilationTime, slice, maxSeconds);
    }
    for (int i = 0; i < maxSeconds; i++) {
      slice.run();
    }
    return new Outcome(maxSeconds, false);
  }

  /** This JVM's compilation time so far, all compiler threads, in ms; -1 where it cannot tell. */
  static long compilerMillis() {
    CompilationMXBean jit = visibleCompiler();
    return jit != null ? jit.getTotalCompilationTime() : -1;
  }

  /** This JVM's compiler, if it reports its compilation time; null otherwise. */
  private static CompilationMXBean visibleCompiler() {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit : null;
  }

  /** The metrics a child adds to its row: seconds settling, whether the JIT went quiet, compiler ms by then. */
  static void record(Map<String, Object> row, Outcome o, long compilerMillis) {
    row.put("settleSeconds", o.slices);
    row.put("jitSettled", o.settled);
    row.put("jitMillis", compilerMillis);
  }

  /** How many of a contender's rounds reached a quiet JIT (their {@code jitSettled}). */
  static int quietRounds(List<Map<String, Object>> runs) {
    return Rounds.countTrue(runs, "jitSettled");
  }

  /** The window a child kept, and the compiler's milliseconds in each window it ran, the kept one last. */
  static final class Window<T> {
    final T kept;
    final List<Long> compilerMillisByWindow;

    Window(T kept, List<Long> compilerMillisByWindow) {
      this.kept = kept;
      this.compilerMillisByWindow = compilerMillisByWindow;
    }
  }

  /**
   * Runs a measurement window of {@code seconds}, and runs it again (at most {@link #WINDOW_RETRIES}
   * more times) while the compiler spent more than {@link #QUIET_MILLIS} per second of it compiling:
   * the same rate settling calls quiet. Keeps the last window.
   *
   * <p>Why (benchmarks/notes, "A compiler burst inside S1's window"): settling ends on two quiet
   * seconds, and a JVM can still recompile later. A probe after 20 s of Yinli calls saw one 4 s window
   * with 576 ms of compilation, which added 138 µs of "other threads" CPU to each call, about the gap
   * that read Yinli's S1 1.13×. Compilation is a start-up cost (S4's subject), not a per-call one.
   * Where the JVM cannot report its compilation time, the first window is kept.
   */
  static <T> Window<T> quietWindow(LongSupplier compileMillis, Callable<T> window, int seconds) throws Exception {
    List<Long> byWindow = new ArrayList<>();
    while (true) {
      long before = compileMillis.getAsLong();
      T result = window.call();
      long spent = before < 0 ? -1 : compileMillis.getAsLong() - before;
      byWindow.add(spent);
      if (spent <= QUIET_MILLIS * seconds || byWindow.size() > WINDOW_RETRIES) {
        return new Window<>(result, byWindow);
      }
    }
  }

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
