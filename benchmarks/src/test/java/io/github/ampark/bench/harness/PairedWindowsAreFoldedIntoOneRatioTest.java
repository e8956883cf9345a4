package io.github.ampark.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairedWindowsAreFoldedIntoOneRatioTest {
  /** One thread count of one round: each pair's calls/s of both sides and its steal. */
  private static Map<String, Object> windows(List<Long> contender, List<Long> against, List<Double> steal) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("contender", contender);
    t.put("against", against);
    t.put("steal", steal);
    return t;
  }

  private static Map<String, Object> round(String first, Map<String, Object> t8, Map<String, Object> t64) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("first", first);
    r.put("t8", t8);
    r.put("t64", t64);
    return r;
  }

  private static Map<String, Object> at(List<Map<String, Object>> rows, int threads) {
    for (Map<String, Object> r : rows) {
      if (Integer.valueOf(threads).equals(r.get("threads"))) {
        return r;
      }
    }
    throw new AssertionError("no row for " + threads + " threads in " + rows);
  }

  private static final List<Double> NO_STEAL = Arrays.asList(0.0, 0.0, 0.0);

  @Test
  void theRatioIsTheMedianOfEachPairsOwnRatioNotTheRatioOfMedians() {
    // Both sides drift together over the windows: pair by pair the contender is 0.95x, 1.0x, 0.9x,
    // then 1.1x, 1.0x, 1.0x. The medians of each side (10,800 and 10,500) would say 1.03x.
    Map<String, Object> r1 = round("contender",
        windows(List.of(9_500L, 20_000L, 9_000L), List.of(10_000L, 20_000L, 10_000L), NO_STEAL),
        windows(List.of(1L, 1L, 1L), List.of(1L, 1L, 1L), NO_STEAL));
    Map<String, Object> r2 = round("against",
        windows(List.of(12_100L, 15_000L, 5_000L), List.of(11_000L, 15_000L, 5_000L), NO_STEAL),
        windows(List.of(1L, 1L, 1L), List.of(1L, 1L, 1L), NO_STEAL));

    Map<String, Object> row = at(S2Paired.fold(List.of(r1, r2), S2Paired.THREADS), 8);

    assertThat(row.get("ratio")).isEqualTo(1.0); // median of 0.9, 0.95, 1.0, 1.0, 1.0, 1.1
    assertThat(row.get("ratioMin")).isEqualTo(0.9);
    assertThat(row.get("ratioMax")).isEqualTo(1.1);
    assertThat(row.get("ratioByRound")).isEqualTo(List.of(0.95, 1.0));
    assertThat(row.get("firstByRound")).isEqualTo(List.of("contender", "against"));
    assertThat(row.get("pairs")).isEqualTo(6);
    assertThat(row.get("throughputPerSec")).isEqualTo(10_800L); // median of the contender's six windows
    assertThat(row.get("againstThroughputPerSec")).isEqualTo(10_500L);
  }

  @Test
  void eachThreadCountIsFoldedFromItsOwnWindows() {
    Map<String, Object> r = round("contender",
        windows(List.of(100L, 100L, 100L), List.of(100L, 100L, 100L), NO_STEAL),
        windows(List.of(80L, 80L, 80L), List.of(100L, 100L, 100L), NO_STEAL));

    List<Map<String, Object>> rows = S2Paired.fold(List.of(r), S2Paired.THREADS);

    assertThat(rows).extracting(x -> x.get("threads")).containsExactly(8, 64);
    assertThat(at(rows, 8).get("ratio")).isEqualTo(1.0);
    assertThat(at(rows, 64).get("ratio")).isEqualTo(0.8);
  }

  @Test
  void pairsWithAStolenWindowAreCountedAtTheLimit() {
    Map<String, Object> r = round("contender",
        windows(List.of(100L, 100L, 100L), List.of(100L, 100L, 100L),
            Arrays.asList(Jvm.STEAL_LIMIT_PERCENT - 0.1, Jvm.STEAL_LIMIT_PERCENT, 30.0)),
        windows(List.of(1L, 1L, 1L), List.of(1L, 1L, 1L), NO_STEAL));

    Map<String, Object> row = at(S2Paired.fold(List.of(r), S2Paired.THREADS), 8);

    assertThat(row.get("pairsWithSteal")).isEqualTo(2);
    assertThat(at(S2Paired.fold(List.of(r), S2Paired.THREADS), 64).get("pairsWithSteal")).isEqualTo(0);
  }

  @Test
  void aFailedRoundFailsThePairInsteadOfNarrowingTheMedian() {
    Map<String, Object> good = round("contender",
        windows(List.of(100L, 100L, 100L), List.of(100L, 100L, 100L), NO_STEAL),
        windows(List.of(1L, 1L, 1L), List.of(1L, 1L, 1L), NO_STEAL));
    Map<String, Object> failed = new LinkedHashMap<>();
    failed.put("first", "against");
    failed.put("error", "raw-okhttp ended: OutOfMemoryError");

    List<Map<String, Object>> rows = S2Paired.fold(List.of(good, failed), S2Paired.THREADS);

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0)).containsEntry("error", "raw-okhttp ended: OutOfMemoryError").doesNotContainKey("ratio");
  }

  @Test
  void theFirstStartedJvmAlternatesByRoundAndTheWindowsRunAbba() {
    assertThat(List.of(S2Paired.contenderFirst(0), S2Paired.contenderFirst(1), S2Paired.contenderFirst(2)))
        .containsExactly(true, false, true);
    assertThat(List.of(S2Paired.firstMeasuresFirst(0), S2Paired.firstMeasuresFirst(1), S2Paired.firstMeasuresFirst(2),
        S2Paired.firstMeasuresFirst(3))).containsExactly(true, false, true, false);
  }

  @Test
  void everyVendorWithBothAnAmparkAndARawOkHttpContenderIsPaired() {
    assertThat(S2Paired.vendors()).containsExactly("wikeyun", "4pyun", "bolink", "wanzhuang", "yinli");
  }

  @Test
  void amparkIsPairedWithTheHutoolDemoStyleAt64ThreadsOnlyForEveryVendorThatHasOneAfterTheRawPairsAndTheControl() {
    java.util.List<String> seen = new java.util.ArrayList<>();
    for (S2Paired.Pair p : S2Paired.pairs("bolink")) {
      seen.add(p.vendor + " " + p.contender + "/" + p.against + " " + Arrays.toString(p.threads));
    }
    assertThat(seen).containsExactly(
        "wikeyun ampark/raw-okhttp [8, 64]", "4pyun ampark/raw-okhttp [8, 64]", "bolink ampark/raw-okhttp [8, 64]",
        "wanzhuang ampark/raw-okhttp [8, 64]", "yinli ampark/raw-okhttp [8, 64]", "bolink raw-okhttp/raw-okhttp [8, 64]",
        "wikeyun ampark/hutool+fastjson [64]", "4pyun ampark/hutool+fastjson [64]", "bolink ampark/hutool+fastjson [64]");
  }

  @Test
  void aPairMeasuredAt64ThreadsOnlyFoldsIntoOne64ThreadRow() {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("first", "contender");
    r.put("t64", windows(List.of(12_000L, 13_000L), List.of(10_000L, 10_000L), Arrays.asList(0.0, 0.0)));
    List<Map<String, Object>> rows = S2Paired.fold(List.of(r), S2Paired.HUTOOL_THREADS);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0)).containsEntry("threads", 64).containsEntry("ratio", 1.25).containsEntry("pairs", 2);
  }
}
