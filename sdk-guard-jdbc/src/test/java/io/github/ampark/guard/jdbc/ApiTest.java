package io.github.ampark.guard.jdbc;

import io.github.ampark.core.testing.ApiListing;
import org.junit.jupiter.api.Test;

class ApiTest {
  @Test
  void thePublicApiIsTheCommittedOne() {
    ApiListing.assertMatchesCommitted("sdk-guard-jdbc");
  }
}
