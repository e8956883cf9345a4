package io.github.ampark.core.testing.internal;

import io.github.ampark.core.Nullable;
import java.util.Optional;

/** A fixture for {@code AbsentValueConventionTest}: internal packages are exempt from the convention. */
public final class InternalAccessors {
  /** Exempt: internal. @return empty */
  public Optional<String> name() {
    return Optional.empty();
  }

  /** Exempt: internal. @param id any @return null */
  @Nullable
  public String find(String id) {
    return null;
  }
}
