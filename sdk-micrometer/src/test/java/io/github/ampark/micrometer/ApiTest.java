package io.github.ampark.micrometer;

import io.github.ampark.core.testing.ApiListing;
import org.junit.jupiter.api.Test;

class ApiTest {
  @Test
  void thePublicApiIsTheCommittedOne() {
    ApiListing.assertMatchesCommitted("sdk-micrometer");
  }
}
