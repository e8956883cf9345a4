package io.github.ampark.wanzhuang;

import io.github.ampark.core.testing.ApiListing;
import io.github.ampark.core.testing.VendorShape;
import org.junit.jupiter.api.Test;

/** The vendor shape (issue 10) and the committed public API of sdk-wanzhuang. */
class ModuleShapeTest {

  @Test
  void theModuleKeepsTheVendorShape() {
    io.github.ampark.core.testing.AbsentValues.assertConvention();
    VendorShape.assertShape("io.github.ampark.wanzhuang",
        "WanzhuangClient", "WanzhuangDevices", "WanzhuangStates", "WanzhuangCharging", "WanzhuangRenewals",
        "WanzhuangSigner", "WanzhuangCallbacks", "WanzhuangHandler", "WanzhuangRaw", "WanzhuangEnvironment");
  }

  @Test
  void thePublicApiIsTheCommittedOne() {
    ApiListing.assertMatchesCommitted("sdk-wanzhuang");
  }
}
