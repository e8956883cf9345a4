package io.github.ampark.guard.jdbc;

import io.github.ampark.core.testing.AbsentValues;
import io.github.ampark.core.testing.ApiListing;
import org.junit.jupiter.api.Test;

/** The public API of sdk-guard-jdbc changes only on purpose and keeps the absent-value convention. */
class ApiTest {
  @Test
  void thePublicApiIsTheCommittedOne() {
    ApiListing.assertMatchesCommitted("sdk-guard-jdbc");
  }

  @Test
  void thePublicApiFollowsTheAbsentValueConvention() {
    AbsentValues.assertConvention();
  }
}
