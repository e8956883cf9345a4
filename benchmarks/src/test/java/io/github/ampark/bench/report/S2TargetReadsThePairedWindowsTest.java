package io.github.ampark.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class S2TargetReadsThePairedWindowsTest {
  @TempDir Path dir;

  /** S2 one JVM after another: Ampark at 0.80x raw OkHttp at both thread counts, hutool far behind. */
  private static final String S2 = ("{'scenario': 's2-concurrency', 'settings': {}, 'rows': ["
      + "{'vendor': 'bolink', 'contender': 'ampark', 'threads': 8, 'throughputPerSec': 800},"
      + "{'vendor': 'bolink', 'contender': 'raw-okhttp', 'threads': 8, 'throughputPerSec': 1000},"
      + "{'vendor': 'bolink', 'contender': 'hutool+fastjson', 'threads': 8, 'throughputPerSec': 100},"
      + "{'vendor': 'bolink', 'contender': 'ampark', 'threads': 64, 'throughputPerSec': 800},"
      + "{'vendor': 'bolink', 'contender': 'raw-okhttp', 'threads': 64, 'throughputPerSec': 1000},"
      + "{'vendor': 'bolink', 'contender': 'hutool+fastjson', 'threads': 64, 'throughputPerSec': 100}]}").replace('\'', '"');

  private static String paired(String bolink64, String extraRows) {
    return ("{'scenario': 's2-paired', 'settings': {}, 'rows': ["
        + pair("bolink", "ampark", 8, "0.97") + "," + pair("bolink", "ampark", 64, bolink64) + ","
        + pair("wikeyun", "ampark", 8, "1.10") + "," + pair("wikeyun", "ampark", 64, "0.93") + ","
        + pair("bolink", "raw-okhttp", 8, "0.50") + "," + pair("bolink", "raw-okhttp", 64, "1.30")
        + extraRows + "]}").replace('\'', '"');
  }

  private static String pair(String vendor, String contender, int threads, String ratio) {
    return "{'vendor': '" + vendor + "', 'contender': '" + contender + "', 'against': 'raw-okhttp', 'threads': " + threads
        + ", 'ratio': " + ratio + ", 'ratioMin': 0.5, 'ratioMax': 1.5, 'throughputPerSec': 1000,"
        + " 'againstThroughputPerSec': 1000, 'pairs': 8, 'pairsWithSteal': 1, 'ratioByRound': [0.9, 1.0],"
        + " 'firstByRound': ['contender', 'against']}";
  }

  private static String hutoolPair(String vendor, String ratio) {
    return pair(vendor, "ampark", 64, ratio).replace("'against': 'raw-okhttp'", "'against': 'hutool+fastjson'");
  }

  private String targetRow(String s2p) throws Exception {
    return targetRow(S2, s2p);
  }

  private String targetRow(String s2, String s2p) throws Exception {
    Path results = Files.createDirectories(dir.resolve("results"));
    Files.writeString(results.resolve("s2-concurrency.json"), s2);
    Files.writeString(results.resolve("s2-paired.json"), s2p);
    Report.main(new String[] {results.toString(), dir.resolve("docs").toString()});
    for (String line : Files.readAllLines(dir.resolve("docs").resolve("benchmarks.md"))) {
      if (line.startsWith("| S2 throughput")) {
        return line;
      }
    }
    throw new AssertionError("no S2 target row");
  }

  @Test
  void theTargetIsMetOnThePairedRatiosEvenWhereOneJvmAfterAnotherReadLower() throws Exception {
    String row = targetRow(paired("1.05", ""));

    assertThat(row).contains("paired windows (S2P, what the target reads): 8 threads 0.97–1.10×, 64 threads 0.93–1.05×")
        .contains("(raw OkHttp against itself, bolink: 8 threads 0.50×, 64 threads 1.30×)")
        .contains("one JVM after another (S2): 8 threads 0.80–0.80×, 64 threads 0.80–0.80×")
        .endsWith("| met |");
  }

  @Test
  void aPairedRatioUnderTheTargetIsNotMet() throws Exception {
    assertThat(targetRow(paired("0.89", ""))).contains("64 threads 0.89–0.93×").endsWith("| **not met** |");
  }

  @Test
  void aFailedPairIsNotMetAndNamed() throws Exception {
    String row = targetRow(paired("1.05", ", {'vendor': 'yinli', 'contender': 'ampark', 'against': 'raw-okhttp',"
        + " 'error': 'raw-okhttp ended: exit 1'}"));

    assertThat(row).contains("failed for yinli").endsWith("| **not met** |");
  }

  @Test
  void thePairedSectionShowsEachRoundWithWhoStartedFirst() throws Exception {
    targetRow(paired("1.05", ""));
    String md = Files.readString(dir.resolve("docs").resolve("benchmarks.md"));

    assertThat(md).contains("## S2P — Ampark and raw OkHttp in paired windows")
        .contains("| bolink | 64 | 1.05× | 0.50–1.50× | 0.90× (Ampark first) / 1.00× (raw OkHttp first) | 1,000 | 1,000 | 8 (1) |")
        .contains("| bolink (control: raw OkHttp ÷ raw OkHttp) | 8 | 0.50× | 0.50–1.50× |"
            + " 0.90× (numerator's JVM first) / 1.00× (denominator's JVM first) |");
  }

  @Test
  void aboveHutoolAt64IsReadFromThePairedWindowsWhereTheRunPairedThemNotFromOneJvmAfterAnother() throws Exception {
    String hutoolAheadOneAfterAnother = S2.replace("'hutool+fastjson', 'threads': 64, 'throughputPerSec': 100".replace('\'', '"'),
        "'hutool+fastjson', 'threads': 64, 'throughputPerSec': 900".replace('\'', '"'));
    String row = targetRow(hutoolAheadOneAfterAnother,
        paired("1.05", "," + hutoolPair("bolink", "1.24") + "," + hutoolPair("wikeyun", "1.10")));

    assertThat(row).contains("Ampark ÷ hutool demo style at 64 threads in paired windows (S2P, what the target reads):"
        + " 1.10–1.24×, above it for every vendor (one JVM after another, S2: not above hutool at 64 for bolink)")
        .endsWith("| met |");
  }

  @Test
  void aPairedHutoolRatioAtOrBelowOneIsNotMetAndNamesTheVendor() throws Exception {
    String row = targetRow(paired("1.05", "," + hutoolPair("bolink", "1.00") + "," + hutoolPair("wikeyun", "1.10")));

    assertThat(row).contains("1.00–1.10×, not above it for bolink").endsWith("| **not met** |");
  }

  @Test
  void theHutoolPairsStayOutOfTheRawOkHttpRatios() throws Exception {
    String row = targetRow(paired("1.05", "," + hutoolPair("bolink", "1.60") + "," + hutoolPair("wikeyun", "0.20")));

    assertThat(row).contains("8 threads 0.97–1.10×, 64 threads 0.93–1.05×");
  }

  @Test
  void thePairedSectionLabelsTheHutoolRows() throws Exception {
    targetRow(paired("1.05", "," + hutoolPair("bolink", "1.24")));
    String md = Files.readString(dir.resolve("docs").resolve("benchmarks.md"));

    assertThat(md).contains("| bolink (Ampark ÷ hutool demo style) | 64 | 1.24× | 0.50–1.50× | 0.90× (Ampark first) / 1.00× (hutool first) |")
        .contains("at 64 threads it reaches 1.24–1.24× the throughput of the hutool demo style");
  }
}
