package io.github.ampark.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StealIsReadFromProcStatTest {
  // a real first line of /proc/stat (this machine, 2026-12-01): user nice system idle iowait irq softirq steal guest guest_nice
  private static final String LINE = "cpu  367769 0 133442 127873 217 0 59186 17038 0 0";

  @Test
  void allTicksAreTheFirstEightFieldsAndStealIsTheEighth() {
    assertThat(Jvm.parseCpuLine(LINE)).containsExactly(367769L + 133442 + 127873 + 217 + 59186 + 17038, 17038L);
  }

  @Test
  void guestTimeIsNotCountedTwice() {
    assertThat(Jvm.parseCpuLine("cpu  100 0 0 0 0 0 0 0 40 0")).containsExactly(100L, 0L);
  }

  @Test
  void stealIsTheShareOfAllTicksBetweenTwoReadings() {
    long[] before = Jvm.parseCpuLine("cpu  1000 0 0 1000 0 0 0 0 0 0");
    long[] after = Jvm.parseCpuLine("cpu  1700 0 100 1050 0 0 0 150 0 0");
    assertThat(Jvm.stealPercent(before, after)).isEqualTo(15.0);
  }

  @Test
  void anUnknownReadingIsMinusOneNotZero() {
    long[] some = Jvm.parseCpuLine(LINE);
    assertThat(Jvm.stealPercent(null, some)).isEqualTo(-1);
    assertThat(Jvm.stealPercent(some, null)).isEqualTo(-1);
    assertThat(Jvm.stealPercent(some, some)).isEqualTo(-1);
    assertThat(Jvm.parseCpuLine("cpu0 1 2 3 4 5 6 7 8 9 10")).isNull();
    assertThat(Jvm.parseCpuLine("cpu  1 2 3")).isNull();
    assertThat(Jvm.parseCpuLine(null)).isNull();
  }
}
