package io.github.ampark.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AMissedTargetNeverPrintsAsTheLimitTest {
  @Test
  void aRatioJustAboveTheLimitShowsTheThirdDecimal() {
    // the 2026-12-02 run: Yinli's S1 read 1222.7 / 1110.8 µs = 1.1007, printed "1.10×" beside "not met"
    assertThat(Report.rangeUpTo(new double[] {0.58, 1222.7 / 1110.8}, 1.10)).isEqualTo("0.58–1.101×");
  }

  @Test
  void aRatioJustBelowAFloorShowsTheThirdDecimal() {
    assertThat(Report.rangeAtLeast(new double[] {0.8996, 1.02}, 0.90)).isEqualTo("0.900–1.02×");
    assertThat(Report.rangeAtLeast(new double[] {0.90, 1.02}, 0.90)).isEqualTo("0.90–1.02×");
    assertThat(Report.rangeAtLeast(new double[] {0.88, 1.02}, 0.90)).isEqualTo("0.88–1.02×");
  }

  @Test
  void aRatioAtOrBelowTheLimitOrClearlyAboveItKeepsTwoDecimals() {
    assertThat(Report.rangeUpTo(new double[] {0.58, 1.10}, 1.10)).isEqualTo("0.58–1.10×");
    assertThat(Report.rangeUpTo(new double[] {0.86, 0.91}, 1.00)).isEqualTo("0.86–0.91×");
    assertThat(Report.rangeUpTo(new double[] {0.76, 1.13}, 1.10)).isEqualTo("0.76–1.13×");
  }
}
