package io.github.ampark.wikeyun;

import io.github.ampark.core.testing.ApiListing;
import io.github.ampark.core.testing.VendorShape;
import org.junit.jupiter.api.Test;

/**
 * The module keeps the one vendor shape (root package roles, at most 10 public types, client file
 * at most 250 lines, package-info everywhere, no JsonNode in the API) and its public API matches the
 * committed listing {@code api/sdk-wikeyun.txt} (rewrite it with {@code -Dampark.api.update=true}
 * in the commit that changes the API on purpose).
 */
class WikeyunShapeTest {
  @Test
  void theRootPackageHoldsOnlyTheVendorRolesAndThePlugPoints() {
    io.github.ampark.core.testing.AbsentValues.assertConvention();
    VendorShape.assertShape("io.github.ampark.wikeyun",
        "WikeyunClient", "WikeyunPower", "WikeyunSigner", "WikeyunCallbacks", "WikeyunHandler", "WikeyunRaw",
        "WikeyunEnvironment", "OrderNotFoundRule", "CallbackSignatureVerifier");
  }

  @Test
  void thePublicApiMatchesTheCommittedListing() {
    ApiListing.assertMatchesCommitted("sdk-wikeyun");
  }
}
