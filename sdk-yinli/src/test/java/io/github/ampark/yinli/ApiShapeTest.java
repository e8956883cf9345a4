package io.github.ampark.yinli;

import io.github.ampark.core.testing.ApiListing;
import io.github.ampark.core.testing.VendorShape;
import org.junit.jupiter.api.Test;

/** The module keeps the one vendor shape, and its public API changes only on purpose. */
class ApiShapeTest {
  @Test
  void theRootPackageHoldsOnlyTheAllowedRolesAndNoModelExposesAJsonTree() {
    io.github.ampark.core.testing.AbsentValues.assertConvention();
    VendorShape.assertShape("io.github.ampark.yinli",
        "YinliClient", "YinliAssets", "YinliEnergy", "YinliCodec", "YinliCallbacks", "YinliHandler", "YinliRaw",
        "YinliAuthenticator");
  }

  @Test
  void thePublicApiMatchesTheCommittedListing() {
    ApiListing.assertMatchesCommitted("sdk-yinli");
  }
}
