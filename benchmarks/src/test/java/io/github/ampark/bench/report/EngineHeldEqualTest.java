package io.github.ampark.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The report's "engine held equal" ratio: Ampark's own work plus raw OkHttp's engine reading, over raw OkHttp's call. */
class EngineHeldEqualTest {
  @Test
  void ampsOwnWorkIsAddedToRawOkHttpsEngineReading() {
    // Wanzhuang, docs/benchmarks.md of da416af: Ampark 52.5 µs with the engine at 36.0; raw 40.0 with 28.7
    double ratio = Report.engineHeldEqual(52.5, 36.0 / 52.5, 40.0, 28.7 / 40.0, 0, 0);
    assertThat(ratio).isCloseTo((52.5 - 36.0 + 28.7) / 40.0, within(1e-9)).isCloseTo(1.13, within(0.005));
  }

  @Test
  void otherThreadsAreAddedAsMeasuredOnEachSide() {
    // calling threads 26 µs (engine 16) and 24 µs (engine 15); other threads 1.5 µs and 9.5 µs
    double ratio = Report.engineHeldEqual(26.0, 16.0 / 26.0, 24.0, 15.0 / 24.0, 1.5, 9.5);
    assertThat(ratio).isCloseTo((26.0 - 16.0 + 15.0 + 1.5) / (24.0 + 9.5), within(1e-9));
  }

  @Test
  void aMissingReadingGivesNoRatio() {
    assertThat(Report.engineHeldEqual(0, 0.5, 40, 0.7, 0, 0)).isZero();
    assertThat(Report.engineHeldEqual(50, 0, 40, 0.7, 0, 0)).isZero();
    assertThat(Report.engineHeldEqual(50, 0.5, 40, 0, 0, 0)).isZero();
  }
}
