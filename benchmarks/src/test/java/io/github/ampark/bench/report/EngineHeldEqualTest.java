package io.github.ampark.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The report's "engine held equal" ratio: Ampark's own work plus raw OkHttp's engine reading, over raw OkHttp's call. */
class EngineHeldEqualTest {
  @Test
  void ampsOwnWorkIsAddedToRawOkHttpsEngineReading() {
    // Wanzhuang, docs/benchmarks.md of da416af: Ampark 52.5 µs with the engine at 36.0; raw 40.0 with 28.7
    double ratio = Report.engineHeldEqual(52.5, 36.0 / 52.5, 40.0, 28.7 / 40.0);
    assertThat(ratio).isCloseTo((52.5 - 36.0 + 28.7) / 40.0, within(1e-9)).isCloseTo(1.13, within(0.005));
  }

  @Test
  void aMissingReadingGivesNoRatio() {
    assertThat(Report.engineHeldEqual(0, 0.5, 40, 0.7)).isZero();
    assertThat(Report.engineHeldEqual(50, 0, 40, 0.7)).isZero();
    assertThat(Report.engineHeldEqual(50, 0.5, 40, 0)).isZero();
  }
}
