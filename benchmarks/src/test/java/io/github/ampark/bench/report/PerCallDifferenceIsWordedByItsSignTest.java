package io.github.ampark.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PerCallDifferenceIsWordedByItsSignTest {
  @Test
  void allMoreReadsAsARangeOfMore() {
    assertThat(Report.perCallDifference(5, 12)).isEqualTo("5–12 µs more per call");
  }

  @Test
  void lessAndMoreReadFromLessToMore() {
    assertThat(Report.perCallDifference(-3, 6)).isEqualTo("from 3 µs less to 6 µs more per call");
  }

  @Test
  void allLessReadsAsARangeOfLessNeverAsANegativeMore() {
    // the 2026-12-01 run: calling-thread differences from -21 to -5 µs read "from 21 µs less to -5 µs more"
    assertThat(Report.perCallDifference(-21.2, -5.4)).isEqualTo("5–21 µs less per call");
  }
}
