package io.github.ampark.micrometer;

import io.github.ampark.core.testing.AbsentValues;
import io.github.ampark.core.testing.ApiListing;
import org.junit.jupiter.api.Test;

/** The public API of sdk-micrometer changes only on purpose and keeps the absent-value convention. */
class ApiTest {
  @Test
  void thePublicApiIsTheCommittedOne() {
    ApiListing.assertMatchesCommitted("sdk-micrometer");
  }

  @Test
  void thePublicApiFollowsTheAbsentValueConvention() {
    AbsentValues.assertConvention();
  }
}
