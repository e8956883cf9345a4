package io.github.ampark.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class S1TargetReadsThePairedWindowsTest {
  @TempDir Path dir;

  /** S1 one JVM after another: Yinli's Ampark at 1.22x raw OkHttp, Bolink's at 0.80x. */
  private static final String S1 = ("{'scenario': 's1-single-call', 'settings': {}, 'rows': ["
      + "{'vendor': 'bolink', 'contender': 'ampark', 'throughputPerSec': 10000, 'clientCpuMicrosPerCall': 80.0},"
      + "{'vendor': 'bolink', 'contender': 'raw-okhttp', 'throughputPerSec': 10000, 'clientCpuMicrosPerCall': 100.0},"
      + "{'vendor': 'yinli', 'contender': 'ampark', 'throughputPerSec': 700, 'clientCpuMicrosPerCall': 1329.6},"
      + "{'vendor': 'yinli', 'contender': 'raw-okhttp', 'throughputPerSec': 900, 'clientCpuMicrosPerCall': 1089.8}]}")
      .replace('\'', '"');

  private static String paired(String yinli, String extraRows) {
    return ("{'scenario': 's1-paired', 'settings': {}, 'rows': [" + pair("bolink", "ampark", "0.70") + ","
        + pair("yinli", "ampark", yinli) + "," + pair("bolink", "raw-okhttp", "1.02") + extraRows + "]}").replace('\'', '"');
  }

  private static String pair(String vendor, String contender, String ratio) {
    return "{'vendor': '" + vendor + "', 'contender': '" + contender + "', 'against': 'raw-okhttp', 'threads': 1,"
        + " 'ratio': " + ratio + ", 'ratioMin': 0.6, 'ratioMax': 1.4, 'clientCpuMicrosPerCall': 1126.0,"
        + " 'againstClientCpuMicrosPerCall': 1300.2, 'pairs': 18, 'pairsWithSteal': 2, 'ratioByRound': [0.9, 1.0, 0.95],"
        + " 'firstByRound': ['contender', 'against', 'contender']}";
  }

  private String render(String s1p) throws Exception {
    Path results = Files.createDirectories(dir.resolve("results"));
    Files.writeString(results.resolve("s1-single-call.json"), S1);
    if (s1p != null) {
      Files.writeString(results.resolve("s1-paired.json"), s1p);
    }
    Report.main(new String[] {results.toString(), dir.resolve("docs").toString()});
    return Files.readString(dir.resolve("docs").resolve("benchmarks.md"));
  }

  private String targetRow(String s1p) throws Exception {
    for (String line : render(s1p).split("\n")) {
      if (line.startsWith("| S1 client CPU")) {
        return line;
      }
    }
    throw new AssertionError("no S1 target row");
  }

  @Test
  void theTargetIsMetOnThePairedRatiosEvenWhereOneJvmAfterAnotherReadAbove() throws Exception {
    assertThat(targetRow(paired("0.97", "")))
        .contains("| ≤ 1.10× | paired windows (S1P, what the target reads): 0.70–0.97×")
        .contains("(raw OkHttp against itself, bolink: 1.02×)")
        .contains("one JVM after another (S1): 0.80–1.22×")
        .endsWith("| met |");
  }

  @Test
  void aPairedRatioAboveTheCeilingIsNotMet() throws Exception {
    assertThat(targetRow(paired("1.11", ""))).contains("0.70–1.11×").endsWith("| **not met** |");
  }

  @Test
  void aFailedPairIsNotMetAndNamed() throws Exception {
    String row = targetRow(paired("0.97", ", {'vendor': 'wanzhuang', 'contender': 'ampark', 'against': 'raw-okhttp',"
        + " 'error': 'ampark ended: exit 1'}"));

    assertThat(row).contains("failed for wanzhuang").endsWith("| **not met** |");
  }

  @Test
  void aRunWithoutPairedWindowsIsJudgedOnOneJvmAfterAnother() throws Exception {
    assertThat(targetRow(null)).contains("0.80–1.22×").doesNotContain("S1P").endsWith("| **not met** |");
  }

  @Test
  void thePairedSectionShowsEachRoundWithWhoStartedFirstAndBothSidesMicros() throws Exception {
    String md = render(paired("0.97", ""));

    assertThat(md).contains("## S1P — Ampark and raw OkHttp in paired windows, one thread")
        .contains("| yinli | 0.97× | 0.60–1.40× | 0.90× (Ampark first) / 1.00× (raw OkHttp first) / 0.95× (Ampark first)"
            + " | 1126.0 | 1300.2 | 18 (2) |")
        .contains("| bolink (control: raw OkHttp ÷ raw OkHttp) | 1.02× |")
        .contains("- **Per call, side by side (S1P)**: measured in paired windows, Ampark spends 0.70–0.97× the client"
            + " CPU of hand-written OkHttp (raw OkHttp against itself, bolink: 1.02×).");
  }
}
