package io.github.ampark.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StolenRoundsAreMeasuredAgainTest {
  /** S1's rule with {@code budget}. */
  private static StealRetry s1(int budget) {
    return new StealRetry(budget, StealRetry::ofRun, "window");
  }

  /** S1-shaped attempts, handed out in order; each records which contender asked for it. */
  private static final class Attempts implements Rounds.Measure {
    final Deque<Map<String, Object>> next = new ArrayDeque<>();
    final List<String> asked = new ArrayList<>();

    Attempts add(double steal, double cpu) {
      Map<String, Object> run = new LinkedHashMap<>();
      run.put("clientCpuMicrosPerCall", cpu);
      run.put("stealPercent", steal);
      next.add(run);
      return this;
    }

    Attempts fail() {
      Map<String, Object> run = new LinkedHashMap<>();
      run.put("error", "exit 1");
      next.add(run);
      return this;
    }

    @Override
    public Map<String, Object> run(String contender) {
      asked.add(contender);
      return next.removeFirst();
    }
  }

  @Test
  void aQuietRoundIsMeasuredOnce() throws Exception {
    Attempts a = new Attempts().add(4.9, 30.0).add(0, 20.0);
    Map<String, Object> kept = s1(10).around(a).run("ampark");
    assertThat(a.asked).containsExactly("ampark");
    assertThat(kept).containsEntry("clientCpuMicrosPerCall", 30.0).doesNotContainKey(StealRetry.KEY);
  }

  @Test
  void aStolenRoundIsMeasuredAgainAndNamesTheStealOfTheAttemptItReplaced() throws Exception {
    Attempts a = new Attempts().add(12.0, 60.0).add(1.0, 30.0);
    StealRetry rule = s1(10);
    Map<String, Object> kept = rule.around(a).run("ampark");
    assertThat(a.asked).containsExactly("ampark", "ampark");
    assertThat(kept).containsEntry("clientCpuMicrosPerCall", 30.0).containsEntry(StealRetry.KEY, List.of(12.0));
    assertThat(rule.used()).isEqualTo(1);
  }

  @Test
  void theAttemptWithTheLeastStealIsKeptEvenWhenAnotherReadFaster() throws Exception {
    // the second attempt reads faster but had more stolen: the choice never looks at the reading
    Attempts a = new Attempts().add(8.0, 60.0).add(20.0, 25.0).add(6.0, 70.0);
    Map<String, Object> kept = s1(10).around(a).run("raw-okhttp");
    assertThat(kept).containsEntry("clientCpuMicrosPerCall", 70.0).containsEntry(StealRetry.KEY, List.of(20.0, 8.0));
  }

  @Test
  void aRoundGetsAtMostTwoMoreAttempts() throws Exception {
    Attempts a = new Attempts().add(12.0, 1).add(11.0, 2).add(10.0, 3).add(0, 4);
    Map<String, Object> kept = s1(10).around(a).run("ampark");
    assertThat(a.asked).hasSize(1 + StealRetry.PER_ROUND);
    assertThat(kept).containsEntry("clientCpuMicrosPerCall", 3.0).containsEntry(StealRetry.KEY, List.of(12.0, 11.0));
  }

  @Test
  void theBudgetIsSharedByAVendorsContenders() throws Exception {
    Attempts a = new Attempts().add(12.0, 1).add(13.0, 2).add(9.0, 3).add(0, 4);
    StealRetry rule = s1(1);
    Rounds.Measure m = rule.around(a);
    assertThat(m.run("ampark")).containsEntry(StealRetry.KEY, List.of(13.0)); // the budget's one attempt
    assertThat(m.run("raw-okhttp")).containsEntry("clientCpuMicrosPerCall", 3.0).doesNotContainKey(StealRetry.KEY);
    assertThat(a.asked).containsExactly("ampark", "ampark", "raw-okhttp");
    assertThat(rule.used()).isEqualTo(1);
  }

  @Test
  void aVendorWhoseBudgetWasSpentLeavesTheNextVendorsBudgetWhole() throws Exception {
    StealRetry rule = s1(1);
    Attempts first = new Attempts().add(12.0, 1).add(13.0, 2).add(9.0, 3);
    Rounds.Measure wikeyun = rule.around(first);
    wikeyun.run("ampark");
    assertThat(wikeyun.run("raw-okhttp")).doesNotContainKey(StealRetry.KEY); // wikeyun's one attempt is spent

    Attempts next = new Attempts().add(28.0, 10).add(2.0, 11);
    assertThat(rule.around(next).run("raw-okhttp")).containsEntry("clientCpuMicrosPerCall", 11.0)
        .containsEntry(StealRetry.KEY, List.of(28.0));
    assertThat(rule.used()).isEqualTo(2);
  }

  @Test
  void withNoBudgetNothingIsMeasuredAgain() throws Exception {
    Attempts a = new Attempts().add(40.0, 1).add(0, 2);
    StealRetry rule = s1(0);
    assertThat(rule.around(a).run("ampark")).containsEntry("clientCpuMicrosPerCall", 1.0);
    assertThat(rule.describe()).isEqualTo("none");
    assertThat(s1(16).describe()).startsWith("a round whose window had 5 % or more").contains("16 per vendor");
    assertThatThrownBy(() -> s1(-1)).hasMessageContaining("-1");
  }

  @Test
  void aFailedAttemptIsReturnedRatherThanHiddenBehindTheStolenOne() throws Exception {
    Attempts a = new Attempts().add(12.0, 1).fail();
    assertThat(s1(10).around(a).run("ampark")).containsOnlyKeys("error");
  }

  @Test
  void aRunWithoutAStealReadingIsNeverMeasuredAgain() throws Exception {
    Attempts a = new Attempts().fail().add(0, 2);
    assertThat(s1(10).around(a).run("ampark")).containsOnlyKeys("error");
    assertThat(a.asked).hasSize(1);
  }

  @Test
  void anS2RoundsStealIsTheMostStolenOfTheThreadCountsTheTargetsRead() {
    Map<String, Object> round = new LinkedHashMap<>();
    round.put("rows", Arrays.asList(Map.of("threads", 1, "stealPercent", 35.3), Map.of("threads", 8, "stealPercent", 2.0),
        Map.of("threads", 64, "stealPercent", 7.5)));
    assertThat(StealRetry.largestOfRows(round, S2Concurrency.TARGET_THREADS)).isEqualTo(7.5);
    round.put("rows", Arrays.asList(Map.of("threads", 1, "stealPercent", 35.3), Map.of("threads", 8, "stealPercent", 2.0),
        Map.of("threads", 64, "stealPercent", 0.5)));
    assertThat(StealRetry.largestOfRows(round, S2Concurrency.TARGET_THREADS)).isEqualTo(2.0); // the 1-thread window is not read
    assertThat(StealRetry.largestOfRows(Map.of("error", "exit 1"), S2Concurrency.TARGET_THREADS)).isNegative();
  }

  @Test
  void anAttemptMadeAgainKeepsTheRoundsPlaceInTheInterleavedOrder() throws Exception {
    Attempts a = new Attempts().add(0, 1).add(9.0, 2).add(0, 3).add(0, 4).add(0, 5);
    Map<String, List<Map<String, Object>>> runs = Rounds.interleave(List.of("a", "b"), 2,
        s1(10).around(a));
    assertThat(a.asked).containsExactly("a", "b", "b", "b", "a");
    assertThat(runs.get("b")).extracting(r -> r.get("clientCpuMicrosPerCall")).containsExactly(3.0, 4.0);
  }
}
