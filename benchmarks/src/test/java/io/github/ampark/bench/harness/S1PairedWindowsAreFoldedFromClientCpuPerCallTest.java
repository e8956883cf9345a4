package io.github.ampark.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class S1PairedWindowsAreFoldedFromClientCpuPerCallTest {
  /** One S1P round: each pair's client CPU per call (µs) of both sides, no steal. */
  private static Map<String, Object> round(String first, List<Double> contender, List<Double> against) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("contender", contender);
    t.put("against", against);
    t.put("steal", Collections.nCopies(contender.size(), 0.0));
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("first", first);
    r.put("t1", t);
    return r;
  }

  @Test
  void theRatioIsTheMedianOfEachPairsCpuRatioAndBothSidesMediansAreMicrosToOneDecimal() {
    // The machine drifts under both sides, from 1,000 to 1,400 µs a call between pairs; pair by pair Ampark
    // is 1.05x, 0.95x, 1.00x, then 0.90x, 1.10x, 1.00x.
    Map<String, Object> r1 = round("contender", List.of(1050.0, 1330.0, 1100.04), List.of(1000.0, 1400.0, 1100.0));
    Map<String, Object> r2 = round("against", List.of(900.0, 1540.0, 1200.0), List.of(1000.0, 1400.0, 1200.0));

    List<Map<String, Object>> rows = S1Paired.fold(List.of(r1, r2));

    assertThat(rows).hasSize(1);
    Map<String, Object> row = rows.get(0);
    assertThat(row).containsEntry("threads", 1).containsEntry("ratio", 1.0).containsEntry("ratioMin", 0.9)
        .containsEntry("ratioMax", 1.1).containsEntry("pairs", 6)
        .containsEntry("ratioByRound", List.of(1.0, 1.0))
        .containsEntry("clientCpuMicrosPerCall", 1150.0) // median of 900, 1050, 1100.04, 1200, 1330, 1540: 1150.02
        .containsEntry("againstClientCpuMicrosPerCall", 1150.0)
        .doesNotContainKey("throughputPerSec");
  }

  @Test
  void everyVendorWithARawOkHttpContenderIsPairedAtOneThreadThenTheControl() {
    List<String> seen = new ArrayList<>();
    for (S2Paired.Pair p : S1Paired.pairs("bolink")) {
      seen.add(p.vendor + " " + p.contender + "/" + p.against + " " + Arrays.toString(p.threads));
    }
    assertThat(seen).containsExactly("wikeyun ampark/raw-okhttp [1]", "4pyun ampark/raw-okhttp [1]",
        "bolink ampark/raw-okhttp [1]", "wanzhuang ampark/raw-okhttp [1]", "yinli ampark/raw-okhttp [1]",
        "bolink raw-okhttp/raw-okhttp [1]");
    assertThat(S1Paired.pairs(null)).hasSize(5);
  }

  @Test
  void s2PairsKeepTheirWholeCallsPerSecondUnderTheirOwnNames() {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("contender", List.of(10_801L));
    t.put("against", List.of(10_500L));
    t.put("steal", List.of(0.0));
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("first", "contender");
    r.put("t64", t);

    Map<String, Object> row = S2Paired.fold(List.of(r), S2Paired.HUTOOL_THREADS).get(0);

    assertThat(row).containsEntry("throughputPerSec", 10_801L).containsEntry("againstThroughputPerSec", 10_500L)
        .doesNotContainKey("clientCpuMicrosPerCall");
  }
}
