package io.github.ampark.testkit;

import io.github.ampark.core.testing.AbsentValues;
import org.junit.jupiter.api.Test;

/**
 * The testkit's public API keeps the absent-value convention: lookups such as {@code
 * FakeWikeyun.order(id)} or {@code FakeBolink.payment(tradeNo)} return {@code Optional};
 * zero-argument accessors return a {@code @Nullable} value, never {@code Optional}.
 */
class TestkitApiTest {
  @Test
  void thePublicApiFollowsTheAbsentValueConvention() {
    AbsentValues.assertConvention();
  }
}
