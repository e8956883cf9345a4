package io.github.ampark.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class S1WarmUpIsShownInCallsAndSecondsTest {
  private static JsonNode json(String s) throws Exception {
    return new ObjectMapper().readTree(s.replace('\'', '"'));
  }

  @Test
  void aRunThatCountedItsWarmUpInCallsShowsTheCallsTheSecondsAndTheRoundsThatMadeBoth() throws Exception {
    String t = Report.settleTable(json("{'rows': [{'vendor': 'yinli', 'contender': 'ampark', 'warmupCalls': 40000,"
        + " 'warmupSeconds': 46.8, 'roundsWarmupReached': 2, 'settleSeconds': 3, 'jitMillis': 5120, 'roundsJitQuiet': 3,"
        + " 'cpuByRound': [1.0, 2.0, 3.0]}]}").path("rows"), "cpu", "calls after the warm-up");
    assertThat(t).contains("| warm-up calls | warm-up s | rounds warm | s to a quiet JIT |")
        .contains("| yinli | ampark | 40,000 | 46.8 | 2 of 3 | 3 | 5,120 | 3 of 3 |")
        .contains("the limits are the warmupCalls and jitSettle settings");
  }

  @Test
  void aRunFromBeforeTheCallCountKeepsItsOlderTable() throws Exception {
    String t = Report.settleTable(json("{'rows': [{'vendor': 'yinli', 'contender': 'ampark', 'settleSeconds': 3,"
        + " 'jitMillis': 5120, 'roundsJitQuiet': 3, 'cpuByRound': [1.0, 2.0, 3.0]}]}").path("rows"), "cpu", "calls");
    assertThat(t).doesNotContain("warm-up calls").contains("| yinli | ampark | 3 | 5,120 | 3 of 3 |");
  }
}
