package io.github.ampark.core.testing.spi;

import io.github.ampark.core.Nullable;

/**
 * A fixture for {@code AbsentValueConventionTest}: a module-author lookup on the per-call path
 * answers {@code null} (no {@code Optional} allocated per field per call), which {@code spi}
 * packages may do. {@code AbsentValueConventionTest.UserLookups} has the same shape in a user package.
 */
public abstract class SpiLookups {
  /** Exempt: spi. @param name any @return null when absent */
  @Nullable
  public abstract String text(String name);
}
