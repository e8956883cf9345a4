package io.github.ampark.bolink;

import io.github.ampark.core.testing.ApiListing;
import io.github.ampark.core.testing.VendorShape;
import org.junit.jupiter.api.Test;

/** The vendor-module shape (ARCHITECTURE.md) and the committed public API listing. */
class ModuleShapeTest {
  @Test
  void theRootPackageHoldsOnlyTheAllowedRolesAndNoPublicModelIsMutable() {
    io.github.ampark.core.testing.AbsentValues.assertConvention();
    VendorShape.assertShape("io.github.ampark.bolink",
        "BolinkClient", "BolinkOrders", "BolinkPayments", "BolinkParks", "BolinkCloud",
        "BolinkSigner", "BolinkCallbacks", "BolinkHandler", "BolinkRaw", "BolinkEnvironment");
  }

  @Test
  void thePublicApiMatchesTheCommittedListing() {
    ApiListing.assertMatchesCommitted("sdk-bolink");
  }
}
