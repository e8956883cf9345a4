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
   * The total number of expiring devices across all pages, wire {@code data.count}.
   *
   * @return the total count
   */
  public abstract long count();

  /**
   * This page's devices, wire {@code data.list}: each device's fields as text (6 on the vendor's page).
   *
   * @return the devices, possibly empty
   */
  public abstract List<DataRecord> devices();

  /**
   * Starts a value by hand: the client builds these from Wanzhuang's answers, so this is for tests of
   * your own code.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link ExpiringDevicesPage} by hand, for tests of your own code.
   */
  public static final class Builder extends ImmutableExpiringDevicesPage.Builder {}
}
