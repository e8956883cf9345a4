package io.github.ampark.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class S1RoundsAreFoldedIntoMediansTest {
  private static Map<String, Object> run(long calls, long perSec, double cpu, double serverCpu) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("calls", calls);
    r.put("throughputPerSec", perSec);
    r.put("clientCpuMicrosPerCall", cpu);
    r.put("callingThreadCpuMicrosPerCall", cpu * 0.75);
    r.put("serverCpuMicrosPerCall", serverCpu);
    r.put("connectionsOpened", 1);
    r.put("warmupCalls", calls * 100);
    r.put("warmupSeconds", cpu / 4);
    r.put("warmupReached", calls > 100); // the round with the fewest calls ran into the warm-up's cap
    r.put("settleSeconds", (int) (cpu / 10));
    r.put("jitSettled", cpu < 40); // the slow round is the one whose JIT never went quiet
    r.put("jitMillis", calls * 10);
    r.put("stealPercent", serverCpu / 2);
    return r;
  }

  @Test
  void eachMetricIsTheMedianOfTheRoundsNotTheirMeanOrTheFirst() {
    Map<String, Object> row = S1SingleCall.summarize(List.of(
        run(100, 20_000, 41.5, 10.0), run(300, 30_000, 29.9, 12.0), run(200, 25_000, 30.4, 11.0)));
    assertThat(row).containsEntry("calls", 200L).containsEntry("throughputPerSec", 25_000L)
        .containsEntry("clientCpuMicrosPerCall", 30.4).containsEntry("serverCpuMicrosPerCall", 11.0)
        .containsEntry("callingThreadCpuMicrosPerCall", 22.8); // 30.4 × 0.75, to one decimal
    assertThat(row.get("clientCpuMicrosPerCallByRound")).isEqualTo(Arrays.asList(41.5, 29.9, 30.4));
  }

  @Test
  void theRowSaysHowManyRoundsReachedAQuietJitAndEachRoundsSteal() {
    Map<String, Object> row = S1SingleCall.summarize(List.of(
        run(100, 20_000, 41.5, 10.0), run(300, 30_000, 29.9, 12.0), run(200, 25_000, 30.4, 11.0)));
    assertThat(row).containsEntry("roundsJitQuiet", 2).containsEntry("settleSeconds", 3L).containsEntry("jitMillis", 2_000L);
    assertThat(row).containsEntry("warmupCalls", 20_000L).containsEntry("warmupSeconds", 7.6) // 30.4 / 4
        .containsEntry("roundsWarmupReached", 2);
    assertThat(row.get("stealPercentByRound")).isEqualTo(Arrays.asList(5.0, 6.0, 5.5));
  }

  @Test
  void theRowListsTheStealOfTheAttemptsEachRoundReplaced() {
    Map<String, Object> again = run(300, 30_000, 29.9, 12.0);
    again.put(StealRetry.KEY, List.of(14.0, 9.5));
    Map<String, Object> row = S1SingleCall.summarize(List.of(run(100, 20_000, 41.5, 10.0), again, run(200, 25_000, 30.4, 11.0)));
    assertThat(row.get("stealRetriedByRound")).isEqualTo(Arrays.asList(null, List.of(14.0, 9.5), null));
  }

  @Test
  void twoRoundsGiveTheirMean() {
    Map<String, Object> row = S1SingleCall.summarize(List.of(run(100, 20_000, 40.0, 10.0), run(300, 30_000, 30.0, 12.0)));
    assertThat(row).containsEntry("clientCpuMicrosPerCall", 35.0).containsEntry("calls", 200L);
  }

  @Test
  void aFailedRoundFailsTheRowInsteadOfBeingLeftOut() {
    Map<String, Object> failed = new LinkedHashMap<>();
    failed.put("error", "exit 1");
    Map<String, Object> row = S1SingleCall.summarize(List.of(run(100, 20_000, 40.0, 10.0), failed));
    assertThat(row).containsOnlyKeys("error");
  }

  @Test
  void oneRoundKeepsItsValuesAndListsNoRounds() {
    Map<String, Object> row = S1SingleCall.summarize(List.of(run(100, 20_000, 40.0, 10.0)));
    assertThat(row).containsEntry("clientCpuMicrosPerCall", 40.0).doesNotContainKey("clientCpuMicrosPerCallByRound");
  }
}
