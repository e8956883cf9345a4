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
    // A captured request's header and query lookups answer null like core's CallbackRequest.header(name)
    // (pending in sdk-core): they change to Optional together, with the vendor tests that call them.
    AbsentValues.assertConvention(
        "FakeRequest.header(java.lang.String)",
        "FakeRequest.queryParameter(java.lang.String)");
  }
}
