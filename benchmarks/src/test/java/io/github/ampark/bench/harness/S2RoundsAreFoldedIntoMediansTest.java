package io.github.ampark.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class S2RoundsAreFoldedIntoMediansTest {
  /** One child's row for {@code threads}; every metric derived from {@code perSec} so a mix-up shows. */
  private static Map<String, Object> row(int threads, long perSec, long p99) {
    return row(threads, perSec, p99, 10, true);
  }

  /** As above, with how long the round took to a quiet JIT and whether it got there. */
  private static Map<String, Object> row(int threads, long perSec, long p99, int settleSeconds, boolean settled) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("threads", threads);
    r.put("calls", perSec * 3);
    r.put("throughputPerSec", perSec);
    r.put("p50Micros", 1_000_000L / perSec);
    r.put("p99Micros", p99);
    r.put("connectionsOpened", threads);
    r.put("settleSeconds", settleSeconds);
    r.put("jitSettled", settled);
    r.put("jitMillis", settleSeconds * 1_000L);
    r.put("stealPercent", settleSeconds / 10.0);
    return r;
  }

  /** One round's child output: a row per thread count, as the child emits them. */
  @SafeVarargs
  private static Map<String, Object> round(Map<String, Object>... rows) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("rows", new ArrayList<>(Arrays.asList(rows)));
    out.put("processWallMillis", 30_000L);
    return out;
  }

  private static Map<String, Object> at(List<Map<String, Object>> rows, int threads) {
    for (Map<String, Object> r : rows) {
      if (Integer.valueOf(threads).equals(r.get("threads"))) {
        return r;
      }
    }
    throw new AssertionError("no row for " + threads + " threads in " + rows);
  }

  @Test
  void eachThreadCountGetsTheMedianOfItsOwnRoundsNotTheFirstRoundOrAnotherThreadCount() {
    List<Map<String, Object>> rows = S2Concurrency.summarize(List.of(
        round(row(1, 5_000, 400), row(8, 9_000, 2_500), row(64, 7_000, 30_000)),
        round(row(1, 6_000, 300), row(8, 12_000, 2_000), row(64, 9_000, 20_000)),
        round(row(1, 5_500, 350), row(8, 10_000, 2_200), row(64, 8_000, 25_000))));

    assertThat(rows).extracting(r -> r.get("threads")).containsExactly(1, 8, 64);
    assertThat(at(rows, 1)).containsEntry("throughputPerSec", 5_500L).containsEntry("calls", 16_500L)
        .containsEntry("p50Micros", 181L).containsEntry("p99Micros", 350L).containsEntry("connectionsOpened", 1L);
    assertThat(at(rows, 8)).containsEntry("throughputPerSec", 10_000L).containsEntry("p99Micros", 2_200L)
        .containsEntry("connectionsOpened", 8L);
    assertThat(at(rows, 64)).containsEntry("throughputPerSec", 8_000L).containsEntry("p50Micros", 125L)
        .containsEntry("p99Micros", 25_000L).containsEntry("connectionsOpened", 64L);
    assertThat(at(rows, 8).get("throughputPerSecByRound")).isEqualTo(Arrays.asList(9_000L, 12_000L, 10_000L));
    assertThat(at(rows, 64).get("throughputPerSecByRound")).isEqualTo(Arrays.asList(7_000L, 9_000L, 8_000L));
  }

  @Test
  void theTimeToAQuietJitIsTheRoundsMedianAndTheRoundsThatNeverGotThereAreCounted() {
    List<Map<String, Object>> rows = S2Concurrency.summarize(List.of(
        round(row(1, 5_000, 400, 9, true), row(8, 9_000, 2_500, 9, true), row(64, 7_000, 30_000, 9, true)),
        round(row(1, 6_000, 300, 30, false), row(8, 12_000, 2_000, 30, false), row(64, 9_000, 20_000, 30, false)),
        round(row(1, 5_500, 350, 12, true), row(8, 10_000, 2_200, 12, true), row(64, 8_000, 25_000, 12, true))));
    assertThat(at(rows, 8)).containsEntry("settleSeconds", 12L).containsEntry("jitMillis", 12_000L)
        .containsEntry("roundsJitQuiet", 2);
    assertThat(at(rows, 64)).containsEntry("roundsJitQuiet", 2);
    assertThat(at(rows, 8).get("stealPercentByRound")).isEqualTo(java.util.Arrays.asList(0.9, 3.0, 1.2));
  }

  @Test
  void aRoundMeasuredAgainForStealListsTheAttemptsItReplacedAtEveryThreadCount() {
    Map<String, Object> again = round(row(1, 6_000, 300), row(8, 12_000, 2_000), row(64, 9_000, 20_000));
    again.put(StealRetry.KEY, List.of(11.0));
    List<Map<String, Object>> rows = S2Concurrency.summarize(List.of(
        round(row(1, 5_000, 400), row(8, 9_000, 2_500), row(64, 7_000, 30_000)), again,
        round(row(1, 5_500, 350), row(8, 10_000, 2_200), row(64, 8_000, 25_000))));
    for (int threads : S2Concurrency.THREADS) {
      assertThat(at(rows, threads).get("stealRetriedByRound")).isEqualTo(Arrays.asList(null, List.of(11.0), null));
    }
  }

  @Test
  void eachMetricIsItsOwnMedianNotTheMedianRoundsOtherValues() {
    // the round with the median throughput (10,000) has the highest p99: the p99 reported is still p99's median
    List<Map<String, Object>> rows = S2Concurrency.summarize(List.of(
        round(row(1, 1_000, 1), row(8, 9_000, 2_000), row(64, 1_000, 1)),
        round(row(1, 1_000, 1), row(8, 10_000, 9_000), row(64, 1_000, 1)),
        round(row(1, 1_000, 1), row(8, 12_000, 2_100), row(64, 1_000, 1))));
    assertThat(at(rows, 8)).containsEntry("throughputPerSec", 10_000L).containsEntry("p99Micros", 2_100L);
  }

  @Test
  void roundsAreMatchedByThreadCountNotByPosition() {
    List<Map<String, Object>> reversed = new ArrayList<>(List.of(row(1, 6_000, 300), row(8, 12_000, 2_000), row(64, 9_000, 20_000)));
    Collections.reverse(reversed);
    Map<String, Object> second = new LinkedHashMap<>();
    second.put("rows", reversed);
    List<Map<String, Object>> rows = S2Concurrency.summarize(List.of(
        round(row(1, 5_000, 400), row(8, 10_000, 2_500), row(64, 7_000, 30_000)), second));
    assertThat(at(rows, 1)).containsEntry("throughputPerSec", 5_500L);
    assertThat(at(rows, 8)).containsEntry("throughputPerSec", 11_000L);
    assertThat(at(rows, 64)).containsEntry("throughputPerSec", 8_000L).containsEntry("p99Micros", 25_000L);
  }

  @Test
  void aFailedRoundFailsTheContenderInsteadOfBeingLeftOut() {
    Map<String, Object> failed = new LinkedHashMap<>();
    failed.put("error", "OutOfMemoryError");
    List<Map<String, Object>> rows = S2Concurrency.summarize(List.of(
        round(row(1, 5_000, 400), row(8, 9_000, 2_500), row(64, 7_000, 30_000)), failed));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0)).containsOnlyKeys("error").containsEntry("error", "OutOfMemoryError");
  }

  @Test
  void aRoundMissingAThreadCountFailsTheContender() {
    List<Map<String, Object>> rows = S2Concurrency.summarize(List.of(
        round(row(1, 5_000, 400), row(8, 9_000, 2_500), row(64, 7_000, 30_000)),
        round(row(1, 5_000, 400), row(8, 9_000, 2_500))));
    assertThat(rows).hasSize(1);
    assertThat((String) rows.get(0).get("error")).contains("round 2").contains("64 threads");
  }

  @Test
  void oneRoundKeepsItsValuesAndListsNoRounds() {
    List<Map<String, Object>> rows = S2Concurrency.summarize(List.of(
        round(row(1, 5_000, 400), row(8, 9_000, 2_500), row(64, 7_000, 30_000))));
    assertThat(at(rows, 64)).containsEntry("throughputPerSec", 7_000L).containsEntry("p99Micros", 30_000L)
        .doesNotContainKey("throughputPerSecByRound");
  }

  @Test
  void contendersAlternateTheirOrderEveryOtherRound() {
    List<String> c = List.of("ampark", "raw-okhttp", "hutool+fastjson");
    assertThat(Rounds.order(c, 0)).containsExactly("ampark", "raw-okhttp", "hutool+fastjson");
    assertThat(Rounds.order(c, 1)).containsExactly("hutool+fastjson", "raw-okhttp", "ampark");
    assertThat(Rounds.order(c, 2)).containsExactly("ampark", "raw-okhttp", "hutool+fastjson");
  }

  @Test
  void interleavedRoundsRunEveryContenderOncePerRoundInAlternatingOrder() throws Exception {
    List<String> ran = new ArrayList<>();
    Map<String, List<Map<String, Object>>> runs = Rounds.interleave(List.of("a", "b"), 3, contender -> {
      ran.add(contender);
      Map<String, Object> run = new LinkedHashMap<>();
      run.put("n", ran.size());
      return run;
    });
    assertThat(ran).containsExactly("a", "b", "b", "a", "a", "b");
    assertThat(runs.keySet()).containsExactly("a", "b");
    assertThat(runs.get("a")).extracting(r -> r.get("n")).containsExactly(1, 4, 5);
    assertThat(runs.get("b")).extracting(r -> r.get("n")).containsExactly(2, 3, 6);
  }
}
