package io.github.ampark.bench.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * A round measured again when the hypervisor took part of the machine during its window.
 *
 * <p>On a shared virtual machine the host sometimes runs something else on the virtual CPUs for
 * seconds to minutes at a time ("steal" in /proc/stat; 5–35 % of the machine in some windows here).
 * A contender whose window fell in such a stretch reads slower for a reason that has nothing to do
 * with it, and a ratio of two contenders carries the difference. With a budget, a round whose window
 * had {@link Jvm#STEAL_LIMIT_PERCENT} or more stolen is measured again right away (so the interleaved
 * order stays as it was), at most {@link #PER_ROUND} more times, and of its attempts the one with the
 * least steal is kept. The choice reads only the steal, never the measured values, so it cannot
 * pick a contender's fast readings over its slow ones; a kept round lists the steal of the attempts
 * it replaced ({@link #KEY}) and the report shows them.
 *
 * <p>The budget is per vendor (each {@link #around} call, one per vendor in {@link
 * Rounds#forkPerVendor}): when the host stays busy for longer than it covers, that vendor's remaining
 * rounds keep their first attempt, marked with their steal as before. A scenario-wide budget let the
 * first vendors spend it all: on 2026-12-01 Wikeyun and 4pyun used the 16, and Bolink's raw OkHttp
 * rounds at 27–30 % steal kept their first attempt, which put Bolink's S1 ratio at 0.60.
 */
final class StealRetry {
  /** At most this many more attempts for one round of one contender. */
  static final int PER_ROUND = 2;
  /** Where a kept round lists the steal (percent) of the attempts it replaced, in the order measured. */
  static final String KEY = "stealRetried";

  private final int budget;
  private final ToDoubleFunction<Map<String, Object>> steal;
  private final String window;
  private int used;

  /**
   * @param budget at most this many attempts more per vendor (0: never measure again)
   * @param steal a run's steal in percent; negative when it has none (no /proc/stat, or a failed run)
   * @param window which of a run's windows {@code steal} reads, for {@link #describe()}: "its window"
   */
  StealRetry(int budget, ToDoubleFunction<Map<String, Object>> steal, String window) {
    if (budget < 0) {
      throw new IllegalArgumentException("steal re-run budget must be 0 or more, was " + budget);
    }
    this.budget = budget;
    this.steal = steal;
    this.window = window;
  }

  /** S1's runs: one window, its {@code stealPercent}. */
  static double ofRun(Map<String, Object> run) {
    Object v = run.get("stealPercent");
    return v instanceof Number ? ((Number) v).doubleValue() : -1;
  }

  /**
   * S2's runs: a window per thread count ({@code rows}); the largest {@code stealPercent} of the
   * windows of {@code threads}. S2's targets read 8 and 64 threads, and its 1-thread windows are the
   * ones the host steals from most (up to 35 % where the 8- and 64-thread windows of the same JVMs had
   * at most 4 %: with one core idle, part of what /proc/stat counts as stolen is the host's delay in
   * waking that core), so measuring a round again for its 1-thread window would spend the budget on
   * readings no target uses.
   */
  static double largestOfRows(Map<String, Object> run, int... threads) {
    double max = -1;
    for (int t : threads) {
      Map<String, Object> row = S2Concurrency.rowFor(run, t);
      if (row != null) {
        max = Math.max(max, ofRun(row));
      }
    }
    return max;
  }

  /**
   * {@code measure}, measured again while the kept attempt's steal is at or above the limit, this
   * round has attempts left and the budget has attempts left: a budget of its own for each call of
   * this method (each vendor). A failed attempt is returned as it is: an error is never replaced by
   * a later success.
   */
  Rounds.Measure around(Rounds.Measure measure) {
    int[] left = {budget};
    return contender -> {
      Map<String, Object> kept = measure.run(contender);
      List<Double> replaced = new ArrayList<>();
      for (int i = 0; i < PER_ROUND && left[0] > 0 && steal.applyAsDouble(kept) >= Jvm.STEAL_LIMIT_PERCENT; i++) {
        left[0]--;
        used++;
        Map<String, Object> again = measure.run(contender);
        if (again.containsKey("error")) {
          return again;
        }
        if (steal.applyAsDouble(again) < steal.applyAsDouble(kept)) {
          replaced.add(steal.applyAsDouble(kept));
          kept = again;
        } else {
          replaced.add(steal.applyAsDouble(again));
        }
      }
      if (!replaced.isEmpty()) {
        kept.put(KEY, replaced);
      }
      return kept;
    };
  }

  /** Attempts made again so far, all vendors. */
  int used() {
    return used;
  }

  /** The rule, for the results' settings. */
  String describe() {
    if (budget == 0) {
      return "none";
    }
    return "a round whose " + window + " had " + (int) Jvm.STEAL_LIMIT_PERCENT + " % or more of the machine stolen is measured again"
        + " at once, at most " + PER_ROUND + " more times (" + budget + " per vendor); the attempt with the least steal is kept";
  }
}
