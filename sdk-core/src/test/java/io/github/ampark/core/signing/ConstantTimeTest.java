package io.github.ampark.core.signing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConstantTimeTest {
  @Test
  void equalsComparesWholeValues() {
    assertThat(ConstantTime.equals("ABC123", "ABC123")).isTrue();
    assertThat(ConstantTime.equals("ABC123", "ABC124")).isFalse();
    assertThat(ConstantTime.equals("ABC123", "ABC12")).isFalse();
    assertThat(ConstantTime.equals("ABC123", "abc123")).isFalse();
    assertThat(ConstantTime.equals("ABC123", null)).isFalse();
  }

  @Test
  void equalsIgnoreCaseAcceptsHexInEitherCase() {
    assertThat(ConstantTime.equalsIgnoreCase("C983693C5F60", "c983693c5f60")).isTrue();
    assertThat(ConstantTime.equalsIgnoreCase("C983693C5F60", "c983693c5f61")).isFalse();
    assertThat(ConstantTime.equalsIgnoreCase("C983693C5F60", null)).isFalse();
  }
}
