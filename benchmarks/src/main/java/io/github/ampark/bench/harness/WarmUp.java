package io.github.ampark.bench.harness;

import java.util.function.LongSupplier;

/**
 * S1's warm-up, counted in calls as well as seconds: calls go on until at least {@code minSeconds}
 * have passed <em>and</em> at least {@code minCalls} calls were made, or until {@link #CAP_SECONDS}
 * have passed, whichever comes first.
 *
 * <p>Why calls: C2 compiles a method after it has run a number of times, not after a number of
 * seconds. A vendor whose call takes 1 ms (Yinli's envelope: AES, RSA-2048 signing and
 * verification) makes 800–900 calls a second where the others make 10,000–16,000, so a warm-up of 8 s
 * left its Ampark JVMs with a compiler that never went quiet in two rounds of three, and a 40 s one
 * left every window quiet (benchmarks/notes, "Two full runs of the same code"). About 40,000 calls is
 * what the faster vendors make in their 8 s.
 */
final class WarmUp {
  /** The longest a warm-up lasts, whatever its call count: 90 s. */
  static final int CAP_SECONDS = 90;

  /** Calls made. */
  final long calls;
  /** Nanoseconds it lasted. */
  final long nanos;
  /** Whether both minimums were reached before the cap. */
  final boolean reached;

  private WarmUp(long calls, long nanos, boolean reached) {
    this.calls = calls;
    this.nanos = nanos;
    this.reached = reached;
  }

  /** Warms with real calls on the JVM's clock. */
  static WarmUp run(JitSettle.Slice call, int minSeconds, long minCalls) throws Exception {
    return run(call, System::nanoTime, minSeconds * 1_000_000_000L, minCalls, CAP_SECONDS * 1_000_000_000L);
  }

  static WarmUp run(JitSettle.Slice call, LongSupplier clock, long minNanos, long minCalls, long capNanos) throws Exception {
    long start = clock.getAsLong();
    long n = 0;
    while (true) {
      long elapsed = clock.getAsLong() - start;
      if (elapsed >= minNanos && n >= minCalls) {
        return new WarmUp(n, elapsed, true);
      }
      if (elapsed >= capNanos) {
        return new WarmUp(n, elapsed, false);
      }
      call.run();
      n++;
    }
  }

  /** Puts {@code warmupCalls}, {@code warmupSeconds} (one decimal) and {@code warmupReached} in a child's row. */
  void record(java.util.Map<String, Object> row) {
    row.put("warmupCalls", calls);
    row.put("warmupSeconds", Rounds.round1(nanos / 1e9));
    row.put("warmupReached", reached);
  }
}
