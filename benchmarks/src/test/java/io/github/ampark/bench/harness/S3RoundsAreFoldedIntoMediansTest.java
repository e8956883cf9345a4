package io.github.ampark.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class S3RoundsAreFoldedIntoMediansTest {
  /** One child's output; every metric apart so a mix-up shows. */
  private static Map<String, Object> run(long wallMillis, long peakHeapBytes) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("wallMillis", wallMillis);
    r.put("peakHeapBytes", peakHeapBytes);
    r.put("requests", 200);
    r.put("records", 100_000);
    r.put("processWallMillis", wallMillis + 1_000);
    return r;
  }

  private static Map<String, Object> oom() {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("error", "OutOfMemoryError");
    r.put("processWallMillis", 900L);
    return r;
  }

  /** A round that passed under the cap. */
  private static Map<String, Object> capped(Map<String, Object> run) {
    Map<String, Object> round = new LinkedHashMap<>();
    round.put(S3Batch.CAPPED_RUN, run);
    return round;
  }

  /** A round that failed under the cap and was run again with room. */
  private static Map<String, Object> retried(Map<String, Object> cappedRun, Map<String, Object> roomyRun) {
    Map<String, Object> round = capped(cappedRun);
    round.put(S3Batch.ROOMY_RUN, roomyRun);
    return round;
  }

  @Test
  void eachMetricIsTheMedianOfTheRoundsAndEveryRoundsWallTimeIsListed() {
    List<Map<String, Object>> rows = S3Batch.summarize(List.of(
        capped(run(1_260, 28_000_000)), capped(run(960, 30_000_000)), capped(run(1_090, 26_000_000))));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0)).containsEntry("xmx", S3Batch.CAP).containsEntry("wallMillis", 1_090L)
        .containsEntry("peakHeapBytes", 28_000_000L).containsEntry("requests", 200L).containsEntry("records", 100_000L)
        .containsEntry("processWallMillis", 2_090L).doesNotContainKeys("error", "fromRounds", "failedRounds");
    assertThat(rows.get(0).get("wallMillisByRound")).isEqualTo(Arrays.asList(1_260L, 960L, 1_090L));
  }

  @Test
  void aContenderThatFailsUnderTheCapEveryRoundGetsAFailedCappedRowAndARoomyRowOfAllRounds() {
    List<Map<String, Object>> rows = S3Batch.summarize(List.of(
        retried(oom(), run(5_400, 190_000_000)), retried(oom(), run(5_800, 188_000_000)),
        retried(oom(), run(5_000, 189_000_000))));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).containsOnlyKeys("xmx", "error", "failedRounds").containsEntry("xmx", S3Batch.CAP)
        .containsEntry("error", "OutOfMemoryError");
    assertThat(rows.get(0).get("failedRounds")).isEqualTo(Arrays.asList(1, 2, 3));
    assertThat(rows.get(1)).containsEntry("xmx", S3Batch.ROOMY).containsEntry("wallMillis", 5_400L)
        .containsEntry("peakHeapBytes", 189_000_000L).doesNotContainKey("fromRounds");
    assertThat(rows.get(1).get("wallMillisByRound")).isEqualTo(Arrays.asList(5_400L, 5_800L, 5_000L));
  }

  @Test
  void failingUnderTheCapInOneRoundFailsTheCappedRowAndTheRoomyRowIsOnlyThatRound() {
    // round 2 ran out of memory under the cap; rounds 1 and 3 did not, and do not enter the roomy row
    List<Map<String, Object>> rows = S3Batch.summarize(List.of(
        capped(run(4_000, 60_000_000)), retried(oom(), run(5_500, 70_000_000)), capped(run(4_200, 61_000_000))));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).containsEntry("xmx", S3Batch.CAP).containsEntry("error", "OutOfMemoryError")
        .doesNotContainKey("wallMillis");
    assertThat(rows.get(0).get("failedRounds")).isEqualTo(List.of(2));
    assertThat(rows.get(1)).containsEntry("xmx", S3Batch.ROOMY).containsEntry("wallMillis", 5_500L)
        .containsEntry("peakHeapBytes", 70_000_000L).doesNotContainKey("wallMillisByRound");
    assertThat(rows.get(1).get("fromRounds")).isEqualTo(List.of(2));
  }

  @Test
  void theRoomyRowIsTheMedianOfTheRoundsThatNeededIt() {
    List<Map<String, Object>> rows = S3Batch.summarize(List.of(
        retried(oom(), run(5_000, 180_000_000)), capped(run(100, 1)), retried(oom(), run(6_000, 200_000_000))));
    assertThat(rows.get(1)).containsEntry("wallMillis", 5_500L).containsEntry("peakHeapBytes", 190_000_000L);
    assertThat(rows.get(1).get("wallMillisByRound")).isEqualTo(Arrays.asList(5_000L, 6_000L));
    assertThat(rows.get(1).get("fromRounds")).isEqualTo(Arrays.asList(1, 3));
  }

  @Test
  void aRoomyRunThatFailsTooFailsTheRoomyRow() {
    List<Map<String, Object>> rows = S3Batch.summarize(List.of(
        retried(oom(), run(5_000, 180_000_000)), retried(oom(), oom())));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1)).containsOnlyKeys("xmx", "error").containsEntry("error", "OutOfMemoryError");
  }

  @Test
  void aRoundWithoutItsRoomyRunFailsTheRoomyRowInsteadOfBeingLeftOut() {
    List<Map<String, Object>> rows = S3Batch.summarize(List.of(
        retried(oom(), run(5_000, 180_000_000)), capped(oom())));
    assertThat((String) rows.get(1).get("error")).contains("round 2").contains(S3Batch.ROOMY_RUN);
  }

  @Test
  void oneRoundKeepsTodaysRows() {
    List<Map<String, Object>> passed = S3Batch.summarize(List.of(capped(run(1_220, 25_000_000))));
    assertThat(passed).hasSize(1);
    assertThat(passed.get(0)).containsEntry("xmx", S3Batch.CAP).containsEntry("wallMillis", 1_220L)
        .doesNotContainKeys("wallMillisByRound", "fromRounds", "failedRounds");

    List<Map<String, Object>> failed = S3Batch.summarize(List.of(retried(oom(), run(5_400, 190_000_000))));
    assertThat(failed).hasSize(2);
    assertThat(failed.get(0)).containsOnlyKeys("xmx", "error");
    assertThat(failed.get(1)).containsEntry("xmx", S3Batch.ROOMY).containsEntry("wallMillis", 5_400L)
        .doesNotContainKeys("wallMillisByRound", "fromRounds");
  }
}
