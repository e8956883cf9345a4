package io.github.ampark.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RoundsWithStealAreMarkedTest {
  private static JsonNode json(String s) throws Exception {
    return new ObjectMapper().readTree(s.replace('\'', '"'));
  }

  private static String oneDecimal(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  @Test
  void aRoundAtOrAboveTheMarkShowsItsStealAndTheOthersDoNot() throws Exception {
    String s = Report.byRound(json("{'cpuByRound': [123.3, 270.7, 420.5], 'stealPercentByRound': [0.4, 5.0, 18.26]}"),
        "cpu", ", ", RoundsWithStealAreMarkedTest::oneDecimal);
    assertThat(s).isEqualTo("123.3, 270.7 (steal 5 %), 420.5 (steal 18 %)");
  }

  @Test
  void roundsWithoutAStealReadingAreNotMarked() throws Exception {
    assertThat(Report.byRound(json("{'cpuByRound': [1.0, 2.0], 'stealPercentByRound': [-1, null]}"), "cpu", " / ",
        RoundsWithStealAreMarkedTest::oneDecimal)).isEqualTo("1.0 / 2.0");
    assertThat(Report.byRound(json("{'cpuByRound': [1.0, 2.0]}"), "cpu", " / ", RoundsWithStealAreMarkedTest::oneDecimal))
        .isEqualTo("1.0 / 2.0");
    assertThat(Report.byRound(json("{}"), "cpu", " / ", RoundsWithStealAreMarkedTest::oneDecimal)).isEmpty();
  }

  @Test
  void aRoundMeasuredAgainNamesTheStealOfTheAttemptsItReplaced() throws Exception {
    String s = Report.byRound(json("{'cpuByRound': [30.1, 31.2, 29.8], 'stealPercentByRound': [0.2, 6.0, 1.0],"
        + " 'stealRetriedByRound': [null, [12.4, 9.0], [7.0]]}"), "cpu", ", ", RoundsWithStealAreMarkedTest::oneDecimal);
    assertThat(s).isEqualTo("30.1, 31.2 (steal 6 %) (again after steal 12 %, 9 %), 29.8 (again after steal 7 %)");
  }

  @Test
  void aRoundWhoseWindowWasMeasuredAgainForACompilerBurstNamesTheBurst() throws Exception {
    String s = Report.byRound(json("{'cpuByRound': [1000.1, 1010.2, 990.3],"
        + " 'windowJitMillisByRound': [[22], [576, 22], [-1]]}"), "cpu", ", ", RoundsWithStealAreMarkedTest::oneDecimal);
    assertThat(s).isEqualTo("1000.1, 1010.2 (again after JIT 576 ms), 990.3");
  }

  @Test
  void theJitNoteCountsTheWindowsMeasuredAgainAndIsAbsentFromRunsBeforeTheRule() throws Exception {
    assertThat(Report.jitWindowNote(json("{'rows': [{'windowJitMillisByRound': [[22], [576, 22]]},"
        + " {'windowJitMillisByRound': [[900, 800, 700]]}]}")))
        .contains("(again after JIT N ms)").endsWith("In this run 3 windows were measured again.\n");
    assertThat(Report.jitWindowNote(json("{'rows': [{'windowJitMillisByRound': [[22]]}]}")))
        .endsWith("In this run 0 windows were measured again.\n");
    assertThat(Report.jitWindowNote(json("{'rows': [{'cpuByRound': [1.0]}]}"))).isEmpty();
  }

  @Test
  void theStealNoteSaysHowManyAttemptsWereMadeAgainOnlyWhenTheRunHadTheRule() throws Exception {
    String rows = "'rows': [{'stealPercentByRound': [0.1]}]";
    assertThat(Report.stealNote(json("{" + rows + ", 'settings': {'stealRetry': 'a rule', 'stealRetriesUsed': 3}}")))
        .contains("(steal N %)").contains("In this run a rule: 3 attempts made again.").endsWith("\n\n");
    assertThat(Report.stealNote(json("{" + rows + ", 'settings': {'stealRetry': 'none'}}"))).doesNotContain("In this run")
        .contains("(steal N %)");
    assertThat(Report.stealNote(json("{'rows': [{'x': 1}]}"))).isEqualTo("\n");
  }
}
