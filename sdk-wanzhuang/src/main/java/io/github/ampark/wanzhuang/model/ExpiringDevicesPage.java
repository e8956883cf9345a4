package io.github.ampark.wanzhuang.model;

import io.github.ampark.core.AmparkStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * A page of devices whose SIM card expires this month ({@code data.list[]}, {@code data.count}).
 * Only these can be renewed: fetch the list each month.
 */
@Value.Immutable
@AmparkStyle
public abstract class ExpiringDevicesPage {
  ExpiringDevicesPage() {}

  /**
   * {@code data.count}.
   *
   * @return {@code data.count}
   */
  public abstract long count();

  /**
   * {@code data.list}: each device's fields (6 on the vendor's page).
   *
   * @return {@code data.list}: each device's fields (6 on the vendor's page)
   */
  public abstract List<DataRecord> devices();

  /**
   * A new builder (the client builds these; use it in tests of your own code).
   *
   * @return a new builder (the client builds these; use it in tests of your own code)
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ExpiringDevicesPage}. */
  public static final class Builder extends ImmutableExpiringDevicesPage.Builder {}
}
